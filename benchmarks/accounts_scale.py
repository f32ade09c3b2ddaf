"""Time the accounts view's list, a filter, and the account list's export and import at scale.

    .venv/bin/python benchmarks/accounts_scale.py --accounts 10000

Each figure is printed beside the bare SQL for the same queries, measured in the same run.
Prints figures only; nothing is asserted (benchmarks never fail a build).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from peps_desktop.core.accounts.account_list import list_accounts
from peps_desktop.core.accounts.files import export_accounts, import_accounts
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.demo.reference import DEMO_ADMIN_LOGIN, DEMO_PASSWORD, demo_code
from peps_desktop.core.demo.seed import seed_demo
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.store.encrypted import new_data_key
from peps_desktop.store.migrate import open_store

ACCOUNTS_SQL = (
    "SELECT id, login, nom, prenom, email, telephone, profile, status, expires_on, "
    "last_sign_in_at, last_review_at, version, password_hash IS NULL FROM account "
    "WHERE structure_id = ? ORDER BY nom, prenom, login"
)
RIGHTS_SQL = (
    "SELECT access_right.account_id, service.code, access_right.level FROM access_right "
    "JOIN service ON service.id = access_right.service_id "
    "JOIN account ON account.id = access_right.account_id WHERE account.structure_id = ?"
)
FILTER_SQL = (
    "SELECT id FROM account WHERE structure_id = ? AND (login LIKE ? OR nom LIKE ? "
    "OR prenom LIKE ? OR email LIKE ?) ORDER BY nom, prenom, login"
)


def best_of(runs: int, work: Callable[[], Any]) -> tuple[float, Any]:
    """The best time of `runs` runs, and the last run's result."""
    best, result = float("inf"), None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - started)
    return best, result


def line(label: str, seconds: float, bare: float) -> None:
    ratio = seconds / bare if bare else float("inf")
    print(f"{label:<42} {seconds * 1000:8.1f} ms   bare SQL {bare * 1000:7.1f} ms   ×{ratio:6.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="peps-accounts-") as temporary:
        folder = Path(temporary)
        database = folder / "peps-desktop.sqlite3"
        store = open_store(f"sqlite:///{database}", folder / "documents", data_key=new_data_key())
        clock = FixedClock(dt.datetime.now().replace(microsecond=0))
        started = time.perf_counter()
        seed_demo(store, clock, accounts=args.accounts, courriers=0)
        print(f"seeded {args.accounts:,} accounts in {time.perf_counter() - started:.1f} s")
        actor = sign_in(store, clock, DEMO_ADMIN_LOGIN, DEMO_PASSWORD)
        raw = sqlite3.connect(database)

        def next_code() -> str:
            """An import is confirmed by a code: the demo app's next one."""
            clock.advance(dt.timedelta(seconds=30))
            return demo_code(clock)

        structure = (actor.structure_id,)

        def bare_list() -> int:
            rights = raw.execute(RIGHTS_SQL, structure).fetchall()
            return len(raw.execute(ACCOUNTS_SQL, structure).fetchall()) + len(rights)

        bare, _ = best_of(args.runs, bare_list)
        seconds, rows = best_of(args.runs, lambda: list_accounts(store, clock, actor))
        line(f"list_accounts ({len(rows):,} rows)", seconds, bare)

        needle = "mar"

        def python_filter() -> int:
            return sum(
                1
                for row in rows
                if any(
                    needle in text.lower() for text in (row.login, row.nom, row.prenom, row.email)
                )
            )

        def sql_filter() -> int:
            pattern = f"%{needle}%"
            return len(raw.execute(FILTER_SQL, (*structure, *[pattern] * 4)).fetchall())

        bare, in_sql = best_of(args.runs, sql_filter)
        seconds, in_python = best_of(args.runs, python_filter)
        line(f"filter “{needle}” in Python ({in_python:,})", seconds, bare)
        print(f"{'':<42} (SQL LIKE found {in_sql:,})")

        exported = folder / "comptes.csv"
        seconds, _ = best_of(args.runs, lambda: export_accounts(store, clock, actor, exported))
        bare, _ = best_of(args.runs, bare_list)
        line("export CSV", seconds, bare)
        xlsx = folder / "comptes.xlsx"
        seconds, _ = best_of(1, lambda: export_accounts(store, clock, actor, xlsx))
        line("export XLSX", seconds, bare)

        bare, _ = best_of(args.runs, bare_list)
        seconds, report = best_of(
            args.runs, lambda: import_accounts(store, clock, actor, next_code(), exported)
        )
        line(f"re-import CSV ({len(report.unchanged):,} unchanged)", seconds, bare)
        seconds, report = best_of(
            1, lambda: import_accounts(store, clock, actor, next_code(), xlsx)
        )
        line(f"re-import XLSX ({len(report.unchanged):,} unchanged)", seconds, bare)

        changed = folder / "comptes-modifies.csv"
        with exported.open(encoding="utf-8-sig", newline="") as source:
            table = list(csv.reader(source, delimiter=";"))
        column = table[0].index("telephone")
        for cells in table[1:]:
            if cells[column]:  # a few demo accounts have none
                cells[column] = "05 " + cells[column][3:]
        with changed.open("w", encoding="utf-8-sig", newline="") as target:
            csv.writer(target, delimiter=";").writerows(table)

        def bare_updates() -> int:
            bare_list()
            login_column = table[0].index("login")
            raw.executemany(
                "UPDATE account SET telephone = ?, version = version + 1 WHERE login = ?",
                [(cells[column], cells[login_column]) for cells in table[1:]],
            )
            raw.rollback()
            return len(table) - 1

        bare, _ = best_of(1, bare_updates)
        seconds, report = best_of(
            1,
            lambda: import_accounts(store, clock, actor, next_code(), changed, dry_run=True),
        )
        line(f"import, {len(report.updated):,} changed, dry run", seconds, bare)
        seconds, report = best_of(
            1, lambda: import_accounts(store, clock, actor, next_code(), changed)
        )
        line(f"import, {len(report.updated):,} changed", seconds, bare)
        raw.close()
        store.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
