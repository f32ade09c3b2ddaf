"""Time the inbox's bulk actions on a million courriers, beside the bare statement.

    .venv/bin/python benchmarks/inbox_bulk.py [--courriers 1000000] [--runs 5]

Run from the repository root. The demo store is the one inbox_store.py caches (built once).
The demo administrator (the modification right on every fund) archives, unarchives,
assigns, marks read and marks unread 1,000 and then 5,000 courriers of the Courriers tab,
through core.courriers.actions: one unit of work each, rights checked in the statement,
the audit entry written. The floor is the bare statement that makes the same change, through
sqlite3 in one BEGIN IMMEDIATE … COMMIT, on a connection set up as the application's
(foreign keys on, WAL, synchronous=NORMAL): `UPDATE courrier SET archived = 1 WHERE id IN
(…)`, `INSERT INTO courrier_read … SELECT … WHERE id IN (…)`, and so on. Before each timed run
(untimed) a third connection puts the courriers back as the action finds them and
checkpoints the WAL, for ours and the floor alike. Prints min / median of each, and whether
ours is within 2x.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import partial
from typing import Any

from inbox_store import CLOCK, demo_store
from paired import (
    Figure,
    Verdict,
    benchmark_parser,
    load_note,
    paired,
    print_table,
    print_verdicts,
    within,
)

from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.courriers import actions
from peps_desktop.core.demo.reference import DEMO_ADMIN_LOGIN, DEMO_PASSWORD

ASSIGNEE = "guillaume.mathieu"  # the demo's second administrator, who reads every fund
SIZES = (1000, 5000)
AIM_TIMES = 2.0
READ_AT = "2026-11-25 09:30:00.000000"


def bare_connection(database: Any) -> sqlite3.Connection:
    bare = sqlite3.connect(database, isolation_level=None)
    for pragma in ("foreign_keys=ON", "busy_timeout=5000", "synchronous=NORMAL"):
        bare.execute(f"PRAGMA {pragma}")
    return bare


def main(argv: list[str] | None = None) -> int:
    parser = benchmark_parser(__doc__)
    args = parser.parse_args(argv)

    store, database = demo_store(args.courriers)
    admin = sign_in(store, CLOCK, DEMO_ADMIN_LOGIN, DEMO_PASSWORD)
    bare = bare_connection(database)  # the floor's statements
    resets = bare_connection(database)  # what puts things back before each run
    me = admin.account_id
    assignee = bare.execute("SELECT id FROM account WHERE login = ?", (ASSIGNEE,)).fetchone()[0]
    print(load_note())

    def in_one_transaction(
        sql: str, parameters: list[Any], connection: sqlite3.Connection
    ) -> Callable[[], None]:
        def run() -> None:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute(sql, parameters)
            connection.execute("COMMIT")

        return run

    def starting_from(setup: Callable[[], None]) -> Callable[[], None]:
        def before() -> None:
            setup()
            resets.execute("PRAGMA wal_checkpoint(RESTART)")

        return before

    rows: list[tuple[str, Figure, Figure | None]] = []
    verdicts: list[Verdict] = []
    for size in SIZES:
        ids = [
            row[0]
            for row in bare.execute(
                "SELECT id FROM courrier WHERE archived = 0 ORDER BY id LIMIT ?", (size,)
            )
        ]
        marks = ",".join("?" * len(ids))
        where = f"id IN ({marks})"
        statements = {
            "archived": (f"UPDATE courrier SET archived = 1 WHERE {where}", ids),
            "live": (f"UPDATE courrier SET archived = 0 WHERE {where}", ids),
            "assigned": (
                f"UPDATE courrier SET assigned_to_id = ? WHERE {where}",
                [assignee, *ids],
            ),
            "unassigned": (f"UPDATE courrier SET assigned_to_id = NULL WHERE {where}", ids),
            "read": (
                "INSERT OR IGNORE INTO courrier_read (courrier_id, account_id, read_at) "
                f"SELECT id, ?, ? FROM courrier WHERE {where}",
                [me, READ_AT, *ids],
            ),
            "unread": (
                f"DELETE FROM courrier_read WHERE account_id = ? AND courrier_id IN ({marks})",
                [me, *ids],
            ),
        }
        floor = {name: in_one_transaction(*sql, bare) for name, sql in statements.items()}
        reset = {name: in_one_transaction(*sql, resets) for name, sql in statements.items()}
        cases: list[tuple[str, Callable[[], Any], str, str]] = [
            ("archive", partial(actions.archive, store, CLOCK, admin, ids), "archived", "live"),
            ("unarchive", partial(actions.unarchive, store, CLOCK, admin, ids), "live", "archived"),
            (
                "assign",
                partial(actions.assign, store, CLOCK, admin, ids, ASSIGNEE),
                "assigned",
                "unassigned",
            ),
            ("mark read", partial(actions.mark_read, store, CLOCK, admin, ids), "read", "unread"),
            (
                "mark unread",
                partial(actions.mark_unread, store, CLOCK, admin, ids),
                "unread",
                "read",
            ),
        ]
        for name, ours, change, start in cases:
            print(f"  timing {name} {size:,} ...", flush=True)
            mine, theirs = paired(
                ours, floor[change], args.runs, before=starting_from(reset[start])
            )
            label = f"{name} {size:,}"
            rows.append((label, mine, theirs))
            verdicts.append(within(label, mine, theirs, AIM_TIMES))
        # Leave the courriers as they were found.
        for state in ("live", "unassigned", "unread"):
            reset[state]()
    bare.close()
    resets.close()
    store.dispose()
    print_table(
        f"bulk actions of {DEMO_ADMIN_LOGIN} on {args.courriers:,} courriers, "
        f"min / median of {max(args.runs, 3)} runs",
        rows,
        "bare statement",
    )
    print_verdicts(verdicts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
