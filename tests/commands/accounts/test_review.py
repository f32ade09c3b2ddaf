"""`peps-desktop review export FILE --as LOGIN`: the review report from the command line."""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from peps_desktop.core.accounts.review import (
    DECISION_CONSERVER,
    DECISION_SUPPRIMER,
    decide,
    start_review,
)
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared import data_key, locations
from peps_desktop.store import Store
from peps_desktop.store.models import Account
from tests.commands.cli_helpers import one_clear_line, run
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.factories import add_account, set_account
from tests.second_factor import code_now, trust_this_computer

STRUCTURE = "Mairie de Saint-Aubin"

pytestmark = pytest.mark.usefixtures("command_line")


@pytest.fixture
def live_store(store: Store, store_url: str) -> Store:
    """The CLI signs in on the system clock: ADMIN must be valid today, whatever the date;
    this computer trusted a moment ago."""
    valid = dt.date.today() + dt.timedelta(days=400)
    set_account(store, ADMIN.login, expires_on=valid)
    with store.session() as session:
        add_account(session, "jean.dupont", nom="=Dupont", expires_on=valid)
        add_account(session, "marc.petit", expires_on=valid)
    trust_this_computer(store, store_url, ADMIN.login, "marc.petit")
    return store


@pytest.fixture
def reviewed(live_store: Store, clock) -> Store:  # type: ignore[no-untyped-def]
    """An open review with two decisions out of three."""
    admin = sign_in(live_store, clock, ADMIN.login, ADMIN_PASSWORD)
    campaign_id = start_review(live_store, clock, admin).campaign_id
    decide(live_store, clock, admin, campaign_id, [ADMIN.login], DECISION_CONSERVER)
    decide(live_store, clock, admin, campaign_id, ["jean.dupont"], DECISION_SUPPRIMER, "Parti")
    return live_store


@pytest.fixture
def exports(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


@pytest.mark.usefixtures("reviewed")
def test_export_csv(store_url: str, exports: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PEPS_PASSWORD", ADMIN_PASSWORD)
    target = exports / "revue.csv"
    code, out, err = run(
        capsys, "--db", store_url, "review", "export", str(target), "--as", ADMIN.login
    )
    assert (code, err) == (0, "")
    assert out.strip() == f"Review report written to {target} (3 accounts)."
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Last name;First name;Login;")
    assert lines[1].startswith("'=Dupont;Jean;jean.dupont;utilisateur;;Delete: never used since")
    assert ";Delete;Parti;" in lines[1]
    assert sum(";To decide;" in line for line in lines) == 1


@pytest.mark.usefixtures("reviewed")
def test_export_pdf(
    store_url: str, exports: Path, monkeypatch: pytest.MonkeyPatch, capsys, qapp
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PEPS_PASSWORD", ADMIN_PASSWORD)
    target = exports / "revue.PDF"
    code, out, err = run(
        capsys, "--db", store_url, "review", "export", str(target), "--as", ADMIN.login
    )
    assert (code, err) == (0, "")
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, timeout=60, check=True
        ).stdout
        assert STRUCTURE in text and "jean.dupont" in text


@pytest.mark.usefixtures("reviewed")
def test_export_pdf_in_a_process_without_a_display(
    store_url: str, exports: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring
) -> None:  # type: ignore[no-untyped-def]
    """No QT_QPA_PLATFORM and no DISPLAY: the command starts Qt offscreen by itself."""
    # Another process, without this one's keyring: the store's data key in its key file.
    location = locations.resolve(db_url=store_url)
    kept = memory_keyring.get_password(
        data_key.KEYRING_SERVICE, data_key.store_identifier(store_url)
    )
    data_key.key_file(location).parent.mkdir(parents=True, exist_ok=True)
    data_key.key_file(location).write_text(kept, encoding="ascii")
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    environment["PEPS_PASSWORD"] = ADMIN_PASSWORD
    environment["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    # No keyring, no trusted computer: the code is given.
    environment["PEPS_OTP"] = code_now()
    target = exports / "revue.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "peps_desktop", "--db", store_url, "review", "export",
         str(target), "--as", ADMIN.login],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.usefixtures("live_store")
def test_export_without_any_review_is_refused(
    store_url: str, exports: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PEPS_PASSWORD", ADMIN_PASSWORD)
    target = exports / "revue.csv"
    code, out, err = run(
        capsys, "--db", store_url, "review", "export", str(target), "--as", ADMIN.login
    )
    assert (code, out) == (1, "")
    assert "There is no account review to report on" in one_clear_line(err)
    assert list(exports.iterdir()) == []


@pytest.mark.usefixtures("reviewed")
def test_a_user_may_not_export_the_review(
    store_url: str, exports: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PEPS_PASSWORD", "Mot-de-passe-2026")
    code, out, err = run(
        capsys, "--db", store_url, "review", "export", str(exports / "r.csv"), "--as", "marc.petit"
    )
    assert (code, out) == (1, "")
    assert "Only an active administrator" in one_clear_line(err)
    assert list(exports.iterdir()) == []


def test_an_unknown_format_is_refused_before_signing_in(
    live_store: Store, store_url: str, exports: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PEPS_PASSWORD", "Pas-le-bon-2026")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, out, err = run(
        capsys, "--db", store_url, "review", "export", str(exports / "r.xlsx"), "--as", ADMIN.login
    )
    assert (code, out) == (1, "")
    assert "name the file .pdf or .csv" in one_clear_line(err)
    with live_store.read_session() as session:
        failed = session.scalar(select(Account.failed_sign_ins).where(Account.login == ADMIN.login))
    assert failed == 0
