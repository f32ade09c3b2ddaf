"""the change feed: what changed, for the other seats to follow

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from peps_desktop.store.change_feed import create_change_feed, drop_change_feed

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "store_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("structure_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(length=20), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_store_change")),
    )
    with op.batch_alter_table("store_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_store_change_at"), ["at"], unique=False)
    # The triggers, written in the same transaction: no change slips between.
    create_change_feed(op.get_bind())


def downgrade() -> None:
    drop_change_feed(op.get_bind())
    op.drop_table("store_change")
