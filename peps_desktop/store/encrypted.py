"""Columns kept encrypted at rest: AES-256-GCM, keyed by the engine that opened the store.

Each value is stored as a format byte, a random 96-bit nonce and the ciphertext with its tag.
The column's name is authenticated with it, so a value moved to another column does not
decrypt. The key is attached to an engine (its dialect, which every connection of that
engine shares), never to a global: several stores may be open in one process, each with its
own key. Encrypted columns cannot be searched or compared in SQL: every write of the same
text gives different bytes.
"""

from __future__ import annotations

import logging
import os
import threading
import weakref
from collections.abc import Callable

from sqlalchemy import (
    Connection,
    Engine,
    LargeBinary,
    MetaData,
    event,
    inspect,
    select,
    type_coerce,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.engine.interfaces import ExceptionContext
from sqlalchemy.types import TypeDecorator

from peps_desktop.errors import StoreError
from peps_desktop.i18n import translate

KEY_BYTES = 32  # AES-256
NONCE_BYTES = 12  # 96 bits, GCM's native nonce size
FORMAT_AES_GCM_V1 = b"\x01"


class DataKeyError(StoreError):
    """Personal data cannot be written or read: the store's data key is absent or wrong."""


def new_data_key() -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM.generate_key(bit_length=KEY_BYTES * 8)


def _wrong_key() -> DataKeyError:
    return DataKeyError(
        translate(
            "Store",
            "The data key does not match this store: its encrypted personal data (NIRs, "
            "agents' names) cannot be read. Restore the data key kept with this store.",
        )
    )


class DataCipher:
    """Encrypts and decrypts one store's personal data with its 256-bit data key."""

    def __init__(self, key: bytes) -> None:
        # Imported with the first key: the models, and a plain start, need none.
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if len(key) != KEY_BYTES:
            raise DataKeyError(
                translate("Store", "The data key is damaged: it must be {size} bytes long.").format(
                    size=KEY_BYTES
                )
            )
        self._aead = AESGCM(key)
        self._key = key

    @property
    def key(self) -> bytes:
        return self._key

    def __repr__(self) -> str:
        return "DataCipher(<key hidden>)"

    def encrypt(self, text: str, column: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, text.encode("utf-8"), _associated(column))
        return FORMAT_AES_GCM_V1 + nonce + sealed

    def decrypt(self, stored: bytes, column: str) -> str:
        if stored[:1] != FORMAT_AES_GCM_V1 or len(stored) < 1 + NONCE_BYTES + 16:
            raise _wrong_key()
        from cryptography.exceptions import InvalidTag

        nonce, sealed = stored[1 : 1 + NONCE_BYTES], stored[1 + NONCE_BYTES :]
        try:
            plain = self._aead.decrypt(nonce, sealed, _associated(column))
        except InvalidTag:
            raise _wrong_key() from None
        return plain.decode("utf-8")


def _associated(column: str) -> bytes:
    return FORMAT_AES_GCM_V1 + column.encode("utf-8")


# Keyed by dialect: an engine and the option engines derived from it share one dialect,
# and every bind or result processor is handed it.
_ciphers: weakref.WeakKeyDictionary[Dialect, DataCipher] = weakref.WeakKeyDictionary()
# A key looked up when first needed (core.shared.data_key): finding it may ask the keyring,
# which a plain start or a command that never touches personal data should not wait for.
CipherSource = Callable[[], DataCipher | None]  # None: no key kept for this store
_sources: weakref.WeakKeyDictionary[Dialect, CipherSource] = weakref.WeakKeyDictionary()
_resolving = threading.RLock()


def attach_cipher(engine: Engine, cipher: DataCipher | None) -> None:
    """The key this engine's encrypted columns use; None leaves them refusing to write."""
    _sources.pop(engine.dialect, None)
    if cipher is None:
        _ciphers.pop(engine.dialect, None)
    else:
        _ciphers[engine.dialect] = cipher


def try_cipher(engine: Engine, cipher: DataCipher, metadata: MetaData) -> None:
    """Use `cipher` for this engine once it has decrypted one stored value of each encrypted
    column; a wrong key is a DataKeyError and leaves the engine as it was."""
    previous = _ciphers.get(engine.dialect)
    _ciphers[engine.dialect] = cipher
    try:
        with engine.connect() as connection:
            check_cipher(connection, metadata)
    except BaseException:
        if previous is None:
            _ciphers.pop(engine.dialect, None)
        else:
            _ciphers[engine.dialect] = previous
        raise


def has_cipher(engine: Engine) -> bool:
    return engine.dialect in _ciphers


def attached_key(engine: Engine) -> bytes | None:
    """The data key this engine's encrypted columns use, if any (a deferred one looked up)."""
    cipher = _resolve(engine.dialect)
    return None if cipher is None else cipher.key


def defer_cipher(engine: Engine, source: CipherSource) -> None:
    """This engine's key will be `source()`, called once, when a value is first encrypted or
    decrypted (or by ensure_cipher); the source checks it (try_cipher) before returning it."""
    _sources[engine.dialect] = source


def ensure_cipher(engine: Engine) -> DataCipher | None:
    """The engine's key, looked up now if it was deferred; None if there is none."""
    return _resolve(engine.dialect)


def _resolve(dialect: Dialect) -> DataCipher | None:
    with _resolving:  # one lookup, whichever thread asks first; the others wait for it
        cipher = _ciphers.get(dialect)
        if cipher is not None:
            return cipher
        source = _sources.get(dialect)
        if source is None:
            return None
        cipher = source()  # a refusal propagates, and the next use asks again
        _sources.pop(dialect, None)
        if cipher is not None:
            _ciphers[dialect] = cipher
        return cipher


def _cipher_for(dialect: Dialect, writing: bool) -> DataCipher:
    cipher = _ciphers.get(dialect) or _resolve(dialect)
    if cipher is None:
        message = (
            translate(
                "Store",
                "Your account does not hold your structure's data key: personal data (NIRs, "
                "agents' names) cannot be written. Ask an administrator of your structure for "
                "a new activation code: choosing your password with it gives you the key.",
            )
            if writing
            else translate(
                "Store",
                "Your account does not hold your structure's data key: personal data (NIRs, "
                "agents' names) cannot be read. Ask an administrator of your structure for a "
                "new activation code: choosing your password with it gives you the key.",
            )
        )
        raise DataKeyError(message)
    return cipher


class EncryptedText(TypeDecorator[str]):
    """Text encrypted with the engine's data key; `column` ("table.column") is authenticated."""

    impl = LargeBinary
    cache_ok = True

    def __init__(self, column: str) -> None:
        super().__init__()
        self.column = column

    def process_bind_param(self, value: str | None, dialect: Dialect) -> bytes | None:
        if value is None:
            return None
        return _cipher_for(dialect, writing=True).encrypt(value, self.column)

    def process_result_value(self, value: bytes | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return _cipher_for(dialect, writing=False).decrypt(bytes(value), self.column)

    @property
    def python_type(self) -> type[str]:
        return str


@event.listens_for(Engine, "handle_error")
def _data_key_errors_as_they_are(context: ExceptionContext) -> BaseException | None:
    # SQLAlchemy wraps errors raised while processing parameters in a StatementError that
    # prints the statement; the user gets the one clear line instead.
    if isinstance(context.original_exception, DataKeyError):
        return context.original_exception
    return None


class _NoResultRows(logging.Filter):
    """SQLAlchemy logs every fetched row at DEBUG level, decrypted NIRs included: never.
    (Parameters are already hidden: build_engine passes hide_parameters.)"""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (isinstance(record.msg, str) and record.msg.startswith("Row "))


logging.getLogger("sqlalchemy.engine.Engine").addFilter(_NoResultRows())


def encrypted_columns(metadata: MetaData) -> list[tuple[str, str]]:
    """(table, column) of every encrypted column the models declare."""
    return [
        (table.name, column.name)
        for table in metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, EncryptedText)
    ]


def holds_encrypted_data(connection: Connection, metadata: MetaData) -> bool:
    """Whether any encrypted column of an existing table holds a value."""
    existing = set(inspect(connection).get_table_names())
    for table_name, column_name in encrypted_columns(metadata):
        if table_name not in existing:
            continue
        column = metadata.tables[table_name].c[column_name]
        # The raw bytes only: no cipher needed to know whether there are any.
        probe = select(type_coerce(column, LargeBinary)).where(column.is_not(None)).limit(1)
        if connection.execute(probe).first() is not None:
            return True
    return False


def check_cipher(connection: Connection, metadata: MetaData) -> None:
    """Decrypt one stored value of each encrypted column: a wrong key is told at once."""
    existing = set(inspect(connection).get_table_names())
    for table_name, column_name in encrypted_columns(metadata):
        if table_name not in existing:
            continue
        column = metadata.tables[table_name].c[column_name]
        connection.execute(select(column).where(column.is_not(None)).limit(1)).first()
