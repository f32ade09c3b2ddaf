"""A flat Qt table over a Python list of rows: what the table models share.

A subclass names its columns (an IntEnum), gives their header texts and a cell's value for a
role. Header texts stay in the subclass, through its own `self.tr`, so their translation
context stays the subclass's name.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
Row = TypeVar("Row")
Column = TypeVar("Column", bound=IntEnum)


class RowTableModel(QAbstractTableModel, Generic[Row, Column]):
    columns: type[Column]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def _headers(self) -> list[str]:
        """One text per column, in the columns' order."""
        raise NotImplementedError

    def _cell(self, number: int, row: Row, column: Column, role: int) -> Any:
        """The value of row `row` (at `number`) in `column` for `role`, or None."""
        raise NotImplementedError

    # --- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
            or not 0 <= section < len(self.columns)
        ):
            return None
        return self._headers()[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        number = index.row()
        return self._cell(number, self._rows[number], self.columns(index.column()), role)
