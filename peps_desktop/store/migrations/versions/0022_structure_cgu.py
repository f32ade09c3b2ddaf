"""conditions of use (CGU): the version an administrator accepted for the structure

Revision ID: 0022
Revises: 0021
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("structure", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cgu_version", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("cgu_accepted_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("cgu_accepted_by", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("structure", schema=None) as batch_op:
        batch_op.drop_column("cgu_accepted_by")
        batch_op.drop_column("cgu_accepted_at")
        batch_op.drop_column("cgu_version")
