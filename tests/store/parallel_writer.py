"""One of the parallel writers: an administrator of their own creating their share of accounts
through the ordinary use case, each confirmed by the next code of their authenticator app.

`python -c "from tests.store.parallel_writer import main; main()" URL DOCUMENTS WORKER COUNT`
prints `created N` when done; any refusal is printed and counted as a failure.
"""

from __future__ import annotations

import datetime as dt
import sys

from peps_desktop.core.accounts.admin import AccountDraft, create_account
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared import totp
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.errors import UserError
from tests.child_store import open_child_store

ADMIN_PASSWORD = "Mot-de-passe-2026"
# One secret per worker's administrator: a code is used once, by one person.
SECRETS = (
    "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
    "KRUGKIDROVUWG2ZAMJZG653OEBTG66BA",
    "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U",
    "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
)


def administrator_of(worker: int) -> str:
    return "claire.martin" if worker == 0 else f"admin.w{worker}"


def login_of(worker: int, number: int) -> str:
    return f"w{worker}.agent{number:03d}"


def main() -> None:
    url, documents, worker_text, count_text = sys.argv[1:]
    worker, count = int(worker_text), int(count_text)
    store = open_child_store(url, documents)
    clock = FixedClock(dt.datetime(2026, 11, 25, 9, 30))
    admin = sign_in(store, clock, administrator_of(worker), ADMIN_PASSWORD)
    created = failures = 0
    for number in range(count):
        login = login_of(worker, number)
        draft = AccountDraft(
            f"Agent{worker}x{number}", "Prénom", f"{login}@mairie.fr", "02 41 00 00 01"
        )
        clock.advance(dt.timedelta(seconds=totp.STEP_SECONDS))  # the app's next code
        code = totp.code_at(SECRETS[worker], clock.now())
        try:
            create_account(store, clock, admin, code, draft, login=login)
            created += 1
        except UserError as error:
            failures += 1
            print(f"refused {login}: {error}", flush=True)
    print(f"created {created} failed {failures}", flush=True)
