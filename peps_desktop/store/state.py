"""What a SQLite store file holds, read through a read-only connection that creates nothing.

Shared by opening a store (is it ours, at which revision?) and by its backups.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from peps_desktop.errors import StoreError
from peps_desktop.i18n import translate


@dataclass(frozen=True)
class StoreState:
    revision: str | None  # None: an empty store
    has_tables: bool


def _not_a_database(path: Path) -> StoreError:
    return StoreError(
        translate(
            "Store", "“{path}” is not a PEP's Desktop database; it was left untouched."
        ).format(path=path)
    )


def read_only_uri(path: Path) -> str:
    """A URI that reads the file without creating anything beside it.

    Without a -wal file, everything is in the main file: `immutable` keeps SQLite from
    creating -wal/-shm files. With one, another connection has the store open and the side
    files exist already.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"
    return uri


def read_sqlite_state(path: Path) -> StoreState:
    """Through SQLite only, never a plain open(): closing any other file descriptor on the
    store would drop the POSIX locks this process's connections hold on it, and another
    process could then checkpoint and delete the WAL they are reading (SQLITE_IOERR)."""
    if not path.exists() or path.stat().st_size == 0:
        return StoreState(revision=None, has_tables=False)
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        raise _not_a_database(path) from None
    return StoreState(revision=revision, has_tables=bool(tables))
