"""Online backup of a SQLite store, safe while the application runs (SQLite's backup API)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from peps_desktop.errors import StoreError
from peps_desktop.i18n import translate
from peps_desktop.store.engine import sqlite_path
from peps_desktop.store.state import read_only_uri, read_sqlite_state


def backup_sqlite(url: str, target: Path) -> None:
    source_path = sqlite_path(url)
    if source_path is None:
        raise StoreError(
            translate(
                "Store",
                "Only a SQLite store can be backed up this way; use your database server's "
                "own tools.",
            )
        )
    if not source_path.exists():
        raise StoreError(
            translate("Store", "There is no store at “{path}”.").format(path=source_path)
        )
    read_sqlite_state(source_path)  # refuses a file that is not a database
    if target.exists():
        raise StoreError(
            translate("Store", "“{path}” already exists; choose another file.").format(path=target)
        )
    partial = target.with_name(target.name + ".partial")
    try:
        source = sqlite3.connect(read_only_uri(source_path), uri=True)
        try:
            destination = sqlite3.connect(partial)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise StoreError(
            translate("Store", "The backup failed: {reason}").format(reason=error)
        ) from None
