"""Mes échanges: the structure's requests, the selected one's thread, answers and sending.

The list and the selected échange are read off the GUI thread (core.echange_history); every
action goes through a core use case off the GUI thread too, then the list is read again. A
request that could not be sent stays `à envoyer`, its reason in red in the table and the
detail; "Send now" tries again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.contact.catalogue import Catalogue
from peps_desktop.core.contact.catalogue_file import load_catalogue
from peps_desktop.core.contact.echanges import (
    STATUS_A_ENVOYER,
    STATUS_BROUILLON,
    STATUS_ENVOYE,
    STATUS_REPONDU,
    discard_draft,
)
from peps_desktop.core.contact.history import (
    EchangeDetail,
    EchangeRow,
    echange_detail,
    import_answer,
    list_echanges,
    record_answer,
)
from peps_desktop.core.contact.sending import SendReport
from peps_desktop.core.shared.clock import Clock
from peps_desktop.errors import UserError
from peps_desktop.gui.contact.answer_dialog import AnswerDialog
from peps_desktop.gui.contact.echange_detail import EchangeDetailPanel
from peps_desktop.gui.contact.echanges_model import EchangesModel, status_labels
from peps_desktop.gui.contact.echanges_table import STYLE, echanges_table
from peps_desktop.gui.contact.sending import Sender
from peps_desktop.gui.settings.preferences import SEND_BY_OUTBOX, AppSettings
from peps_desktop.gui.shared.message_bar import ERROR, INFO, WARNING, MessageBar
from peps_desktop.gui.shared.resources import icon
from peps_desktop.gui.shared.search_field import SearchField
from peps_desktop.gui.shared.styles import primary_button_style
from peps_desktop.gui.shared.tasks import TaskRunner
from peps_desktop.gui.shared.toolbar_labels import labels_while_they_fit
from peps_desktop.store import Store

# An answer saved from a mail client; a larger file is not an answer worth reading.
MAX_EML_BYTES = 25 * 1024 * 1024
ANSWERABLE = (STATUS_A_ENVOYER, STATUS_ENVOYE, STATUS_REPONDU)
ALL_STATUSES = ""


class EchangesView(QWidget):
    draft_requested = Signal(int)  # a draft's id, to open in the request form
    new_request_requested = Signal()
    # For whoever waits (tests, the window): the list was read, an échange was shown, an
    # action ended (done or refused).
    loaded = Signal()
    detail_loaded = Signal()
    change_finished = Signal()

    def __init__(
        self,
        store: Store,
        clock: Clock,
        user: SignedIn,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        catalogue: Catalogue | None = None,
    ) -> None:
        """`catalogue`: the one the window already loaded, else read with the first list."""
        super().__init__(parent)
        self.setObjectName("echangesView")
        self.setStyleSheet(STYLE + primary_button_style("newRequestButton"))
        self._store = store
        self._clock = clock
        self._user = user
        self._settings = settings
        self._catalogue = catalogue
        self._reload_wanted = False
        self._select_after: int | str | None = None  # an id or a reference, after a reload
        self._detail_wanted: int | None = None
        self._detail_asked: int | None = None
        self._shown_once = False  # the list is first read when the page is first shown

        self.model = EchangesModel(self)
        self.loader = TaskRunner(self)
        self.loader.refused.connect(self._load_refused)
        self.loader.finished.connect(self._load_ended)
        self.detail_loader = TaskRunner(self)
        self.detail_loader.refused.connect(self._detail_refused)
        self.detail_loader.finished.connect(self._detail_ended)
        self.changer = TaskRunner(self)
        self.changer.refused.connect(self._refused)
        self.changer.finished.connect(self._change_ended)
        self.sending = Sender(store, clock, settings, catalogue, parent=self)
        self.sending.started.connect(self._sending_started)
        self.sending.finished.connect(self._sent)
        self.sending.refused.connect(self._sending_refused)

        self._build_actions()
        title = QLabel(self.tr("<h2>My échanges</h2>"))
        title.setObjectName("echangesTitle")
        self.new_request_button = QPushButton(icon("new-request"), self.tr("&New request"))
        self.new_request_button.setObjectName("newRequestButton")
        self.new_request_button.clicked.connect(self.new_request_requested)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch()
        header.addWidget(self.new_request_button)

        self.message_bar = MessageBar("echangesMessage")
        # Reasons come from mail servers and files: never read as rich text.
        self.message_bar.label.setTextFormat(Qt.TextFormat.PlainText)
        self.table = self._build_table()
        self.detail = EchangeDetailPanel()
        self.detail.setMinimumWidth(260)  # the list beside it keeps its headers whole at 1024 px
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("echangesSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.status = QLabel()
        self.status.setObjectName("echangesStatus")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addLayout(self._build_filters())
        layout.addWidget(self.message_bar)
        layout.addWidget(self._build_toolbar())
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)
        self._update_actions()

    # --- building ---------------------------------------------------------------------------

    def _action(self, name: str, text: str, icon_name: str, slot: Callable[[], None]) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setObjectName(name)
        # One page among others: its shortcuts work only while it has the focus.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.add_answer_action = self._action(
            "addAnswerAction", self.tr("&Add an answer…"), "answer-add", self.add_answer
        )
        self.import_answer_action = self._action(
            "importAnswerAction",
            self.tr("&Import an answer (.eml)…"),
            "answer-import",
            self.import_answer,
        )
        self.send_now_action = self._action(
            "sendNowAction", self.tr("&Send now"), "send", self.send_now
        )
        self.send_now_action.setToolTip(
            self.tr("Send the requests waiting to be sent, as set in the settings")
        )
        self.continue_draft_action = self._action(
            "continueDraftAction", self.tr("&Continue the draft"), "draft-edit", self.continue_draft
        )
        self.delete_draft_action = self._action(
            "deleteDraftAction", self.tr("&Delete the draft"), "draft-delete", self.delete_draft
        )
        # Return and Delete act on the table's row only: in the search field they edit text.
        for action, key in (
            (self.continue_draft_action, QKeySequence(Qt.Key.Key_Return)),
            (self.delete_draft_action, QKeySequence(QKeySequence.StandardKey.Delete)),
        ):
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.refresh_action = self._action(
            "refreshEchangesAction", self.tr("Re&fresh"), "refresh", self.refresh
        )
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.setToolTip(self.tr("Read the list again (F5)"))

    def _selection_actions(self) -> list[QAction]:
        return [
            self.continue_draft_action,
            self.delete_draft_action,
            self.add_answer_action,
        ]

    def _build_filters(self) -> QHBoxLayout:
        self.search = SearchField(
            "echangesSearch",
            self.tr("Search the reference, theme, motif…"),
            self.tr("Search the échanges"),
        )
        self.search.searched.connect(self.refresh)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("echangesStatusFilter")
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("All statuses"), ALL_STATUSES)
        for code, label in status_labels().items():
            self.status_filter.addItem(label, code)
        self.status_filter.currentIndexChanged.connect(lambda _index: self.refresh())
        status_label = QLabel(self.tr("S&tatus:"))
        status_label.setBuddy(self.status_filter)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(status_label)
        row.addWidget(self.status_filter)
        return row

    def _build_table(self) -> QTableView:
        table = echanges_table(self.model)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.customContextMenuRequested.connect(self._context_menu)
        table.doubleClicked.connect(lambda _index: self._open_current())
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.addAction(self.continue_draft_action)
        table.addAction(self.delete_draft_action)
        return table

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.tr("Échange actions"))
        toolbar.setObjectName("echangesToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.send_now_action)
        toolbar.addSeparator()
        toolbar.addAction(self.add_answer_action)
        toolbar.addAction(self.import_answer_action)
        toolbar.addAction(self.continue_draft_action)
        toolbar.addAction(self.delete_draft_action)
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)
        labels_while_they_fit(toolbar)
        return toolbar

    # --- loading ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.refresh()

    def refresh(self) -> None:
        """Read the list again off the GUI thread (with the search and status as they stand);
        `loaded` says when it is shown."""
        self.search.cancel_pending()
        if self.loader.busy:
            self._reload_wanted = True
            return
        self._reload_wanted = False
        store, user, catalogue = self._store, self._user, self._catalogue
        search = self.search.text()
        status = self.status_filter.currentData() or None

        def work() -> tuple[Catalogue | None, list[EchangeRow]]:
            rows = list_echanges(store, user, search, status)
            try:
                known = catalogue or load_catalogue()
            except UserError:  # fields then show their keys: the list still reads
                known = None
            return known, rows

        self.loader.run(work, self._listed)

    def _listed(self, result: tuple[Catalogue | None, list[EchangeRow]]) -> None:
        catalogue, rows = result
        self._catalogue = self._catalogue or catalogue
        keep: int | str | None = self._select_after
        if keep is None:
            keep = self.selected_id()
        self._select_after = None
        self.model.set_rows(rows)
        number = None
        if isinstance(keep, int):
            number = self.model.row_of(keep)
        elif isinstance(keep, str):
            number = self.model.row_of_reference(keep)
        if number is not None:
            self.table.selectRow(number)
            self.table.scrollTo(self.model.index(number, 0))
        else:
            self._selection_changed()
        self._update_status()

    def _load_refused(self, message: str) -> None:
        self.message_bar.show_message(
            self.tr("The échanges could not be read: {error}").format(error=message), ERROR
        )

    def _load_ended(self) -> None:
        if self._reload_wanted:
            self.refresh()
            return
        self._update_actions()
        self.loaded.emit()

    def _update_status(self) -> None:
        count = self.model.rowCount()
        if count:
            text = self.tr("%Ln échange(s)", "", count)
        elif self.search.text().strip() or self.status_filter.currentData():
            text = self.tr("No échange matches this search.")
        else:
            text = self.tr("No échange yet: write to the funds with “New request”.")
        self.status.setText(text)

    # --- selection and detail ---------------------------------------------------------------

    def selected_row(self) -> EchangeRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row else None

    def select_echange(self, echange_id: int) -> bool:
        number = self.model.row_of(echange_id)
        if number is None:
            return False
        self.table.selectRow(number)
        return True

    def _selection_changed(self) -> None:
        self._update_actions()
        echange_id = self.selected_id()
        self._detail_wanted = echange_id
        if echange_id is None:
            self.detail.show_placeholder()
            return
        self._load_detail()

    def _load_detail(self) -> None:
        wanted = self._detail_wanted
        if wanted is None or self.detail_loader.busy:
            return
        self._detail_asked = wanted
        store, user = self._store, self._user
        self.detail_loader.run(lambda: echange_detail(store, user, wanted), self._detail_read)

    def _detail_read(self, detail: EchangeDetail) -> None:
        if detail.row.id == self._detail_wanted:
            self.detail.show_detail(detail, self._catalogue)

    def _detail_refused(self, message: str) -> None:
        if self._detail_asked == self._detail_wanted:
            self.detail.show_placeholder(message)

    def _detail_ended(self) -> None:
        if self._detail_wanted is not None and self._detail_wanted != self._detail_asked:
            self._load_detail()  # the selection moved on while this one was read
            return
        self.detail_loaded.emit()

    def _update_actions(self) -> None:
        row = self.selected_row()
        busy = self.changer.busy
        draft = row is not None and row.status == STATUS_BROUILLON
        self.continue_draft_action.setVisible(draft)
        self.delete_draft_action.setVisible(draft)
        self.continue_draft_action.setEnabled(draft and not busy)
        self.delete_draft_action.setEnabled(draft and not busy)
        self.add_answer_action.setVisible(not draft)
        self.add_answer_action.setEnabled(row is not None and row.status in ANSWERABLE and not busy)
        self.import_answer_action.setEnabled(not busy)
        self.send_now_action.setEnabled(not self.sending.busy)

    def _context_menu(self, position: QPoint) -> None:
        if not self.table.indexAt(position).isValid():
            return
        menu = QMenu(self)
        menu.setObjectName("echangesContextMenu")
        for action in self._selection_actions():
            if action.isVisible():
                menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _open_current(self) -> None:
        row = self.selected_row()
        if row is not None and row.status == STATUS_BROUILLON:
            self.draft_requested.emit(row.id)

    # --- actions ----------------------------------------------------------------------------

    def _run(
        self, work: Callable[[], Any], done: Callable[[Any], str], select: int | None = None
    ) -> None:
        """Run a use case; then say `done(result)` and read the list again, with the échange
        `select` (or the one whose reference the use case returned) selected."""
        if self.changer.busy:
            return

        def succeeded(result: Any) -> None:
            self.message_bar.show_message(done(result), INFO)
            self._select_after = select if select is not None else result
            self.refresh()

        self.changer.run(work, succeeded)
        self._update_actions()

    def add_answer(self) -> None:
        row = self.selected_row()
        if row is None or row.status not in ANSWERABLE:
            return
        text = self._ask_answer(row.reference)
        if not text:
            return
        store, clock, user, echange_id = self._store, self._clock, self._user, row.id
        done = self.tr("The answer was attached to {reference}.")
        self._run(
            lambda: record_answer(store, clock, user, echange_id, text),
            lambda _result: done.format(reference=row.reference),
            select=echange_id,
        )

    def _ask_answer(self, reference: str) -> str:
        """The pasted answer, or "" when the user cancels."""
        dialog = AnswerDialog(reference, self)
        accepted = dialog.exec()
        text = dialog.answer()
        dialog.deleteLater()
        return text if accepted else ""

    def import_answer(self) -> None:
        chosen = self._ask_eml_file()
        if not chosen:
            return
        path = Path(chosen)
        store, clock, user = self._store, self._clock, self._user
        unreadable = self.tr("The file {file} could not be read: {reason}")
        too_large = self.tr("The file {file} is too large to be an answer.")

        def work() -> str:
            try:
                if path.stat().st_size > MAX_EML_BYTES:
                    raise UserError(too_large.format(file=path.name))
                content = path.read_bytes()
            except OSError as error:
                reason = error.strerror or type(error).__name__
                raise UserError(unreadable.format(file=path.name, reason=reason)) from None
            return import_answer(store, clock, user, content)

        done = self.tr("The answer in {file} was attached to {reference}.")
        self._run(work, lambda reference: done.format(file=path.name, reference=reference))

    def _ask_eml_file(self) -> str:
        """The chosen .eml file's path, or "" when the user cancels."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import an answer"),
            "",
            self.tr("E-mail messages (*.eml);;All files (*)"),
        )
        return chosen

    def continue_draft(self) -> None:
        self._open_current()

    def delete_draft(self) -> None:
        row = self.selected_row()
        if row is None or row.status != STATUS_BROUILLON or self.changer.busy:
            return
        if not self._confirm_delete(row):
            return
        store, user, draft_id = self._store, self._user, row.id
        done = self.tr("The draft {reference} was deleted.")
        self._run(
            lambda: discard_draft(store, user, draft_id),
            lambda _result: done.format(reference=row.reference),
        )

    def _confirm_delete(self, row: EchangeRow) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete the draft"),
            self.tr("Delete the draft {reference} ({subject})? It cannot be brought back.").format(
                reference=row.reference, subject=row.sous_motif or "—"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _refused(self, message: str) -> None:
        self.message_bar.show_message(message, ERROR)

    def _change_ended(self) -> None:
        self._update_actions()
        self.change_finished.emit()

    # --- sending ----------------------------------------------------------------------------

    def can_send(self) -> bool:
        """A recipient is set: a request can leave as soon as it is submitted."""
        return bool(self._settings.contact_recipient)

    def send_now(self) -> None:
        self.sending.send(self._user.structure_id)

    def _sending_started(self) -> None:
        self._update_actions()
        self.message_bar.show_message(self.tr("Sending the requests…"), INFO)

    def _sending_refused(self, message: str) -> None:
        self._update_actions()
        self.message_bar.show_message(message, ERROR)
        self.change_finished.emit()

    def _sent(self, report: SendReport) -> None:
        self._update_actions()
        text, kind = self._report_text(report)
        self.message_bar.show_message(text, kind)
        self.refresh()
        self.change_finished.emit()

    def _report_text(self, report: SendReport) -> tuple[str, str]:
        if not report.sent and not report.failed:
            return self.tr("No request was waiting to be sent."), INFO
        lines = []
        if report.sent:
            if self._settings.send_method == SEND_BY_OUTBOX:
                lines.append(
                    self.tr(
                        "%n request(s) written to the folder {folder}, ready to send or "
                        "upload: {references}.",
                        "",
                        len(report.sent),
                    ).format(
                        folder=self._settings.outbox_folder,
                        references=", ".join(report.sent),
                    )
                )
            else:
                lines.append(
                    self.tr("%n request(s) sent: {references}.", "", len(report.sent)).format(
                        references=", ".join(report.sent)
                    )
                )
        if report.failed:
            lines.append(
                self.tr("%n request(s) not sent; they stay to send:", "", len(report.failed))
            )
            lines.extend(
                self.tr("• {reference}: {reason}").format(reference=reference, reason=reason)
                for reference, reason in report.failed
            )
        return "\n".join(lines), (WARNING if report.sent else ERROR) if report.failed else INFO
