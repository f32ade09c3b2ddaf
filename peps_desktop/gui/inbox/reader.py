"""The reader of Vos courriers: a courrier's details beside its PDF.

It stands alone in place of the list, or sits in the list's reading pane (`embedded`). Its
archive, assign and previous/next actions are asked of whoever shows it (`asked`), which
owns the list and its use cases; the reader only shows.

Opening the courrier (rights checked, marked read) and reading its document (verified) run
off the GUI thread; the PDF is then loaded from memory into QtPdf. A missing or damaged
document leaves the details shown with a message in the bar: nothing here reaches the user
as a crash. Copies (Save as, open with another application) are written off the GUI thread
too: the target may be a slow network share.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.courriers.reading import (
    OpenedCourrier,
    document_file_name,
    open_courrier,
    prune_viewing_copies,
    read_document,
    save_document_copy,
    viewing_copy,
)
from peps_desktop.core.shared.clock import Clock
from peps_desktop.errors import UserError
from peps_desktop.gui.inbox import words
from peps_desktop.gui.inbox.pdf_controls import PdfControls
from peps_desktop.gui.shared.message_bar import ERROR, INFO, WARNING, MessageBar
from peps_desktop.gui.shared.resources import icon
from peps_desktop.gui.shared.tasks import TaskRunner
from peps_desktop.store import Store

STYLE = """
#readerDetails { background: white; border: 1px solid #d0d7e2; border-radius: 6px; }
#readerDetails QLabel { color: #1f2933; }
#readerDetails QLabel[field="true"] { color: #5a6470; }
#readerObjet { color: #1b3a6b; font-size: 15px; font-weight: bold; }
#readerToolbar { border: none; spacing: 4px; }
#readerToolbar QToolButton { padding: 4px 8px; border-radius: 4px; }
#readerToolbar QToolButton:hover { background: #e6edf7; }
#readerPlaceholder { background: #eef2f8; color: #5a6470; border: 1px solid #d0d7e2;
                     border-radius: 6px; padding: 24px; }
