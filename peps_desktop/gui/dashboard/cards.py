"""The dashboard's cards: what each shows of the figures, and the view its link opens.

A card is data: another figure joins the dashboard as one more `Card` in `cards()` (and, when
it leads to a new place, one more destination in `gui/dashboard/destinations.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from peps_desktop.core.dashboard import DashboardFigures
from peps_desktop.i18n import format_date, format_number

# Where a card leads: gui/dashboard/destinations.py opens each.
INBOX_UNREAD = "inbox.unread"
INBOX_ACTION = "inbox.action"
ECHANGES_AWAITING = "echanges.awaiting"
ACCOUNTS_EXPIRED = "accounts.expired"
ACCOUNTS_LOCKED = "accounts.locked"
ACCOUNTS_EXPIRING = "accounts.expiring"
REVIEW = "review"

COURRIERS_GROUP = "courriers"
ACCOUNTS_GROUP = "accounts"


def _count(value: int | None) -> str | None:
    return None if value is None else format_number(value)


def _date(figures: DashboardFigures) -> str | None:
    due = figures.next_review_due
    return None if due is None else format_date(due)


@dataclass(frozen=True)
class Card:
    name: str  # the card's objectName
    group: str  # COURRIERS_GROUP or ACCOUNTS_GROUP: the row it sits in
    caption: str
    link: str
    destination: str
    # The big text; None hides the card (a figure for administrators only).
    value: Callable[[DashboardFigures], str | None]
    # A line under the caption, e.g. the nearest due date; empty for none.
    detail: Callable[[DashboardFigures], str] = lambda _figures: ""
    # Shown as something to deal with (a warning colour) when true.
    alert: Callable[[DashboardFigures], bool] = lambda _figures: False


def _due(figures: DashboardFigures) -> str:
    """« 3 en retard · prochaine échéance : 12/12/2026 »."""
    parts = []
    if figures.courriers_overdue:
        overdue = figures.courriers_overdue
        parts.append(QCoreApplication.translate("DashboardCards", "%n overdue", None, overdue))
    if figures.nearest_due_date is not None:
        parts.append(
            QCoreApplication.translate("DashboardCards", "next due date: {date}").format(
                date=format_date(figures.nearest_due_date)
            )
        )
    return " · ".join(parts)


def cards() -> list[Card]:
    """Every card, in the order they show; translated when asked for."""
    return [
        Card(
            "unreadCourriersCard",
            COURRIERS_GROUP,
            QCoreApplication.translate("DashboardCards", "unread courriers"),
            QCoreApplication.translate("DashboardCards", "Read them"),
            INBOX_UNREAD,
            lambda f: _count(f.unread_courriers),
        ),
        Card(
            "actionCourriersCard",
            COURRIERS_GROUP,
            QCoreApplication.translate("DashboardCards", "courriers needing an action"),
            QCoreApplication.translate("DashboardCards", "Handle them"),
            INBOX_ACTION,
            lambda f: _count(f.courriers_needing_action),
            _due,
            alert=lambda f: bool(f.courriers_overdue),
        ),
        Card(
            "echangesAwaitingCard",
            COURRIERS_GROUP,
            QCoreApplication.translate("DashboardCards", "échanges awaiting an answer"),
            QCoreApplication.translate("DashboardCards", "Follow them"),
            ECHANGES_AWAITING,
            lambda f: _count(f.echanges_awaiting_answer),
        ),
        Card(
            "expiredAccountsCard",
            ACCOUNTS_GROUP,
            QCoreApplication.translate("DashboardCards", "expired accounts"),
            QCoreApplication.translate("DashboardCards", "Renew or delete"),
            ACCOUNTS_EXPIRED,
            lambda f: _count(f.accounts_expired),
            alert=lambda f: bool(f.accounts_expired),
        ),
        Card(
            "lockedAccountsCard",
            ACCOUNTS_GROUP,
            QCoreApplication.translate("DashboardCards", "locked accounts"),
            QCoreApplication.translate("DashboardCards", "Unlock them"),
            ACCOUNTS_LOCKED,
            lambda f: _count(f.accounts_locked),
            alert=lambda f: bool(f.accounts_locked),
        ),
        Card(
            "expiringAccountsCard",
            ACCOUNTS_GROUP,
            QCoreApplication.translate("DashboardCards", "accounts expiring within 60 days"),
            QCoreApplication.translate("DashboardCards", "Renew them"),
            ACCOUNTS_EXPIRING,
            lambda f: _count(f.accounts_expiring_soon),
        ),
        Card(
            "nextReviewCard",
            ACCOUNTS_GROUP,
            QCoreApplication.translate("DashboardCards", "next account review due"),
            QCoreApplication.translate("DashboardCards", "Open the review"),
            REVIEW,
            _date,
        ),
    ]
