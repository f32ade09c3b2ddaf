"""inbox: the action-required filter by service

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The inbox always filters by the services the user may read: without service_id first,
# "action required" counted through half the table's rows.
INDEX = "ix_courrier_service_archived_action_recu"
COLUMNS = ["service_id", "archived", "action_requise", "recu_le"]


def upgrade() -> None:
    op.create_index(INDEX, "courrier", COLUMNS, unique=False)


def downgrade() -> None:
    op.drop_index(INDEX, table_name="courrier")
