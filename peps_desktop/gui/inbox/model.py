"""The inbox as a Qt table over SQL: a count, and pages of rows read when the view asks.

The model never holds all the rows. `rowCount` is the query's count; a row is read with its
page (PAGE_SIZE ids, then their rows) the first time the view paints it, and a few pages
are kept. Sorting, filtering and search change the query, which runs in SQL.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from peps_desktop.core.courriers.inbox import CourrierRow, InboxQuery
from peps_desktop.core.courriers.query import SortColumn
from peps_desktop.gui.inbox.source import InboxSource
from peps_desktop.gui.inbox.words import euros, french_date, type_label
from peps_desktop.gui.shared.row_runs import row_runs

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
PAGE_SIZE = 100
KEPT_PAGES = 30
ID_ROLE = Qt.ItemDataRole.UserRole


class Column(IntEnum):
    RECU_LE = 0
    SERVICE = 1
    TYPE = 2
    OBJET = 3
    REFERENCE = 4
    ACTION = 5
    ECHEANCE = 6
    MONTANT = 7
    ASSIGNED = 8


SORT_OF_COLUMN: dict[Column, SortColumn] = {
    Column.RECU_LE: "recu_le",
    Column.SERVICE: "service",
    Column.TYPE: "type",
    Column.OBJET: "objet",
    Column.REFERENCE: "reference",
    Column.ACTION: "action_requise",
    Column.ECHEANCE: "echeance",
    Column.MONTANT: "montant",
    Column.ASSIGNED: "assigned",
}


class InboxModel(QAbstractTableModel):
    # A page could not be read (a damaged store): the message to show.
    load_failed = Signal(str)

    def __init__(self, source: InboxSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._query = InboxQuery()
        self._total = 0
        self._pages: OrderedDict[int, list[CourrierRow | None]] = OrderedDict()
        self._bold = QFont()
        self._bold.setBold(True)

    # --- the query ------------------------------------------------------------------------

    @property
    def query(self) -> InboxQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: InboxQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        self._total = self._count()
        self.endResetModel()

    def refresh(self) -> None:
        """Read again after a change: rows keep their places when the count is the same."""
        total = self._count()
        if total != self._total:
            self.beginResetModel()
            self._pages.clear()
            self._total = total
            self.endResetModel()
            return
        self._pages.clear()
        if total:
            self.dataChanged.emit(self.index(0, 0), self.index(total - 1, len(Column) - 1))

    def _count(self) -> int:
        try:
            return self._source.count(self._query)
        except Exception as error:  # a damaged store: said once, the list shows empty
            log.exception("inbox count failed")
            self.load_failed.emit(str(error))
            return 0

    # --- rows -----------------------------------------------------------------------------

    def row_at(self, row: int) -> CourrierRow | None:
        if not 0 <= row < self._total:
            return None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def cached_row(self, row: int) -> CourrierRow | None:
        """The row if its page is already read; never queries."""
        page = self._pages.get(row // PAGE_SIZE)
        if page is None or row % PAGE_SIZE >= len(page):
            return None
        return page[row % PAGE_SIZE]

    def ids_of_rows(self, numbers: list[int]) -> list[int]:
        """The courrier ids at these rows, each contiguous run read as one page of ids."""
        ids: list[int] = []
        for first, last in row_runs(sorted(set(numbers))):
            cached = [self.cached_row(number) for number in range(first, last + 1)]
            if all(row is not None for row in cached):
                ids.extend(row.id for row in cached if row is not None)
            else:
                ids.extend(self._source.page_ids(self._query, first, last - first + 1, self._total))
        return ids

    def row_of_id(self, courrier_id: int) -> int | None:
        """The row of a courrier among the pages already read."""
        for number, page in self._pages.items():
            for offset, row in enumerate(page):
                if row is not None and row.id == courrier_id:
                    return number * PAGE_SIZE + offset
        return None

    def _page(self, number: int) -> list[CourrierRow | None]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = self._read_page(number)
        self._pages[number] = page
        while len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)
        return page

    def _read_page(self, number: int) -> list[CourrierRow | None]:
        try:
            ids = self._source.page_ids(self._query, number * PAGE_SIZE, PAGE_SIZE, self._total)
            found = {row.id: row for row in self._source.rows(ids)}
        except Exception as error:
            log.exception("inbox page failed")
            self.load_failed.emit(str(error))
            return []
        # A courrier gone since the count (deleted, rights withdrawn) leaves an empty row
        # until the next refresh, rather than shifting the rows under the user.
        return [found.get(courrier_id) for courrier_id in ids]

    # --- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def _headers(self) -> list[str]:
        return [
            self.tr("Received"),
            self.tr("Fund"),
            self.tr("Type"),
            self.tr("Subject"),
            self.tr("Reference"),
            self.tr("Action"),
            self.tr("Due date"),
            self.tr("Amount"),
            self.tr("Assigned to"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._total:
            return None
        if role not in _ROLES:
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.FontRole:
            return None if row.read else self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == Column.MONTANT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.OBJET:
            state = self.tr("read") if row.read else self.tr("unread")
            return f"{row.objet} ({state})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.objet if column == Column.OBJET else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        return None

    def _display(self, row: CourrierRow, column: Column) -> str:
        if column == Column.RECU_LE:
            return french_date(row.recu_le)
        if column == Column.SERVICE:
            return row.service
        if column == Column.TYPE:
            return type_label(row.type)
        if column == Column.OBJET:
            return row.objet
        if column == Column.REFERENCE:
            return row.reference
        if column == Column.ACTION:
            return self.tr("Required") if row.action_requise else ""
        if column == Column.ECHEANCE:
            return french_date(row.echeance) if row.echeance else ""
        if column == Column.MONTANT:
            return euros(row.montant) if row.montant is not None else ""
        return row.assigned_to or ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        query = replace(self._query, sort=SORT_OF_COLUMN[Column(column)], descending=descending)
        if query != self._query:
            self.set_query(query)

    def sort_column(self) -> Column:
        """The column the query sorts on, for the header's indicator."""
        for column, name in SORT_OF_COLUMN.items():
            if name == self._query.sort:
                return column
        return Column.RECU_LE


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        ID_ROLE,
    }
)
