"""Where the inbox model reads from: the core's queries for one signed-in user.

The model only knows this small interface, so a benchmark or a test can put the same model
over another source. While the model changes its query (`changing`), it reads only in the
thread pool; with `StoreInboxSource.guard_gui_thread` on (the tests turn it on), a store
call made on the GUI thread meanwhile raises instead of freezing the window unnoticed.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Protocol

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.courriers import inbox
from peps_desktop.core.courriers.inbox import CourrierRow, InboxQuery
from peps_desktop.store import Store


class GuiThreadStoreCall(AssertionError):
    """The store was called on the GUI thread while the inbox changed its query."""


class InboxSource(Protocol):
    changing: bool  # set by the model while it reads a new query off the GUI thread

    def count(self, query: InboxQuery) -> int: ...

    def page_ids(self, query: InboxQuery, offset: int, limit: int, total: int) -> list[int]: ...

    def first_page(self, query: InboxQuery, limit: int) -> tuple[list[int], int | None]: ...

    def rows(self, ids: Sequence[int]) -> list[CourrierRow]: ...


class StoreInboxSource:
    guard_gui_thread = False

    def __init__(self, store: Store, user: SignedIn) -> None:
        self.store = store
        self.user = user
        self.changing = False

    def _check_thread(self) -> None:
        on_gui_thread = threading.current_thread() is threading.main_thread()
        if self.guard_gui_thread and self.changing and on_gui_thread:
            raise GuiThreadStoreCall("the inbox read the store on the GUI thread")

    def count(self, query: InboxQuery) -> int:
        self._check_thread()
        return inbox.count(self.store, self.user, query)

    def page_ids(self, query: InboxQuery, offset: int, limit: int, total: int) -> list[int]:
        self._check_thread()
        return inbox.page_ids(self.store, self.user, query, offset, limit, total=total)

    def first_page(self, query: InboxQuery, limit: int) -> tuple[list[int], int | None]:
        self._check_thread()
        return inbox.first_page(self.store, self.user, query, limit)

    def rows(self, ids: Sequence[int]) -> list[CourrierRow]:
        self._check_thread()
        return inbox.rows(self.store, self.user, ids)
