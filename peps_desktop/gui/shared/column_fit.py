"""Columns kept in view: on a narrow window a table's columns give up width, in proportion to
what each has over its header's text, so that every column stays on screen and no header is
clipped; on a wide one they have the widths they were given (or the user dragged them to).

A column kept whole (a state) never gives up width below its content. When even the least
widths do not fit, the columns the table can best do without are left out, in its order, and
come back when the window widens."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class ColumnFit(QObject):
    def __init__(
        self, table: QTableView, whole: Sequence[int] = (), left_out_first: Sequence[int] = ()
    ) -> None:
        super().__init__(table)
        self._table = table
        self._header = table.horizontalHeader()
        self._wanted: dict[int, int] = {}  # the widths given, or dragged by the user
        self._whole = tuple(whole)
        self._left_out_first = tuple(left_out_first)
        self._left_out: set[int] = set()  # hidden here for want of room, not by the user
        self._fitting = False
        self._header.sectionResized.connect(self._resized_by_user)
        self._header.sectionCountChanged.connect(lambda _old, _new: self.fit())
        self._header.sortIndicatorChanged.connect(lambda _column, _order: self.fit())
        if self._whole:  # their content decides their least width
            model = table.model()
            model.modelReset.connect(self.fit)
            model.rowsInserted.connect(lambda _parent, _first, _last: self.fit())
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _stretches(self, column: int) -> bool:
        header = self._header
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            return True
        last = header.logicalIndex(header.count() - 1)
        return header.stretchLastSection() and column == last

    def _resized_by_user(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and not self._stretches(column) and self._wanted:
            self._wanted[column] = new

    def _least_width(self, column: int) -> int:
        width = header_width(self._header, column)
        if column in self._whole:
            width = max(width, self._table.sizeHintForColumn(column))
        return width

    def fit(self) -> None:
        if self._fitting:
            return
        header = self._header
        shown = [
            c for c in range(header.count()) if c in self._left_out or not header.isSectionHidden(c)
        ]
        for column in shown:  # before any is left out: hidden, a section has no width
            if not self._stretches(column):
                self._wanted.setdefault(column, header.sectionSize(column))
        floors = {c: self._least_width(c) for c in shown}
        left_out = set()
        for column in self._left_out_first:
            if sum(floors[c] for c in shown) <= self._table.viewport().width():
                break
            if column in shown:
                shown.remove(column)
                left_out.add(column)
        fixed = [c for c in shown if not self._stretches(c)]
        room = self._table.viewport().width() - sum(floors[c] for c in shown if c not in fixed)
        widths = {c: max(self._wanted[c], floors[c]) for c in fixed}
        excess = sum(widths.values()) - room
        spare = sum(widths[c] - floors[c] for c in fixed)
        if excess > 0 and spare > 0:
            share = min(1.0, excess / spare)
            widths = {c: widths[c] - int((widths[c] - floors[c]) * share + 0.999) for c in fixed}
        self._fitting = True
        try:
            for column in self._left_out ^ left_out:
                header.setSectionHidden(column, column in left_out)
            self._left_out = left_out
            for column, width in widths.items():
                header.resizeSection(column, width)
        finally:
            self._fitting = False


def header_width(header: QHeaderView, column: int) -> int:
    """The width the section's text needs; Qt counts room for the sort arrow in every
    section, drawn in the sorted one only."""
    if header.isSortIndicatorShown() and header.sortIndicatorSection() != column:
        header.setSortIndicatorShown(False)
        width = header.sectionSizeFromContents(column).width()
        header.setSortIndicatorShown(True)
        return width
    return header.sectionSizeFromContents(column).width()


def keep_columns_in_view(
    table: QTableView, whole: Sequence[int] = (), left_out_first: Sequence[int] = ()
) -> ColumnFit:
    return ColumnFit(table, whole, left_out_first)
