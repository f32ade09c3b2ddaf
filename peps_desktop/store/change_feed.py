"""The store's changes, as every seat sees them: a `store_change` row per changed courrier,
read mark, account, échange or answer, written by triggers (so that no writer can forget,
whatever statement it runs), and a wake-up call on PostgreSQL.

- SQLite: a row-level trigger per table and operation; a watcher polls the new rows.
- PostgreSQL: statement-level triggers over transition tables (one trigger call per
  statement, however many rows it changes), then `pg_notify` on CHANNEL: a watcher LISTENs,
  and reads the new rows when woken.

Rows are pruned after a while (prune_changes): they wake watchers, they are no history.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, select

from peps_desktop.store.models import StoreChange

CHANNEL = "peps_desktop_changes"


@dataclass(frozen=True)
class _Source:
    """A table whose changes are recorded: `r` is the changed row (`o` the old one, for an
    update); expressions are SQL over them."""

    table: str
    kind: str
    row_id: str
    structure: str
    events: dict[str, str]  # INSERT | UPDATE | DELETE → the event's SQL expression
    account: str = "NULL"


_COURRIER_UPDATE = (
    "CASE WHEN r.archived AND NOT o.archived THEN 'archived' "
    "WHEN o.archived AND NOT r.archived THEN 'unarchived' "
    "WHEN r.assigned_to_id IS DISTINCT FROM o.assigned_to_id THEN 'assigned' "
    "ELSE 'changed' END"
)
SOURCES = (
    _Source(
        "courrier",
        "courrier",
        "r.id",
        "r.structure_id",
        {"INSERT": "'imported'", "UPDATE": _COURRIER_UPDATE, "DELETE": "'deleted'"},
    ),
    _Source(
        "courrier_read",
        "courrier",
        "r.courrier_id",
        "(SELECT c.structure_id FROM courrier c WHERE c.id = r.courrier_id)",
        {"INSERT": "'read'", "DELETE": "'unread'"},
        account="r.account_id",
    ),
    _Source(
        "account",
        "account",
        "r.id",
        "r.structure_id",
        {"INSERT": "'created'", "UPDATE": "'changed'", "DELETE": "'deleted'"},
    ),
    _Source(
        "echange",
        "echange",
        "r.id",
        "r.structure_id",
        {"INSERT": "'created'", "UPDATE": "'changed'", "DELETE": "'deleted'"},
    ),
    _Source(
        "echange_message",
        "echange",
        "r.echange_id",
        "(SELECT e.structure_id FROM echange e WHERE e.id = r.echange_id)",
        {"INSERT": "CASE WHEN r.direction = 'recu' THEN 'answered' ELSE 'message' END"},
    ),
)
_COLUMNS = "structure_id, kind, row_id, event, account_id, at"


def _trigger_name(source: _Source, operation: str) -> str:
    return f"store_change_{source.table}_{operation.lower()}"


def _values(source: _Source, operation: str, now: str) -> str:
    return (
        f"{source.structure}, '{source.kind}', {source.row_id}, "
        f"{source.events[operation]}, {source.account}, {now}"
    )


# --- SQLite ----------------------------------------------------------------------------------


def _sqlite_row(expression: str, operation: str) -> str:
    new, old = ("OLD", "OLD") if operation == "DELETE" else ("NEW", "OLD")
    expression = re.sub(r"\br\.", f"{new}.", expression)
    return re.sub(r"\bo\.", f"{old}.", expression).replace("IS DISTINCT FROM", "IS NOT")


def _sqlite_statements() -> list[str]:
    statements = []
    for source in SOURCES:
        for operation in source.events:
            values = _sqlite_row(_values(source, operation, "CURRENT_TIMESTAMP"), operation)
            statements.append(
                f"CREATE TRIGGER {_trigger_name(source, operation)} AFTER {operation} ON "
                f"{source.table} BEGIN INSERT INTO store_change ({_COLUMNS}) "
                f"VALUES ({values}); END"
            )
    return statements


# --- PostgreSQL ------------------------------------------------------------------------------


def _function_name(source: _Source) -> str:
    return f"store_change_{source.table}"


def _postgresql_function(source: _Source) -> str:
    now = "(now() AT TIME ZONE 'utc')"
    branches = []
    for operation in source.events:
        rows = "old_rows r" if operation == "DELETE" else "new_rows r"
        if operation == "UPDATE":
            rows += " JOIN old_rows o ON o.id = r.id"
        branches.append(
            f"IF TG_OP = '{operation}' THEN INSERT INTO store_change ({_COLUMNS}) "
            f"SELECT {_values(source, operation, now)} FROM {rows}; END IF;"
        )
    return (
        f"CREATE FUNCTION {_function_name(source)}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "DECLARE changed bigint; BEGIN "
        + " ".join(branches)
        + " GET DIAGNOSTICS changed = ROW_COUNT; "
        f"IF changed > 0 THEN PERFORM pg_notify('{CHANNEL}', ''); END IF; "
        "RETURN NULL; END $$"
    )


def _postgresql_statements() -> list[str]:
    statements = []
    for source in SOURCES:
        statements.append(_postgresql_function(source))
        for operation in source.events:
            tables = {
                "INSERT": "NEW TABLE AS new_rows",
                "UPDATE": "OLD TABLE AS old_rows NEW TABLE AS new_rows",
                "DELETE": "OLD TABLE AS old_rows",
            }[operation]
            statements.append(
                f"CREATE TRIGGER {_trigger_name(source, operation)} AFTER {operation} ON "
                f"{source.table} REFERENCING {tables} FOR EACH STATEMENT "
                f"EXECUTE FUNCTION {_function_name(source)}()"
            )
    return statements


def create_change_feed(connection: Connection) -> None:
    name = connection.dialect.name
    if name == "sqlite":
        statements = _sqlite_statements()
    elif name == "postgresql":
        statements = _postgresql_statements()
    else:
        return
    for statement in statements:
        connection.exec_driver_sql(statement)


def drop_change_feed(connection: Connection) -> None:
    for source in SOURCES:
        for operation in source.events:
            trigger = _trigger_name(source, operation)
            if connection.dialect.name == "postgresql":
                connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger} ON {source.table}")
            else:
                connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {_function_name(source)}()")


# --- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    id: int
    kind: str  # courrier | account | echange
    row_id: int
    event: str
    account_id: int | None  # whose read mark, for `read` and `unread`
    at: dt.datetime  # UTC


def last_change_id(connection: Connection) -> int:
    return int(connection.execute(select(func.coalesce(func.max(StoreChange.id), 0))).scalar_one())


def changes_after(
    connection: Connection, after_id: int, structure_id: int, limit: int = 5000
) -> list[Change]:
    rows = connection.execute(
        select(
            StoreChange.id,
            StoreChange.kind,
            StoreChange.row_id,
            StoreChange.event,
            StoreChange.account_id,
            StoreChange.at,
        )
        .where(StoreChange.id > after_id, StoreChange.structure_id == structure_id)
        .order_by(StoreChange.id)
        .limit(limit)
    )
    return [Change(*row) for row in rows]


def prune_changes(connection: Connection, before: dt.datetime) -> int:
    return connection.execute(delete(StoreChange).where(StoreChange.at < before)).rowcount


# --- waiting ---------------------------------------------------------------------------------


class ChangeListener:
    """Waits until the store may have changed: woken by NOTIFY on PostgreSQL (a connection of
    its own, opened again after a server restart), by a short poll on SQLite.

    `wait` never raises for a lost server: it returns after the timeout, with `connected`
    False, and tries again on the next call.
    """

    POLL_S = 0.25

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.listens = engine.dialect.name == "postgresql"
        self._connection: Any = None
        self.connected = True

    def _connect(self) -> Any:
        if self._connection is None:
            args, kwargs = self.engine.dialect.create_connect_args(self.engine.url)
            driver = self.engine.dialect.loaded_dbapi
            connection = driver.connect(*args, **{**kwargs, "autocommit": True})
            connection.execute(f"LISTEN {CHANNEL}")
            self._connection = connection
        return self._connection

    def wait(self, timeout: float) -> bool:
        """True when woken (something may have changed), False after the timeout. On
        SQLite, always True after a short pause: the caller reads what is new."""
        if not self.listens:
            time.sleep(min(timeout, self.POLL_S))
            return True
        try:
            connection = self._connect()
            woken = False
            for _notice in connection.notifies(timeout=timeout, stop_after=1):
                woken = True
            self.connected = True
            return woken
        except (OSError, self.engine.dialect.loaded_dbapi.Error):
            self._drop()
            self.connected = False
            time.sleep(min(timeout, 1.0))
            return False

    def _drop(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            except Exception:  # already gone with the server
                pass
            self._connection = None

    def close(self) -> None:
        self._drop()
