"""A dashboard to act from: every card leads to the view listing what it counts, the
courriers to handle first open from it, and it fills the window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.dashboard import figures
from peps_desktop.gui.app import build_window
from peps_desktop.gui.main_window import MainWindow
from peps_desktop.store.models import Account, Courrier
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.factories import add_account, add_courrier, add_echange


@pytest.fixture(autouse=True)
def no_job_left_running(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    QThreadPool.globalInstance().waitForDone(5000)


@pytest.fixture
def seeded(store, clock) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Courriers needing an action (two with due dates), an échange awaiting its answer, an
    expired, a locked and an expiring account."""
    with store.session() as session:
        admin = session.scalar(select(Account).where(Account.login == ADMIN.login))
        later = add_courrier(session, "CNRACL", echeance=dt.date(2026, 12, 31), reference="CNR-1")
        sooner = add_courrier(session, "RAFP", echeance=dt.date(2026, 12, 5), reference="RAF-2")
        add_courrier(session, "FEH", echeance=dt.date(2026, 11, 20), reference="FEH-3")  # overdue
        add_courrier(session, "CNRACL", action_requise=False)
        add_courrier(session, "CNRACL", archived=True, echeance=dt.date(2026, 11, 30))
        add_echange(session, "envoye", admin)
        add_account(session, "paul.durand", status="expire", expires_on=dt.date(2026, 11, 1))
        add_account(session, "lea.petit", status="verrouille")
        add_account(session, "marc.roy", expires_on=dt.date(2027, 1, 10))
        session.flush()
        return {"later": later.id, "sooner": sooner.id}


def test_the_figures_count_what_needs_doing(store, clock, seeded) -> None:  # type: ignore[no-untyped-def]
    result = figures(store, clock, sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD))
    assert result.courriers_needing_action == 3  # the archived one is done
    assert result.courriers_overdue == 1  # due 20/11, today is 25/11
    assert result.nearest_due_date == dt.date(2026, 12, 5)
    assert [c.reference for c in result.first_to_handle] == ["FEH-3", "RAF-2", "CNR-1"]
    assert (result.accounts_expired, result.accounts_locked, result.accounts_expiring_soon) == (
        1,
        1,
        1,
    )


@pytest.fixture
def window(qtbot, store, clock, settings, seeded, english) -> MainWindow:  # type: ignore[no-untyped-def]
    built = build_window(store, clock, sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD), settings)
    qtbot.addWidget(built)
    built.resize(1280, 800)
    with qtbot.waitSignal(built.dashboard.refreshed, timeout=5000):
        built.show()
    return built


def card_text(window: MainWindow, name: str) -> tuple[str, str]:
    card = window.dashboard.card(name)
    assert card is not None and not card.isHidden()
    return card.value_label.text(), card.detail_label.text()


def test_the_cards_show_the_figures(window: MainWindow) -> None:
    assert card_text(window, "actionCourriersCard") == (
        "3",
        "1 overdue · next due date: 05/12/2026",
    )
    assert card_text(window, "expiredAccountsCard") == ("1", "")
    assert card_text(window, "lockedAccountsCard") == ("1", "")
    assert window.dashboard.card("expiredAccountsCard").property("alert") is True
    table = window.dashboard.first_to_handle.table
    assert [table.item(row, 2).text() for row in range(table.rowCount())] == [
        "FEH-3",
        "RAF-2",
        "CNR-1",
    ]


def click_link(window: MainWindow, card: str) -> None:
    link = window.dashboard.findChild(QPushButton, f"{card}Link")
    assert link is not None and link.isVisible()
    link.click()


@pytest.mark.parametrize(
    ("card", "status"),
    [
        ("expiredAccountsCard", "expire"),
        ("lockedAccountsCard", "verrouille"),
        ("expiringAccountsCard", "expire_bientot"),
    ],
)
def test_account_cards_open_the_accounts_of_that_status(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, card: str, status: str
) -> None:
    accounts = window.accounts_view
    assert accounts is not None
    accounts.search_edit.setText("something typed before")
    click_link(window, card)
    assert window.pages.currentWidget() is accounts
    assert accounts.status_combo.currentData() == status
    assert accounts.search_edit.text() == ""
    qtbot.waitUntil(lambda: accounts.proxy.rowCount() == 1, timeout=5000)


def test_the_action_card_and_the_list_lead_to_the_courriers(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    click_link(window, "actionCourriersCard")
    inbox = window.inbox
    assert inbox is not None and window.pages.currentWidget() is inbox
    assert inbox.view.filters.action.currentData() is True
    qtbot.waitUntil(lambda: inbox.view.model.rowCount() == 3, timeout=5000)

    window.show_page(window.dashboard)
    table = window.dashboard.first_to_handle.table
    table.setCurrentCell(0, 0)
    table.activated.emit(table.currentIndex())
    assert window.pages.currentWidget() is inbox
    assert inbox.currentWidget() is inbox.reader
    qtbot.waitUntil(lambda: inbox.reader.objet_label.text() != "", timeout=5000)


def test_the_echanges_and_review_cards(window: MainWindow) -> None:
    click_link(window, "echangesAwaitingCard")
    assert window.pages.currentWidget() is window.echanges_view
    assert window.echanges_view is not None
    assert window.echanges_view.status_filter.currentData() == "envoye"
    window.show_page(window.dashboard)
    click_link(window, "nextReviewCard")
    assert window.pages.currentWidget() is window.review_view


def test_the_dashboard_fills_the_window(window: MainWindow) -> None:
    dashboard = window.dashboard
    inside = dashboard.rect()
    first = dashboard.first_to_handle.geometry()
    # The list takes the height the cards leave: no large empty area under it…
    assert inside.bottom() - first.bottom() < 40
    assert first.height() > 200
    # …and the cards the width.
    rightmost = max(
        card.geometry().right() for _spec, card in dashboard.cards.values() if card.isVisible()
    )
    assert inside.right() - rightmost < 40


def test_a_refresh_redoes_only_what_changed(qtbot, store, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Styling a card again re-polishes and repaints it, and the list's rows are made anew:
    a refresh that changes nothing does neither (the notification tick refreshes often)."""
    dashboard = window.dashboard
    card = dashboard.card("expiredAccountsCard")
    assert card is not None
    styled: list[str] = []
    monkeypatch.setattr(card.value_label, "setStyleSheet", styled.append)
    first_row = dashboard.first_to_handle.table.item(0, 2)
    with qtbot.waitSignal(dashboard.refreshed, timeout=5000):
        dashboard.refresh()
    assert styled == []
    assert dashboard.first_to_handle.table.item(0, 2) is first_row
    with store.session() as session:  # the expired account renewed, the overdue courrier done
        expired = session.scalar(select(Account).where(Account.login == "paul.durand"))
        assert expired is not None
        expired.status, expired.expires_on = "actif", dt.date(2028, 1, 1)
        overdue = session.scalar(select(Courrier).where(Courrier.reference == "FEH-3"))
        assert overdue is not None
        overdue.archived = True
    with qtbot.waitSignal(dashboard.refreshed, timeout=5000):
        dashboard.refresh()
    assert len(styled) == 1 and card.property("alert") is False
    table = dashboard.first_to_handle.table
    assert [table.item(row, 2).text() for row in range(table.rowCount())] == ["RAF-2", "CNR-1"]
