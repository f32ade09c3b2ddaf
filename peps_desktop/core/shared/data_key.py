"""The data key that encrypts a store's personal data (NIRs, agents' names).

Created once per store and kept in the OS keyring. Where no keyring exists (headless Linux),
it is kept in `data.key` in the store's data folder, created readable by its owner only
(mode 0600 on POSIX; on Windows the user's profile folder already keeps others out), and
the returned `DataKey` says so, for the application to tell the user.

A key once kept is always read back from where it is, never replaced: losing it makes the
encrypted data unreadable, so a store holding encrypted data whose key is gone is refused
rather than given a new key. The key itself is never logged.

`open_deferring_data_key` opens a store already at head without asking the keyring: its key
is looked up when personal data is first written or read (or when the application asks for
it, once its window is shown). Asking the keyring costs a start tens of milliseconds, and
most commands never touch personal data. A new store, or one to upgrade, is opened as
`open_with_data_key` opens it.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
import stat
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy.engine import make_url

from peps_desktop.core.shared.locations import Location
from peps_desktop.errors import StoreError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.encrypted import (
    KEY_BYTES,
    DataCipher,
    attach_cipher,
    check_cipher,
    defer_cipher,
    ensure_cipher,
    holds_encrypted_data,
    new_data_key,
    try_cipher,
)
from peps_desktop.store.engine import sqlite_path, sqlite_url
from peps_desktop.store.migrate import open_store
from peps_desktop.store.models import Base
from peps_desktop.store.revisions import head_revision
from peps_desktop.store.state import read_sqlite_state

log = logging.getLogger(__name__)

KEYRING_SERVICE = "peps-desktop-data-key"
KEY_FILE = "data.key"


@dataclass(frozen=True)
class DataKey:
    key: bytes = field(repr=False)
    kept_in: Literal["keyring", "file"]
    file: Path | None = None  # where kept_in == "file"


def store_identifier(db_url: str) -> str:
    """The keyring user name of a store: its absolute SQLite path, or its URL without a
    password, so the same store finds its key whatever the working folder."""
    path = sqlite_path(db_url)
    if path is not None:
        return sqlite_url(path)
    return make_url(db_url).render_as_string(hide_password=True)


def key_file(location: Location) -> Path:
    return location.data_dir / KEY_FILE


def encoded_key(key: bytes) -> str:
    return base64.b64encode(key).decode("ascii")


def _decoded(text: str, where: str) -> bytes:
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != KEY_BYTES:
        raise StoreError(
            translate(
                "DataKey",
                "The data key kept in {where} is damaged; it was left as it is. Restore it "
                "from a backup to read this store's personal data.",
            ).format(where=where)
        )
    return key


class _KeyringUnreadable(Exception):
    """A keyring exists but would not answer (locked, access refused)."""


def _from_keyring(username: str) -> str | None:
    """The kept key's text; None when there is none or no keyring at all."""
    import keyring  # its backends are found through entry points: not at every start
    from keyring.errors import InitError, KeyringError, NoKeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, username)
    except (NoKeyringError, InitError):
        return None
    except KeyringError as error:
        raise _KeyringUnreadable(type(error).__name__) from None


def _into_keyring(username: str, key: bytes) -> bool:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, username, encoded_key(key))
        # Some backends accept a secret they do not keep: trust only what reads back.
        return keyring.get_password(KEYRING_SERVICE, username) == encoded_key(key)
    except KeyringError as error:
        log.info("no keyring for the data key (%s)", type(error).__name__)
        return False


def _read_file(path: Path) -> DataKey:
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) & 0o077:
        log.warning("the data key file %s can be read by others than its owner", path)
    key = _decoded(path.read_text(encoding="ascii", errors="replace"), str(path))
    return DataKey(key=key, kept_in="file", file=path)


