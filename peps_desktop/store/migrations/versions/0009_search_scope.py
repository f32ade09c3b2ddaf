"""full-text search: each courrier indexed under its service and tab too

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25
"""

from collections.abc import Sequence

from alembic import op

from peps_desktop.store.search_fts import create_courrier_fts, drop_courrier_fts
from peps_desktop.store.search_fts_first_layout import FIRST_LAYOUT

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A search for a frequent word in a tab counted and sorted every courrier holding it, in
# every service and both tabs; the index now holds a scope word per courrier (its service,
# archived or not) and narrows the matches itself. SQLite with FTS5 only, as in 0004.


def _had_index() -> bool:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return False
    found = bind.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'courrier_fts'"
    ).first()
    return found is not None


def upgrade() -> None:
    # Rebuilt from the courriers (a few seconds for a million); nothing without FTS5.
    drop_courrier_fts(op.get_bind())
    create_courrier_fts(op.get_bind())


def downgrade() -> None:
    if _had_index():
        drop_courrier_fts(op.get_bind())
        for statement in FIRST_LAYOUT:
            op.get_bind().exec_driver_sql(statement)
