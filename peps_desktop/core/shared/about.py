"""What « À propos » says of this installation: its version, the store's engine and where it
lives (never a password), the folders of its documents and logs, and the licence."""

from __future__ import annotations

import sys
from dataclasses import dataclass

import sqlalchemy
from sqlalchemy.engine import make_url

from peps_desktop import APP_NAME, __version__
from peps_desktop.core.shared import locations
from peps_desktop.i18n import translate
from peps_desktop.store import Store

ENGINE_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


@dataclass(frozen=True)
class About:
    application: str
    version: str
    engine: str
    store: str  # a file for SQLite, a server and database otherwise
    documents: str
    logs: str
    python: str
    sqlalchemy: str

    @property
    def licence(self) -> str:
        return translate(
            "About",
            "Proprietary software for the public employers of the CNRACL; all rights "
            "reserved. It uses Qt and PySide6 under the GNU LGPL version 3, SQLAlchemy, Alembic "
            "and keyring under the MIT licence, cryptography under the Apache 2.0 licence.",
        )


def about(store: Store, location: locations.Location) -> About:
    url = make_url(location.db_url)
    backend = url.get_backend_name()
    if backend == "sqlite":
        where = url.database or translate("About", "in memory")
    else:
        where = url.render_as_string(hide_password=True)
    dialect = store.engine.dialect
    version = ".".join(str(part) for part in dialect.server_version_info or ())
    engine = ENGINE_NAMES.get(backend, backend)
    return About(
        application=APP_NAME,
        version=__version__,
        engine=f"{engine} {version}".strip(),
        store=where,
        documents=str(store.documents_dir),
        logs=str(locations.log_dir()),
        python=".".join(map(str, sys.version_info[:3])),
        sqlalchemy=sqlalchemy.__version__,
    )
