"""An account import of 10,000 new accounts: total time and how long it holds the write lock.

    .venv/bin/python benchmarks/account_import.py --accounts 10000 --runs 3

Each run imports the same CSV of new accounts into a fresh store (one administrator). The
write lock is timed from its BEGIN IMMEDIATE to its COMMIT, through the engine's events.
Beside them, floors measured in the same run: the same rows inserted with plain
`executemany` through sqlite3 in one transaction, and reading the file alone. While the
import runs, `peps-desktop courriers list` runs in another process, and must succeed.
Aims: lock held under 1 s, import under 5 s. Prints figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import Connection, event

from peps_desktop.core.accounts.file_formats import read_sheet
from peps_desktop.core.accounts.file_rows import COLUMNS
from peps_desktop.core.accounts.files import import_accounts
from peps_desktop.core.accounts.rules import Identity
from peps_desktop.core.accounts.setup import create_structure
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared import totp
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.core.shared.data_key import KEY_FILE, encoded_key
from peps_desktop.core.shared.security import hash_password
from peps_desktop.store import Store
from peps_desktop.store.encrypted import new_data_key
from peps_desktop.store.migrate import open_store
from peps_desktop.store.models import Account, Authenticator

PASSWORD = "Mot-de-passe-2026"
ADMIN = Identity("claire.martin", "Martin", "Claire", "claire.martin@mairie.fr")
NOW = dt.datetime(2026, 11, 25, 9, 30)
# The authenticator apps of the administrator importing and of the colleague reading beside.
ADMIN_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
READER = "lea.petit"
READER_SECRET = "KRUGKIDROVUWG2ZAMJZG653OEBTG66BA"


def enrol_both(store: Store) -> None:
    """The administrator's app, and a colleague with an app of her own, set up beforehand."""
    with store.session() as session:
        admin = session.query(Account).filter_by(login=ADMIN.login).one()
        reader = Account(
            structure_id=admin.structure_id,
            login=READER,
            nom="Petit",
            prenom="Léa",
            email="lea.petit@mairie.fr",
            profile="utilisateur",
            status="actif",
            expires_on=(dt.datetime.now() + dt.timedelta(days=300)).date(),
            password_hash=hash_password(PASSWORD),
            failed_sign_ins=0,
            created_at=NOW,
        )
        session.add(reader)
        session.flush()
        for account, secret in ((admin, ADMIN_SECRET), (reader, READER_SECRET)):
            session.add(
                Authenticator(
                    account_id=account.id, secret=secret, created_at=NOW, confirmed_at=NOW
                )
            )


def write_csv(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(COLUMNS)
        for number in range(count):
            writer.writerow(
                [
                    f"agent.{number:05d}",
                    f"Nom{number:05d}",
                    "Prénom",
                    f"agent.{number:05d}@mairie.fr",
                    "",
                    "utilisateur",
                    "",
                    "",
                    "CNRACL:lecture" if number % 2 else "",
                ]
            )


def bare_insert(path: Path, count: int) -> float:
    """The floor: the same account rows, one executemany, one transaction, plain sqlite3."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute(
        "CREATE TABLE account (id INTEGER PRIMARY KEY, login TEXT UNIQUE, nom TEXT, "
        "prenom TEXT, email TEXT, profile TEXT, status TEXT, expires_on TEXT, "
        "activation_code_hash TEXT, created_at TEXT, version INTEGER)"
    )
    rows = [
        (
            f"agent.{n:05d}",
            f"Nom{n:05d}",
            "Prénom",
            f"a{n}@m.fr",
            "utilisateur",
            "actif",
            "2028-05-25",
            "h" * 50,
            "2026-11-25",
            1,
        )
        for n in range(count)
    ]
    started = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany(
        "INSERT INTO account (login, nom, prenom, email, profile, status, expires_on, "
        "activation_code_hash, created_at, version) VALUES (?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def one_run(folder: Path, csv_path: Path) -> tuple[float, float, bool]:
    database = folder / "peps-desktop.sqlite3"
    key = new_data_key()
    (folder / KEY_FILE).write_text(encoded_key(key) + "\n", encoding="ascii")
    store = open_store(f"sqlite:///{database}", folder / "documents", data_key=key)
    clock = FixedClock(NOW)
    create_structure(store, clock, "Mairie", ADMIN, PASSWORD)
    enrol_both(store)
    actor = sign_in(store, clock, ADMIN.login, PASSWORD)
    held: list[float] = []
    began: dict[int, float] = {}

    # Units of work only (BEGIN IMMEDIATE: they take the write lock), by connection.
    @event.listens_for(store.engine, "begin")
    def _begin(connection: Connection) -> None:
        if connection.get_execution_options().get("write_transaction", False):
            began[id(connection)] = time.perf_counter()

    def _end(connection: Connection) -> None:
        started = began.pop(id(connection), None)
        if started is not None:
            held.append(time.perf_counter() - started)

    event.listen(store.engine, "commit", _end)
    event.listen(store.engine, "rollback", _end)

    environment = dict(
        os.environ,
        XDG_DATA_HOME=str(folder / "xdg"),
        XDG_STATE_HOME=str(folder / "xdg-state"),
        PEPS_PASSWORD=PASSWORD,
        # The reader's command runs on the real clock: her app's code of now.
        PEPS_OTP=totp.code_at(READER_SECRET, dt.datetime.now()),
    )
    command = [sys.executable, "-m", "peps_desktop", "--data-dir", str(folder), "courriers"]
    command += ["list", "--as", READER]
    # `courriers list` (which signs in, so writes) runs over and over beside the import.
    readers = [
        subprocess.Popen(
            command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
    ]
    started = time.perf_counter()
    report = import_accounts(store, clock, actor, totp.code_at(ADMIN_SECRET, NOW), csv_path)
    total = time.perf_counter() - started
    failures = 0
    for reader in readers:
        failures += reader.communicate(timeout=120)[1] != b"" or reader.returncode != 0
    assert len(report.created) > 0
    store.dispose()
    return total, max(held), failures == 0


def summary(values: list[float]) -> str:
    return f"min {min(values) * 1000:7.0f} ms   median {statistics.median(values) * 1000:7.0f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    totals, locks, floors, reads, readers_ok = [], [], [], [], True
    with tempfile.TemporaryDirectory(prefix="peps-account-import-") as temporary:
        root = Path(temporary)
        csv_path = root / "comptes.csv"
        write_csv(csv_path, args.accounts)
        for run in range(args.runs):
            folder = root / f"run{run}"
            folder.mkdir()
            total, lock, ok = one_run(folder, csv_path)
            totals.append(total)
            locks.append(lock)
            readers_ok = readers_ok and ok
            floors.append(bare_insert(folder / "bare.sqlite3", args.accounts))
            started = time.perf_counter()
            read_sheet(csv_path)
            reads.append(time.perf_counter() - started)
    print(f"account import, {args.accounts:,} new accounts, {args.runs} runs")
    print(f"  whole import                {summary(totals)}   aim < 5,000 ms")
    print(f"  write lock held (longest)   {summary(locks)}   aim < 1,000 ms")
    print(f"  floor: bare executemany     {summary(floors)}")
    print(f"  floor: reading the file     {summary(reads)}")
    ratio = statistics.median(locks) / statistics.median(floors)
    print(f"  lock / bare insert          ×{ratio:.1f}")
    alongside = "succeeded" if readers_ok else "FAILED"
    print(f"  courriers list alongside    {alongside}")
    met = max(totals) < 5 and max(locks) < 1 and readers_ok
    print(f"  aims met: {'yes' if met else 'no'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
