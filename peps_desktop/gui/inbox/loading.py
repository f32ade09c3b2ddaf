"""What the inbox model reads for a new query or a refresh, off the GUI thread.

A load is the query's count and the pages the view shows (the first page for a new query,
the pages on screen for a refresh), read in the thread pool; the model swaps them in at
once when they come back. A new query's first page comes first, alone, when counting its
courriers would take longer than reading it (a long list): its count follows (`counted`).
A load overtaken by a newer one is dropped when it ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from peps_desktop.core.courriers.inbox import CourrierRow, InboxQuery
from peps_desktop.gui.inbox.source import InboxSource
from peps_desktop.gui.shared.workers import Job, start

Page = list[CourrierRow | None]


def read_page(source: InboxSource, query: InboxQuery, number: int, size: int, total: int) -> Page:
    """A page's rows in the query's order."""
    return _rows_of(source, source.page_ids(query, number * size, size, total))


def _rows_of(source: InboxSource, ids: Sequence[int]) -> Page:
    """The rows of these ids, in their order; a courrier gone since the count (deleted,
    rights withdrawn) leaves an empty row until the next refresh rather than shifting the
    rows."""
    found = {row.id: row for row in source.rows(ids)}
    return [found.get(courrier_id) for courrier_id in ids]


@dataclass(frozen=True)
class Loaded:
    query: InboxQuery
    total: int | None  # None: a long list's first page, its count on its way
    pages: dict[int, Page]
    keep_places: bool  # a refresh: the rows stay where they are if the count has not moved


def load(
    source: InboxSource, query: InboxQuery, numbers: Sequence[int], size: int, keep_places: bool
) -> Loaded:
    if list(numbers) == [0] and not keep_places:  # a new query: its first page first
        ids, known = source.first_page(query, size)
        return Loaded(query, known, {0: _rows_of(source, ids)}, keep_places)
    total = source.count(query)
    wanted = [number for number in numbers if number * size < total] or [0]
    pages = {number: read_page(source, query, number, size, total) for number in wanted}
    return Loaded(query, total, pages, keep_places)


class Loader(QObject):
    """One load at a time that matters: the latest asked for.

    The jobs' signals go to this object's own methods, so that a load ending after the
    model is gone (a window closed meanwhile) reaches nothing."""

    loaded = Signal(object)  # Loaded
    counted = Signal(int)  # the total of the latest Loaded, which came without it
    failed = Signal(object, str)  # the query, the error's text

    def __init__(self, source: InboxSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._latest = 0
        self._waiting = False  # for the latest load
        self._jobs: dict[QObject, tuple[int, InboxQuery, Job]] = {}  # by the job's signals

    @property
    def busy(self) -> bool:
        """The latest load has not come back yet."""
        return self._waiting

    def start(
        self, query: InboxQuery, numbers: Sequence[int], size: int, *, keep_places: bool
    ) -> None:
        self._latest += 1
        source = self._source
        job = Job(lambda: load(source, query, list(numbers), size, keep_places))
        job.signals.done.connect(self._done)
        self._start(job, query)

    def _start(self, job: Job, query: InboxQuery) -> None:
        """Run `job` as the latest load's (its count follows its first page in a second)."""
        # Owned by this object, so that the job's end, in the worker thread, never deletes
        # them there; deleted here once their news is handled (_ended).
        job.signals.setParent(self)
        self._jobs[job.signals] = (self._latest, query, job)
        job.signals.failed.connect(self._failed)
        self._waiting = True
        start(job)

    def _ended(self) -> tuple[bool, InboxQuery | None]:
        """Whether the job that just ended is the latest one, and its query."""
        signals = self.sender()
        ended = self._jobs.pop(signals, None)
        if signals is not None:
            signals.deleteLater()
        if ended is None or ended[0] != self._latest:
            return False, None
        self._waiting = False
        return True, ended[1]

    def _done(self, result: Loaded) -> None:
        latest, query = self._ended()
        if not latest or query is None:
            return
        if result.total is None:  # the load goes on: its count, after its first page
            source = self._source
            job = Job(lambda: source.count(query))
            job.signals.done.connect(self._counted)
            self._start(job, query)
        self.loaded.emit(result)

    def _counted(self, total: int) -> None:
        latest, _query = self._ended()
        if latest:
            self.counted.emit(total)

    def _failed(self, error: object) -> None:
        latest, query = self._ended()
        if latest:
            self.failed.emit(query, str(error))
