"""Time the inbox's queries on a million courriers, beside the bare sqlite3 SQL for the same result.

    .venv/bin/python benchmarks/inbox_queries.py --courriers 1000000

The demo store is built once with seed_demo and cached under $XDG_CACHE_HOME (or ~/.cache)
/peps-desktop-benchmarks/ by inbox_store.py, shared with inbox_gui.py (--rebuild to build it
again). Prints medians only; nothing is asserted (benchmarks never fail a build).
"""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Callable
from typing import Any

from inbox_bare_sql import (
    BARE_COUNT,
    BARE_FILTER,
    BARE_FIRST_PAGE,
    BARE_LAST_PAGE,
    BARE_SEARCH,
    BARE_SEARCH_COUNT,
    BARE_UNREAD,
    PAGE,
)
from inbox_store import CLOCK, demo_store, median_ms

from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.courriers.inbox import InboxQuery, count, page_ids, rows, unread_count
from peps_desktop.core.demo.reference import DEMO_PASSWORD, DEMO_USER_LOGIN

SEARCH = "cotisations"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--courriers", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)

    store, database = demo_store(args.courriers, args.rebuild)
    user: SignedIn = sign_in(store, CLOCK, DEMO_USER_LOGIN, DEMO_PASSWORD)
    bare = sqlite3.connect(database)
    me = {"me": user.account_id}
    default = InboxQuery()
    total = count(store, user, default)
    search = InboxQuery(search=SEARCH)
    found = count(store, user, search)
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
            f"search “{SEARCH}” (count)",
            lambda: count(store, user, search),
            bare_sql(BARE_SEARCH_COUNT, match=f'"{SEARCH}"*'),
        ),
        (
            f"search “{SEARCH}” (page)",
            lambda: page_ids(store, user, search, 0, PAGE),
            bare_sql(BARE_SEARCH, match=f'"{SEARCH}"*'),
        ),
        (
            # As the inbox's model asks, knowing the count.
            f"search “{SEARCH}” (page, total)",
            lambda: page_ids(store, user, search, 0, PAGE, total=found),
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
    print(f"{'query':36} {'inbox':>10} {'bare SQL':>10}")
    for name, ours, theirs in cases:
        print(
            f"{name:36} {median_ms(ours, args.repeat):8.1f}ms "
            f"{median_ms(theirs, args.repeat):8.1f}ms"
        )
    bare.close()
    store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
