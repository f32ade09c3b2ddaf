"""the structure's data key, wrapped per account (envelope encryption)

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Empty at first: an existing store moves to the scheme at each account's next sign-in, with
# the key this computer kept (core.accounts.data_key_access).


def upgrade() -> None:
    op.create_table(
        "structure_key",
        sa.Column("structure_id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["structure_id"], ["structure.id"], name=op.f("fk_structure_key_structure_id_structure")
        ),
        sa.PrimaryKeyConstraint("structure_id", name=op.f("pk_structure_key")),
    )
    op.create_table(
        "account_key",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("under", sa.String(length=20), nullable=False),
        sa.Column("kdf", sa.String(length=40), nullable=False),
        sa.Column("salt", sa.LargeBinary(), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.Column("wrapped_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_account_key_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_account_key")),
    )


def downgrade() -> None:
    op.drop_table("account_key")
    op.drop_table("structure_key")
