"""The audit log for administrators: every change to an account or a right, newest first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.accounts.audit_log import (
    PAGE_SIZE,
    AuditCursor,
    AuditFilter,
    AuditLine,
    audit_actions,
    count_audit_entries,
    export_audit_csv,
    list_audit_entries,
)
from peps_desktop.core.accounts.audit_words import action_label
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import Clock
from peps_desktop.gui.accounts.audit_model import AuditColumn, AuditLogModel
from peps_desktop.gui.accounts.back_button import back_to_accounts
from peps_desktop.gui.shared.column_shares import fit_columns
from peps_desktop.gui.shared.message_bar import ERROR, INFO, MessageBar
from peps_desktop.gui.shared.resources import icon
from peps_desktop.gui.shared.search_field import SearchField
from peps_desktop.gui.shared.tasks import TaskRunner
from peps_desktop.store import Store

DEFAULT_PERIOD_DAYS = 30
COLUMN_SHARES: dict[int, float] = {
    AuditColumn.AT: 0.13,
    AuditColumn.ACTOR: 0.19,
    AuditColumn.ACTION: 0.18,
    AuditColumn.TARGET: 0.16,
    AuditColumn.SUBJECT: 0.12,
}
STYLE = """
#auditTable { background: white; alternate-background-color: #f6f8fb;
              border: 1px solid #d0d7e2; border-radius: 6px;
              selection-background-color: #d6e4f7; selection-color: #0f1f38; }
#auditTable QHeaderView::section { background: #eef2f8; color: #1b3a6b; font-weight: bold;
              border: none; border-bottom: 1px solid #d0d7e2; padding: 6px; }
