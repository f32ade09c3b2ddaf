"""The inbox's results in bare SQL for sqlite3: the yardstick the inbox benchmarks compare to.

Not a benchmark itself: imported by inbox_queries.py and inbox_gui.py. Every statement takes
:me, the signed-in account's id; searches also take :match, an FTS5 expression.
"""

from __future__ import annotations

PAGE = 100

VISIBLE = (
    "service_id IN (SELECT service_id FROM access_right WHERE account_id = :me "
    "AND level IN ('lecture', 'modification'))"
)
# What the inbox shows of a courrier, in the order of core.inbox.CourrierRow.
ROW_COLUMNS = (
    "c.id, s.code, c.type, c.objet, c.reference, c.recu_le, c.action_requise, "
    "c.echeance, c.montant, a.login, c.archived, EXISTS (SELECT 1 FROM courrier_read r "
    "WHERE r.courrier_id = c.id AND r.account_id = :me)"
)
ROWS_FROM = (
    "FROM courrier c "
    "JOIN service s ON s.id = c.service_id LEFT JOIN account a ON a.id = c.assigned_to_id"
)
# The inbox tab: courriers the user may read, not archived.
IN_INBOX = f"c.{VISIBLE} AND c.archived = 0"
MATCHING = "c.id IN (SELECT rowid FROM courrier_fts WHERE courrier_fts MATCH :match)"
ACTION_REQUIRED = "c.action_requise = 1"


def count_sql(*conditions: str) -> str:
    """How many courriers of the inbox tab meet these conditions."""
    return f"SELECT count(*) FROM courrier c WHERE {' AND '.join((IN_INBOX, *conditions))}"


def rows_sql(*conditions: str, limit: int | None = PAGE, descending: bool = True) -> str:
    """The inbox tab's rows meeting these conditions, newest first (or oldest first)."""
    order = "DESC" if descending else "ASC"
    statement = (
        f"SELECT {ROW_COLUMNS} {ROWS_FROM} WHERE {' AND '.join((IN_INBOX, *conditions))} "
        f"ORDER BY c.recu_le {order}, c.id {order}"
    )
    return statement if limit is None else f"{statement} LIMIT {limit}"


def all_rows_sql() -> str:
    """Every row of the inbox tab, unordered: what a model holding everything loads."""
    return f"SELECT {ROW_COLUMNS} {ROWS_FROM} WHERE {IN_INBOX}"


BARE_COUNT = f"SELECT count(*) FROM courrier WHERE {VISIBLE} AND archived = 0"
BARE_FIRST_PAGE = rows_sql()
BARE_SEARCH = (
    f"SELECT id FROM courrier WHERE {VISIBLE} AND archived = 0 AND id IN "
    "(SELECT rowid FROM courrier_fts WHERE courrier_fts MATCH :match) "
    f"ORDER BY recu_le DESC, id DESC LIMIT {PAGE}"
)
BARE_SEARCH_COUNT = (
    f"SELECT count(*) FROM courrier WHERE {VISIBLE} AND archived = 0 AND id IN "
    "(SELECT rowid FROM courrier_fts WHERE courrier_fts MATCH :match)"
)
BARE_FILTER = (
    f"SELECT id FROM courrier WHERE {VISIBLE} AND archived = 0 AND action_requise = 1 "
    f"ORDER BY recu_le DESC, id DESC LIMIT {PAGE}"
)
BARE_UNREAD = (
    f"SELECT count(*) FROM courrier c WHERE c.{VISIBLE} AND c.archived = 0 AND NOT EXISTS "
    "(SELECT 1 FROM courrier_read r WHERE r.courrier_id = c.id AND r.account_id = :me)"
)
BARE_LAST_PAGE = (
    f"SELECT id FROM courrier WHERE {VISIBLE} AND archived = 0 "
    f"ORDER BY recu_le DESC, id DESC LIMIT {PAGE} OFFSET :offset"
)
