"""Time the inbox's queries on a million courriers, beside the bare sqlite3 SQL for the same result.

    .venv/bin/python benchmarks/inbox_queries.py --courriers 1000000

The demo store is built once with seed_demo and cached under $XDG_CACHE_HOME (or ~/.cache)
/peps-desktop-benchmarks/ (--rebuild to build it again). Prints medians only; nothing is
asserted (benchmarks never fail a build).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from peps_desktop.core.auth import SignedIn, sign_in
from peps_desktop.core.clock import FixedClock
from peps_desktop.core.demo import DEMO_PASSWORD, DEMO_USER_LOGIN, seed_demo
from peps_desktop.core.inbox import InboxQuery, count, page_ids, rows, unread_count
from peps_desktop.store import Store
from peps_desktop.store.migrate import open_store

PAGE = 100
SEARCH = "cotisations"
CLOCK = FixedClock(dt.datetime(2026, 11, 25, 9, 30))

VISIBLE = (
    "service_id IN (SELECT service_id FROM access_right WHERE account_id = :me "
    "AND level IN ('lecture', 'modification'))"
)
BARE_COUNT = f"SELECT count(*) FROM courrier WHERE {VISIBLE} AND archived = 0"
BARE_FIRST_PAGE = (
    "SELECT c.id, s.code, c.type, c.objet, c.reference, c.recu_le, c.action_requise, "
    "c.echeance, c.montant, a.login, c.archived, EXISTS (SELECT 1 FROM courrier_read r "
    "WHERE r.courrier_id = c.id AND r.account_id = :me) FROM courrier c "
    "JOIN service s ON s.id = c.service_id LEFT JOIN account a ON a.id = c.assigned_to_id "
    f"WHERE c.{VISIBLE} AND c.archived = 0 ORDER BY c.recu_le DESC, c.id DESC LIMIT {PAGE}"
)
BARE_SEARCH = (
    f"SELECT id FROM courrier WHERE {VISIBLE} AND archived = 0 AND id IN "
    "(SELECT rowid FROM courrier_fts WHERE courrier_fts MATCH :match) "
    f"ORDER BY recu_le DESC, id DESC LIMIT {PAGE}"
)
BARE_FILTER = (
    f"SELECT id FROM courrier WHERE {VISIBLE} AND archived = 0 AND action_requise = 1 "
    f"ORDER BY recu_le DESC, id DESC LIMIT {PAGE}"
)
BARE_UNREAD = (
    f"SELECT count(*) FROM courrier c WHERE c.{VISIBLE} AND c.archived = 0 AND NOT EXISTS "
    "(SELECT 1 FROM courrier_read r WHERE r.courrier_id = c.id AND r.account_id = :me)"
)
BARE_LAST_PAGE = (
    f"SELECT id FROM courrier WHERE {VISIBLE} AND archived = 0 "
    f"ORDER BY recu_le DESC, id DESC LIMIT {PAGE} OFFSET :offset"
)


def _cache_folder(courriers: int) -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "peps-desktop-benchmarks" / f"inbox-{courriers}"


def _store(courriers: int, rebuild: bool) -> tuple[Store, Path]:
    folder = _cache_folder(courriers)
    database = folder / "peps-desktop.sqlite3"
    if rebuild and database.exists():
        for leftover in folder.glob("peps-desktop.sqlite3*"):
            leftover.unlink()
    fresh = not database.exists()
    folder.mkdir(parents=True, exist_ok=True)
    store = open_store(f"sqlite:///{database}", folder / "documents")
    if fresh:
        started = time.perf_counter()
        seed_demo(store, CLOCK, courriers=courriers)
        print(f"seeded {courriers:,} courriers in {time.perf_counter() - started:,.1f} s")
    return store, database


def _median_ms(action: Callable[[], Any], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--courriers", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)

    store, database = _store(args.courriers, args.rebuild)
    user: SignedIn = sign_in(store, CLOCK, DEMO_USER_LOGIN, DEMO_PASSWORD)
    bare = sqlite3.connect(database)
    me = {"me": user.account_id}
    default = InboxQuery()
    total = count(store, user, default)
    last_offset = max(total - PAGE, 0)

    def bare_sql(sql: str, **extra: object) -> Callable[[], Any]:
        return lambda: bare.execute(sql, {**me, **extra}).fetchall()

    cases: list[tuple[str, Callable[[], Any], Callable[[], Any]]] = [
        ("count", lambda: count(store, user, default), bare_sql(BARE_COUNT)),
        (
            "first page ids + rows",
            lambda: rows(store, user, page_ids(store, user, default, 0, PAGE)),
            bare_sql(BARE_FIRST_PAGE),
        ),
        (
            f"search “{SEARCH}” (page)",
            lambda: page_ids(store, user, InboxQuery(search=SEARCH), 0, PAGE),
            bare_sql(BARE_SEARCH, match=f'"{SEARCH}"*'),
        ),
        (
            "filter action requise (page)",
            lambda: page_ids(store, user, InboxQuery.action_requise(), 0, PAGE),
            bare_sql(BARE_FILTER),
        ),
        ("unread count", lambda: unread_count(store, user), bare_sql(BARE_UNREAD)),
        (
            "last page ids",
            lambda: page_ids(store, user, default, last_offset, PAGE),
            bare_sql(BARE_LAST_PAGE, offset=last_offset),
        ),
    ]
    print(f"{total:,} courriers visible to {user.login}; medians of {args.repeat} runs")
    print(f"{'query':32} {'inbox':>10} {'bare SQL':>10}")
    for name, ours, theirs in cases:
        print(
            f"{name:32} {_median_ms(ours, args.repeat):8.1f}ms "
            f"{_median_ms(theirs, args.repeat):8.1f}ms"
        )
    bare.close()
    store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
