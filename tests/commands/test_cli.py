"""The command line, run in-process (and once as a real process)."""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from peps_desktop import __version__
from peps_desktop.cli import main
from peps_desktop.core.accounts.setup import structure_exists
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared import credentials
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.store import Store, build_engine
from peps_desktop.store.migrate import current_revision, head_revision, open_store, upgrade_to
from peps_desktop.store.models import Account, CourrierRead, Structure
from tests import databases
from tests.commands.cli_helpers import one_clear_line, run
from tests.conftest import ADMIN, ADMIN_PASSWORD, NOW
from tests.factories import add_account, add_courrier, add_echange, set_account
from tests.second_factor import trust_this_computer

INIT = [
    "init",
    "--structure",
    "CCAS de Lunel",
    "--admin-login",
    "Anne.Roux",
    "--admin-nom",
    "Roux",
    "--admin-prenom",
    "Anne",
    "--admin-email",
    "anne.roux@ccas.fr",
]
NEW_PASSWORD = "Anne-Roux-2026-pw"

pytestmark = pytest.mark.usefixtures("command_line")


@pytest.fixture
def no_tty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


@pytest.fixture
def live_store(store: Store, store_url: str) -> Store:
    """The `store` fixture, its administrator valid long after today's real date, on this
    computer trusted a moment ago.

    The CLI signs in on the system clock, while `store` was created on the fixed NOW.
    """
    set_account(store, ADMIN.login, expires_on=dt.date.today() + dt.timedelta(days=400))
    trust_this_computer(store, store_url, ADMIN.login)
    return store


def _newer_store(path: Path) -> bytes:
    store = open_store(f"sqlite:///{path}", path.parent / "documents")
    store.dispose()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_newer'")
    connection.commit()
    connection.close()
    return path.read_bytes()


# --- version and usage -------------------------------------------------------------------------


def test_version_in_a_real_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "peps_desktop", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"peps-desktop {__version__}"


