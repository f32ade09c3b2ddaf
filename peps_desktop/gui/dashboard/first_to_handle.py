"""The dashboard's list of the courriers to handle first: those needing an action, the
nearest due date first; a row opens its courrier."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from peps_desktop.core.dashboard import CourrierToHandle
from peps_desktop.i18n import format_date

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class FirstToHandle(QGroupBox):
    courrier_requested = Signal(int)
    all_requested = Signal()

    def __init__(self) -> None:
        super().__init__(self.tr("Courriers to handle first"))
        self.setObjectName("firstToHandle")
        self._shown: tuple[CourrierToHandle, ...] | None = None
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("firstToHandleTable")
        self.table.setAccessibleName(self.tr("Courriers to handle first"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Due date"), self.tr("Fund"), self.tr("Reference"), self.tr("Subject")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: the arrows move in it
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        for column, width in enumerate((120, 90, 170)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.empty = QLabel(self.tr("No courrier needs an action."))
        self.empty.setObjectName("firstToHandleEmpty")
        self.empty.setStyleSheet("color: #5a6470;")
        self.all_link = QPushButton(self.tr("See every courrier needing an action"))
        self.all_link.setObjectName("firstToHandleAllLink")
        self.all_link.setFlat(True)
        self.all_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.all_link.setStyleSheet("text-align: left; color: #2c5394; text-decoration: underline;")
        self.all_link.clicked.connect(self.all_requested)
        footer = QHBoxLayout()
        footer.addWidget(self.all_link)
        footer.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(footer)

    def show_courriers(self, courriers: tuple[CourrierToHandle, ...]) -> None:
        if courriers == self._shown:  # a refresh that changed none of them: nothing to redo
            return
        self._shown = courriers
        self.table.setRowCount(len(courriers))
        for row, courrier in enumerate(courriers):
            due = format_date(courrier.echeance) if courrier.echeance else self.tr("none")
            for column, text in enumerate(
                (due, courrier.service, courrier.reference, courrier.objet)
            ):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, courrier.id)
                if column == 3:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(courriers))
        self.all_link.setVisible(bool(courriers))
        self.empty.setVisible(not courriers)

    def _open(self, index) -> None:  # type: ignore[no-untyped-def]
        courrier_id = index.data(ID_ROLE)
        if courrier_id is not None:
            self.courrier_requested.emit(int(courrier_id))