def _create_file(path: Path, key: bytes) -> DataKey:
    """Written once, readable by its owner only; a file already there wins."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read_file(path)
    with os.fdopen(descriptor, "w", encoding="ascii") as file:
        file.write(encoded_key(key) + "\n")
        file.flush()
        os.fsync(file.fileno())
    log.warning("no keyring: the data key is kept in %s, readable by its owner only", path)
    return DataKey(key=key, kept_in="file", file=path)


def find_data_key(location: Location) -> DataKey | None:
    """The store's key where it was kept: the keyring first, then the key file.

    A keyring that exists but does not answer, with no key file to fall back on, is an
    error: the key may be in it, and a new one would part the store's data in two.
    """
    path = key_file(location)
    try:
        kept = _from_keyring(store_identifier(location.db_url))
    except _KeyringUnreadable as error:
        if path.exists():
            return _read_file(path)
        raise StoreError(
            translate(
                "DataKey",
                "The keyring did not answer ({reason}); it holds the data key of this store. "
                "Unlock it and try again.",
            ).format(reason=error)
        ) from None
    if kept is not None:
        return DataKey(key=_decoded(kept, translate("DataKey", "the keyring")), kept_in="keyring")
    if path.exists():
        return _read_file(path)
    return None


def create_data_key(location: Location) -> DataKey:
    """A new key, kept in the keyring or, where none exists, in the key file."""
    key = new_data_key()
    if _into_keyring(store_identifier(location.db_url), key):
        return DataKey(key=key, kept_in="keyring")
    return _create_file(key_file(location), key)


def _key_lost(location: Location) -> StoreError:
    return StoreError(
        translate(
            "DataKey",
            "The data key of this store cannot be found (neither in the keyring nor in "
            "{file}), and the store holds encrypted personal data. A new key would not read "
            "it: restore the data key, or the keyring, from a backup.",
        ).format(file=key_file(location))
    )


def open_with_data_key(location: Location) -> tuple[Store, DataKey]:
    """Open (and migrate) the store with its data key, creating the key on first use."""
    found = find_data_key(location)
    if found is not None:
        return open_store(location.db_url, location.documents_dir, data_key=found.key), found
    store = open_store(location.db_url, location.documents_dir)
    try:
        key = _find_or_create_under_lock(store, location)
        attach_cipher(store.engine, DataCipher(key.key))
        with store.engine.connect() as connection:
            check_cipher(connection, Base.metadata)
    except BaseException:
        store.dispose()
        raise
    return store, key


def _find_or_create_under_lock(store: Store, location: Location) -> DataKey:
    """Two programs opening a new store at once must not each make a key: data written
    with the one overwritten would be lost. The store's write lock makes them take turns,
    and the second finds the first one's key."""
    with store.session() as session:  # BEGIN IMMEDIATE: one writer at a time
        found = find_data_key(location)
        if found is not None:
            return found
        if holds_encrypted_data(session.connection(), Base.metadata):
            raise _key_lost(location)
        return create_data_key(location)


class DeferredDataKey:
    """The data key of a store opened without it, looked up once, when first needed."""

    def __init__(self, store: Store, location: Location, found: DataKey | None = None) -> None:
        self._store = store
        self._location = location
        self._found = found
        self._lock = threading.Lock()

    @property
    def found(self) -> DataKey | None:
        """The key, once looked up; None before."""
        return self._found

    def resolve(self) -> DataKey:
        """The key, looked up now if it was not yet (StoreError as open_with_data_key)."""
        ensure_cipher(self._store.engine)
        assert self._found is not None
        return self._found

    def cipher(self) -> DataCipher:
        """The store's cipher source (store.encrypted.defer_cipher): found, else made when
        no encrypted data needs the lost one, and checked against the stored data.

        No write lock is taken to make a key here, as open_with_data_key does for a new
        store: this may run inside a unit of work that holds it. Two programs finding, at
        the same instant, that an existing store's key is gone are not guarded against.
        """
        with self._lock:
            found = find_data_key(self._location)
            if found is None:
                with self._store.engine.connect() as connection:
                    if holds_encrypted_data(connection, Base.metadata):
                        raise _key_lost(self._location)
                found = create_data_key(self._location)
            cipher = DataCipher(found.key)
            try_cipher(self._store.engine, cipher, Base.metadata)
            self._found = found
            return cipher


def open_deferring_data_key(location: Location) -> tuple[Store, DeferredDataKey]:
    """Open a store, its data key looked up when first needed (see the module's docstring)."""
    path = sqlite_path(location.db_url)
    if path is None or read_sqlite_state(path).revision != head_revision():
        store, found = open_with_data_key(location)
        return store, DeferredDataKey(store, location, found)
    store = open_store(location.db_url, location.documents_dir)
    deferred = DeferredDataKey(store, location)
    defer_cipher(store.engine, deferred.cipher)
    return store, deferred
