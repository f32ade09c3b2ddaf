"""A long account import in a process of its own, for the tests of work alongside it.

`python -c "from tests.commands.long_import import main; main()" URL DOCUMENTS CSV`
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from peps_desktop.core.accounts.files import import_accounts
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared import totp
from peps_desktop.core.shared.clock import FixedClock
from tests.child_store import open_child_store

ADMIN_LOGIN = "claire.martin"
ADMIN_PASSWORD = "Mot-de-passe-2026"
ADMIN_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # tests.second_factor's


def main() -> None:
    url, documents, csv_path = sys.argv[1:]
    store = open_child_store(url, documents)
    clock = FixedClock(dt.datetime(2026, 11, 25, 9, 30))
    admin = sign_in(store, clock, ADMIN_LOGIN, ADMIN_PASSWORD)
    print("started", flush=True)
    code = totp.code_at(ADMIN_SECRET, clock.now())
    report = import_accounts(store, clock, admin, code, Path(csv_path))
    print(f"created {len(report.created)}", flush=True)
