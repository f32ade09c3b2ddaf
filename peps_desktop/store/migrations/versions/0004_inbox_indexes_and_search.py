"""inbox indexes and full-text search

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from collections.abc import Sequence

from alembic import op

from peps_desktop.store.search_fts import drop_courrier_fts, fts5_compiled_in
from peps_desktop.store.search_fts_first_layout import FIRST_LAYOUT

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
    # SQLite with FTS5 only; other stores search with LIKE. The layout of that time, frozen:
    # 0009 gives it its scope column.
    bind = op.get_bind()
    if fts5_compiled_in(bind):
        for statement in FIRST_LAYOUT:
            bind.exec_driver_sql(statement)


def downgrade() -> None:
    drop_courrier_fts(op.get_bind())
    with op.batch_alter_table("courrier", schema=None) as batch_op:
        for name, _columns in reversed(INDEXES):
            batch_op.drop_index(name)
