"""Mes intervenants: the structure's administrators and how to reach them, for everyone."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.accounts.intervenants import Intervenant, intervenants
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.gui.shared.message_bar import ERROR, MessageBar
from peps_desktop.gui.shared.table_model import RowTableModel
from peps_desktop.gui.shared.tasks import TaskRunner
from peps_desktop.store import Store

STYLE = """
#intervenantsTable { background: white; alternate-background-color: #f6f8fb;
                     border: 1px solid #d0d7e2; border-radius: 6px; }
#intervenantsTable QHeaderView::section { background: #eef2f8; color: #1b3a6b;
                     font-weight: bold; border: none; border-bottom: 1px solid #d0d7e2;
                     padding: 6px; }
"""


class IntervenantColumn(IntEnum):
    NOM = 0
    PRENOM = 1
    EMAIL = 2
    TELEPHONE = 3


class IntervenantsModel(RowTableModel[Intervenant, IntervenantColumn]):
    columns = IntervenantColumn

    def set_rows(self, rows: list[Intervenant]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _headers(self) -> list[str]:
        return [
            self.tr("Last name"),
            self.tr("First name"),
            self.tr("Email"),
            self.tr("Telephone"),
        ]

    def _cell(self, number: int, person: Intervenant, column: IntervenantColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                IntervenantColumn.NOM: person.nom,
                IntervenantColumn.PRENOM: person.prenom,
                IntervenantColumn.EMAIL: person.email,
                IntervenantColumn.TELEPHONE: person.telephone or "—",
            }
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column is IntervenantColumn.EMAIL:
            return self.tr("Double-click to write to {email}").format(email=person.email)
        return None


class IntervenantsView(QWidget):
    loaded = Signal()

    def __init__(self, store: Store, user: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intervenantsView")
        self.setStyleSheet(STYLE)
        self._store = store
        self._user = user
        self._loaded_once = False
        self.model = IntervenantsModel(self)
        self.loader = TaskRunner(self)
        self.loader.refused.connect(self._refused)

        title = QLabel(self.tr("<h2>My intervenants</h2>"))
        intro = QLabel(
            self.tr(
                "The administrators of your structure manage the accounts: ask them to create "
                "an account, change your rights, renew or unlock your account, or give you a "
                "new activation code if you forgot your password."
            )
        )
        intro.setObjectName("intervenantsIntro")
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #3c4650;")
        self.message_bar = MessageBar("intervenantsMessage", closable=False)
        self.table = QTableView()
        self.table.setObjectName("intervenantsTable")
        self.table.setAccessibleName(self.tr("Administrators of the structure"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: the arrows move in it
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        self.table.doubleClicked.connect(self._write_to)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.table, 1)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not self._loaded_once:
            self.refresh()

    def refresh(self) -> None:
        self._loaded_once = True
        store, user = self._store, self._user
        self.loader.run(lambda: intervenants(store, user), self._show)

    def _show(self, rows: list[Intervenant]) -> None:
        self.message_bar.hide()
        self.model.set_rows(rows)
        self.loaded.emit()

    def _refused(self, message: str) -> None:
        self.message_bar.show_message(message, ERROR)
        self.loaded.emit()

    def _write_to(self, index: QModelIndex) -> None:
        if index.column() == IntervenantColumn.EMAIL:
            QDesktopServices.openUrl(QUrl(f"mailto:{self.model.row_at(index.row()).email}"))
