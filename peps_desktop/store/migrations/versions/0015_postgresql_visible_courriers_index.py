"""PostgreSQL: an index that answers the inbox's counts from itself

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

from peps_desktop.store.search_postgres import VISIBLE_INDEX

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A server holds several structures: the inbox's counts (all, unread, to act on) look at the
# courriers of one structure, one tab and the services the person reads. With the columns
# they test in the index, PostgreSQL counts from the index alone (an index-only scan) instead
# of reading every row. SQLite's counts already use its covering indexes.


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"CREATE INDEX {VISIBLE_INDEX} ON courrier (structure_id, archived, service_id) "
        "INCLUDE (action_requise, recu_le, id)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS {VISIBLE_INDEX}")
