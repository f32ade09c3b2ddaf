"""The one place the GUI imports the notifications core (peps_desktop/core/notifications/).

The kinds and the ledger are imported with the window; the check (core/notifications/due.py,
with what it needs: the drop folder's import, the mail transports…) is imported by the
worker thread that first runs it, after the window is shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.notifications.kinds import KINDS, NOUVEAU_COURRIER
from peps_desktop.core.notifications.ledger import HistoryEntry, mark_seen, notification_history
from peps_desktop.core.shared.clock import Clock
from peps_desktop.store import Store

if TYPE_CHECKING:
    from peps_desktop.core.notifications.due import CheckResult, Notification

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


def run_check(
    store: Store, clock: Clock, user: SignedIn, *, drop_folder: Path | None, kinds: Any
) -> CheckResult:
    """core.notifications.due.run_check, imported where it runs (a worker thread)."""
    from peps_desktop.core.notifications.due import run_check as check

    return check(store, clock, user, drop_folder=drop_folder, kinds=kinds)
