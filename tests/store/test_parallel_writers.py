"""Four administrators, in four processes, writing one store at once: every account created,
none lost, none refused.

Through the store fixtures and the ordinary use case, so the same test holds on every engine
the suite runs on.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from peps_desktop.store import Store
from peps_desktop.store.models import Account, AuditEntry
from tests.child_store import child_environment
from tests.factories import add_account, add_authenticator
from tests.store.parallel_writer import SECRETS, administrator_of, login_of

ROOT = Path(__file__).resolve().parents[2]
WORKERS, EACH = 4, 50


def test_four_processes_create_fifty_accounts_each_without_loss(
    store: Store, store_url: str
) -> None:
    with store.session() as session:
        for worker in range(1, WORKERS):  # worker 0 is the store's first administrator
            account = add_account(session, administrator_of(worker), profile="administrateur")
            add_authenticator(session, account, SECRETS[worker])
    environment = child_environment(store_url)
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from tests.store.parallel_writer import main; main()",
                store_url,
                str(store.documents_dir),
                str(worker),
                str(EACH),
            ],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        for worker in range(WORKERS)
    ]
    outputs = [child.communicate(timeout=300)[0].decode() for child in children]

    assert [child.returncode for child in children] == [0] * WORKERS, outputs
    assert [output.strip().splitlines()[-1] for output in outputs] == [
        f"created {EACH} failed 0"
    ] * WORKERS
    logins = {login_of(worker, number) for worker in range(WORKERS) for number in range(EACH)}
    with store.read_session() as session:
        stored = set(session.scalars(select(Account.login).where(Account.login.like("w%.agent%"))))
        audited = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action == "compte_cree", AuditEntry.target.in_(logins))
        )
    assert stored == logins
    assert audited == WORKERS * EACH
