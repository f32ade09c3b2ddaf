"""Where the dashboard's links lead: a view of the main window, filtered to what the figure
counts. A destination whose area is absent (not built, or not this person's) does nothing."""

from __future__ import annotations

from typing import Any

from peps_desktop.core.accounts.rules import (
    STATUS_EXPIRE,
    STATUS_EXPIRE_BIENTOT,
    STATUS_VERROUILLE,
)
from peps_desktop.core.dashboard import ECHANGE_AWAITING_ANSWER
from peps_desktop.gui.dashboard.cards import (
    ACCOUNTS_EXPIRED,
    ACCOUNTS_EXPIRING,
    ACCOUNTS_LOCKED,
    ECHANGES_AWAITING,
    INBOX_ACTION,
    INBOX_UNREAD,
    REVIEW,
)
from peps_desktop.gui.inbox.filter_bar import ACTION_REQUISE

ACCOUNT_STATUSES = {
    ACCOUNTS_EXPIRED: STATUS_EXPIRE,
    ACCOUNTS_LOCKED: STATUS_VERROUILLE,
    ACCOUNTS_EXPIRING: STATUS_EXPIRE_BIENTOT,
}


def _courriers(window: Any, unread: bool) -> None:
    inbox = window.inbox
    if inbox is None:
        return
    inbox.show_list()
    view = inbox.view
    view.tabs.setCurrentIndex(0)  # Courriers, not the archives
    filters = view.filters
    if unread:
        filters.reset()
        filters.read_state.setCurrentIndex(filters.read_state.findData("unread"))
    else:
        filters.saved_view.setCurrentIndex(filters.saved_view.findData(ACTION_REQUISE))
    window.show_page(inbox)


def _echanges(window: Any) -> None:
    echanges = window.echanges_view
    if echanges is None:
        return
    echanges.search.clear()
    echanges.status_filter.setCurrentIndex(echanges.status_filter.findData(ECHANGE_AWAITING_ANSWER))
    window.show_page(echanges)


def open_destination(window: Any, destination: str) -> None:
    """`window` is the MainWindow (typed loosely: it is the one importing this)."""
    if destination in (INBOX_UNREAD, INBOX_ACTION):
        _courriers(window, unread=destination == INBOX_UNREAD)
    elif destination == ECHANGES_AWAITING:
        _echanges(window)
    elif destination in ACCOUNT_STATUSES and window.accounts_view is not None:
        window.accounts_view.show_only(ACCOUNT_STATUSES[destination])
        window.show_page(window.accounts_view)
    elif destination == REVIEW and window.review_view is not None:
        window.show_page(window.review_view)


def open_courrier(window: Any, courrier_id: int) -> None:
    if window.inbox is not None:
        window.show_page(window.inbox)
        window.inbox.open_courrier(courrier_id)
