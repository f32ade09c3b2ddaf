"""The data key a store kept on the computer that made it, before keys were per account.

Stores made by earlier versions kept one key per store in the OS keyring, or, where no keyring
existed, in `data.key` in the store's data folder (readable by its owner only). Such a key is
still read and handed to the engine, so that signing in moves the store to keys wrapped per
account (core.accounts.data_key_access); no new key is ever kept here.

A key once kept is read back from where it is, never replaced; a key that does not open the
store's data is refused. The key itself is never logged.

`open_deferring_data_key` opens a store already at head without asking the keyring: a kept
key is looked up when personal data is first written or read, or when a sign-in finds no key
wrapped for the account. Asking the keyring costs a start tens of milliseconds, and most
commands never touch personal data. A store to upgrade is opened as `open_with_data_key`
opens it.
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
from peps_desktop.core.shared.store_choice import with_kept_password
from peps_desktop.errors import StoreError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.encrypted import (
    KEY_BYTES,
    DataCipher,
    defer_cipher,
    ensure_cipher,
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


def _read_file(path: Path) -> DataKey:
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) & 0o077:
        log.warning("the data key file %s can be read by others than its owner", path)
    key = _decoded(path.read_text(encoding="ascii", errors="replace"), str(path))
    return DataKey(key=key, kept_in="file", file=path)


def find_data_key(location: Location) -> DataKey | None:
    """The store's key where it was kept: the keyring first, then the key file.

    A keyring that exists but does not answer, with no key file to fall back on, raises
    _KeyringUnreadable.
    """
    path = key_file(location)
    try:
        kept = _from_keyring(store_identifier(location.db_url))
    except _KeyringUnreadable:
        if path.exists():
            return _read_file(path)
        raise
    if kept is not None:
        return DataKey(key=_decoded(kept, translate("DataKey", "the keyring")), kept_in="keyring")
    if path.exists():
        return _read_file(path)
    return None


def open_with_data_key(location: Location) -> tuple[Store, DataKey | None]:
    """Open (and migrate) the store, with the key this computer kept for it, if any.

    A keyring that does not answer, with no key file beside the store, is logged and passed
    over: the key people hold through their accounts is what signing in brings."""
    try:
        found = find_data_key(location)
    except _KeyringUnreadable as error:
        log.warning("the keyring did not answer (%s); opening without a kept data key", error)
        found = None
    url = with_kept_password(location.db_url)
    if found is not None:
        return open_store(url, location.documents_dir, data_key=found.key), found
    return open_store(url, location.documents_dir), None


class DeferredDataKey:
    """The key this computer kept for a store opened without it, looked up once, when first
    needed; None when there is none (the key then comes with a sign-in)."""

    def __init__(self, store: Store, location: Location, found: DataKey | None = None) -> None:
        self._store = store
        self._location = location
        self._found = found
        self._lock = threading.Lock()

    @property
    def found(self) -> DataKey | None:
        """The key, once looked up; None before, or when none is kept."""
        return self._found

    def resolve(self) -> DataKey | None:
        """The kept key, looked up now if it was not yet."""
        ensure_cipher(self._store.engine)
        return self._found

    def cipher(self) -> DataCipher | None:
        """The store's cipher source (store.encrypted.defer_cipher): the kept key, checked
        against the stored data, or None."""
        with self._lock:
            try:
                found = find_data_key(self._location)
            except _KeyringUnreadable as error:
                log.warning("the keyring did not answer (%s); no kept data key", error)
                return None
            if found is None:
                return None
            cipher = DataCipher(found.key)
            try_cipher(self._store.engine, cipher, Base.metadata)
            self._found = found
            return cipher


def open_deferring_data_key(location: Location) -> tuple[Store, DeferredDataKey]:
    """Open a store, a kept data key looked up when first needed (see the module's docstring)."""
    path = sqlite_path(location.db_url)
    if path is None or read_sqlite_state(path).revision != head_revision():
        store, found = open_with_data_key(location)
        return store, DeferredDataKey(store, location, found)
    store = open_store(with_kept_password(location.db_url), location.documents_dir)
    deferred = DeferredDataKey(store, location)
    defer_cipher(store.engine, deferred.cipher)
    return store, deferred
