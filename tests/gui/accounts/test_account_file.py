"""Importing and exporting the account list from the accounts view."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.gui.accounts.account_file import AccountFileActions
from peps_desktop.gui.accounts.view import AccountsView
from peps_desktop.store.models import Account
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.second_factor import activate_with_app, next_code

HEADER = "login;nom;prenom;email;telephone;profil;expiration;derniere_connexion;droits"


@pytest.fixture
def actions(qtbot, store, clock, english):  # type: ignore[no-untyped-def]
    user = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    view = AccountsView(store, clock, user)
    qtbot.addWidget(view)
    file_actions = AccountFileActions(view, store, clock, user)
    # Each import is confirmed by the app's next code.
    file_actions.ask_code = lambda: next_code(clock)  # type: ignore[method-assign]
    file_actions.reports = []  # type: ignore[attr-defined]
    file_actions.show_report = (  # type: ignore[method-assign]
        lambda title, summary, lines: file_actions.reports.append((title, summary, lines))  # type: ignore[attr-defined]
    )
    return file_actions


def run(qtbot, actions, action) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(actions.runner.finished, timeout=10000):
        action()


def test_an_import_creates_accounts_and_lists_their_codes(
    qtbot, actions, store, clock, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "comptes.csv"
    path.write_text(
        HEADER + "\nlea.petit;Petit;Léa;lea.petit@mairie.fr;;utilisateur;;;CNRACL:lecture\n",
        encoding="utf-8-sig",
    )
    actions.choose_import_file = lambda: path
    run(qtbot, actions, actions.view.import_requested.emit)
    ((title, summary, lines),) = actions.reports
    assert title == "Activation codes to hand over"
    assert "1 account(s) created" in summary
    (line,) = lines
    code = line.split(": ")[1].split(" ")[0]
    activate_with_app(store, clock, "lea.petit", code, "Un-mot-de-passe-2026")
    assert sign_in(store, clock, "lea.petit", "Un-mot-de-passe-2026").login == "lea.petit"


def test_a_refused_import_lists_every_line_and_changes_nothing(
    qtbot, actions, store, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "comptes.csv"
    path.write_text(
        HEADER
        + "\nlea.petit;Petit;Léa;pas-un-courriel;;utilisateur;;;\n"
        + "marc.roy;Roy;Marc;marc.roy@mairie.fr;;chef;;;\n",
        encoding="utf-8",
    )
    actions.choose_import_file = lambda: path
    run(qtbot, actions, actions.view.import_requested.emit)
    ((title, _summary, lines),) = actions.reports
    assert title == "Import refused"
    assert [line.split(" ")[1] for line in lines] == ["2", "3"]
    with store.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 1


def test_cancelling_the_file_or_the_code_does_nothing(qtbot, actions, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    actions.choose_import_file = lambda: None
    actions.import_file()
    actions.choose_import_file = lambda: tmp_path / "x.csv"
    actions.ask_code = lambda: None
    actions.import_file()
    assert not actions.runner.busy and actions.reports == []


def test_an_export_writes_the_list(qtbot, actions, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "export.csv"
    actions.choose_export_file = lambda: path
    run(qtbot, actions, actions.view.export_requested.emit)
    text = path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == HEADER
    assert ADMIN.login in text
    assert "1 account(s) written" in actions.view.message_bar.label.text()


def test_lines_for_people_with_an_account_are_imported_once_confirmed_as_others(
    qtbot, actions, store, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "comptes.csv"
    # Claire Martin administers the store; this line is another Claire Martin.
    path.write_text(
        HEADER + "\nc.martin;MARTIN;Claire;c.martin@ccas.fr;;utilisateur;;;\n",
        encoding="utf-8",
    )
    asked: list[list[str]] = []
    actions.confirm_other_people = lambda lines: asked.append(lines) or True
    actions.choose_import_file = lambda: path
    run(qtbot, actions, actions.view.import_requested.emit)
    qtbot.waitUntil(lambda: bool(actions.reports), timeout=10000)

    ((line,),) = asked
    assert line.startswith("Line 2 (c.martin): The account of Claire Martin (claire.martin,")
    ((title, summary, _codes),) = actions.reports
    assert title == "Activation codes to hand over"
    assert "1 account(s) created" in summary
    with store.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 2


def test_lines_for_people_with_an_account_stay_refused_unless_confirmed(
    qtbot, actions, store, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "comptes.csv"
    path.write_text(
        HEADER + "\nc.martin;Martin;Claire;c.martin@ccas.fr;;utilisateur;;;\n", encoding="utf-8"
    )
    actions.confirm_other_people = lambda lines: False
    actions.choose_import_file = lambda: path
    run(qtbot, actions, actions.view.import_requested.emit)
    ((title, _summary, _lines),) = actions.reports
    assert title == "Import refused"
    with store.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 1
