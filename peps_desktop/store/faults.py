"""The database's own faults, said plainly: locked by another program, disk full, read-only.

Every engine the store builds routes its errors through `handle_error`: what the machine
did (not the application's fault, not the user's data) becomes a `StoreError` with a French
message naming the store, raised in place of the driver's error — so the GUI and the command
line show it like any refusal, and the unit of work that met it is rolled back whole.
Engine-specific codes stay here: SQLite's error names, PostgreSQL's SQLSTATEs.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, event

from peps_desktop.errors import DiskFull, ReadOnlyPlace, ServerUnreachable, StoreBusy, StoreError
from peps_desktop.i18n import translate

# PostgreSQL SQLSTATEs: lock_not_available, deadlock_detected, serialization_failure are not
# faults of the machine (retry); disk_full, read_only_sql_transaction, out_of_memory are.
_PG_BUSY = {"55P03"}
_PG_FULL = {"53100"}
_PG_READ_ONLY = {"25006"}


def busy() -> StoreBusy:
    return StoreBusy(
        translate(
            "StoreFaults",
            "Another task is in progress on this folder; try again in a moment.",
        )
    )


def _where(engine: Engine) -> str:
    database = engine.url.database
    if engine.dialect.name == "sqlite" and database:
        return database.removeprefix("file:")
    return engine.url.host or "?"


def store_fault(orig: BaseException, engine: Engine) -> StoreError | None:
    """The StoreError that says the driver's error `orig`, or None if it is not the machine's."""
    name = str(getattr(orig, "sqlite_errorname", "") or "")
    state = str(getattr(orig, "sqlstate", "") or "")
    text = str(orig).lower()
    where = _where(engine)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or state in _PG_BUSY:
        return busy()
    if name == "SQLITE_FULL" or state in _PG_FULL or "disk is full" in text:
        return DiskFull(
            translate(
                "StoreFaults",
                "The disk holding the store {store} is full. Free some space, then try again; "
                "what was already stored is unchanged.",
            ).format(store=where)
        )
    if name.startswith("SQLITE_READONLY") or state in _PG_READ_ONLY:
        return ReadOnlyPlace(
            translate(
                "StoreFaults",
                "The store {store} is read-only (a read-only file or folder, or no permission "
                "to write). Ask for write access; nothing was changed.",
            ).format(store=where)
        )
    if name.startswith("SQLITE_CANTOPEN"):
        return StoreError(
            translate(
                "StoreFaults",
                "The store {store} cannot be opened: its folder is missing or cannot be "
                "written. Check that the folder exists and that you may write to it.",
            ).format(store=where)
        )
    if name.startswith("SQLITE_IOERR"):
        return StoreError(
            translate(
                "StoreFaults",
                "The disk holding the store {store} could not be read or written (a drive "
                "removed, a network folder gone?). Nothing was changed; try again.",
            ).format(store=where)
        )
    return None


def server_unreachable(reason: object) -> ServerUnreachable:
    return ServerUnreachable(
        translate(
            "Store",
            "The server of the shared store cannot be reached ({reason}). Nothing was changed: "
            "try again once it is back.",
        ).format(reason=str(reason).strip().splitlines()[0] if str(reason).strip() else "—")
    )


def _translate_fault(context: Any) -> BaseException | None:
    orig = context.original_exception
    engine = context.engine
    if engine is None:
        return None
    return store_fault(orig, engine)


def say_store_faults(engine: Engine) -> None:
    event.listen(engine, "handle_error", _translate_fault)
