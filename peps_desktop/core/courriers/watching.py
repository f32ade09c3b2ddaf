"""The changes of the courriers one person may see, as they happen on any seat: imported,
read or unread (by them), assigned, archived, unarchived, changed."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from dataclasses import dataclass

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.courriers.visibility import visible_courriers
from peps_desktop.core.shared.live import StructureChanges
from peps_desktop.store import Store
from peps_desktop.store.change_feed import Change
from peps_desktop.store.models import Courrier

OWN_MARKS = ("read", "unread")


@dataclass(frozen=True)
class CourrierEvent:
    event: str
    id: int
    at: dt.datetime  # UTC

    def as_dict(self) -> dict[str, object]:
        return {
            "event": self.event,
            "id": self.id,
            "at": self.at.replace(tzinfo=dt.UTC).isoformat().replace("+00:00", "Z"),
        }


class CourrierWatch:
    """Events of the courriers `user` may see now; others' read marks and deleted courriers
    are not theirs to hear of."""

    def __init__(self, store: Store, user: SignedIn) -> None:
        self.store = store
        self.user = user
        self._changes = StructureChanges(store, user.structure_id)

    @property
    def connected(self) -> bool:
        return self._changes.connected

    def events(self, timeout: float) -> list[CourrierEvent]:
        return self._visible(
            [change for change in self._changes.wait(timeout) if change.kind == "courrier"]
        )

    def _visible(self, changes: list[Change]) -> list[CourrierEvent]:
        wanted = [
            change
            for change in changes
            if change.event != "deleted"
            and (change.event not in OWN_MARKS or change.account_id == self.user.account_id)
        ]
        if not wanted:
            return []
        with self.store.read_session() as session:
            visible = set(
                session.scalars(
                    visible_courriers(self.user.account_id).where(
                        Courrier.id.in_({change.row_id for change in wanted})
                    )
                )
            )
        return [
            CourrierEvent(change.event, change.row_id, change.at)
            for change in wanted
            if change.row_id in visible
        ]

    def close(self) -> None:
        self._changes.close()


def watch(store: Store, user: SignedIn, seconds: float | None) -> Iterator[CourrierEvent]:
    """Events as they come, for `seconds` of the wall clock (None: until interrupted)."""
    deadline = None if seconds is None else time.monotonic() + seconds
    watcher = CourrierWatch(store, user)
    try:
        while deadline is None or time.monotonic() < deadline:
            left = 1.0 if deadline is None else max(0.0, min(1.0, deadline - time.monotonic()))
            yield from watcher.events(left)
    finally:
        watcher.close()
