"""The use cases the crash-point tests kill midway, run by a child process.

`python -c "from tests.core.crash_cases import main; main()" CASE URL DOCUMENTS ARGUMENT`
with PEPS_TEST_CRASH_AT set: the child dies at the named point, as from `kill -9`.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from peps_desktop.core.accounts.admin import AccountDraft
from peps_desktop.core.accounts.files import import_accounts
from peps_desktop.core.accounts.review import apply_review
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.succession import create_successor
from peps_desktop.core.courriers.folder_import import import_drop_folder
from peps_desktop.core.shared import totp
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.store import Store
from tests.child_store import open_child_store

NOW = dt.datetime(2026, 11, 25, 9, 30)
ADMIN_LOGIN = "claire.martin"
ADMIN_PASSWORD = "Mot-de-passe-2026"
ADMIN_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # tests.second_factor's
SUCCESSOR = AccountDraft("Garnier", "Élodie", "elodie.garnier@mairie.fr", "02 41 00 00 07")


def run(case: str, store: Store, argument: str) -> None:
    clock = FixedClock(NOW)
    if case == "courriers_import":
        import_drop_folder(store, clock, Path(argument))
        return
    admin = sign_in(store, clock, ADMIN_LOGIN, ADMIN_PASSWORD)
    code = totp.code_at(ADMIN_SECRET, NOW)
    if case == "accounts_import":
        import_accounts(store, clock, admin, code, Path(argument))
    elif case == "review_apply":
        apply_review(store, clock, admin, int(argument), code)
    elif case == "succession":
        create_successor(store, clock, admin, code, SUCCESSOR, NOW.date())
    else:
        raise ValueError(case)


def main() -> None:
    case, url, documents, argument = sys.argv[1:]
    store = open_child_store(url, documents)
    run(case, store, argument)
