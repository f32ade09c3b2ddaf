"""The second factor on the command line: codes from --otp, PEPS_OTP or a prompt; every
sensitive command refused without a valid, unused code; Mon compte; the CGU; the resets."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from peps_desktop.core.accounts.enrolment import has_authenticator
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared import credentials
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.errors import AuthenticationError
from peps_desktop.store import Store
from peps_desktop.store.models import Account, AuditEntry, Structure, TrustedDevice
from tests.commands import cli_helpers
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.core.accounts.file_builders import PASSWORD, add_person, row, write_csv
from tests.second_factor import (
    USER_SECRET,
    CommandLineClock,
    enrol,
    trust_this_computer,
)

TODAY = dt.date.today()  # the command line runs on the system clock
pytestmark = pytest.mark.usefixtures("command_line")
# The command line's clock, stopped by live_store: codes are the app's at a known time.
CLOCK: CommandLineClock


@pytest.fixture
def live_store(
    store: Store, store_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Store:
    """ADMIN valid today, on a computer not trusted yet; Jean Dupont enrolled (USER_SECRET)
    without a telephone; no terminal: codes come from --otp or PEPS_OTP."""
    with store.session() as session:
        admin = session.scalar(select(Account).where(Account.login == ADMIN.login))
        assert admin is not None
        admin.expires_on = TODAY + dt.timedelta(days=400)
    add_person(store, "jean.dupont", expires_on=TODAY + dt.timedelta(days=300))
    enrol(store, "jean.dupont", USER_SECRET)
    monkeypatch.setenv("PEPS_PASSWORD", ADMIN_PASSWORD)
    global CLOCK
    CLOCK = CommandLineClock(monkeypatch)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    return store


def run(capsys: pytest.CaptureFixture[str], store_url: str, *args: str) -> tuple[int, str, str]:
    return cli_helpers.run(capsys, "--db", store_url, *args)


def refused(result: tuple[int, str, str], message: str) -> None:
    code, _out, err = result
    assert code == 1, err
    assert message in cli_helpers.one_clear_line(err)


def count(store: Store, action: str) -> int:
    with store.read_session() as session:
        return session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == action)
        )


# --- signing in on a new computer, then on a trusted one ---------------------------------------


def test_a_new_computer_needs_a_code_then_is_trusted(
    live_store: Store, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    refused(run(capsys, store_url, "account", "show", "--as", ADMIN.login), "No code given")
    refused(
        run(capsys, store_url, "account", "show", "--as", ADMIN.login, "--otp", CLOCK.wrong_code()),
        "Wrong code",
    )
    code, out, err = run(
        capsys, store_url, "account", "show", "--as", ADMIN.login, "--otp", CLOCK.next_code()
    )
    assert (code, err) == (0, "")
    assert credentials.recall_device(store_url, ADMIN.login)
    # Trusted now: no code asked.
    code, out, err = run(capsys, store_url, "account", "devices", "--as", ADMIN.login, "--json")
    assert (code, err) == (0, "")
    (device,) = json.loads(out)
    assert dt.datetime.fromisoformat(device["approuve_jusqu_au"]).date() == (
        TODAY + dt.timedelta(days=7)
    )


def test_the_code_may_come_from_peps_otp(
    live_store: Store,
    store_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PEPS_OTP", CLOCK.next_code())
    code, out, err = run(capsys, store_url, "account", "show", "--as", ADMIN.login)
    assert (code, err) == (0, "")
    assert "Claire Martin (claire.martin), administrateur" in out


# --- every sensitive command needs a valid, unused code ----------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["accounts", "create", "--login", "e.garnier", "--nom", "Garnier", "--prenom", "Élodie",
         "--email", "e.garnier@mairie.fr", "--telephone", "0241000002"],
        ["accounts", "renew", "jean.dupont"],
        ["accounts", "unlock", "jean.dupont"],
        ["accounts", "delete", "jean.dupont"],
        ["accounts", "reset-password", "jean.dupont"],
        ["accounts", "reset-second-factor", "jean.dupont"],
        ["account", "contact", "--telephone", "06 12 34 56 78"],
        ["account", "password"],
    ],
    ids=["create", "renew", "unlock", "delete", "reset-password", "reset-second-factor",
         "contact", "password"],
)  # fmt: skip
def test_every_sensitive_command_needs_a_code_even_on_a_trusted_computer(
    command: list[str],
    live_store: Store,
    store_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    trust_this_computer(live_store, store_url, ADMIN.login)
    monkeypatch.setenv("PEPS_NEW_PASSWORD", "Un-nouveau-mot-2027")
    before = count(live_store, "connexion"), _accounts(live_store)
    refused(run(capsys, store_url, *command, "--as", ADMIN.login), "No code given")
    wrong = CLOCK.wrong_code()
    refused(run(capsys, store_url, *command, "--as", ADMIN.login, "--otp", wrong), "Wrong code")
    assert _accounts(live_store) == before[1]  # nothing changed

    good = CLOCK.next_code()
    code, _out, err = run(capsys, store_url, *command, "--as", ADMIN.login, "--otp", good)
    assert code == 0, err
    if command == ["account", "password"]:
        monkeypatch.setenv("PEPS_PASSWORD", "Un-nouveau-mot-2027")
    # The same code again: already used.
    refused(run(capsys, store_url, *command, "--as", ADMIN.login, "--otp", good), "already used")


def _accounts(store: Store) -> list[tuple[object, ...]]:
    with store.read_session() as session:
        return [
            (a.login, a.status, a.expires_on, a.password_hash, a.email, a.telephone)
            for a in session.scalars(select(Account).order_by(Account.login))
        ]


def test_an_import_and_its_dry_run_need_a_code(
    live_store: Store, store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(
        tmp_path / "comptes.csv",
        [
            row(
                login="e.garnier",
                nom="Garnier",
                prenom="Élodie",
                email="e.garnier@mairie.fr",
                profil="utilisateur",
            )
        ],
    )
    for options in ([], ["--dry-run"]):
        refused(
            run(capsys, store_url, "accounts", "import", str(path), *options, "--as", ADMIN.login),
            "No code given",
        )
    code, out, err = run(
        capsys, store_url, "accounts", "import", str(path), "--as", ADMIN.login,
        "--otp", CLOCK.next_code(),
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    assert out.startswith("Import done: 1 account(s) created")


# --- Mon compte --------------------------------------------------------------------------------


def test_account_show_json_flags_the_missing_telephone(
    live_store: Store, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    trust_this_computer(live_store, store_url, ADMIN.login)
    code, out, err = run(capsys, store_url, "account", "show", "--as", ADMIN.login, "--json")
    assert (code, err) == (0, "")
    mine = json.loads(out)
    assert mine["login"] == ADMIN.login
    assert mine["coordonnees_a_completer"] == ["telephone"]
    assert mine["droits"]["CNRACL"] == "modification"
    assert mine["codes_de_secours_restants"] == 0  # enrolled by the tests, without codes
    assert len(mine["appareils"]) == 1
    assert mine["dernieres_connexions"]


def test_contact_details_are_completed_and_shown_nationally(
    live_store: Store, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    trust_this_computer(live_store, store_url, ADMIN.login)
    code, _out, err = run(
        capsys, store_url, "account", "contact", "--telephone", "06.12.34.56.78",
        "--as", ADMIN.login, "--otp", CLOCK.next_code(),
    )  # fmt: skip
    assert (code, err) == (0, "")
    code, out, _err = run(capsys, store_url, "account", "show", "--as", ADMIN.login)
    assert "Telephone: 06 12 34 56 78" in out
    with live_store.read_session() as session:
        stored = session.scalar(select(Account.telephone).where(Account.login == ADMIN.login))
    assert stored == "+33612345678"
    assert count(live_store, "coordonnees_modifiees") == 1


def test_password_change_needs_the_current_password_and_a_code(
    live_store: Store,
    store_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    trust_this_computer(live_store, store_url, "jean.dupont")
    monkeypatch.setenv("PEPS_PASSWORD", PASSWORD)
    monkeypatch.setenv("PEPS_NEW_PASSWORD", "court1")
    refused(
        run(
            capsys,
            store_url,
            "account",
            "password",
            "--as",
            "jean.dupont",
            "--otp",
            CLOCK.next_code(USER_SECRET),
        ),
        "at least 12 characters",
    )
    monkeypatch.setenv("PEPS_NEW_PASSWORD", "Jean-nouveau-2027")
    code, out, err = run(
        capsys,
        store_url,
        "account",
        "password",
        "--as",
        "jean.dupont",
        "--otp",
        CLOCK.next_code(USER_SECRET),
    )
    assert (code, err) == (0, "")
    assert out.strip() == "Your password is changed."
    clock = FixedClock(dt.datetime.now())
    with pytest.raises(AuthenticationError):
        sign_in(live_store, clock, "jean.dupont", PASSWORD)
    assert sign_in(live_store, clock, "jean.dupont", "Jean-nouveau-2027").login == "jean.dupont"
    assert count(live_store, "mot_de_passe_change") == 1


def test_devices_are_listed_and_one_is_revoked(
    live_store: Store, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    trust_this_computer(live_store, store_url, ADMIN.login)
    code, out, _err = run(capsys, store_url, "account", "devices", "--as", ADMIN.login, "--json")
    (device,) = json.loads(out)
    code, out, err = run(
        capsys, store_url, "account", "revoke-device", str(device["id"]), "--as", ADMIN.login
    )
    assert (code, err) == (0, "")
    assert "revoked" in out
    with live_store.read_session() as session:
        assert session.scalar(select(func.count()).select_from(TrustedDevice)) == 0
    # This computer asks for a code again.
    refused(run(capsys, store_url, "account", "show", "--as", ADMIN.login), "No code given")


# --- an administrator's reset, and the last administrator's way back ---------------------------


def test_an_administrator_resets_a_second_factor(
    live_store: Store, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    trust_this_computer(live_store, store_url, ADMIN.login)
    code, out, err = run(
        capsys, store_url, "accounts", "reset-second-factor", "jean.dupont",
        "--as", ADMIN.login, "--otp", CLOCK.next_code(),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert not has_authenticator(live_store, "jean.dupont")
    assert count(live_store, "second_facteur_reinitialise") == 1


def test_the_last_administrator_recovers_from_the_store_s_computer(
    live_store: Store, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, store_url, "accounts", "recover-second-factor", ADMIN.login)
    assert (code, err) == (0, "")
    assert "written in the audit log" in out
    assert not has_authenticator(live_store, ADMIN.login)
    assert count(live_store, "second_facteur_reinitialise_hors_ligne") == 1
    # The next sign-in enrols a new app: its address printed, a first code asked.
    code, out, err = run(capsys, store_url, "account", "show", "--as", ADMIN.login)
    assert code == 1
    assert "otpauth://totp/" in err and "No code given" in err


# --- the conditions of use ---------------------------------------------------------------------


def test_only_an_administrator_accepts_the_cgu_and_it_is_recorded(
    live_store: Store,
    store_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    trust_this_computer(live_store, store_url, ADMIN.login, "jean.dupont")
    code, out, _err = run(capsys, store_url, "cgu", "show", "--as", ADMIN.login)
    assert code == 0 and "Not accepted yet" in out
    version = out.split("—", 1)[1].split()[0]
    monkeypatch.setenv("PEPS_PASSWORD", PASSWORD)
    refused(
        run(capsys, store_url, "cgu", "accept", "--version", version, "--as", "jean.dupont"),
        "Only an active administrator",
    )
    monkeypatch.setenv("PEPS_PASSWORD", ADMIN_PASSWORD)
    refused(
        run(capsys, store_url, "cgu", "accept", "--version", "1999-01", "--as", ADMIN.login),
        "not the current one",
    )
    code, out, err = run(
        capsys, store_url, "cgu", "accept", "--version", version, "--as", ADMIN.login
    )
    assert (code, err) == (0, "")
    with live_store.read_session() as session:
        structure = session.scalar(select(Structure))
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "cgu_acceptees"))
    assert structure is not None and structure.cgu_version == version
    assert structure.cgu_accepted_by == ADMIN.login
    assert entry is not None and entry.actor_login == ADMIN.login
    details = json.loads(entry.details or "{}")
    assert (details["version"], details["nom"], details["prenom"]) == (version, "Martin", "Claire")
    assert details["date"].startswith(TODAY.isoformat())
