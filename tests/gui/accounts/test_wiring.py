"""Where the account screens are reached from in the main window."""

from __future__ import annotations

from peps_desktop.core.auth import sign_in
from peps_desktop.gui.accounts import AccountsView
from peps_desktop.gui.app import build_window
from peps_desktop.gui.audit_view import AuditView
from peps_desktop.gui.intervenants_view import IntervenantsView
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.factories import add_account
from tests.gui.accounts.conftest import USER_PASSWORD


def window_for(qtbot, store, clock, login: str, password: str):  # type: ignore[no-untyped-def]
    window = build_window(store, clock, sign_in(store, clock, login, password))
    qtbot.addWidget(window)
    return window


def badge_entries(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [action.text() for action in window.badge_menu.actions() if action.text()]


def test_an_administrator_reaches_the_accounts_from_mon_etablissement(  # type: ignore[no-untyped-def]
    qtbot, store, clock, english
) -> None:
    window = window_for(qtbot, store, clock, ADMIN.login, ADMIN_PASSWORD)
    assert "My &establishment" in badge_entries(window)
    assert window.area_labels() == ["Dashboard", "My intervenants", "Account management"]
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

    window.navigation.setCurrentRow(1)
    assert isinstance(window.pages.currentWidget(), IntervenantsView)
    qtbot.waitUntil(lambda: window.pages.currentWidget().model.rowCount() == 1)


def test_a_utilisateur_has_no_mon_etablissement_but_sees_the_intervenants(  # type: ignore[no-untyped-def]
    qtbot, store, clock, english
) -> None:
    with store.session() as session:
        add_account(session, "paul.durand")
    window = window_for(qtbot, store, clock, "paul.durand", USER_PASSWORD)
    assert "My &establishment" not in badge_entries(window)
    assert window.establishment_action is None and window.accounts_view is None
    assert window.area_labels() == ["Dashboard", "My intervenants"]
