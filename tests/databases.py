"""Test databases: a SQLite file by default, a fresh PostgreSQL database when
`PEPS_TEST_DATABASE_URL` names a server (e.g. `postgresql+psycopg://postgres@127.0.0.1:5432/postgres`).

On PostgreSQL the schema is migrated once, into a template database of this test run; each
test then gets a copy of it (`CREATE DATABASE … TEMPLATE`), dropped when the test ends.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

SERVER_VARIABLE = "PEPS_TEST_DATABASE_URL"


def server_url() -> URL | None:
    """The server the tests create their databases on, or None to test on SQLite."""
    given = os.environ.get(SERVER_VARIABLE, "").strip()
    return make_url(given) if given else None


def on_postgresql() -> bool:
    return server_url() is not None


class PostgresServer:
    """Creates and drops the databases of one test run on the server."""

    def __init__(self, url: URL) -> None:
        self.url = url
        # AUTOCOMMIT: CREATE and DROP DATABASE cannot run inside a transaction.
        self._admin = create_engine(url, isolation_level="AUTOCOMMIT")
        self._template: str | None = None

    def url_of(self, database: str) -> str:
        return self.url.set(database=database).render_as_string(hide_password=False)

    def _execute(self, statement: str) -> None:
        with self._admin.connect() as connection:
            connection.execute(text(statement))

    def create(self, *, migrated: bool = True) -> str:
        """A new database: a copy of the migrated template, or empty."""
        name = f"peps_test_{uuid.uuid4().hex[:16]}"
        if migrated:
            self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{self._migrated_template()}"')
        else:
            self._execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
        return self.url_of(name)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _migrated_template(self) -> str:
        if self._template is None:
            from peps_desktop.store.migrate import open_store

            name = f"peps_template_{os.getpid()}_{uuid.uuid4().hex[:8]}"
            self._execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
            with tempfile.TemporaryDirectory() as documents:
                open_store(self.url_of(name), Path(documents)).dispose()
            self._template = name
        return self._template

    def close(self) -> None:
        if self._template is not None:
            self._execute(f'DROP DATABASE IF EXISTS "{self._template}" WITH (FORCE)')
            self._template = None
        self._admin.dispose()


_server: PostgresServer | None = None


def postgres_server() -> PostgresServer | None:
    """The run's server, connected on first use; None on SQLite."""
    global _server
    url = server_url()
    if url is None:
        return None
    if _server is None:
        _server = PostgresServer(url)
    return _server


def close_server() -> None:
    global _server
    if _server is not None:
        _server.close()
        _server = None


@contextmanager
def database_url(folder: Path, name: str = "store", *, migrated: bool = True) -> Iterator[str]:
    """A database for one test: a SQLite file in `folder`, or a fresh PostgreSQL database."""
    server = postgres_server()
    if server is None:
        yield f"sqlite:///{folder / f'{name}.sqlite3'}"
        return
    url = server.create(migrated=migrated)
    try:
        yield url
    finally:
        server.drop(url)