#pdfView { border: 1px solid #d0d7e2; }
#pdfView:focus { border: 2px solid #1b5fbf; }
#readerPageBar QLabel { color: #5a6470; }
"""
DETAILS_WIDTH = 280
# Under the system's temporary folder: copies handed to the default PDF application.
VIEWING_FOLDER = "peps-desktop-courriers"
# Long enough for the other application to have read its copy.
VIEWING_COPY_KEEP_SECONDS = 24 * 3600
PDF_PAGE, PLACEHOLDER_PAGE = 0, 1
QWIDGETSIZE_MAX = (1 << 24) - 1
# What the reader asks of whoever shows it, with the courrier shown.
ARCHIVE, UNARCHIVE, ASSIGN, PREVIOUS, NEXT = "archive", "unarchive", "assign", "previous", "next"


@dataclass(frozen=True)
class _Loaded:
    """What the worker hands back: the opened courrier, its bytes or why there are none."""

    opened: OpenedCourrier
    content: bytes | None
    problem: str | None


def _open_and_read(store: Store, clock: Clock, user: SignedIn, courrier_id: int) -> _Loaded:
    opened = open_courrier(store, clock, user, courrier_id)  # refusal: nothing to show
    try:
        return _Loaded(opened, read_document(opened), None)
    except UserError as problem:  # opened and read all the same: the details still show
        return _Loaded(opened, None, str(problem))


def _day(value: dt.date | None) -> str:
    return words.french_date(value) if value else "—"


class CourrierReader(QWidget):
    opened = Signal(int)  # the courrier is open and marked read for the user
    back_requested = Signal()
    # ARCHIVE, UNARCHIVE, ASSIGN, PREVIOUS or NEXT, and the courrier shown.
    asked = Signal(str, int)
    # For whoever waits: an opening ended, shown or refused.
    loaded = Signal()

    def __init__(
        self, store: Store, clock: Clock, user: SignedIn, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("courrierReader")
        self.setStyleSheet(STYLE)
        self._store = store
        self._clock = clock
        self._user = user
        self.current: OpenedCourrier | None = None
        self._content: bytes | None = None
        self._wanted: int | None = None  # the courrier to show: the latest asked for
        self._loading: int | None = None  # the courrier being opened
        self._neighbours = (False, False)  # a courrier before, after it in the list
        # Whether the user may change a courrier of this service; the core has the last word.
        self.may_modify: Callable[[str], bool] = lambda _service: True
        self._details_beside = True

        self.loader = TaskRunner(self)
        self.loader.refused.connect(self._open_refused)
        self.loader.finished.connect(self._open_ended)
        self.copier = TaskRunner(self)
        self.copier.refused.connect(self._copy_refused)
        self.copier.started.connect(self._update_actions)
        self.copier.finished.connect(self._update_actions)

        self.document = QPdfDocument(self)
        # A child of the document: it outlives it, as QtPdf reads from it on demand.
        self._buffer = QBuffer(self.document)

        self.message_bar = MessageBar("readerMessage")
        layout = self._page_layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self._build_toolbar())
        layout.addWidget(self.message_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("readerSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.details_scroll = QScrollArea()
        self.details_scroll.setObjectName("readerDetailsScroll")
        self.details_scroll.setAccessibleName(self.tr("The courrier's details"))
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # as every scroll area
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A short reading pane scrolls the details rather than squeezing them.
        self.details_scroll.setWidget(self._build_details())
        self.details_scroll.setFixedWidth(DETAILS_WIDTH)
        self.splitter.addWidget(self.details_scroll)
        self.splitter.addWidget(self._build_pages())
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        self._update_actions()

    def set_embedded(self, details_beside: bool) -> None:
        """In the list's reading pane: no way back, the list's own keys for its actions, and
        the details above the document when the pane is narrow."""
        self._page_layout.setContentsMargins(0, 0, 0, 0)
        self.back_action.setVisible(False)
        self.back_action.setEnabled(False)
        for action in (self.archive_action, self.unarchive_action, self.assign_action):
            action.setShortcut(QKeySequence())  # the list's same shortcuts act on it
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        # Icons closer together: the pane beside the list may be 300 pixels wide.
        self.toolbar.setStyleSheet("QToolButton { padding: 2px 3px; }")
        self.set_details_beside(details_beside)

    def set_details_beside(self, beside: bool) -> None:
        if beside:
            self.splitter.setOrientation(Qt.Orientation.Horizontal)
            self.details_scroll.setFixedWidth(DETAILS_WIDTH)
        else:
            self.splitter.setOrientation(Qt.Orientation.Vertical)
            self.details_scroll.setMinimumWidth(0)
            self.details_scroll.setMaximumWidth(QWIDGETSIZE_MAX)
        self._details_beside = beside
        self._fit_details()

    def _fit_details(self) -> None:
        """Above the document, the details take the height they need and no more."""
        layout = self.details.layout()
        if self._details_beside or not self.isVisible() or layout is None:
            return
        needed = layout.totalHeightForWidth(self.splitter.width())
        self.splitter.setSizes([needed, max(self.splitter.height() - needed, 1)])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_details()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_details()

    # --- building ------------------------------------------------------------------------

    def _build_toolbar(self) -> QToolBar:
        self.back_action = QAction(icon("back"), self.tr("Back"), self)
        self.back_action.setObjectName("readerBack")
        self.back_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.back_action.setToolTip(self.tr("Back to the list (Esc)"))
        self.back_action.triggered.connect(self.back_requested)
        self.save_action = QAction(icon("save"), self.tr("Save as…"), self)
        self.save_action.setObjectName("readerSaveAs")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setToolTip(self.tr("Save a copy of the document (Ctrl+S)"))
        self.save_action.triggered.connect(self.save_as)
        self.external_action = QAction(
            icon("open-external"), self.tr("Open with the default application"), self
        )
        self.external_action.setObjectName("readerOpenExternally")
        self.external_action.triggered.connect(self.open_externally)
        self.previous_action = self._asking(
            PREVIOUS, "readerPrevious", self.tr("Previous courrier"), "previous", "Ctrl+,"
        )
        self.next_action = self._asking(
            NEXT, "readerNext", self.tr("Next courrier"), "next", "Ctrl+."
        )
        self.archive_action = self._asking(
            ARCHIVE, "readerArchive", self.tr("&Archive"), "archive", "Ctrl+E"
        )
        self.unarchive_action = self._asking(
            UNARCHIVE, "readerUnarchive", self.tr("&Unarchive"), "unarchive", "Ctrl+Shift+E"
        )
        self.assign_action = self._asking(
            ASSIGN, "readerAssign", self.tr("Assign &to…"), "assign", "Ctrl+Shift+T"
        )
        toolbar = QToolBar(self.tr("Courrier actions"))
        toolbar.setObjectName("readerToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar = toolbar
        for action in (
            self.back_action,
            None,
            self.previous_action,
            self.next_action,
            None,
            self.archive_action,
            self.unarchive_action,
            self.assign_action,
            None,
            self.save_action,
            self.external_action,
        ):
            if action is None:
                toolbar.addSeparator()
                continue
            # Only while the reader has the focus: the inbox beside it has its own keys.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            toolbar.addAction(action)
        # The icon says it (and the tooltip): room for the others at 1024 pixels wide.
        for action in (self.previous_action, self.next_action, self.external_action):
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        return toolbar

    def _asking(self, what: str, name: str, text: str, icon_name: str, shortcut: str) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        key = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{action.iconText()} ({key})")
        action.triggered.connect(lambda: self._ask(what))
        return action

    def _ask(self, what: str) -> None:
        if what in (PREVIOUS, NEXT):  # from the courrier asked for, even while it opens
            if self._wanted is not None:
                self.asked.emit(what, self._wanted)
        elif self.current is not None and not self.loader.busy:
            self.asked.emit(what, self.current.row.id)

    def set_neighbours(self, previous: bool, following: bool) -> None:
        """Whether the list has a courrier before and after the one shown."""
        self._neighbours = (previous, following)
        self._update_actions()

    def _value(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # objet and reference come from outside
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _build_details(self) -> QFrame:
        details = QFrame()
        self.details = details
        details.setObjectName("readerDetails")
        self.objet_label = self._value("readerObjet")
        self.service_label = self._value("readerService")
        self.type_label = self._value("readerType")
        self.reference_label = self._value("readerReference")
        self.recu_le_label = self._value("readerRecuLe")
        self.echeance_label = self._value("readerEcheance")
        self.montant_label = self._value("readerMontant")
        self.action_label = self._value("readerActionRequise")
        self.assigned_label = self._value("readerAssignedTo")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setVerticalSpacing(10)
        for field, value in (
            (self.tr("Fund"), self.service_label),
            (self.tr("Type"), self.type_label),
            (self.tr("Reference"), self.reference_label),
            (self.tr("Received on"), self.recu_le_label),
            (self.tr("Due date"), self.echeance_label),
            (self.tr("Amount"), self.montant_label),
            (self.tr("Action required"), self.action_label),
            (self.tr("Assigned to"), self.assigned_label),
        ):
            name = QLabel(field)
            name.setProperty("field", True)
            form.addRow(name, value)
        column = QVBoxLayout(details)
        column.setContentsMargins(16, 16, 16, 16)
        column.setSpacing(14)
        column.addWidget(self.objet_label)
        column.addLayout(form)
        column.addStretch()
        return details

    def _build_pages(self) -> QStackedWidget:
        self.pdf_view = QPdfView()
        self.pdf_view.setObjectName("pdfView")
        self.pdf_view.setAccessibleName(self.tr("The courrier's document"))
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setDocument(self.document)
        self.placeholder = QLabel()
        self.placeholder.setObjectName("readerPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.setObjectName("readerPages")
        self.pages.addWidget(self._with_page_bar(self.pdf_view))
        self.pages.addWidget(self.placeholder)
        return self.pages

    def _with_page_bar(self, view: QPdfView) -> QWidget:
        self.pdf_controls = PdfControls(view, self.document)
        for action in self.pdf_controls.actions():
            self.addAction(action)
        self.document_page = self.pdf_controls.with_page_bar()
        return self.document_page

    # --- opening -------------------------------------------------------------------------

    @property
    def shown_id(self) -> int | None:
        """The courrier shown, or on its way."""
        return self._wanted

    def open(self, courrier_id: int) -> None:
        """Open the courrier off the GUI thread; the latest asked for wins: one opening at a
        time, and those asked for meanwhile but overtaken are never opened."""
        self._wanted = courrier_id
        if self.loader.busy:
            return  # opened when the one under way ends
        self._loading = courrier_id
        self._clear()
        self._show_placeholder(self.tr("Opening the courrier…"))
        store, clock, user = self._store, self._clock, self._user
        self.loader.run(
            lambda: _open_and_read(store, clock, user, courrier_id), self._open_succeeded
        )

    def show_nothing(self, text: str) -> None:
        """No courrier (none or several chosen): an opening under way is not shown."""
        self._wanted = None
        self._clear()
        self._show_placeholder(text)

    def _open_succeeded(self, loaded: _Loaded) -> None:
        self.opened.emit(loaded.opened.row.id)
        if self._wanted != self._loading:
            return  # another courrier (or none) was asked for meanwhile
        self.current = loaded.opened
        self._show_details(loaded.opened)
        if loaded.content is None:
            self._document_unavailable(loaded.problem or "")
        else:
            self._show_document(loaded.content)

    def _open_refused(self, message: str) -> None:
        if self._wanted == self._loading:
            self._clear()
            self._show_placeholder(self.tr("This courrier cannot be shown."))
            self.message_bar.show_message(message, ERROR)

    def _open_ended(self) -> None:
        loading, self._loading = self._loading, None
        if self._wanted is not None and self._wanted != loading:
            self.open(self._wanted)
            return
        self._update_actions()
        self.loaded.emit()

    def _clear(self) -> None:
        self.current = None
        self._content = None
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())
        if self.message_bar.kind != INFO:  # a confirmation (« archived ») outlives the move on
            self.message_bar.hide()
        for label in (
            self.objet_label,
            self.service_label,
            self.type_label,
            self.reference_label,
            self.recu_le_label,
            self.echeance_label,
            self.montant_label,
            self.action_label,
            self.assigned_label,
        ):
            label.clear()
        self._update_actions()

    def _show_details(self, opened: OpenedCourrier) -> None:
        row = opened.row
        self.objet_label.setText(row.objet)
        self.service_label.setText(row.service)
        self.type_label.setText(words.type_label(row.type))
        self.reference_label.setText(row.reference)
        self.recu_le_label.setText(_day(row.recu_le))
        self.echeance_label.setText(_day(row.echeance))
        self.montant_label.setText(self._amount(row.montant))
        self.action_label.setText(self.tr("Yes") if row.action_requise else self.tr("No"))
        self.assigned_label.setText(row.assigned_name or row.assigned_to or self.tr("Nobody"))
        self._fit_details()

    def _amount(self, montant: Decimal | None) -> str:
        if montant is None:
            return "—"
        return words.euros(montant)

    def _show_document(self, content: bytes) -> None:
        self._buffer.setData(QByteArray(content))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)  # from memory: QtPdf parses it at once
        # The header was checked in core; QtPdf still refuses what it cannot parse.
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            self.document.close()
            self._document_unavailable(
                self.tr(
                    "The document of this courrier cannot be displayed: it is damaged or not "
                    "a valid PDF. Ask your administrator to import it again."
                )
            )
            return
        self._content = content
        self.pages.setCurrentIndex(PDF_PAGE)
        self.pdf_controls.show_first_page()  # a new courrier starts at its top
        self._update_actions()

    def _document_unavailable(self, message: str) -> None:
        self._show_placeholder(self.tr("No document to show."))
        self.message_bar.show_message(message, WARNING)
        self._update_actions()

    def _show_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)
        self.pages.setCurrentIndex(PLACEHOLDER_PAGE)

    def _update_actions(self) -> None:
        ready = self._content is not None and not self.copier.busy and not self.loader.busy
        self.save_action.setEnabled(ready)
        self.external_action.setEnabled(ready)
        shown = self.current if not self.loader.busy else None
        archived = shown is not None and shown.row.archived
        modifiable = shown is not None and self.may_modify(shown.row.service)
        self.archive_action.setVisible(not archived)
        self.unarchive_action.setVisible(archived)
        for action in (self.archive_action, self.unarchive_action, self.assign_action):
            action.setEnabled(modifiable)
        previous, following = self._neighbours
        self.previous_action.setEnabled(self._wanted is not None and previous)
        self.next_action.setEnabled(self._wanted is not None and following)

    # --- copies --------------------------------------------------------------------------

    def save_as(self) -> None:
        opened = self.current
        if opened is None or self._content is None or self.copier.busy:
            return
        target = self._ask_save_path(document_file_name(opened.row))
        if target is None:
            return
        if not target.suffix:
            target = target.with_suffix(".pdf")
        self.copier.run(
            lambda: save_document_copy(opened, target),
            lambda _: self.message_bar.show_message(
                self.tr("Document saved to {path}.").format(path=target), INFO
            ),
        )

    def open_externally(self) -> None:
        opened = self.current
        if opened is None or self._content is None or self.copier.busy:
            return
        folder = self._viewing_folder()

        def copy() -> Path:
            prune_viewing_copies(folder, time.time(), VIEWING_COPY_KEEP_SECONDS)
            return viewing_copy(opened, folder)

        self.copier.run(copy, self._hand_over)

    def _copy_refused(self, message: str) -> None:
        self.message_bar.show_message(message, ERROR)

    def _hand_over(self, path: Path) -> None:
        if not self._open_url(QUrl.fromLocalFile(str(path))):
            self.message_bar.show_message(
                self.tr(
                    "No application could open the document. A copy is available at {path}."
                ).format(path=path),
                WARNING,
            )

    # --- overridable in tests ------------------------------------------------------------

    def _ask_save_path(self, suggested: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the courrier's document"),
            str(Path(folder) / suggested),
            self.tr("PDF documents (*.pdf)"),
        )
        return Path(chosen) if chosen else None

    def _open_url(self, url: QUrl) -> bool:
        return QDesktopServices.openUrl(url)

    @staticmethod
    def _viewing_folder() -> Path:
        temporary = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)
        return Path(temporary) / VIEWING_FOLDER
