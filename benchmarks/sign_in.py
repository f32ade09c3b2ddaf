"""Sign-in time: a right password, a wrong one, an unknown login, and a first sign-in that
replaces an older scrypt hash, each beside one bare Argon2id hash measured in the same run.

    .venv/bin/python benchmarks/sign_in.py --runs 7

Aim: every sign-in under 0.5 s on a 2-core machine; an unknown login and a wrong password
take the same time (the same work: one password verification). Prints figures only.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import hashlib
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from peps_desktop.core.accounts.rules import Identity
from peps_desktop.core.accounts.setup import create_structure
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.core.shared.security import hash_password
from peps_desktop.errors import AuthenticationError
from peps_desktop.store.encrypted import new_data_key
from peps_desktop.store.migrate import open_store
from peps_desktop.store.models import Account

PASSWORD = "Mot-de-passe-2026"
ADMIN = Identity("claire.martin", "Martin", "Claire", "claire.martin@mairie.fr")
NOW = dt.datetime(2026, 11, 25, 9, 30)


def legacy_hash(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    encode = base64.b64encode
    return f"scrypt${2**14}$8$1${encode(salt).decode()}${encode(digest).decode()}"


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    try:
        work()
    except AuthenticationError:
        pass
    return time.perf_counter() - started


def summary(values: list[float]) -> str:
    return f"min {min(values) * 1000:6.0f} ms   median {statistics.median(values) * 1000:6.0f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="peps-sign-in-") as temporary:
        folder = Path(temporary)
        store = open_store(
            f"sqlite:///{folder / 's.sqlite3'}", folder / "docs", data_key=new_data_key()
        )
        clock = FixedClock(NOW)
        create_structure(store, clock, "Mairie", ADMIN, PASSWORD)
        times: dict[str, list[float]] = {
            name: [] for name in ("floor", "right", "wrong", "unknown", "rehash")
        }
        for _ in range(args.runs):
            times["floor"].append(timed(lambda: hash_password(PASSWORD)))
            times["right"].append(timed(lambda: sign_in(store, clock, ADMIN.login, PASSWORD)))
            times["wrong"].append(timed(lambda: sign_in(store, clock, ADMIN.login, "Pas-le-bon-1")))
            times["unknown"].append(
                timed(lambda: sign_in(store, clock, "personne", "Pas-le-bon-1"))
            )
            with store.session() as session:
                account = session.query(Account).filter_by(login=ADMIN.login).one()
                account.password_hash = legacy_hash(PASSWORD)
                account.failed_sign_ins = 0
            times["rehash"].append(timed(lambda: sign_in(store, clock, ADMIN.login, PASSWORD)))
        store.dispose()
    print(f"sign-in, {args.runs} runs")
    print(f"  floor: one Argon2id hash          {summary(times['floor'])}")
    print(f"  right password                    {summary(times['right'])}   aim < 500 ms")
    print(f"  wrong password                    {summary(times['wrong'])}")
    print(f"  unknown login                     {summary(times['unknown'])}")
    print(f"  older scrypt hash, replaced       {summary(times['rehash'])}")
    ratio = statistics.median(times["unknown"]) / statistics.median(times["wrong"])
    print(f"  unknown / wrong (medians)         ×{ratio:.2f}")
    worst = max(max(values) for name, values in times.items() if name != "floor")
    print(f"  aim met: {'yes' if worst < 0.5 else 'no'} (slowest sign-in {worst * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
