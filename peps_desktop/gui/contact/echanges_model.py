"""The table of Mes échanges: one row per échange, held in memory.

A structure writes hundreds of échanges over the years, not millions: the list is read
whole by core.echange_history.list_echanges (search and status filter in SQL) and sorted
here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from peps_desktop.core.contact.echanges import (
    STATUS_A_ENVOYER,
    STATUS_BROUILLON,
    STATUS_CLOS,
    STATUS_ENVOYE,
    STATUS_REPONDU,
)
from peps_desktop.core.contact.history import EchangeRow
from peps_desktop.gui.shared.table_model import RowTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
SEND_ERROR_COLOUR = QColor("#b3261e")
DATE_FORMAT = "%d/%m/%Y %H:%M"


def status_labels() -> dict[str, str]:
    """Each status and its label, in the order an échange goes through them."""
    return {
        STATUS_BROUILLON: QCoreApplication.translate("EchangeStatus", "Draft"),
        STATUS_A_ENVOYER: QCoreApplication.translate("EchangeStatus", "To send"),
        STATUS_ENVOYE: QCoreApplication.translate("EchangeStatus", "Sent"),
        STATUS_REPONDU: QCoreApplication.translate("EchangeStatus", "Answered"),
        STATUS_CLOS: QCoreApplication.translate("EchangeStatus", "Closed"),
    }


def status_label(status: str) -> str:
    return status_labels().get(status, status)


def shown_date(moment: dt.datetime) -> str:
    return moment.strftime(DATE_FORMAT)


class Column(IntEnum):
    REFERENCE = 0
    DATE = 1
    THEME = 2
    MOTIF = 3
    AUTHOR = 4
    STATUS = 5


def _motif(row: EchangeRow) -> str:
    return " / ".join(part for part in (row.motif, row.sous_motif) if part)


SORT_KEYS: dict[Column, Callable[[EchangeRow], Any]] = {
    Column.REFERENCE: lambda row: row.reference,
    Column.DATE: lambda row: (row.created_at, row.id),
    Column.THEME: lambda row: row.theme.casefold(),
    Column.MOTIF: lambda row: _motif(row).casefold(),
    Column.AUTHOR: lambda row: row.author.casefold(),
    Column.STATUS: lambda row: (
        list(status_labels()).index(row.status)
        if row.status in status_labels()
        else len(status_labels())
    ),
}


class EchangesModel(RowTableModel[EchangeRow, Column]):
    columns = Column

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sort_column = Column.DATE
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._labels = status_labels()

    def set_rows(self, rows: list[EchangeRow]) -> None:
        self.beginResetModel()
        self._labels = status_labels()
        self._rows = sorted(rows, key=SORT_KEYS[self._sort_column], reverse=self._descending())
        self.endResetModel()

    def row_of(self, echange_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == echange_id:
                return number
        return None

    def row_of_reference(self, reference: str) -> int | None:
        for number, row in enumerate(self._rows):
            if row.reference == reference:
                return number
        return None

    def _descending(self) -> bool:
        return self._sort_order == Qt.SortOrder.DescendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self._sort_column, self._sort_order = Column(column), order
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[index.row()].id for index in before]
        self._rows.sort(key=SORT_KEYS[self._sort_column], reverse=self._descending())
        positions = {row.id: number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            before,
            [
                self.index(positions[echange_id], index.column())
                for echange_id, index in zip(ids, before, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _headers(self) -> list[str]:
        return [
            self.tr("Reference"),
            self.tr("Date"),
            self.tr("Theme"),
            self.tr("Motif / sous-motif"),
            self.tr("Author"),
            self.tr("Status"),
        ]

    def _cell(self, number: int, row: EchangeRow, column: Column, role: int) -> Any:
        if role == ID_ROLE:
            return row.id
        if role == STATUS_ROLE:
            return row.status
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.STATUS and row.send_error:
                return self.tr("Not sent: {error}").format(error=row.send_error)
            if column in (Column.THEME, Column.MOTIF):
                return self._text(row, column)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.STATUS and row.send_error:
                return SEND_ERROR_COLOUR
            return None
        return None

    def _text(self, row: EchangeRow, column: Column) -> str:
        match column:
            case Column.REFERENCE:
                return row.reference
            case Column.DATE:
                return shown_date(row.created_at)
            case Column.THEME:
                return row.theme
            case Column.MOTIF:
                return _motif(row)
            case Column.AUTHOR:
                return row.author or "—"
            case Column.STATUS:
                label = self._labels.get(row.status, row.status)
                return f"{label} ⚠" if row.send_error else label
