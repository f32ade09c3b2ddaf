"""Every row of the inbox in bare SQL for sqlite3: what the proxy of inbox_gui.py loads.

Not a benchmark itself. The statement takes :me, the signed-in account's id. The floors of
the inbox's own operations are its own statements, captured as they run (app_sql.py).
"""

from __future__ import annotations

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


def all_rows_sql() -> str:
    """Every row of the inbox tab, unordered: what a model holding everything loads."""
    return f"SELECT {ROW_COLUMNS} {ROWS_FROM} WHERE {IN_INBOX}"
