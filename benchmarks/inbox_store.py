"""The demo store the inbox benchmarks share: built once with seed_demo, cached by size.

Not a benchmark itself: imported by inbox_queries.py and inbox_gui.py, which are run as
scripts from the repository root (`.venv/bin/python benchmarks/inbox_gui.py`); Python then
puts benchmarks/ first on sys.path, so `import inbox_store` finds this file.

Each size has its own folder under $XDG_CACHE_HOME (or ~/.cache)/peps-desktop-benchmarks/
(inbox-1000000, inbox-20000, inbox-0 for the empty store...).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from peps_desktop.core.demo.seed import seed_demo
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.core.shared.data_key import KEY_FILE, encoded_key
from peps_desktop.store import Store
from peps_desktop.store.migrate import open_store

# A cached store is opened again by later runs: one fixed data key, for demo data only.
CACHED_STORE_KEY = bytes(range(32))

CLOCK = FixedClock(dt.datetime(2026, 11, 25, 9, 30))
DATABASE_NAME = "peps-desktop.sqlite3"
# Written once seeding has finished: a store left half-built by an interrupted run is rebuilt.
SEEDED_MARK = "seeded"


def cache_folder(courriers: int) -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "peps-desktop-benchmarks" / f"inbox-{courriers}"


def database_path(courriers: int) -> Path:
    return cache_folder(courriers) / DATABASE_NAME


def open_cached_store(courriers: int) -> Store:
    """The store already built for this size (no seeding)."""
    folder = cache_folder(courriers)
    return open_store(
        f"sqlite:///{folder / DATABASE_NAME}", folder / "documents", data_key=CACHED_STORE_KEY
    )


def demo_store(courriers: int, rebuild: bool = False) -> tuple[Store, Path]:
    """The demo store with this many courriers and its database file, seeded if not cached."""
    folder = cache_folder(courriers)
    database = folder / DATABASE_NAME
    mark = folder / SEEDED_MARK
    if rebuild or not mark.exists():
        mark.unlink(missing_ok=True)
        for leftover in folder.glob(DATABASE_NAME + "*"):
            leftover.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    store = open_cached_store(courriers)
    if not mark.exists():
        print(f"seeding {courriers:,} courriers into {folder} ...", flush=True)
        started = time.perf_counter()
        seed_demo(store, CLOCK, courriers=courriers)
        mark.touch()
        print(f"seeded {courriers:,} courriers in {time.perf_counter() - started:,.1f} s")
    _keep_the_key(folder)
    return store, database


def _keep_the_key(folder: Path) -> None:
    """The data key where the application finds it without a keyring, for the processes the
    benchmarks start on the cached store (their sign-in reads the authenticator's secret)."""
    path = folder / KEY_FILE
    if not path.exists():
        path.write_text(encoded_key(CACHED_STORE_KEY) + "\n", encoding="ascii")
        path.chmod(0o600)


def forget_used_codes(courriers: int) -> None:
    """Every demo account may use its authenticator's current code again: a process signing
    in with it spends it, and the benchmarks start many within one 30-second step."""
    connection = sqlite3.connect(database_path(courriers))
    try:
        with connection:
            connection.execute("UPDATE authenticator SET last_used_step = NULL")
    finally:
        connection.close()


def median_ms(
    action: Callable[[], Any], repeat: int, before: Callable[[], Any] | None = None
) -> float:
    """The median wall time of `repeat` runs of action, in milliseconds; `before` (not timed)
    runs ahead of each, to put things back in the state the action starts from."""
    timings = []
    for _ in range(repeat):
        if before is not None:
            before()
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)
