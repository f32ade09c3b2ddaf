"""A long account import in a process of its own, for the tests of work alongside it.

`python -c "from tests.commands.long_import import main; main()" URL DOCUMENTS CSV`
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from peps_desktop.core.accounts.files import import_accounts
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.store.migrate import open_store

ADMIN_LOGIN = "claire.martin"
ADMIN_PASSWORD = "Mot-de-passe-2026"


def main() -> None:
    url, documents, csv_path = sys.argv[1:]
    store = open_store(url, Path(documents), upgrade=False)
    clock = FixedClock(dt.datetime(2026, 11, 25, 9, 30))
    admin = sign_in(store, clock, ADMIN_LOGIN, ADMIN_PASSWORD)
    print("started", flush=True)
    report = import_accounts(store, clock, admin, ADMIN_PASSWORD, Path(csv_path))
    print(f"created {len(report.created)}", flush=True)
