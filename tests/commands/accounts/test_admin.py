"""`peps-desktop accounts …` and `peps-desktop activate`, run in-process."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from sqlalchemy import select

from peps_desktop.cli import main
from peps_desktop.core.accounts.file_rows import COLUMNS
from peps_desktop.core.accounts.rules import expiry_from
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.core.shared.services import SERVICE_CODES
from peps_desktop.errors import AuthenticationError
from peps_desktop.store import Store
from peps_desktop.store.models import Account
from tests.commands import cli_helpers
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.core.accounts.file_builders import (
    PASSWORD,
    add_person,
    row,
    snapshot,
    with_cells,
    write_csv,
)
from tests.second_factor import CommandLineClock, trust_this_computer

NEW_PASSWORD = "Nouveau-secret-2026"
TODAY = dt.date.today()  # the command line runs on the system clock

pytestmark = pytest.mark.usefixtures("command_line")


@pytest.fixture
def live_store(store: Store, store_url: str, monkeypatch: pytest.MonkeyPatch) -> Store:
    """The `store` fixture, its administrator valid long after today's real date, with
    Jean Dupont (CNRACL reader, locked), Paul Durand (expired) and Lina Morel (expiring soon).
    """
    with store.session() as session:
        admin = session.scalar(select(Account).where(Account.login == ADMIN.login))
        assert admin is not None
        admin.expires_on = TODAY + dt.timedelta(days=400)
    add_person(store, "jean.dupont", rights={"CNRACL": "lecture"}, status="verrouille")
    add_person(store, "paul.durand", status="expire", expires_on=TODAY - dt.timedelta(days=3))
    add_person(
        store,
        "lina.morel",
        expires_on=TODAY + dt.timedelta(days=20),
        telephone="+33241000001",
        last_sign_in_at=dt.datetime(2026, 11, 2, 8, 15),
    )
    monkeypatch.setenv("PEPS_PASSWORD", ADMIN_PASSWORD)
    # No code in the environment, but for the sensitive commands admin_run gives.
    monkeypatch.setenv("PEPS_OTP", "")
    trust_this_computer(store, store_url, ADMIN.login)
    global CLOCK
    CLOCK = CommandLineClock(monkeypatch)
    return store


# The command line's clock, stopped by live_store: each sensitive command gets the next code
# of the acting administrator's app.
CLOCK: CommandLineClock
SENSITIVE = {"create", "import", "reset-password", "renew", "delete", "unlock"}


def run(capsys: pytest.CaptureFixture[str], store_url: str, *args: str) -> tuple[int, str, str]:
    return cli_helpers.run(capsys, "--db", store_url, *args)


def admin_run(
    capsys: pytest.CaptureFixture[str], store_url: str, *args: str
) -> tuple[int, str, str]:
    """`accounts ARGS --as` the administrator, on a computer trusted a moment ago; the next
    code of their app in PEPS_OTP for a sensitive command."""
    os.environ["PEPS_OTP"] = CLOCK.next_code() if args[0] in SENSITIVE else ""
    try:
        return run(capsys, store_url, "accounts", *args, "--as", ADMIN.login)
    finally:
        os.environ["PEPS_OTP"] = ""


def assert_refused(result: tuple[int, str, str], message: str) -> None:
    code, _out, err = result
    assert code == 1
    assert message in cli_helpers.one_clear_line(err)


def account(store: Store, login: str) -> Account | None:
    with store.read_session() as session:
        return session.scalar(select(Account).where(Account.login == login))


# --- list --------------------------------------------------------------------------------------


def test_list_json(live_store: Store, store_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = admin_run(capsys, store_url, "list", "--json")
    assert (code, err) == (0, "")
    listed = {item["login"]: item for item in json.loads(out)}
    assert list(listed) == ["jean.dupont", "paul.durand", ADMIN.login, "lina.morel"]
    keys = {
        "login",
        "nom",
        "prenom",
        "email",
        "telephone",
        "profil",
        "statut",
        "expiration",
        "derniere_connexion",
        "droits",
    }
    assert all(set(item) == keys for item in listed.values())
    assert listed["jean.dupont"] == {
        "login": "jean.dupont",
        "nom": "Dupont",
        "prenom": "Jean",
        "email": "jean.dupont@mairie.fr",
        "telephone": None,
        "profil": "utilisateur",
        "statut": "verrouillé",
        "expiration": "2028-01-01",
        "derniere_connexion": None,
        "droits": {code: "lecture" if code == "CNRACL" else "aucun" for code in SERVICE_CODES},
    }
    assert listed["paul.durand"]["statut"] == "expiré"
    lina = listed["lina.morel"]
    assert (lina["statut"], lina["telephone"]) == ("actif", "+33241000001")  # expiring soon
    assert lina["derniere_connexion"] == "2026-11-02T08:15:00"
    claire = listed[ADMIN.login]
    assert claire["profil"] == "administrateur"
    assert dt.datetime.fromisoformat(claire["derniere_connexion"]).date() == TODAY
    assert claire["droits"] == dict.fromkeys(SERVICE_CODES, "modification")


def test_list_as_text(
    live_store: Store, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = admin_run(capsys, store_url, "list")
    assert (code, err) == (0, "")
    header, *lines = out.splitlines()
    assert header.split() == ["Login", "Name", "Profile", "Status", "Expiry"]
    assert [line.split()[0] for line in lines] == [
        "jean.dupont",
        "paul.durand",
        ADMIN.login,
        "lina.morel",
    ]
    statuses = {line.split()[0]: line for line in lines}
    assert "verrouillé" in statuses["jean.dupont"]
    assert "expire bientôt" in statuses["lina.morel"]


def test_a_user_is_refused(
    live_store: Store,
    store_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PEPS_PASSWORD", PASSWORD)
    trust_this_computer(live_store, store_url, "lina.morel")
    result = run(capsys, store_url, "accounts", "list", "--as", "lina.morel")
    assert_refused(result, "Only an active administrator can manage the accounts.")
    assert result[1] == ""


# --- import and export -------------------------------------------------------------------------

GARNIER = row(
    login="elodie.garnier",
    nom="Garnier",
    prenom="Élodie",
    email="elodie.garnier@mairie.fr",
    profil="utilisateur",
    droits="CNRACL:lecture",
)


def test_export_then_import(
    live_store: Store, store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "comptes.csv"
    code, out, err = admin_run(capsys, store_url, "export", str(path))
    assert (code, err) == (0, "")
    assert out.strip() == f"4 account(s) written to {path}."
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == ";".join(COLUMNS)
    lines.append(";".join(GARNIER))
    path.write_text("\n".join(lines), encoding="utf-8-sig")

    code, out, err = admin_run(capsys, store_url, "import", str(path))
    assert (code, err) == (0, "")
    summary, codes_title, code_line = out.splitlines()
    assert summary == "Import done: 1 account(s) created, 0 updated, 4 unchanged."
    assert codes_title == "Activation codes to hand over to the new accounts' holders:"
    assert code_line.startswith("  elodie.garnier: ")
    created = account(live_store, "elodie.garnier")
    assert created is not None and created.activation_code_hash is not None


def _all_but_the_administrator(store: Store) -> list[tuple[object, ...]]:
    """Signing in with --as records the sign-in on the administrator's row: leave it out."""
    return [values for values in snapshot(store) if values[2] != ADMIN.login]


