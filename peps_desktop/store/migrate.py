"""Open a store and bring its schema to head with Alembic, run programmatically.

Alembic is imported only when there is something to migrate: a store already at head is
checked with plain SQL against the revisions read from the migration files
(store.revisions), which keeps Alembic, Mako and Pygments out of a plain start.

A file that is not a database, a foreign database, or a schema newer than this version of the
application is refused with a clear message, and the file is left untouched: those checks
read SQLite files through a read-only connection before any engine (and its WAL pragma)
touches them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.exc import DBAPIError

from peps_desktop.errors import StoreError
from peps_desktop.i18n import translate
from peps_desktop.store.encrypted import DataCipher, attach_cipher, check_cipher
from peps_desktop.store.engine import Store, build_engine, sqlite_path
from peps_desktop.store.models import Base
from peps_desktop.store.revisions import head_revision, known_revisions, stored_revision
from peps_desktop.store.state import StoreState, read_sqlite_state
from peps_desktop.store.upgrade_backup import back_up_before_upgrade

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

__all__ = [
    "alembic_config",
    "current_revision",
    "head_revision",
    "known_revisions",
    "open_store",
    "upgrade_to",
]


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _read_state(connection: Connection) -> StoreState:
    return StoreState(
        revision=stored_revision(connection),
        has_tables=bool(inspect(connection).get_table_names()),
    )


def _check(state: StoreState, where: str) -> None:
    if state.revision is None and state.has_tables:
        raise StoreError(
            translate(
                "Store",
                "“{where}” holds a database that is not a PEP's Desktop store; "
                "it was left untouched.",
            ).format(where=where)
        )
    if state.revision is not None and state.revision not in known_revisions():
        raise StoreError(
            translate(
                "Store",
                "The store “{where}” was written by a newer version of PEP's Desktop "
                "(schema {revision}). Install the newer version; the store was left untouched.",
            ).format(where=where, revision=state.revision)
        )


def open_store(
    url: str, documents_dir: Path, *, upgrade: bool = True, data_key: bytes | None = None
) -> Store:
    """Open the store at `url`, checked and, unless told otherwise, migrated to head.

    `data_key` encrypts and decrypts the personal data (store.encrypted); it is checked
    against the data already stored. Without it, the store refuses to write or read those
    columns (core.data_key finds or creates a store's key).

    A SQLite store about to leave an older revision is first copied beside itself
    (store.upgrade_backup); if that copy fails, nothing is migrated.
    """
    path = sqlite_path(url)
    at_head = False
    if path is not None:
        file_state = read_sqlite_state(path)
        _check(file_state, str(path))
        revision = file_state.revision
        at_head = revision == head_revision()
        if upgrade and revision is not None and not at_head:
            # Before any engine touches the file: a copy that fails leaves it as it was.
            back_up_before_upgrade(path, revision)
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = build_engine(url)
    try:
        if not at_head:  # a SQLite file read at head a moment ago needs no second look
            with engine.connect() as connection:
                state = _read_state(connection)
            _check(state, str(path) if path is not None else engine.url.render_as_string())
            if upgrade and state.revision != head_revision():
                upgrade_to(engine, "head")
        if data_key is not None:
            attach_cipher(engine, DataCipher(data_key))
            with engine.connect() as connection:
                check_cipher(connection, Base.metadata)
    except DBAPIError as error:
        engine.dispose()
        raise StoreError(
            translate("Store", "The store cannot be opened: {reason}").format(reason=error.orig)
        ) from None
    except BaseException:
        engine.dispose()
        raise
    documents_dir.mkdir(parents=True, exist_ok=True)
    return Store(engine, documents_dir)


def upgrade_to(engine: Engine, revision: str) -> None:
    """Migrate in one transaction. On SQLite, foreign keys are off meanwhile: batch mode
    recreates tables, and dropping a parent table would otherwise fire ON DELETE actions."""
    from alembic import command

    config = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        if sqlite and driver is not None:
            # On the driver's connection: a PRAGMA has no effect inside a transaction.
            driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise StoreError(
                            translate(
                                "Store",
                                "The migration would break links between rows ({count}); "
                                "the store was left as it was.",
                            ).format(count=len(broken))
                        )
        finally:
            if sqlite and driver is not None:
                driver.execute("PRAGMA foreign_keys=ON")


def current_revision(store: Store) -> str | None:
    with store.engine.connect() as connection:
        return stored_revision(connection)
