"""inbox indexes and full-text search

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from collections.abc import Sequence

from alembic import op

from peps_desktop.store.search_fts import create_courrier_fts, drop_courrier_fts

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("ix_courrier_archived_recu_le", ["archived", "recu_le"]),
    ("ix_courrier_archived_echeance", ["archived", "echeance"]),
    ("ix_courrier_archived_montant", ["archived", "montant"]),
    ("ix_courrier_archived_action_recu", ["archived", "action_requise", "recu_le"]),
    ("ix_courrier_reference", ["reference"]),
)


def upgrade() -> None:
    with op.batch_alter_table("courrier", schema=None) as batch_op:
        for name, columns in INDEXES:
            batch_op.create_index(name, columns, unique=False)
    # SQLite with FTS5 only; other stores search with LIKE.
    create_courrier_fts(op.get_bind())


def downgrade() -> None:
    drop_courrier_fts(op.get_bind())
    with op.batch_alter_table("courrier", schema=None) as batch_op:
        for name, _columns in reversed(INDEXES):
            batch_op.drop_index(name)
