"""Where the store, its documents, the settings and the logs live."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

from peps_desktop import APP_ID

DATABASE_FILE = "peps-desktop.sqlite3"


@dataclass(frozen=True)
class Location:
    """A store's database URL and the folder holding its documents, settings and lock."""

    data_dir: Path
    db_url: str

    @property
    def documents_dir(self) -> Path:
        return self.data_dir / "documents"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.ini"

    @property
    def key(self) -> str:
        """Identifies this store, e.g. for keyring entries and the single-instance lock."""
        return self.db_url


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def demo_data_dir() -> Path:
    return default_data_dir() / "demo"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def resolve(
    data_dir: Path | None = None, db_url: str | None = None, demo: bool = False
) -> Location:
    """--db URL takes any SQLAlchemy URL; --data-dir a SQLite file in that folder; otherwise
    the store chosen for this computer (core.shared.store_choice): the structure's server, or
    a SQLite file in the user's data folder."""
    # Imported here: SQLAlchemy and the store's choice are not for the log folder.
    from peps_desktop.core.shared.store_choice import current_choice
    from peps_desktop.store.engine import sqlite_url

    folder = data_dir or (demo_data_dir() if demo else default_data_dir())
    if db_url is None and data_dir is None and not demo:
        db_url = current_choice().url
    return Location(data_dir=folder, db_url=db_url or sqlite_url(folder / DATABASE_FILE))
