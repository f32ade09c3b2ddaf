"""Columns kept in view: on a narrow window a table's columns give up width, in proportion to
what each has over its header's text, so that every column stays on screen and no header is
clipped; on a wide one they have the widths they were given (or the user dragged them to)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class ColumnFit(QObject):
    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._header = table.horizontalHeader()
        self._wanted: dict[int, int] = {}  # the widths given, or dragged by the user
        self._fitting = False
        self._header.sectionResized.connect(self._resized_by_user)
        self._header.sectionCountChanged.connect(lambda _old, _new: self.fit())
        self._header.sortIndicatorChanged.connect(lambda _column, _order: self.fit())
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

    def fit(self) -> None:
        header = self._header
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        fixed = [c for c in shown if not self._stretches(c)]
        for column in fixed:
            self._wanted.setdefault(column, header.sectionSize(column))
        floors = {c: header_width(header, c) for c in shown}
        room = self._table.viewport().width() - sum(floors[c] for c in shown if c not in fixed)
        widths = {c: max(self._wanted[c], floors[c]) for c in fixed}
        excess = sum(widths.values()) - room
        spare = sum(widths[c] - floors[c] for c in fixed)
        if excess > 0 and spare > 0:
            share = min(1.0, excess / spare)
            widths = {c: widths[c] - int((widths[c] - floors[c]) * share + 0.999) for c in fixed}
        self._fitting = True
        try:
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


def keep_columns_in_view(table: QTableView) -> ColumnFit:
    return ColumnFit(table)
