"""audit entries belong to a structure: a server may hold several

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("structure_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_audit_entry_structure_id_structure", "structure", ["structure_id"], ["id"]
        )
        batch_op.create_index(
            "ix_audit_entry_structure_at", ["structure_id", "at", "id"], unique=False
        )
    # Entries of a person: that person's structure. Entries of the application itself (or of
    # accounts deleted since) in a store of one structure: that structure.
    op.execute(
        "UPDATE audit_entry SET structure_id = "
        "(SELECT account.structure_id FROM account WHERE account.login = audit_entry.actor_login)"
    )
    op.execute(
        "UPDATE audit_entry SET structure_id = (SELECT min(id) FROM structure) "
        "WHERE structure_id IS NULL AND (SELECT count(*) FROM structure) = 1"
    )


def downgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_structure_at")
        batch_op.drop_constraint("fk_audit_entry_structure_id_structure", type_="foreignkey")
        batch_op.drop_column("structure_id")
