"""Killed just before and just after the commit: nothing half-applied, a re-run does it once.

Each case runs its use case in a child process that dies (SIGKILL, no cleanup) at a crash
point named by PEPS_TEST_CRASH_AT; the store is then checked with SQLite's own integrity
check and for the use case's rows, and the same use case is run again, in full.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from peps_desktop.core.accounts.review import decide, start_review
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.core.shared.crash_points import CRASH_AT_VARIABLE
from peps_desktop.store import Store
from peps_desktop.store.models import Account, Courrier, ReviewCampaign, Succession
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.core.accounts.file_builders import write_csv
from tests.core.courriers.import_builders import GOOD, drop, files
from tests.factories import add_account

ROOT = Path(__file__).resolve().parents[3]
POINTS = ("before_commit", "after_commit")


def run_killed(case: str, point: str, store: Store, store_url: str, argument: str) -> None:
    """The use case in a child process killed at `case.point`."""
    environment = dict(os.environ, **{CRASH_AT_VARIABLE: f"{case}.{point}"})
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            "from tests.core.crash_cases import main; main()",
            case,
            store_url,
            str(store.documents_dir),
            argument,
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()


def integrity(store_url: str) -> str:
    """SQLite's own check of the file; a server's store has no file of ours to check (its
    recovery is the server's), and its rows are checked by each test below."""
    if not store_url.startswith("sqlite:///"):
        return "ok"
    connection = sqlite3.connect(store_url.removeprefix("sqlite:///"))
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def count(store: Store, model: type, *where: object) -> int:
    with store.read_session() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


@pytest.mark.parametrize("point", POINTS)
def test_a_killed_courrier_import(
    point: str, store: Store, store_url: str, clock: FixedClock, tmp_path: Path
) -> None:
    inbox = tmp_path / "depot"
    for name in ("a", "b", "c"):
        drop(inbox, name, GOOD | {"reference": name})
    drop(inbox, "mauvais", GOOD | {"type": "lettre"})

    run_killed("courriers_import", point, store, store_url, str(inbox))

    assert integrity(store_url) == "ok"
    assert count(store, Courrier) == (0 if point == "before_commit" else 3)
    from peps_desktop.core.courriers.folder_import import import_drop_folder

    again = import_drop_folder(store, clock, inbox)
    assert count(store, Courrier) == 3  # once, whichever side of the commit it died
    assert (again.imported, again.duplicates) == ((3, 0) if point == "before_commit" else (0, 3))
    assert files(inbox) == set()


@pytest.mark.parametrize("point", POINTS)
def test_a_killed_account_import(
    point: str, store: Store, store_url: str, clock: FixedClock, tmp_path: Path
) -> None:
    from peps_desktop.core.accounts.files import import_accounts

    logins = [f"agent.{number:02d}" for number in range(20)]
    path = write_csv(
        tmp_path / "comptes.csv",
        [
            # One person each: a nom and prénom shared by two lines is refused.
            [login, f"Nom-{chr(ord('A') + number)}", "Prénom", f"{login}@mairie.fr"]
            + ["", "utilisateur", "", "", ""]
            for number, login in enumerate(logins)
        ],
    )
    run_killed("accounts_import", point, store, store_url, str(path))

    assert integrity(store_url) == "ok"
    new = Account.login.in_(logins)
    assert count(store, Account, new) == (0 if point == "before_commit" else 20)
    admin = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    report = import_accounts(store, clock, admin, ADMIN_PASSWORD, path)
    assert count(store, Account, new) == 20
    expected = (20, 0) if point == "before_commit" else (0, 20)
    assert (len(report.created), len(report.unchanged)) == expected


@pytest.mark.parametrize("point", POINTS)
def test_a_killed_review_apply(point: str, store: Store, store_url: str, clock: FixedClock) -> None:
    from peps_desktop.core.accounts.review import (
        DECISION_CONSERVER,
        DECISION_SUPPRIMER,
        apply_review,
    )
    from peps_desktop.errors import UserError

    with store.session() as session:
        add_account(session, "jean.dupont")
        add_account(session, "anne.leroy")
    admin = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    campaign_id = start_review(store, clock, admin).campaign_id
    decide(store, clock, admin, campaign_id, [ADMIN.login, "jean.dupont"], DECISION_CONSERVER)
    decide(store, clock, admin, campaign_id, ["anne.leroy"], DECISION_SUPPRIMER)

    run_killed("review_apply", point, store, store_url, str(campaign_id))

    assert integrity(store_url) == "ok"
    applied = point == "after_commit"
    assert count(store, Account, Account.login == "anne.leroy") == (0 if applied else 1)
    closed = ReviewCampaign.closed_at.is_not(None)
    assert count(store, ReviewCampaign, closed) == (1 if applied else 0)

    def run_again() -> object:
        return apply_review(store, clock, admin, campaign_id, ADMIN_PASSWORD)

    if applied:
        with pytest.raises(UserError):  # closed already: not applied twice
            run_again()
    else:
        run_again()
    assert count(store, Account, Account.login == "anne.leroy") == 0
    assert count(store, Account, Account.login == "jean.dupont") == 1
    assert count(store, ReviewCampaign, closed) == 1


@pytest.mark.parametrize("point", POINTS)
def test_a_killed_succession(point: str, store: Store, store_url: str, clock: FixedClock) -> None:
    from peps_desktop.core.accounts.succession import create_successor
    from peps_desktop.errors import UserError
    from tests.core.crash_cases import NOW, SUCCESSOR

    run_killed("succession", point, store, store_url, "-")

    assert integrity(store_url) == "ok"
    named = point == "after_commit"
    assert count(store, Succession) == (1 if named else 0)
    assert count(store, Account, Account.login == "elodie.garnier") == (1 if named else 0)
    admin = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    if named:
        with pytest.raises(UserError):  # already named: not twice
            create_successor(store, clock, admin, ADMIN_PASSWORD, SUCCESSOR, NOW.date())
    else:
        create_successor(store, clock, admin, ADMIN_PASSWORD, SUCCESSOR, NOW.date())
    assert count(store, Succession) == 1
    assert count(store, Account, Account.login == "elodie.garnier") == 1
