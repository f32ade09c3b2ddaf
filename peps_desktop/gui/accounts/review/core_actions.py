"""What the review's table calls when a cell is edited: saves through core at once."""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from typing import Protocol

from peps_desktop.core.accounts.review import RecordedDecision, decide, set_reason
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import Clock
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store


class ReviewView(Protocol):
    """What the actions need of the review view."""

    store: Store
    clock: Clock
    user: SignedIn

    def campaign_id(self) -> int: ...


class CoreActions:
    """The model's `ReviewActions`: saves through core for the signed-in administrator.

    Holds the view weakly: no reference cycle through Qt objects for the garbage collector
    to break, possibly from a worker thread.
    """

    def __init__(self, view: ReviewView) -> None:
        self._view = weakref.ref(view)

    def _live_view(self) -> ReviewView:
        view = self._view()
        if view is None:
            raise UserError(translate("Review", "The account review is closed."))
        return view

    def decide(
        self, logins: Sequence[str], decision: str, reason: str | None = None
    ) -> list[RecordedDecision]:
        v = self._live_view()
        return decide(v.store, v.clock, v.user, v.campaign_id(), logins, decision, reason)

    def set_reason(self, login: str, reason: str) -> RecordedDecision:
        v = self._live_view()
        return set_reason(v.store, v.clock, v.user, v.campaign_id(), login, reason)
