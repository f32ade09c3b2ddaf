"""PostgreSQL: full-text search in French, and NULLs first in the sort indexes

Revision ID: 0010
Revises: 0022
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

from peps_desktop.store.search_postgres import create_courrier_search, drop_courrier_search

revision: str = "0010"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# PostgreSQL only: SQLite has its FTS5 index (0004, 0009), and sorts NULLs first already.
# The inbox sorts NULLs (no due date, no amount) as the smallest values: an index that puts
# them last would serve neither direction of the sort.
NULLABLE_SORTS = (
    ("ix_courrier_archived_echeance", "echeance"),
    ("ix_courrier_archived_montant", "montant"),
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    create_courrier_search(bind)
    for name, column in NULLABLE_SORTS:
        op.drop_index(name, table_name="courrier")
        bind.exec_driver_sql(f"CREATE INDEX {name} ON courrier (archived, {column} NULLS FIRST)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for name, column in NULLABLE_SORTS:
        op.drop_index(name, table_name="courrier")
        op.create_index(name, "courrier", ["archived", column], unique=False)
    drop_courrier_search(bind)
