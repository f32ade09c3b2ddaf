"""account activation, review reasons, successions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "succession",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("structure_id", sa.Integer(), nullable=False),
        sa.Column("leaver_account_id", sa.Integer(), nullable=True),
        sa.Column("leaver_login", sa.String(length=64), nullable=False),
        sa.Column("successor_login", sa.String(length=64), nullable=False),
        sa.Column("departure_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["leaver_account_id"],
            ["account.id"],
            name=op.f("fk_succession_leaver_account_id_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["structure_id"], ["structure.id"], name=op.f("fk_succession_structure_id_structure")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_succession")),
    )
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_failed_sign_in_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("activation_code_hash", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("activation_code_expires_at", sa.DateTime(), nullable=True))

    with op.batch_alter_table("review_decision", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reason", sa.Text(), nullable=True))
        batch_op.create_unique_constraint(
            "uq_review_decision_campaign_login", ["campaign_id", "account_login"]
        )


def downgrade() -> None:

    with op.batch_alter_table("review_decision", schema=None) as batch_op:
        batch_op.drop_constraint("uq_review_decision_campaign_login", type_="unique")
        batch_op.drop_column("reason")

    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.drop_column("activation_code_expires_at")
        batch_op.drop_column("activation_code_hash")
        batch_op.drop_column("last_failed_sign_in_at")

    op.drop_table("succession")
