"""The one place the GUI imports the notifications core (peps_desktop/core/notifications/due.py)."""

from __future__ import annotations

from peps_desktop.core.notifications.due import (
    KINDS,
    NOUVEAU_COURRIER,
    CheckResult,
    HistoryEntry,
    Notification,
    mark_seen,
    notification_history,
    run_check,
)

__all__ = [
    "KINDS",
    "NOUVEAU_COURRIER",
    "CheckResult",
    "HistoryEntry",
    "Notification",
    "mark_seen",
    "notification_history",
    "run_check",
]
