"""The dashboard's « delete the leaver's account », run off the GUI thread by the window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from peps_desktop.core.accounts.admin import AccountDraft
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.succession import create_successor, delete_leaver_account
from peps_desktop.gui import app as app_module
from peps_desktop.gui.app import build_window
from peps_desktop.store.models import Account
from tests.conftest import ADMIN, ADMIN_PASSWORD, NOW
from tests.second_factor import activate_with_app, code, next_code

SUCCESSOR_PASSWORD = "Successeur-2026-ok"


@pytest.fixture
def successor_window(qtbot, store, clock, settings, monkeypatch):  # type: ignore[no-untyped-def]
    """The successor's window the day after the leaver's departure."""
    leaver = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    draft = AccountDraft(
        nom="Garnier", prenom="Élodie", email="elodie.garnier@mairie.fr", telephone="0241000009"
    )
    record = create_successor(store, clock, leaver, code(clock), draft, NOW.date())
    assert record.activation is not None
    secret = activate_with_app(
        store, clock, "elodie.garnier", record.activation.code, SUCCESSOR_PASSWORD
    )
    clock.advance(dt.timedelta(days=1))
    successor = sign_in(store, clock, "elodie.garnier", SUCCESSOR_PASSWORD)
    window = build_window(store, clock, successor, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.dashboard.refreshed, timeout=5000):
        window.show()
    window.dashboard.confirm = lambda question: True  # type: ignore[method-assign]
    asked: list[str] = []

    def successor_code(action: str, login: str, parent: object) -> str:
        asked.append(f"{action} ({login})")
        return next_code(clock, secret)

    monkeypatch.setattr(app_module.CodePrompt, "ask", successor_code)
    return window, successor, record.id, asked, secret


def leaver_exists(store) -> bool:  # type: ignore[no-untyped-def]
    with store.read_session() as session:
        return session.scalar(select(Account.id).where(Account.login == ADMIN.login)) is not None


def delete_button(window) -> QPushButton:  # type: ignore[no-untyped-def]
    (button,) = [
        button
        for button in window.dashboard.findChildren(QPushButton)
        if button.objectName().startswith("deleteLeaverButton")
    ]
    return button


@pytest.mark.usefixtures("english")
def test_the_leaver_is_deleted_and_the_task_goes_away(qtbot, store, successor_window) -> None:  # type: ignore[no-untyped-def]
    window, _successor, _succession_id, asked, _secret = successor_window
    assert window.dashboard.tasks_box.isVisibleTo(window)
    with qtbot.waitSignal(window.dashboard.refreshed, timeout=5000):
        qtbot.mouseClick(delete_button(window), Qt.MouseButton.LeftButton)
    assert asked == ["Deleting an account (elodie.garnier)"]
    assert not leaver_exists(store)
    assert not window.dashboard.tasks_box.isVisibleTo(window)


@pytest.mark.usefixtures("english")
def test_a_refusal_is_shown_and_nothing_else_changes(  # type: ignore[no-untyped-def]
    qtbot, store, clock, successor_window, monkeypatch
) -> None:
    window, successor, succession_id, _asked, secret = successor_window
    button = delete_button(window)
    # Done elsewhere meanwhile.
    delete_leaver_account(store, clock, successor, succession_id, next_code(clock, secret))
    told: list[str] = []
    monkeypatch.setattr(
        app_module.QMessageBox, "warning", lambda parent, title, text: told.append(text)
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: told != [], timeout=5000)
    assert "already deleted" in told[0]
