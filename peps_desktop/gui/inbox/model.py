"""The inbox as a Qt table over SQL: a count, and pages of rows read when the view asks.

The model never holds all the rows. `rowCount` is the query's count; a row is read with its
page (PAGE_SIZE ids, then their rows) the first time the view paints it, and a few pages
are kept. Sorting, filtering and search change the query, which runs in SQL.

A new query, and a refresh, are read off the GUI thread (gui/inbox/loading.py): the count
and the pages on screen. Until they come back the rows shown stay as they were, but can no
longer be selected nor acted on (`loading`); then they are swapped at once, without a blank
list in between. A page scrolled to later is read when first painted, by its ids (a few
milliseconds).
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
from peps_desktop.gui.inbox.loading import Loaded, Loader, Page, read_page
from peps_desktop.gui.inbox.source import InboxSource
from peps_desktop.gui.inbox.words import euros, french_date, type_label
from peps_desktop.gui.shared.row_runs import row_runs

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
PAGE_SIZE = 100
KEPT_PAGES = 30
# A refresh reads again the pages used last, at most this many (those on screen among them).
REFRESHED_PAGES = 4
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
    # A new query's (or a refresh's) count and first rows are in.
    loaded = Signal()
    # A long list's first rows are shown before its count (then `loaded`, once counted).
    first_page_shown = Signal()
    loading_changed = Signal(bool)

    def __init__(self, source: InboxSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._query = InboxQuery()  # the query of the rows shown
        self._wanted = self._query  # the query asked for, shown once loaded
        self._total = 0
        self._pages: OrderedDict[int, Page] = OrderedDict()
        self._loader = Loader(source, self)
        self._loader.loaded.connect(self._loaded)
        self._loader.counted.connect(self._counted)
        self._loader.failed.connect(self._load_failed)
        self._bold = QFont()
        self._bold.setBold(True)
        # Each shown row's texts by id, with the row they were made from.
        self._shown_texts: dict[int, tuple[CourrierRow, tuple[str, ...]]] = {}

    # --- the query ------------------------------------------------------------------------

    @property
    def query(self) -> InboxQuery:
        """The query asked for last (its rows may still be on their way)."""
        return self._wanted

    @property
    def total(self) -> int:
        return self._total

    @property
    def loading(self) -> bool:
        """A new query or a refresh is being read: the rows shown are the old ones."""
        return self._loader.busy

    def set_query(self, query: InboxQuery) -> None:
        """Read `query`'s count and first page off the GUI thread, then show them."""
        self._wanted = query
        self._start(query, [0], keep_places=False)

    def refresh(self) -> None:
        """Read again after a change: rows keep their places when the count is the same."""
        recent = list(self._pages)[-REFRESHED_PAGES:]
        self._start(self._wanted, sorted(recent) or [0], keep_places=self._wanted == self._query)

    def _start(self, query: InboxQuery, numbers: list[int], *, keep_places: bool) -> None:
        was_loading = self.loading
        self._source.changing = True
        self._loader.start(query, numbers, PAGE_SIZE, keep_places=keep_places)
        if not was_loading:
            self.loading_changed.emit(True)

    def _loaded(self, result: Loaded) -> None:
        pages = OrderedDict(sorted(result.pages.items()))
        if result.total is None:  # a long list's first page: shown, its count follows
            self.beginResetModel()
            self._query = result.query
            self._total = len(pages.get(0, []))
            self._pages = pages
            self.endResetModel()
            self.first_page_shown.emit()
            return
        self._source.changing = False
        if result.keep_places and result.query == self._query and result.total == self._total:
            self._pages = pages
            if self._total:
                last = self.index(self._total - 1, len(Column) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
        else:
            self.beginResetModel()
            self._query = result.query
            self._total = result.total
            self._pages = pages
            self.endResetModel()
        self.loading_changed.emit(False)
        self.loaded.emit()

    def _counted(self, total: int) -> None:
        """The count of the query whose first page is shown (the loader drops an older
        query's): the rest of its rows."""
        self._source.changing = False
        shown = self._total
        if total > shown:
            self.beginInsertRows(ROOT, shown, total - 1)
            self._total = total
            self.endInsertRows()
        elif total < shown:  # courriers gone since the page
            self.beginRemoveRows(ROOT, total, shown - 1)
            self._total = total
            self.endRemoveRows()
        self.loading_changed.emit(False)
        self.loaded.emit()

    def _load_failed(self, query: InboxQuery, error: str) -> None:
        """A damaged store: said once, the list shows empty."""
        self._source.changing = False
        log.error("inbox load failed: %s", error)
        self.beginResetModel()
        self._query = query
        self._total = 0
        self._pages.clear()
        self.endResetModel()
        self.load_failed.emit(error)
        self.loading_changed.emit(False)
        self.loaded.emit()

    # --- rows -----------------------------------------------------------------------------

    def row_at(self, row: int) -> CourrierRow | None:
        if not 0 <= row < self._total:
            return None
        if self._loader.busy:  # the rows shown are the old query's: nothing is read for them
            return self.cached_row(row)
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

    def show_as_read(self, courrier_id: int) -> None:
        """The user read this courrier: its row turns plain without reading the list again."""
        for number, page in self._pages.items():
            for offset, row in enumerate(page):
                if row is not None and row.id == courrier_id and not row.read:
                    page[offset] = row._replace(read=True)
                    at = number * PAGE_SIZE + offset
                    self.dataChanged.emit(self.index(at, 0), self.index(at, len(Column) - 1))
                    return

    def _page(self, number: int) -> Page:
        page = self._pages.get(number)
        if page is not None:
            if number != next(reversed(self._pages)):  # not already the latest used
                self._pages.move_to_end(number)
            return page
        page = self._read_page(number)
        self._pages[number] = page
        while len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)
        return page

    def _read_page(self, number: int) -> Page:
        try:
            return read_page(self._source, self._query, number, PAGE_SIZE, self._total)
        except Exception as error:
            log.exception("inbox page failed")
            self.load_failed.emit(str(error))
            return []

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

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.loading:  # shown as they were, but no longer to be chosen
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked some two thousand times to paint a screen: the cheap refusals first, and a
        # row's texts made once (_texts).
        if role not in _ROLES or not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            return self._texts(row)[column]
        if role == ID_ROLE:
            return row.id
        if role == _FONT:
            return None if row.read else self._bold
        if role == _ALIGNMENT:
            return _RIGHT if column == Column.MONTANT else None
        if role == _ACCESSIBLE and column == Column.OBJET:
            state = self.tr("read") if row.read else self.tr("unread")
            return f"{row.objet} ({state})"
        if role == _TOOL_TIP:
            return row.objet if column == Column.OBJET else None
        return None

    def _texts(self, row: CourrierRow) -> tuple[str, ...]:
        """The row's texts, by column; kept while its page is (rows are immutable)."""
        texts = self._shown_texts.get(row.id)
        if texts is None or texts[0] is not row:
            texts = (row, self._display(row))
            self._shown_texts[row.id] = texts
            if len(self._shown_texts) > KEPT_PAGES * PAGE_SIZE:
                self._shown_texts.clear()
                self._shown_texts[row.id] = texts
        return texts[1]

    def _display(self, row: CourrierRow) -> tuple[str, ...]:
        return (
            french_date(row.recu_le),
            row.service,
            type_label(row.type),
            row.objet,
            row.reference,
            self.tr("Required") if row.action_requise else "",
            french_date(row.echeance) if row.echeance else "",
            euros(row.montant) if row.montant is not None else "",
            row.assigned_name or row.assigned_to or "",
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        query = replace(self._wanted, sort=SORT_OF_COLUMN[Column(column)], descending=descending)
        if query != self._wanted:
            self.set_query(query)

    def sort_column(self) -> Column:
        """The column the query sorts on, for the header's indicator."""
        for column, name in SORT_OF_COLUMN.items():
            if name == self._wanted.sort:
                return column
        return Column.RECU_LE


_DISPLAY = Qt.ItemDataRole.DisplayRole
_FONT = Qt.ItemDataRole.FontRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_TOOL_TIP = Qt.ItemDataRole.ToolTipRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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
