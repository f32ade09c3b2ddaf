"""Time the inbox's queries on a million courriers, beside the same SQL through bare sqlite3.

    .venv/bin/python benchmarks/inbox_queries.py [--courriers 1000000] [--runs 5]

The demo store is built once with seed_demo and cached under $XDG_CACHE_HOME (or ~/.cache)
/peps-desktop-benchmarks/ by inbox_store.py, shared with the other inbox benchmarks. The demo
agent (reading 3 of the 9 funds) asks, through core.courriers.inbox, what the inbox asks:
counts, pages of ids (with the query's count, as the inbox's model asks them), rows, in both
tabs, sorted by each column both ways. The floor of each is its own statements, captured as
it runs and replayed through sqlite3 with the same parameters (app_sql.py): the database's
own time for the same plans. Ours and the floor run in turn; each prints min / median of the
runs, and the ratio shows what Python and SQLAlchemy add. Aim: each under 100 ms, every sort
of either tab by any column included (the inbox as the user sees it, with its model and its
floor, is timed by inbox_gui.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from app_sql import the_same
from inbox_store import CLOCK, demo_store
from paired import (
    Figure,
    Verdict,
    benchmark_parser,
    load_note,
    paired,
    print_table,
    print_verdicts,
    under,
)

from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.courriers.inbox import InboxQuery, count, page_ids, rows, unread_count
from peps_desktop.core.courriers.query import SORT_COLUMNS
from peps_desktop.core.demo.reference import DEMO_PASSWORD, DEMO_USER_LOGIN

SEARCH = "cotisations"
PAGE = 100
AIM_MS = 100.0


def main(argv: list[str] | None = None) -> int:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)

    store, database = demo_store(args.courriers, args.rebuild)
    user = sign_in(store, CLOCK, DEMO_USER_LOGIN, DEMO_PASSWORD)
    bare = sqlite3.connect(database)

    def page(query: InboxQuery, offset: int = 0) -> Callable[[], Any]:
        total = count(store, user, query)
        return lambda: rows(store, user, page_ids(store, user, query, offset, PAGE, total=total))

    default = InboxQuery()
    archives = InboxQuery(tab="archives")
    search = InboxQuery(search=SEARCH)
    total = count(store, user, default)
    action = replace(default, requires_action=True)
    measured: list[tuple[str, Callable[[], Any]]] = [
        ("count", lambda: count(store, user, default)),
        ("first page (ids + rows)", page(default)),
        ("Archives tab: count", lambda: count(store, user, archives)),
        ("Archives tab: first page", page(archives)),
        (f"search “{SEARCH}”: count", lambda: count(store, user, search)),
        (f"search “{SEARCH}”: first page", page(search)),
        ("filter action requise: count", lambda: count(store, user, action)),
        ("filter action requise: first page", page(action)),
        ("unread count", lambda: unread_count(store, user)),
        ("last page", page(default, max(total - PAGE, 0))),
    ]
    for tab in ("courriers", "archives"):
        for column in SORT_COLUMNS:
            for descending in (False, True):
                query = InboxQuery(tab=tab, sort=column, descending=descending)  # type: ignore[arg-type]
                way = "desc" if descending else "asc"
                measured.append((f"sort {tab} by {column} {way}", page(query)))

    print(load_note())
    print(f"{total:,} courriers in the inbox of {user.login}")
    table: list[tuple[str, Figure, Figure | None]] = []
    verdicts: list[Verdict] = []
    for name, ours in measured:
        floor = the_same(store, bare, ours)
        mine, theirs = paired(ours, floor, args.runs)
        table.append((name, mine, theirs))
        verdicts.append(under(name, mine, AIM_MS))
    bare.close()
    store.dispose()
    print_table(
        f"the inbox's queries, min / median of {max(args.runs, 3)} runs",
        table,
        "same SQL, sqlite3",
    )
    print_verdicts(verdicts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
