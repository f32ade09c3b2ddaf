"""Engines and sessions: one Session per use case, committed or rolled back whole."""

from __future__ import annotations

import select
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.engine.interfaces import ExceptionContext
from sqlalchemy.exc import ArgumentError, DisconnectionError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from peps_desktop.errors import StoreError
from peps_desktop.i18n import translate
from peps_desktop.store.documents import documents_for
from peps_desktop.store.faults import say_store_faults, server_unreachable

if TYPE_CHECKING:
    from peps_desktop.store.driver_reads import DriverReads

# A writer waits this long for another's lock before it is told the store is busy.
BUSY_TIMEOUT_MS = 15000


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling breaks SAVEPOINTs: let SQLAlchemy emit BEGIN.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


WRITE_TRANSACTION = {"write_transaction": True}
# PostgreSQL: the transaction-level advisory lock that every unit of work takes, the
# counterpart of SQLite's BEGIN IMMEDIATE (a constant of this application, any 64-bit number).
WRITE_LOCK_KEY = 0x7065707364657331


def _sqlite_begin(connection: Any) -> None:
    # A unit of work takes the write lock when it starts: writers queue (busy_timeout) instead
    # of failing when a read snapshot turns out stale at their first write.
    writing = connection.get_execution_options().get("write_transaction", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def _postgresql_begin(connection: Any) -> None:
    # As on SQLite, units of work from every seat take turns: what one checks (the last
    # administrator, a courrier already imported, a notice already told) stays true until it
    # commits. Readers never wait.
    if connection.get_execution_options().get("write_transaction", False):
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _invalid_url(url: str, reason: object) -> StoreError:
    return StoreError(
        translate("Store", "Invalid database URL “{url}”: {reason}").format(url=url, reason=reason)
    )


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for an in-memory or non-SQLite store."""
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise _invalid_url(url, error) from None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database).resolve()


# A server that does not answer is told within seconds, not after the system's TCP timeout.
CONNECT_TIMEOUT_S = 5


# A pooled connection unused for longer than this is checked before it is lent (a round trip):
# after a server restart or a network cut, the next unit of work reconnects instead of
# failing. One used within the last second (a list being scrolled, a page and its rows) is
# checked only if the server spoke to it meanwhile, which costs no round trip.
PING_AFTER_IDLE_S = 1.0


def _server_options(url: str) -> dict[str, Any]:
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise _invalid_url(url, error) from None
    if parsed.get_backend_name() != "postgresql":
        return {}
    # psycopg prepares a statement run five times, and PostgreSQL may then plan it once for
    # any parameters: a search's count went from 24 to 179 ms at a million courriers. Nothing
    # is prepared unless asked (store.driver_reads, for statements planned once safely): a
    # threshold never reached (None would refuse even when asked).
    connect_args: dict[str, Any] = {"prepare_threshold": sys.maxsize}
    if "connect_timeout" not in parsed.query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
    return {"connect_args": connect_args}


def _returned_at(_dbapi_connection: Any, record: Any) -> None:
    record.info["returned_at"] = time.monotonic()


def _server_spoke(dbapi_connection: Any) -> bool:
    """Bytes waiting on a connection nobody is using: the server's farewell (a restart, an
    administrator ending the session) or the connection's end."""
    readable, _, _ = select.select([dbapi_connection.fileno()], [], [], 0)
    return bool(readable)


def _checked_when_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    returned_at = record.info.get("returned_at")
    if returned_at is None:
        return  # new
    if time.monotonic() - returned_at < PING_AFTER_IDLE_S and not _server_spoke(dbapi_connection):
        return
    try:
        cursor = dbapi_connection.cursor()
        cursor.execute("SELECT 1")
        cursor.close()
        dbapi_connection.rollback()  # lent as it was: outside any transaction
    except Exception as error:  # whatever the driver says of a dead connection
        # The pool drops this connection and lends a new one (up to three tries).
        raise DisconnectionError(str(error)) from error


def _server_gone(context: ExceptionContext) -> BaseException | None:
    """A lost or refused connection is one clear error, whatever the statement was."""
    original = context.original_exception
    if context.is_disconnect or isinstance(original, context.dialect.loaded_dbapi.OperationalError):
        return server_unreachable(original)
    return None


def build_engine(url: str) -> Engine:
    """An engine for any SQLAlchemy URL; SQLite connections get the house pragmas."""
    try:
        # hide_parameters: error texts (logged, shown) never carry personal data.
        engine = create_engine(url, hide_parameters=True, **_server_options(url))
    except (ArgumentError, NoSuchModuleError, ValueError) as error:
        raise _invalid_url(url, error) from None
    say_store_faults(engine)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "begin", _postgresql_begin)
        event.listen(engine, "handle_error", _server_gone)
        event.listen(engine.pool, "checkin", _returned_at)
        event.listen(engine.pool, "checkout", _checked_when_idle)
    return engine


def _reading(engine: Engine) -> Engine:
    """PostgreSQL's reads outside a transaction: at READ COMMITTED each statement sees its own
    snapshot either way, and a read is spared BEGIN and ROLLBACK, two round trips as long as
    itself."""
    if engine.dialect.name == "postgresql":
        return engine.execution_options(isolation_level="AUTOCOMMIT")
    return engine


class Store:
    """A store: a database, and its documents kept by content hash (in a folder beside a
    local store, in the database of a shared one)."""

    def __init__(self, engine: Engine, documents_dir: Path) -> None:
        self.engine = engine
        self.documents_dir = documents_dir
        self.documents = documents_for(engine, documents_dir)
        self.driver_reads: DriverReads | None = None
        if engine.dialect.name == "postgresql":
            # Imported for a shared store only: a local one never loads psycopg.
            from peps_desktop.store.driver_reads import DriverReads

            self.driver_reads = DriverReads(engine)
        self._sessions = sessionmaker(_reading(engine), expire_on_commit=False)
        self._streaming_sessions = sessionmaker(engine, expire_on_commit=False)
        self._units_of_work = sessionmaker(
            engine.execution_options(**WRITE_TRANSACTION), expire_on_commit=False
        )

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed if the block succeeds, rolled back otherwise."""
        with self._units_of_work() as session, session.begin():
            yield session

    def read_session(self) -> Session:
        """A session for queries only; the caller closes it."""
        return self._sessions()

    def streaming_read_session(self) -> Session:
        """A session for queries whose rows are read as they come (`yield_per`): PostgreSQL's
        server-side cursor lives in a transaction."""
        return self._streaming_sessions()

    def dispose(self) -> None:
        self.engine.dispose()