@pytest.mark.parametrize(
    "args",
    [
        ["frobnicate"],
        ["init", "--structure", "Mairie"],
        ["db"],
        ["db", "restore"],
        ["dashboard"],
        ["--data-dir", "DIR", "--db", "sqlite:///x.sqlite3", "db", "upgrade"],
    ],
    ids=[
        "unknown-command",
        "missing-init-options",
        "missing-db-action",
        "unknown-db-action",
        "missing-as",
        "data-dir-and-db",
    ],
)
def test_usage_errors_exit_2(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [str(tmp_path / "d") if arg == "DIR" else arg for arg in args]
    with pytest.raises(SystemExit) as exited:
        main(args)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "usage:" in err
    assert "Traceback" not in err
    assert not (tmp_path / "d").exists()


# --- init --------------------------------------------------------------------------------------


def test_init_creates_the_structure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PEPS_PASSWORD", NEW_PASSWORD)
    data = tmp_path / "data"
    code, out, err = run(capsys, "--data-dir", str(data), *INIT)
    assert (code, err) == (0, "")
    assert out.strip() == "Structure “CCAS de Lunel” created; administrator: anne.roux."
    assert (data / "peps-desktop.sqlite3").is_file()
    store = open_store(f"sqlite:///{data / 'peps-desktop.sqlite3'}", data / "documents")
    try:
        with store.read_session() as session:
            assert session.scalars(select(Structure.nom)).all() == ["CCAS de Lunel"]
            account = session.scalar(select(Account))
            assert account is not None
            assert (account.login, account.profile) == ("anne.roux", "administrateur")
            assert account.password_hash and NEW_PASSWORD not in account.password_hash
        signed = sign_in(store, FixedClock(dt.datetime.now()), "anne.roux", NEW_PASSWORD)
        assert signed.badge == "a Anne Roux"
    finally:
        store.dispose()


def test_init_twice_is_refused(
    store_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PEPS_PASSWORD", NEW_PASSWORD)
    assert run(capsys, "--db", store_url, *INIT)[0] == 0
    code, out, err = run(capsys, "--db", store_url, *INIT)
    assert (code, out) == (1, "")
    one_clear_line(err)
    assert "already has a structure" in err


def test_init_with_a_weak_password_is_refused(
    store_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PEPS_PASSWORD", "court")
    code, out, err = run(capsys, "--db", store_url, *INIT)
    assert (code, out) == (1, "")
    one_clear_line(err)
    assert "at least 12 characters" in err


@pytest.mark.usefixtures("no_tty")
def test_init_without_a_password_nor_a_terminal(
    store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", store_url, *INIT)
    assert (code, out) == (1, "")
    one_clear_line(err)
    assert "PEPS_PASSWORD" in err
    store = open_store(store_url, tmp_path / "documents")
    try:
        assert not structure_exists(store)
    finally:
        store.dispose()


# --- dashboard ---------------------------------------------------------------------------------


def _seed_dashboard(store: Store) -> None:
    """One unread and one read courrier, one échange awaiting an answer, one account expiring."""
    today = dt.date.today()  # the CLI runs on the system clock
    with store.session() as session:
        admin = session.scalar(select(Account).where(Account.login == ADMIN.login))
        assert admin is not None
        read = add_courrier(session, "CNRACL")
        add_courrier(session, "CNRACL")  # unread
        session.add(CourrierRead(account_id=admin.id, courrier_id=read.id, read_at=NOW))
        add_echange(session, "envoye")
        add_echange(session, "repondu")
        add_account(session, "jean.dupont", expires_on=today + dt.timedelta(days=10))


@pytest.mark.parametrize(
    ("login", "options", "read", "expected"),
    [
        (
            "Claire.Martin",
            ["--json"],
            json.loads,
            {
                "unread_courriers": 1,
                "echanges_awaiting_answer": 1,
                "accounts_expiring_soon": 1,
                "next_review_due": "2028-05-25",  # structure created 25/11/2026 + 18 months
                "active_administrators": 1,
                "succession_tasks": [],
                "courriers_needing_action": 2,
                "nearest_due_date": None,
                "courriers_overdue": 0,
                "accounts_expired": 0,
                "accounts_locked": 0,
                "accounts_without_contact": 2,  # neither Claire nor Jean has a telephone
            },
        ),
        (
            ADMIN.login,
            [],
            str.splitlines,
            [
                "Unread courriers: 1",
                "Courriers needing an action: 2",
                "Of which overdue: 0",
                "Échanges awaiting an answer: 1",
                "Expired accounts: 0",
                "Locked accounts: 0",
                "Accounts expiring within 60 days: 1",
                "Next account review due: 25/05/2028",
                "Accounts lacking the e-mail or telephone PEP's requires: 2",
            ],
        ),
    ],
    ids=["json", "text"],
)
def test_dashboard(
    login: str,
    options: list[str],
    read: Callable[[str], object],
    expected: object,
    live_store: Store,
    store_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _seed_dashboard(live_store)
    monkeypatch.setenv("PEPS_PASSWORD", ADMIN_PASSWORD)
    code, out, err = run(capsys, "--db", store_url, "dashboard", "--as", login, *options)
    assert (code, err) == (0, "")
    assert read(out) == expected


@pytest.mark.usefixtures("no_tty")
def test_dashboard_takes_the_password_from_the_keyring(
    live_store: Store, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert credentials.remember(store_url, ADMIN.login, ADMIN_PASSWORD)
    code, out, err = run(capsys, "--db", store_url, "dashboard", "--as", ADMIN.login, "--json")
    assert (code, err) == (0, "")
    assert json.loads(out)["unread_courriers"] == 0


@pytest.mark.usefixtures("no_tty")
def test_dashboard_without_any_password(
    live_store: Store, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", store_url, "dashboard", "--as", ADMIN.login)
    assert (code, out) == (1, "")
    one_clear_line(err)
    assert "PEPS_PASSWORD" in err


def test_a_wrong_password_is_one_line_without_traceback(
    live_store: Store,
    store_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PEPS_PASSWORD", "Pas-le-bon-2026")
    code, out, err = run(capsys, "--db", store_url, "dashboard", "--as", ADMIN.login)
    assert (code, out) == (1, "")
    one_clear_line(err)
    assert "Wrong login or password. After 5 failed sign-ins in a row" in err
    assert "attempt(s) left" not in err
    with live_store.read_session() as session:
        assert (
            session.scalar(select(Account.failed_sign_ins).where(Account.login == ADMIN.login)) == 1
        )


# The message repeats the stored date: a test run across midnight still agrees with itself.
_YESTERDAY = dt.date.today() - dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("values", "options", "message"),
    [
        ({"status": "verrouille"}, [], "locked"),
        ({"expires_on": _YESTERDAY}, ["--json"], f"expired on {_YESTERDAY.strftime('%d/%m/%Y')}"),
    ],
    ids=["locked", "expired"],
)
def test_a_locked_or_expired_account_is_refused(
    values: dict[str, object],
    options: list[str],
    message: str,
    live_store: Store,
    store_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Not the administrator: the structure's last one is never locked nor left to expire.
    with live_store.session() as session:
        add_account(session, "jean.dupont", password="Jean-Dupont-1234")
    set_account(live_store, "jean.dupont", **values)
    monkeypatch.setenv("PEPS_PASSWORD", "Jean-Dupont-1234")
    code, out, err = run(capsys, "--db", store_url, "dashboard", "--as", "jean.dupont", *options)
    assert (code, out) == (1, "")
    one_clear_line(err)
    assert message in err


# --- stores that must be refused ---------------------------------------------------------------


@pytest.mark.parametrize("url", ["nope://x", "not a url"])
def test_a_bad_url_is_refused_clearly(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", url, "db", "upgrade")
    assert (code, out) == (1, "")
    one_clear_line(err)
    assert "Invalid database URL" in err
    assert url in err


def test_db_upgrade_on_a_file_that_is_not_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.txt"
    content = "Réunion du 25/11 : penser à la revue des comptes.\n".encode()
    path.write_bytes(content)
    code, out, err = run(capsys, "--db", f"sqlite:///{path}", "db", "upgrade")
    assert (code, out) == (1, "")
    one_clear_line(err)
    assert "is not a PEP's Desktop database" in err
    assert path.read_bytes() == content


def test_db_upgrade_on_a_newer_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "store.sqlite3"
    before = _newer_store(path)
    code, out, err = run(capsys, "--db", f"sqlite:///{path}", "db", "upgrade")
    assert (code, out) == (1, "")
    one_clear_line(err)
    assert "newer version" in err and "9999_newer" in err
    assert path.read_bytes() == before


def test_dashboard_on_a_newer_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "store.sqlite3"
    before = _newer_store(path)
    monkeypatch.setenv("PEPS_PASSWORD", ADMIN_PASSWORD)
    code, out, err = run(capsys, "--db", f"sqlite:///{path}", "dashboard", "--as", ADMIN.login)
    assert (code, out) == (1, "")
    one_clear_line(err)
    assert path.read_bytes() == before


# --- db upgrade and backup ---------------------------------------------------------------------


def test_db_upgrade_prints_the_revision(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from peps_desktop.store import build_engine

    path = tmp_path / "old.sqlite3"
    engine = build_engine(f"sqlite:///{path}")
    upgrade_to(engine, "0001")
    engine.dispose()
    code, out, err = run(capsys, "--db", f"sqlite:///{path}", "db", "upgrade")
    assert (code, err) == (0, "")
    assert out.strip() == f"The store is at schema {head_revision()}."
    store = open_store(f"sqlite:///{path}", tmp_path / "documents", upgrade=False)
    try:
        assert current_revision(store) == head_revision()
    finally:
        store.dispose()


@pytest.mark.parametrize("start", [None, "0001", "0009"])
def test_db_upgrade_then_init_on_an_empty_or_older_database_of_the_tests_engine(
    start: str | None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    no_tty: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On PostgreSQL under PEPS_TEST_DATABASE_URL: a database just created, or left by an
    earlier version."""
    with databases.database_url(tmp_path, migrated=False) as url:
        if start is not None:
            engine = build_engine(url)
            upgrade_to(engine, start)
            engine.dispose()
        code, out, err = run(capsys, "--db", url, "db", "upgrade")
        assert (code, err) == (0, "")
        assert out.strip() == f"The store is at schema {head_revision()}."
        monkeypatch.setenv("PEPS_PASSWORD", NEW_PASSWORD)
        code, out, err = run(capsys, "--db", url, *INIT)
        assert (code, err) == (0, "")


def test_db_upgrade_with_a_relative_sqlite_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    for _ in range(2):  # the second run finds an existing file
        code, out, err = run(capsys, "--db", "sqlite:///relative.sqlite3", "db", "upgrade")
        assert (code, err) == (0, "")
        assert out.strip() == f"The store is at schema {head_revision()}."


@pytest.mark.sqlite_only
def test_db_backup_writes_a_usable_copy(
    store: Store, store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "sauvegarde.sqlite3"
    code, out, err = run(capsys, "--db", store_url, "db", "backup", str(target))
    assert (code, err) == (0, "")
    assert out.strip() == f"Backup written to {target}."
    copy = open_store(f"sqlite:///{target}", tmp_path / "copy-documents")
    try:
        assert current_revision(copy) == head_revision()
        with copy.read_session() as session:
            assert session.scalars(select(Structure.nom)).all() == ["Mairie de Saint-Aubin"]
        assert sign_in(copy, FixedClock(NOW), ADMIN.login, ADMIN_PASSWORD).login == ADMIN.login
    finally:
        copy.dispose()
    # never over an existing file
    before = target.read_bytes()
    code, out, err = run(capsys, "--db", store_url, "db", "backup", str(target))
    assert (code, out) == (1, "")
    one_clear_line(err)
    assert "already exists" in err
    assert target.read_bytes() == before


def test_db_backup_of_a_non_sqlite_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "--db", "postgresql://peps@localhost/peps", "db", "backup", str(tmp_path / "b")
    )
    assert (code, out) == (1, "")
    one_clear_line(err)
    assert "Only a SQLite store" in err
    assert not (tmp_path / "b").exists()


class ClosedPipe(io.StringIO):
    """Standard output whose reader has gone, as with `peps-desktop … | head -1`."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_reader_going_away_is_not_an_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main(["contact", "catalogue"]) == 0
    assert "unexpected error" not in capsys.readouterr().err
