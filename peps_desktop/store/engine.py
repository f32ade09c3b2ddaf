"""Engines and sessions: one Session per use case, committed or rolled back whole."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from peps_desktop.errors import StoreError
from peps_desktop.i18n import translate
from peps_desktop.store.faults import say_store_faults

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


WRITE_TRANSACTION = {"sqlite_begin": "BEGIN IMMEDIATE"}


def _sqlite_begin(connection: Any) -> None:
    # A unit of work takes the write lock when it starts: writers queue (busy_timeout) instead
    # of failing when a read snapshot turns out stale at their first write.
    connection.exec_driver_sql(connection.get_execution_options().get("sqlite_begin", "BEGIN"))


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


def build_engine(url: str) -> Engine:
    """An engine for any SQLAlchemy URL; SQLite connections get the house pragmas."""
    try:
        # hide_parameters: error texts (logged, shown) never carry personal data.
        engine = create_engine(url, hide_parameters=True)
    except (ArgumentError, NoSuchModuleError, ValueError) as error:
        raise _invalid_url(url, error) from None
    say_store_faults(engine)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


class Store:
    """The local store: a database and a folder of documents kept by content hash."""

    def __init__(self, engine: Engine, documents_dir: Path) -> None:
        self.engine = engine
        self.documents_dir = documents_dir
        self._sessions = sessionmaker(engine, expire_on_commit=False)
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

    def dispose(self) -> None:
        self.engine.dispose()
