"""notifications: the ledger's history, new courriers and account expiries by range

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The ledger itself (table `notification`) exists since 0001; what each tick reads is indexed
# here so that a tick stays short on a store of a million courriers and 100,000 accounts.
INDEXES = (
    ("notification", "ix_notification_account_raised", ["account_id", "raised_at"]),
    ("notification", "ix_notification_account_kind_raised", ["account_id", "kind", "raised_at"]),
    ("courrier", "ix_courrier_service_archived_created", ["service_id", "archived", "created_at"]),
    ("account", "ix_account_structure_expires", ["structure_id", "expires_on"]),
    ("account", "ix_account_status_expires", ["status", "expires_on"]),
)


def upgrade() -> None:
    for table, name, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for table, name, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
