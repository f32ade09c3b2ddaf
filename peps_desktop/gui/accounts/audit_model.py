"""The audit log as a table, newest first, fetched a page at a time off the GUI thread.

The model holds the pages fetched so far; scrolling near the end asks for the next page
(`canFetchMore`/`fetchMore`), which the core reads by keyset after the last line shown.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtCore import Signal as _Signal

from peps_desktop.core.accounts.audit_log import AuditCursor, AuditFilter, AuditLine
from peps_desktop.gui.accounts.model import MUTED
from peps_desktop.gui.shared.table_model import ROOT, AnyIndex, RowTableModel
from peps_desktop.gui.shared.tasks import TaskRunner

Fetch = Callable[[AuditFilter, AuditCursor | None], list[AuditLine]]
LINE_ROLE = Qt.ItemDataRole.UserRole + 1


class AuditColumn(IntEnum):
    AT = 0
    ACTOR = 1
    ACTION = 2
    TARGET = 3  # the account concerned
    SUBJECT = 4  # or what else: a review, a file, a request
    DETAILS = 5


# Long texts, whole in their tooltip when the column is too narrow.
TIPPED = frozenset(set(AuditColumn) - {AuditColumn.AT})


class AuditLogModel(RowTableModel[AuditLine, AuditColumn]):
    columns = AuditColumn
    page_loaded = _Signal()
    failed = _Signal(str)

    def __init__(self, fetch: Fetch, page_size: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._page_size = page_size
        self._filters = AuditFilter()
        self._generation = 0
        self._exhausted = True
        self._wanted = False  # a fetch asked for while another was running
        self.runner = TaskRunner(self)
        self.runner.refused.connect(self._refused)
        self.runner.finished.connect(self._fetch_ended)

    @property
    def filters(self) -> AuditFilter:
        return self._filters

    @property
    def loading(self) -> bool:
        return self.runner.busy

    def set_filter(self, filters: AuditFilter) -> None:
        """Start again from the newest entry matching `filters`."""
        self.beginResetModel()
        self._filters = filters
        self._rows = []
        self._generation += 1
        self._exhausted = False
        self.endResetModel()
        self._start_fetch()

    def line_at(self, row: int) -> AuditLine:
        return self.row_at(row)

    # --- fetching ------------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = ROOT) -> bool:
        return not parent.isValid() and not self._exhausted and not self.runner.busy

    def fetchMore(self, parent: AnyIndex = ROOT) -> None:
        if not parent.isValid():
            self._start_fetch()

    def _start_fetch(self) -> None:
        if self._exhausted:
            return
        if self.runner.busy:
            self._wanted = True
            return
        fetch, filters, generation = self._fetch, self._filters, self._generation
        after = self._rows[-1].cursor if self._rows else None
        self.runner.run(
            lambda: (generation, fetch(filters, after)),
            self._fetched,
        )

    def _fetched(self, result: tuple[int, list[AuditLine]]) -> None:
        generation, lines = result
        if generation != self._generation:
            self._wanted = True  # fetched for old filters: fetch again for the new ones
            return
        if len(lines) < self._page_size:
            self._exhausted = True
        if lines:
            first = len(self._rows)
            self.beginInsertRows(ROOT, first, first + len(lines) - 1)
            self._rows.extend(lines)
            self.endInsertRows()
        self.page_loaded.emit()

    def _fetch_ended(self) -> None:
        if self._wanted:
            self._wanted = False
            self._start_fetch()

    def _refused(self, message: str) -> None:
        self._exhausted = True
        self.failed.emit(message)

    # --- cells ---------------------------------------------------------------------------

    def _headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("By"),
            self.tr("Action"),
            self.tr("Account"),
            self.tr("Subject"),
            self.tr("Details"),
        ]

    def _cell(self, number: int, line: AuditLine, column: AuditColumn, role: int) -> Any:
        if role == LINE_ROLE:
            return line
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and column not in TIPPED:
                return None
            return self._text(line, column)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column is AuditColumn.ACTOR
            and line.actor_login is None
        ):
            return MUTED
        return None

    def _text(self, line: AuditLine, column: AuditColumn) -> str:
        if column is AuditColumn.AT:
            return line.at.strftime("%d/%m/%Y %H:%M:%S")
        if column is AuditColumn.ACTOR:
            return line.actor_text
        if column is AuditColumn.ACTION:
            return line.action_text
        if column is AuditColumn.TARGET:
            return line.account_text
        if column is AuditColumn.SUBJECT:
            return line.subject_text
        return line.summary
