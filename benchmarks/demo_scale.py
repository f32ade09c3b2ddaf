"""Seed a temporary store with the demo at scale and print how long it took.

    .venv/bin/python benchmarks/demo_scale.py --courriers 1000000 --accounts 15

Prints figures only; nothing is asserted (benchmarks never fail a build).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from peps_desktop.core.demo.seed import seed_demo
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.store.encrypted import new_data_key
from peps_desktop.store.migrate import open_store


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(child.stat().st_size for child in path.rglob("*") if child.is_file())


def _mib(size: int) -> str:
    return f"{size / 2**20:,.1f} MiB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--courriers", type=int, default=1_000_000)
    parser.add_argument("--accounts", type=int, default=15)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--keep", type=Path, help="seed this folder (kept) instead of a temporary one"
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="peps-demo-") as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        database = folder / "peps-desktop.sqlite3"
        store = open_store(f"sqlite:///{database}", folder / "documents", data_key=new_data_key())
        clock = FixedClock(dt.datetime.now().replace(microsecond=0))
        started = time.perf_counter()
        report = seed_demo(
            store, clock, accounts=args.accounts, courriers=args.courriers, seed=args.seed
        )
        elapsed = time.perf_counter() - started
        store.dispose()  # checkpoints the WAL into the database file
        rows = report.accounts + report.courriers
        print(f"structure     {report.structure}")
        print(f"accounts      {report.accounts:,}")
        print(f"courriers     {report.courriers:,}")
        print(f"échanges      {report.echanges:,}")
        print(f"elapsed       {elapsed:,.1f} s")
        print(f"rows/s        {rows / elapsed:,.0f} (accounts + courriers)")
        print(f"database      {_mib(_size(database))}")
        print(f"documents     {_mib(_size(folder / 'documents'))}")
        if args.keep:
            print(f"kept in       {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
