"""Where the inbox model reads from: the core's queries for one signed-in user.

The model only knows this small interface, so a benchmark or a test can put the same model
over another source.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.courriers import inbox
from peps_desktop.core.courriers.inbox import CourrierRow, InboxQuery
from peps_desktop.store import Store


class InboxSource(Protocol):
    def count(self, query: InboxQuery) -> int: ...

    def page_ids(self, query: InboxQuery, offset: int, limit: int, total: int) -> list[int]: ...

    def rows(self, ids: Sequence[int]) -> list[CourrierRow]: ...


class StoreInboxSource:
    def __init__(self, store: Store, user: SignedIn) -> None:
        self.store = store
        self.user = user

    def count(self, query: InboxQuery) -> int:
        return inbox.count(self.store, self.user, query)

    def page_ids(self, query: InboxQuery, offset: int, limit: int, total: int) -> list[int]:
        return inbox.page_ids(self.store, self.user, query, offset, limit, total=total)

    def rows(self, ids: Sequence[int]) -> list[CourrierRow]:
        return inbox.rows(self.store, self.user, ids)
