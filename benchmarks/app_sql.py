"""The application's own SQL, captured as it runs, to replay through bare sqlite3.

Not a benchmark itself: imported by the inbox benchmarks. A floor made this way is the same
statements with the same parameters (the same plans), without Python's or SQLAlchemy's work
around them: the honest yardstick for "how much do we add to the database's own time".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from sqlalchemy import event

from peps_desktop.store import Store

Statement = tuple[str, tuple[Any, ...]]


def captured(store: Store, action: Callable[[], Any]) -> list[Statement]:
    """The SELECTs `action` runs on the store, with their parameters, in order."""
    seen: list[Statement] = []

    def capture(_connection, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, tuple(parameters)))

    event.listen(store.engine, "before_cursor_execute", capture)
    try:
        action()
    finally:
        event.remove(store.engine, "before_cursor_execute", capture)
    return seen


def replay(bare: sqlite3.Connection, statements: list[Statement]) -> Callable[[], None]:
    """Run the statements through `bare`, reading every row, as the application does."""

    def run() -> None:
        for statement, parameters in statements:
            bare.execute(statement, parameters).fetchall()

    return run


def the_same(
    store: Store, bare: sqlite3.Connection, action: Callable[[], Any]
) -> Callable[[], None]:
    """The floor of `action`: its own statements, replayed through bare sqlite3."""
    return replay(bare, captured(store, action))
