"""who deleted accounts belonged to, kept a while

Revision ID: 0050
Revises: 0040
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0050"
down_revision: str | None = "0040"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# An account is personal: creating one for a person whose account was recently deleted must
# be noticed, and the audit log names the holders of deleted accounts. Accounts deleted
# before this revision left only their login (in the audit log): nothing to bring back.


def upgrade() -> None:
    op.create_table(
        "deleted_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("structure_id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=64), nullable=False),
        sa.Column("nom", sa.String(length=100), nullable=False),
        sa.Column("prenom", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["structure_id"],
            ["structure.id"],
            name=op.f("fk_deleted_account_structure_id_structure"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deleted_account")),
        sa.UniqueConstraint("login", name=op.f("uq_deleted_account_login")),
    )
    op.create_index(
        op.f("ix_deleted_account_structure_id"), "deleted_account", ["structure_id"], unique=False
    )
    op.create_index(
        op.f("ix_deleted_account_deleted_at"), "deleted_account", ["deleted_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_deleted_account_deleted_at"), table_name="deleted_account")
    op.drop_index(op.f("ix_deleted_account_structure_id"), table_name="deleted_account")
    op.drop_table("deleted_account")
