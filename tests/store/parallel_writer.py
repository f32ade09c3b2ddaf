"""One of the parallel writers: creates its share of accounts through the ordinary use case.

`python -c "from tests.store.parallel_writer import main; main()" URL DOCUMENTS WORKER COUNT`
prints `created N` when done; any refusal is printed and counted as a failure.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from peps_desktop.core.accounts.admin import AccountDraft, create_account
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.errors import UserError
from peps_desktop.store.migrate import open_store

ADMIN_LOGIN = "claire.martin"
ADMIN_PASSWORD = "Mot-de-passe-2026"


def login_of(worker: int, number: int) -> str:
    return f"w{worker}.agent{number:03d}"


def main() -> None:
    url, documents, worker_text, count_text = sys.argv[1:]
    worker, count = int(worker_text), int(count_text)
    store = open_store(url, Path(documents), upgrade=False)
    clock = FixedClock(dt.datetime(2026, 11, 25, 9, 30))
    admin = sign_in(store, clock, ADMIN_LOGIN, ADMIN_PASSWORD)
    created = failures = 0
    for number in range(count):
        login = login_of(worker, number)
        draft = AccountDraft(f"Agent{worker}x{number}", "Prénom", f"{login}@mairie.fr")
        try:
            create_account(store, clock, admin, ADMIN_PASSWORD, draft, login=login)
            created += 1
        except UserError as error:
            failures += 1
            print(f"refused {login}: {error}", flush=True)
    print(f"created {created} failed {failures}", flush=True)
