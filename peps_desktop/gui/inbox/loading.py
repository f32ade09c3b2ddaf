"""What the inbox model reads for a new query or a refresh, off the GUI thread.

A load is the query's count and the pages the view shows (the first page for a new query,
the pages on screen for a refresh), read in the thread pool; the model swaps them in at
once when they come back. A load overtaken by a newer one is dropped when it ends.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from peps_desktop.core.courriers.inbox import CourrierRow, InboxQuery
from peps_desktop.gui.inbox.source import InboxSource
from peps_desktop.gui.shared.workers import Job, start

Page = list[CourrierRow | None]


def read_page(source: InboxSource, query: InboxQuery, number: int, size: int, total: int) -> Page:
    """A page's rows in the query's order; a courrier gone since the count (deleted, rights
    withdrawn) leaves an empty row until the next refresh rather than shifting the rows."""
    ids = source.page_ids(query, number * size, size, total)
    found = {row.id: row for row in source.rows(ids)}
    return [found.get(courrier_id) for courrier_id in ids]


@dataclass(frozen=True)
class Loaded:
    query: InboxQuery
    total: int
    pages: dict[int, Page]
    keep_places: bool  # a refresh: the rows stay where they are if the count has not moved


def load(
    source: InboxSource, query: InboxQuery, numbers: Sequence[int], size: int, keep_places: bool
) -> Loaded:
    total = source.count(query)
    wanted = [number for number in numbers if number * size < total] or [0]
    pages = {number: read_page(source, query, number, size, total) for number in wanted}
    return Loaded(query, total, pages, keep_places)


class Loader(QObject):
    """One load at a time that matters: the latest asked for."""

    loaded = Signal(object)  # Loaded
    failed = Signal(object, str)  # the query, the error's text

    def __init__(self, source: InboxSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._latest = 0
        self._waiting = False  # for the latest load
        self._jobs: dict[int, Job] = {}

    @property
    def busy(self) -> bool:
        """The latest load has not come back yet."""
        return self._waiting

    def start(
        self, query: InboxQuery, numbers: Sequence[int], size: int, *, keep_places: bool
    ) -> None:
        self._latest += 1
        number = self._latest
        source = self._source
        job = Job(lambda: load(source, query, list(numbers), size, keep_places))
        job.signals.done.connect(self._ended(number, lambda result: self.loaded.emit(result)))
        job.signals.failed.connect(
            self._ended(number, lambda error: self.failed.emit(query, str(error)))
        )
        self._jobs[number] = job
        self._waiting = True
        start(job)

    def _ended(self, number: int, then: Callable[[object], None]) -> Callable[[object], None]:
        def ended(result: object) -> None:
            self._jobs.pop(number, None)
            if number == self._latest:
                self._waiting = False
                then(result)

        return ended