"""


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


class AuditView(QWidget):
    back_requested = Signal()
    loaded = Signal()  # a page of entries arrived (or the load was refused)
    exported = Signal(int)
    counted = Signal(int)

    def __init__(
        self, store: Store, clock: Clock, user: SignedIn, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditView")
        self.setStyleSheet(STYLE)
        self._store = store
        self._clock = clock
        self._user = user
        self._started = False

        def fetch(filters: AuditFilter, after: AuditCursor | None) -> list[AuditLine]:
            return list_audit_entries(store, clock, user, filters, after, PAGE_SIZE)

        self.model = AuditLogModel(fetch, PAGE_SIZE, self)
        self.model.page_loaded.connect(self.loaded)
        self.model.failed.connect(self._load_failed)
        self.counter = TaskRunner(self)
        self.counter.succeeded.connect(self._show_count)
        self.counter.finished.connect(self._count_ended)
        self._recount = False
        self.exporter = TaskRunner(self)
        self.exporter.refused.connect(lambda message: self.show_message(message, ERROR))
        self.exporter.finished.connect(self._export_ended)
        self.actions_loader = TaskRunner(self)

        self.message_bar = MessageBar("auditMessage")
        self.table = self._build_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(self._build_header())
        layout.addWidget(self.message_bar)
        layout.addLayout(self._build_filters())
        layout.addWidget(self.table, 1)

    # --- building ------------------------------------------------------------------------

    def _build_header(self) -> QHBoxLayout:
        self.back_button = back_to_accounts("auditBackButton")
        self.back_button.clicked.connect(self.back_requested)
        title = QLabel(self.tr("<h2>Audit log</h2>"))
        subtitle = QLabel(self.tr("Every change to an account or a right, newest first."))
        subtitle.setStyleSheet("color: #5a6470;")
        subtitle.setWordWrap(True)
        self.export_button = QPushButton(icon("export"), self.tr("&Export as CSV…"))
        self.export_button.setObjectName("auditExportButton")
        self.export_button.clicked.connect(self.export)
        refresh = QAction(icon("refresh"), self.tr("Re&fresh"), self)
        refresh.setObjectName("auditRefreshAction")
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(self.reload)
        self.addAction(refresh)
        refresh_button = QToolButton()
        refresh_button.setDefaultAction(refresh)
        refresh_button.setAccessibleName(self.tr("Refresh the audit log"))
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(title)
        titles.addWidget(subtitle)
        row = QHBoxLayout()
        row.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addSpacing(8)
        row.addLayout(titles, 1)
        row.addWidget(refresh_button)
        row.addWidget(self.export_button)
        return row

    def _build_filters(self) -> QHBoxLayout:
        self.search_edit = SearchField(
            "auditSearchEdit",
            self.tr("Search a name, a login, a detail"),
            self.tr("Search the audit log"),
        )
        self.search_edit.searched.connect(self.reload)
        self.action_combo = QComboBox()
        self.action_combo.setObjectName("auditActionFilter")
        self.action_combo.setAccessibleName(self.tr("Filter by action"))
        self.action_combo.addItem(self.tr("All actions"), None)
        self.action_combo.currentIndexChanged.connect(self.reload)
        today = self._clock.now().date()
        self.since_check = QCheckBox(self.tr("F&rom"))
        self.since_check.setObjectName("auditSinceCheck")
        since = today - dt.timedelta(days=DEFAULT_PERIOD_DAYS)
        self.since_edit = self._date_edit("auditSinceEdit", since)
        self.until_check = QCheckBox(self.tr("&To"))
        self.until_check.setObjectName("auditUntilCheck")
        self.until_edit = self._date_edit("auditUntilEdit", today)
        for check, edit in (
            (self.since_check, self.since_edit),
            (self.until_check, self.until_edit),
        ):
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.reload)
            edit.dateChanged.connect(self.reload)
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCountLabel")
        self.count_label.setStyleSheet("color: #5a6470;")
        row = QHBoxLayout()
        row.addWidget(self.search_edit, 1)  # what is left: its hint whole on a 1024-pixel screen
        row.addWidget(self.action_combo)
        row.addWidget(self.since_check)
        row.addWidget(self.since_edit)
        row.addWidget(self.until_check)
        row.addWidget(self.until_edit)
        row.addWidget(self.count_label)
        return row

    def _date_edit(self, name: str, day: dt.date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("auditTable")
        table.setAccessibleName(self.tr("Audit log entries"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)  # Tab leaves the table: the arrows move in it
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(28)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return table

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        fit_columns(self.table, COLUMN_SHARES)  # the details take what is left

    # --- loading -------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not self._started:
            self.start()

    def start(self) -> None:
        """First load: the list of actions for the filter, then the entries."""
        self._started = True
        store, clock, user = self._store, self._clock, self._user
        self.actions_loader.run(lambda: audit_actions(store, clock, user), self._show_actions)
        self.reload()

    def _show_actions(self, actions: list[str]) -> None:
        current = self.action_combo.currentData()
        self.action_combo.blockSignals(True)
        while self.action_combo.count() > 1:
            self.action_combo.removeItem(1)
        for action in sorted(actions, key=action_label):
            self.action_combo.addItem(action_label(action), action)
        found = self.action_combo.findData(current)
        self.action_combo.setCurrentIndex(max(found, 0))
        self.action_combo.blockSignals(False)

    def filters(self) -> AuditFilter:
        return AuditFilter(
            text=self.search_edit.text(),
            action=self.action_combo.currentData(),
            since=_day(self.since_edit.date()) if self.since_check.isChecked() else None,
            until=_day(self.until_edit.date()) if self.until_check.isChecked() else None,
        )

    def reload(self) -> None:
        self._started = True
        self.search_edit.cancel_pending()
        self.message_bar.hide()
        self.model.set_filter(self.filters())
        self.count_label.setText(self.tr("Counting…"))
        self._count()

    def _count(self) -> None:
        if self.counter.busy:
            self._recount = True  # counted again when the running count ends
            return
        store, clock, user, filters = self._store, self._clock, self._user, self.filters()
        self.counter.run(lambda: (filters, count_audit_entries(store, clock, user, filters)))

    def _show_count(self, result: tuple[AuditFilter, int]) -> None:
        filters, count = result
        if filters != self.filters():
            return  # the filters changed meanwhile: their own count follows
        self.count_label.setText(self.tr("%Ln entry(ies)", "", count))
        self.counted.emit(count)

    def _count_ended(self) -> None:
        if self._recount:
            self._recount = False
            self._count()

    def _load_failed(self, message: str) -> None:
        self.show_message(message, ERROR)
        self.count_label.clear()
        self.loaded.emit()

    def show_message(self, text: str, kind: str = INFO) -> None:
        self.message_bar.show_message(text, kind)

    # --- export --------------------------------------------------------------------------

    def ask_export_path(self) -> Path | None:
        today = self._clock.now().date().isoformat()
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audit log"),
            str(Path.home() / f"journal-des-comptes-{today}.csv"),
            self.tr("CSV files (*.csv)"),
        )
        return Path(name) if name else None

    def export(self) -> None:
        path = self.ask_export_path()
        if path is None:
            return
        if path.suffix.lower() != ".csv":
            path = path.with_name(f"{path.name}.csv")
        store, clock, user, filters = self._store, self._clock, self._user, self.filters()

        def written(count: int) -> None:
            self.show_message(
                self.tr("%Ln entry(ies) exported to {path}.", "", count).format(path=path)
            )
            self.exported.emit(count)

        if self.exporter.run(lambda: export_audit_csv(store, clock, user, path, filters), written):
            self.export_button.setEnabled(False)

    def _export_ended(self) -> None:
        self.export_button.setEnabled(True)
