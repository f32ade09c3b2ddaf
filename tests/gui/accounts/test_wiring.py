"""Where the account screens are reached from in the main window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.gui import app as app_module
from peps_desktop.gui.accounts.audit_view import AuditView
from peps_desktop.gui.accounts.intervenants_view import IntervenantsView
from peps_desktop.gui.accounts.view import AccountsView
from peps_desktop.gui.app import build_window
from peps_desktop.store.models import Account, Succession
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.factories import add_account
from tests.gui.accounts.conftest import USER_PASSWORD
from tests.second_factor import code


def window_for(qtbot, store, clock, login: str, password: str, settings):  # type: ignore[no-untyped-def]
    window = build_window(store, clock, sign_in(store, clock, login, password), settings)
    qtbot.addWidget(window)
    return window


def badge_entries(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [action.text() for action in window.badge_menu.actions() if action.text()]


def test_an_administrator_reaches_the_accounts_from_mon_etablissement(  # type: ignore[no-untyped-def]
    qtbot, settings, store, clock, english
) -> None:
    window = window_for(qtbot, store, clock, ADMIN.login, ADMIN_PASSWORD, settings)
    assert "My &establishment" in badge_entries(window)
    assert window.area_labels() == [
        "Dashboard",
        "Your courriers",
        "Contact us",
        "My échanges",
        "My intervenants",
        "Account management",
    ]
    window.show()
    with qtbot.waitSignal(window.accounts_view.loaded, timeout=5000):
        window.establishment_action.trigger()
    assert isinstance(window.pages.currentWidget(), AccountsView)
    assert window.navigation.currentItem().text() == "Account management"

    with qtbot.waitSignal(window.audit_view.loaded, timeout=5000):
        window.accounts_view.actions_.audit.trigger()
    assert isinstance(window.pages.currentWidget(), AuditView)
    assert window.navigation.currentItem().text() == "Account management"
    window.audit_view.back_button.click()
    assert window.pages.currentWidget() is window.accounts_view

    window.navigation.setCurrentRow(4)
    assert isinstance(window.pages.currentWidget(), IntervenantsView)
    qtbot.waitUntil(lambda: window.pages.currentWidget().model.rowCount() == 1)


def test_a_utilisateur_has_no_mon_etablissement_but_sees_the_intervenants(  # type: ignore[no-untyped-def]
    qtbot, settings, store, clock, english
) -> None:
    with store.session() as session:
        add_account(session, "paul.durand")
    window = window_for(qtbot, store, clock, "paul.durand", USER_PASSWORD, settings)
    assert "My &establishment" not in badge_entries(window)
    assert window.establishment_action is None and window.accounts_view is None
    assert window.area_labels() == [
        "Dashboard",
        "Your courriers",
        "Contact us",
        "My échanges",
        "My intervenants",
    ]


def test_the_review_opens_from_the_accounts_view(qtbot, settings, store, clock, english) -> None:  # type: ignore[no-untyped-def]
    window = window_for(qtbot, store, clock, ADMIN.login, ADMIN_PASSWORD, settings)
    window.show()
    window.establishment_action.trigger()
    with qtbot.waitSignal(window.review_view.loaded, timeout=5000):
        window.accounts_view.review_requested.emit()
    assert window.pages.currentWidget() is window.review_view
    assert window.navigation.currentItem().text() == "Account management"
    window.review_view.back_button.click()
    assert window.pages.currentWidget() is window.accounts_view


def test_the_dashboard_asks_the_successor_to_delete_the_leavers_account(  # type: ignore[no-untyped-def]
    qtbot, settings, store, clock, english, monkeypatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        app_module.CodePrompt,
        "ask",
        lambda action, login, parent: asked.append(action) or code(clock),
    )
    with store.session() as session:
        leaver = add_account(session, "remi.blanc", profile="administrateur")
        session.add(
            Succession(
                structure_id=leaver.structure_id,
                leaver_account_id=leaver.id,
                leaver_login=leaver.login,
                successor_login=ADMIN.login,
                departure_on=clock.now().date() - dt.timedelta(days=3),
                created_at=clock.now() - dt.timedelta(days=10),
            )
        )
    window = window_for(qtbot, store, clock, ADMIN.login, ADMIN_PASSWORD, settings)
    dashboard = window.dashboard
    with qtbot.waitSignal(dashboard.refreshed, timeout=5000):
        window.show()
    assert not dashboard.tasks_box.isHidden()
    (button,) = dashboard.tasks_box.findChildren(QPushButton)
    dashboard.confirm = lambda question: "remi.blanc" in question  # type: ignore[method-assign]
    with qtbot.waitSignal(dashboard.refreshed, timeout=5000):
        button.click()
    assert dashboard.tasks_box.isHidden()
    assert asked == ["Deleting an account"]  # a code confirmed it
    with store.read_session() as session:
        assert session.scalar(select(Account).where(Account.login == "remi.blanc")) is None
