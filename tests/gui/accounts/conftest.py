"""Fixtures for the accounts screens: the signed-in administrator and a loaded view."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, QThreadPool

from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.gui.accounts.view import AccountsView
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.factories import add_account

USER_PASSWORD = "Mot-de-passe-2026"


@pytest.fixture(autouse=True)
def no_job_left_running(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    QThreadPool.globalInstance().waitForDone(5000)


@pytest.fixture
def admin(store, clock) -> SignedIn:  # type: ignore[no-untyped-def]
    return sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)


@pytest.fixture
def colleagues(store) -> None:  # type: ignore[no-untyped-def]
    """Three more accounts: a locked one, one expiring soon, one with rights."""
    with store.session() as session:
        add_account(
            session,
            "paul.durand",
            rights={"CNRACL": "modification", "RAFP": "lecture"},
            telephone="02 41 00 00 01",
        )
        add_account(session, "lea.petit", status="verrouille")
        add_account(
            session,
            "helene.lefevre",
            nom="Lefèvre",
            prenom="Hélène",
            expires_on=dt.date(2026, 12, 20),
        )


def load(qtbot, view: AccountsView) -> AccountsView:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.refresh()
    return view


@pytest.fixture
def view(qtbot, store, clock, admin, english) -> AccountsView:  # type: ignore[no-untyped-def]
    widget = AccountsView(store, clock, admin)
    qtbot.addWidget(widget)
    return load(qtbot, widget)


def select(view: AccountsView, *logins: str) -> None:
    selection = view.table.selectionModel()
    selection.clearSelection()
    for row in range(view.proxy.rowCount()):
        if view.proxy.row_at(row).login in logins:
            selection.select(
                view.proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
    assert {row.login for row in view.selected_rows()} == set(logins)