def test_import_dry_run_changes_nothing(
    live_store: Store, store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lina = row(
        login="lina.morel",
        nom="Morel",
        prenom="Lina",
        email="lina.morel@mairie.fr",
        profil="administrateur",
    )
    path = write_csv(tmp_path / "comptes.csv", [GARNIER, lina])
    before = _all_but_the_administrator(live_store)
    code, out, err = admin_run(capsys, store_url, "import", str(path), "--dry-run")
    assert (code, err) == (0, "")
    assert out.strip() == (
        "Dry run, nothing was changed; the import would give: 1 account(s) created, 1 updated, "
        "0 unchanged."
    )
    assert _all_but_the_administrator(live_store) == before
    assert account(live_store, "elodie.garnier") is None


def test_a_bad_import_lists_its_lines_and_changes_nothing(
    live_store: Store, store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = [GARNIER, with_cells(GARNIER, droits="XYZ:lecture")]
    path = write_csv(tmp_path / "comptes.csv", bad)
    result = admin_run(capsys, store_url, "import", str(path))
    assert_refused(result, "The import was refused: 1 line(s) to correct; nothing was changed.")
    assert result[1].splitlines() == [
        "Line 3: Unknown service “XYZ”.",
        "Line 3: The login “elodie.garnier” is already on line 2.",
    ]
    assert account(live_store, "elodie.garnier") is None


def test_import_needs_the_administrators_password_then_a_code(
    live_store: Store,
    store_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PEPS_PASSWORD", "pas-le-bon-2026")
    path = write_csv(tmp_path / "comptes.csv", [GARNIER])
    assert_refused(admin_run(capsys, store_url, "import", str(path)), "Wrong login or password")
    monkeypatch.setenv("PEPS_PASSWORD", ADMIN_PASSWORD)
    importing = ("accounts", "import", str(path), "--as", ADMIN.login)
    assert_refused(run(capsys, store_url, *importing), "No code given: pass --otp CODE")
    wrong = CLOCK.wrong_code()
    assert_refused(run(capsys, store_url, *importing, "--otp", wrong), "Wrong code")
    assert account(live_store, "elodie.garnier") is None


# --- create, reset-password, activate ----------------------------------------------------------

CREATE = [
    "create",
    "--login",
    "E.Garnier",
    "--nom",
    "Garnier",
    "--prenom",
    "Élodie",
    "--email",
    "elodie.garnier@mairie.fr",
    "--telephone",
    "02 41 00 00 02",
    "--droits",
    "CNRACL:modification|RAFP:lecture",
]


def test_create_json_then_activate(
    live_store: Store,
    store_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, err = admin_run(capsys, store_url, *CREATE, "--json")
    assert (code, err) == (0, "")
    created = json.loads(out)
    assert set(created) == {"login", "code"}
    assert created["login"] == "e.garnier"
    stored = account(live_store, "e.garnier")
    assert stored is not None
    assert (stored.prenom, stored.telephone, stored.profile) == (
        "Élodie",
        "+33241000002",  # kept in E.164
        "utilisateur",
    )
    assert stored.expires_on == expiry_from(TODAY)

    monkeypatch.setenv("PEPS_PASSWORD", NEW_PASSWORD)
    wrong = run(capsys, store_url, "activate", "e.garnier", "--code", "AAAA-BBBB-CCCC")
    assert_refused(wrong, "not valid for this login")
    # Without a terminal: the app's address and the recovery codes, then a second run.
    code, out, err = run(
        capsys, store_url, "activate", "E.Garnier", "--code", created["code"], "--json"
    )
    assert code == 0
    enrolment = json.loads(out)
    assert set(enrolment) == {"otpauth_uri", "recovery_codes"}
    assert len(enrolment["recovery_codes"]) == 10
    assert "--otp" in err
    with pytest.raises(AuthenticationError, match="not activated"):  # not before the app's code
        sign_in(live_store, FixedClock(dt.datetime.now()), "e.garnier", NEW_PASSWORD)
    secret = parse_qs(urlparse(enrolment["otpauth_uri"]).query)["secret"][0]
    first = CLOCK.next_code(secret)
    code, out, err = run(
        capsys, store_url, "activate", "e.garnier", "--code", created["code"], "--otp", first
    )
    assert (code, err) == (0, "")
    assert out.strip() == (
        "The account e.garnier is activated and its authenticator set up: you can sign in."
    )
    clock = FixedClock(dt.datetime.now())
    assert sign_in(live_store, clock, "e.garnier", NEW_PASSWORD).badge == "Élodie Garnier"
    # This computer was trusted by the first code: no code at the next command.
    rights = run(capsys, store_url, "accounts", "list", "--json", "--as", "e.garnier")
    assert_refused(rights, "Only an active administrator")


def test_create_as_text_and_as_administrator(
    live_store: Store, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = admin_run(capsys, store_url, *CREATE[:-2], "--profil", "administrateur")
    assert (code, err) == (0, "")
    assert out.startswith("Activation code for e.garnier: ")
    assert "peps-desktop activate e.garnier --code CODE" in out
    stored = account(live_store, "e.garnier")
    assert stored is not None and stored.profile == "administrateur"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("--login", "jean.dupont"), "already used"),
        (("--droits", "XYZ:lecture"), "Unknown service “XYZ”"),
        (("--droits", "CNRACL=lecture"), "is not a right"),
        (("--email", "garnier"), "is not valid"),
    ],
    ids=["login-taken", "unknown-service", "bad-spec", "bad-email"],
)
def test_create_refusals(
    change: tuple[str, str],
    message: str,
    live_store: Store,
    store_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = list(CREATE)
    args[args.index(change[0]) + 1] = change[1]
    before = _all_but_the_administrator(live_store)
    result = admin_run(capsys, store_url, *args)
    assert_refused(result, message)
    assert result[1] == ""
    assert _all_but_the_administrator(live_store) == before


@pytest.mark.parametrize("as_json", [True, False], ids=["json", "text"])
def test_reset_password(
    as_json: bool, live_store: Store, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    options = ["--json"] if as_json else []
    code, out, err = admin_run(capsys, store_url, "reset-password", "lina.morel", *options)
    assert (code, err) == (0, "")
    if as_json:
        assert set(json.loads(out)) == {"login", "code"}
        assert json.loads(out)["login"] == "lina.morel"
    else:
        assert out.startswith("Activation code for lina.morel: ")
    with pytest.raises(AuthenticationError, match="not activated"):
        sign_in(live_store, FixedClock(dt.datetime.now()), "lina.morel", PASSWORD)


# --- renew, delete, unlock, due ----------------------------------------------------------------


def test_renew_delete_unlock(
    live_store: Store, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert admin_run(capsys, store_url, "renew", "paul.durand")[:2] == (
        0,
        "1 account(s) renewed.\n",
    )
    paul = account(live_store, "paul.durand")
    assert paul is not None and (paul.status, paul.expires_on) == ("actif", expiry_from(TODAY))

    assert admin_run(capsys, store_url, "unlock", "jean.dupont")[:2] == (
        0,
        "1 account(s) unlocked.\n",
    )
    jean = account(live_store, "jean.dupont")
    assert jean is not None and jean.status == "actif"

    assert admin_run(capsys, store_url, "delete", "jean.dupont", "lina.morel")[:2] == (
        0,
        "2 account(s) deleted.\n",
    )
    assert account(live_store, "jean.dupont") is None and account(live_store, "lina.morel") is None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("delete", ADMIN.login), "at least one active administrator"),
        (("delete", "paul.durand", "nobody.here"), "No account “nobody.here”"),
        (("renew", "nobody.here"), "No account “nobody.here”"),
        (("unlock", "nobody.here"), "No account “nobody.here”"),
        (("reset-password", "nobody.here"), "No account “nobody.here”"),
    ],
)
def test_refused_actions_change_nothing(
    args: tuple[str, ...],
    message: str,
    live_store: Store,
    store_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    result = admin_run(capsys, store_url, *args)
    assert_refused(result, message)
    assert result[1] == ""
    assert account(live_store, "paul.durand") is not None
    assert account(live_store, ADMIN.login) is not None


def test_due_json(live_store: Store, store_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """On the 20th of the month before Jean's expiry: his notice, the expired, the review."""
    expires = dt.date(2028, 7, 14)
    with live_store.session() as session:
        jean = session.scalar(select(Account).where(Account.login == "jean.dupont"))
        assert jean is not None
        jean.expires_on = expires
    code, out, err = admin_run(capsys, store_url, "due", "--at", "2028-06-20", "--json")
    assert (code, err) == (0, "")
    items = json.loads(out)
    admin_expiry = TODAY + dt.timedelta(days=400)
    expired = sorted(
        [
            (TODAY - dt.timedelta(days=3), "paul.durand"),
            (TODAY + dt.timedelta(days=20), "lina.morel"),
            (admin_expiry, ADMIN.login),
        ]
    )
    assert items == [
        {"kind": "expiry_notice", "login": "jean.dupont", "date": "2028-07-14"},
        *[{"kind": "expired", "login": login, "date": day.isoformat()} for day, login in expired],
        {"kind": "review_due", "date": "2028-05-25"},  # created on 25/11/2026 + 18 months
    ]


def test_due_as_text(live_store: Store, store_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    day = TODAY - dt.timedelta(days=10)
    code, out, err = admin_run(capsys, store_url, "due", "--at", day.isoformat())
    assert (code, err) == (0, "")
    assert out.strip() == f"Nothing due on {day.strftime('%d/%m/%Y')}."
    code, out, err = admin_run(capsys, store_url, "due")  # today (on a 20th, notices too)
    assert (code, err) == (0, "")
    assert [line for line in out.splitlines() if line.startswith("Expired")] == [
        f"Expired: paul.durand since {(TODAY - dt.timedelta(days=3)).strftime('%d/%m/%Y')}."
    ]


@pytest.mark.parametrize(
    "args",
    [
        ["accounts"],
        ["accounts", "list"],
        ["accounts", "due", "--at", "2026-13-01", "--as", "x"],
        ["accounts", "create", "--login", "x", "--as", "x"],
        ["accounts", "create", *CREATE[1:], "--profil", "chef", "--as", "x"],
        ["activate", "jean.dupont"],
    ],
    ids=["no-action", "no-as", "bad-date", "missing-options", "bad-profile", "no-code"],
)
def test_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(args)
    assert exited.value.code == 2
    assert "usage:" in capsys.readouterr().err
