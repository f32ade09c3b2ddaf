"""Revue des comptes: decide for every account, then apply everything at once.

The view resumes the structure's open review, or offers to start one. Every decision is saved
when it is made; nothing changes on the accounts until « Appliquer », which asks for a
confirmation and a code of the administrator's authenticator app. Loading, applying and
exporting run off the GUI thread.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.accounts.review import (
    DECISION_CONSERVER,
    DECISION_JE_NE_SAIS_PAS,
    DECISION_SUPPRIMER,
    RecordedDecision,
    ReviewOutcome,
    ReviewSchedule,
    ReviewState,
    apply_review,
    current_review,
    decide,
    decide_as_recommended,
    decision_label,
    review_schedule,
    start_review,
)
from peps_desktop.core.accounts.review_report import review_report
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import Clock
from peps_desktop.errors import UserError
from peps_desktop.gui.accounts.back_button import back_to_accounts
from peps_desktop.gui.accounts.code_prompt import CodePrompt
from peps_desktop.gui.accounts.review.core_actions import CoreActions
from peps_desktop.gui.accounts.review.decision_page import DecisionPage
from peps_desktop.gui.accounts.review.model import (
    LOGIN_ROLE,
    ReviewFilterModel,
    ReviewTableModel,
)
from peps_desktop.gui.accounts.review.pages import DonePage, LoadingPage, StartPage
from peps_desktop.gui.accounts.review.style import STYLE
from peps_desktop.gui.shared.workers import Job, start
from peps_desktop.reports.review import CSV_SUFFIX, PDF_SUFFIX, write_report
from peps_desktop.store import Store


class ReviewView(QWidget):
    """The account review of the signed-in administrator's structure."""

    # The loaded review (ReviewState), or None when none is open.
    loaded = Signal(object)
    # The review was applied: the ReviewOutcome (the lead refreshes the dashboard, and signs
    # out when outcome.actor_deleted).
    applied = Signal(object)
    # A report was written: its path.
    exported = Signal(object)
    # « Gestion des comptes », the page the review is reached from.
    back_requested = Signal()

    def __init__(
        self, store: Store, clock: Clock, user: SignedIn, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewView")
        self.setStyleSheet(STYLE)
        self.store = store
        self.clock = clock
        self.user = user
        self.state: ReviewState | None = None
        self.schedule: ReviewSchedule | None = None
        self._jobs: set[Job] = set()
        self._loaded_once = False

        self.model = ReviewTableModel(CoreActions(self), self)
        self.model.failed.connect(self.show_error)
        self.model.progress_changed.connect(self._show_progress)
        self.proxy = ReviewFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.back_button = back_to_accounts("reviewBackButton")
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel(self.tr("Account review"))
        self.title.setObjectName("reviewTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("reviewSubtitle")
        self.subtitle.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.setObjectName("reviewPages")
        self.loading_page = LoadingPage()
        self.start_page = StartPage()
        self.start_page.start_requested.connect(self.start)
        self.review_page = DecisionPage(self.proxy)
        self.review_page.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.model.dataChanged.connect(lambda *_args: self._show_details())
        self.review_page.search_edit.textChanged.connect(self.proxy.set_text)
        self.review_page.filter_combo.currentIndexChanged.connect(self._filter_changed)
        self.done_page = DonePage()
        self.done_page.export_requested.connect(self.export)
        for page in (self.loading_page, self.start_page, self.review_page, self.done_page):
            self.pages.addWidget(page)
        self.error_label = QLabel()
        self.error_label.setObjectName("reviewError")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setObjectName("reviewStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        heading = QHBoxLayout()
        heading.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignVCenter)
        heading.addSpacing(8)
        heading.addWidget(self.title, 1)
        layout.addLayout(heading)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)
        self._build_actions()

    # --- building ------------------------------------------------------------------------------

    def _action(
        self, name: str, text: str, shortcut: QKeySequence, slot: Callable[[], None]
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _show_details(self, *_args: object) -> None:
        """The current account in full under the table (rights, state, why the advice)."""
        table = self.review_page.table
        current = self.proxy.mapToSource(table.currentIndex())
        if not current.isValid():
            self.review_page.details_label.setText(
                self.tr(
                    "Select an account to see its rights, its activity and the reason of "
                    "the recommendation."
                )
            )
            return
        self.review_page.details_label.setText(self.model.details(self.model.row_at(current.row())))

    def _build_actions(self) -> None:
        def bulk(decision: str) -> Callable[[], None]:
            return lambda: self.decide_selected(decision)

        def key(text: str) -> QKeySequence:
            return QKeySequence(text)

        self.keep_action = self._action(
            "keepAction", self.tr("Keep and renew"), key("Alt+1"), bulk(DECISION_CONSERVER)
        )
        self.delete_action = self._action(
            "deleteAction", self.tr("Delete"), key("Alt+2"), bulk(DECISION_SUPPRIMER)
        )
        self.unsure_action = self._action(
            "unsureAction", self.tr("I don't know"), key("Alt+3"), bulk(DECISION_JE_NE_SAIS_PAS)
        )
        self.recommended_action = self._action(
            "recommendedAction",
            self.tr("Follow the recommendation"),
            key("Alt+4"),
            self.follow_recommendation,
        )
        self.search_action = self._action(
            "searchAction",
            self.tr("Search"),
            QKeySequence(QKeySequence.StandardKey.Find),
            self._search,
        )
        self.apply_action = self._action(
            "applyAction", self.tr("Apply the review"), key("Ctrl+Return"), self.apply
        )
        self.pdf_action = self._action(
            "exportPdfAction",
            self.tr("Export PDF"),
            key("Ctrl+P"),
            lambda: self.export(PDF_SUFFIX),
        )
        self.csv_action = self._action(
            "exportCsvAction",
            self.tr("Export CSV"),
            key("Ctrl+E"),
            lambda: self.export(CSV_SUFFIX),
        )
        for button, action, hint in (
            (
                self.review_page.keep_button,
                self.keep_action,
                self.tr("Keep and renew for 18 months"),
            ),
            (
                self.review_page.delete_button,
                self.delete_action,
                self.tr("Delete when the review is applied"),
            ),
            (
                self.review_page.unsure_button,
                self.unsure_action,
                self.tr("Keep as it is, and record that you do not know"),
            ),
            (
                self.review_page.recommended_button,
                self.recommended_action,
                self.tr("Expired accounts are left for you to decide"),
            ),
            (
                self.review_page.pdf_button,
                self.pdf_action,
                self.tr("Write the review report as a PDF"),
            ),
            (
                self.review_page.csv_button,
                self.csv_action,
                self.tr("Write the review report as CSV"),
            ),
            (
                self.review_page.apply_button,
                self.apply_action,
                self.tr("Apply every decision at once"),
            ),
        ):
            button.clicked.connect(action.trigger)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{hint} ({shortcut})")

    # --- loading -------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self._loaded_once = True
            self.reload()

    def campaign_id(self) -> int:
        if self.state is None:
            raise UserError(self.tr("No account review is open."))
        return self.state.campaign_id

    def _run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        job = Job(work)
        self._jobs.add(job)

        def finish(result: Any) -> None:
            self._jobs.discard(job)
            self._set_busy(False)
            done(result)

        def fail(error: Exception) -> None:
            self._jobs.discard(job)
            self._set_busy(False)
            (failed or self._show_failure)(error)

        job.signals.done.connect(finish)
        job.signals.failed.connect(fail)
        self._set_busy(True)
        start(job)

    def is_busy(self) -> bool:
        return bool(self._jobs)

    def _set_busy(self, busy: bool) -> None:
        # Buttons only: disabling the table would take the keyboard focus away from it.
        for widget in (
            self.start_page.start_button,
            self.review_page.keep_button,
            self.review_page.delete_button,
            self.review_page.unsure_button,
            self.review_page.recommended_button,
            self.review_page.pdf_button,
            self.review_page.csv_button,
            self.done_page.pdf_button,
            self.done_page.csv_button,
        ):
            widget.setEnabled(not busy)
        if busy:
            self.review_page.apply_button.setEnabled(False)
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self._show_progress(*self.model.progress())
            self.unsetCursor()

    def reload(self) -> None:
        """Resume the open review if there is one; otherwise offer to start one."""
        store, clock, user = self.store, self.clock, self.user
        self.pages.setCurrentWidget(self.loading_page)
        self._run(
            lambda: (current_review(store, clock, user), review_schedule(store, clock, user)),
            self._show_loaded,
        )

    def start(self) -> None:
        store, clock, user = self.store, self.clock, self.user
        self._run(
            lambda: (start_review(store, clock, user), review_schedule(store, clock, user)),
            self._show_loaded,
        )

    def _show_loaded(self, loaded: tuple[ReviewState | None, ReviewSchedule]) -> None:
        self.state, self.schedule = loaded
        self.error_label.setVisible(False)
        if self.state is None:
            self._show_start_page()
        else:
            self.model.set_rows(self.state.rows)
            self.subtitle.setText(
                self.tr(
                    "Started on {date} by {login}. Your decisions are saved as you make them; "
                    "nothing changes on the accounts until you apply the review."
                ).format(
                    date=self.state.started_at.strftime("%d/%m/%Y"),
                    login=self.state.started_by_name or self.state.started_by_login,
                )
            )
            self.pages.setCurrentWidget(self.review_page)
            self.review_page.table.setFocus()
            self._show_details()
        self.loaded.emit(self.state)

    def _show_start_page(self) -> None:
        self.subtitle.setText(self.tr("No review is in progress."))
        self.start_page.show_schedule(self.schedule)
        self.pages.setCurrentWidget(self.start_page)
        self.start_page.start_button.setFocus()

    def _show_progress(self, decided: int, total: int) -> None:
        self.review_page.show_progress(decided, total)

    # --- deciding ------------------------------------------------------------------------------

    def selected_logins(self) -> list[str]:
        rows = self.review_page.table.selectionModel().selectedRows()
        return [str(self.proxy.data(index, LOGIN_ROLE)) for index in rows]

    def _selection_or_warn(self) -> list[str]:
        logins = self.selected_logins()
        if not logins:
            self.show_error(self.tr("Select one or more accounts first (Ctrl+A selects all)."))
        return logins

    def _can_decide(self) -> bool:
        return (
            self.state is not None
            and self.pages.currentWidget() is self.review_page
            and not self.is_busy()
        )

    def decide_selected(self, decision: str) -> None:
        """Bulk decision on the selected rows, with the reason typed, if any."""
        if not self._can_decide():
            return
        logins = self._selection_or_warn()
        if not logins:
            return
        reason = self.review_page.reason_edit.text().strip() or None
        store, clock, user, campaign_id = self.store, self.clock, self.user, self.campaign_id()

        def done(recorded: list[RecordedDecision]) -> None:
            self.model.record(recorded)
            self.review_page.reason_edit.clear()
            self.show_status(
                self.tr("%n decision(s) saved: {decision}.", "", len(recorded)).format(
                    decision=decision_label(decision)
                )
            )

        self._run(lambda: decide(store, clock, user, campaign_id, logins, decision, reason), done)

    def follow_recommendation(self) -> None:
        if not self._can_decide():
            return
        logins = self._selection_or_warn()
        if not logins:
            return
        store, clock, user, campaign_id = self.store, self.clock, self.user, self.campaign_id()

        def done(recorded: list[RecordedDecision]) -> None:
            self.model.record(recorded)
            message = self.tr("%n decision(s) saved as recommended.", "", len(recorded))
            left = len(logins) - len(recorded)
            if left:
                message += " " + self.tr("%n account(s) are left for you to decide.", "", left)
            self.show_status(message)

        self._run(lambda: decide_as_recommended(store, clock, user, campaign_id, logins), done)

    def _filter_changed(self) -> None:
        self.proxy.set_decision(self.review_page.filter_combo.currentData())

    def _search(self) -> None:
        self.review_page.search_edit.setFocus()
        self.review_page.search_edit.selectAll()

    def select_all(self) -> None:
        self.review_page.table.selectAll()

    def select_logins(self, logins: Sequence[str]) -> None:
        """Select these accounts' rows (those the filter shows)."""
        wanted = set(logins)
        selection = self.review_page.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, LOGIN_ROLE) in wanted:
                selection.select(index, flags)

    # --- applying ------------------------------------------------------------------------------

    def confirm(self, title: str, text: str) -> bool:
        """Ask before an action that cannot be undone (tests replace this)."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_code(self) -> str | None:
        """The administrator's code, or None if cancelled (tests replace this)."""
        return CodePrompt.ask(self.tr("Applying the review"), self.user.login, self) or None

    def apply(self) -> None:
        if not self._can_decide():
            return
        decided, total = self.model.progress()
        if decided < total:
            self.show_error(
                self.tr(
                    "%n account(s) still have no decision: decide for every account "
                    "before applying the review.",
                    "",
                    total - decided,
                )
            )
            return
        counts = Counter(row.decision for row in self.model.rows())
        text = "\n".join(
            (
                self.tr("Apply the review now?") + "\n",
                self.tr(
                    "• %n account(s) will be renewed for 18 months;", "", counts[DECISION_CONSERVER]
                ),
                self.tr("• %n account(s) will be deleted;", "", counts[DECISION_SUPPRIMER]),
                self.tr(
                    "• %n account(s) will be kept as they are.", "", counts[DECISION_JE_NE_SAIS_PAS]
                )
                + "\n",
                self.tr("Deleted accounts cannot be restored."),
            )
        )
        if not self.confirm(self.tr("Apply the review"), text):
            return
        code = self.ask_code()
        if code is None:
            return
        store, clock, user, campaign_id = self.store, self.clock, self.user, self.campaign_id()
        self._run(
            lambda: (
                apply_review(store, clock, user, campaign_id, code),
                review_schedule(store, clock, user),
            ),
            self._show_applied,
        )

    def _show_applied(self, result: tuple[ReviewOutcome, ReviewSchedule]) -> None:
        outcome, self.schedule = result
        self.state = None
        self.error_label.setVisible(False)
        self.status_label.setVisible(False)
        self.subtitle.setText(
            self.tr("The review was applied on {date}.").format(
                date=outcome.closed_at.strftime("%d/%m/%Y")
            )
        )
        self.done_page.show_outcome(outcome, self.schedule)
        self.pages.setCurrentWidget(self.done_page)
        self.applied.emit(outcome)

    # --- exporting -----------------------------------------------------------------------------

    def choose_export_path(self, suffix: str) -> Path | None:
        """Where to write the report (tests replace this)."""
        today = self.clock.now().date()
        suggested = Path.home() / f"revue-des-comptes-{today.isoformat()}{suffix}"
        if suffix == PDF_SUFFIX:
            file_filter = self.tr("PDF documents (*.pdf)")
        else:
            file_filter = self.tr("CSV files (*.csv)")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the review report"), str(suggested), file_filter
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def export(self, suffix: str) -> None:
        if self.is_busy():
            return
        path = self.choose_export_path(suffix)
        if path is None:
            return
        store, clock, user = self.store, self.clock, self.user

        def work() -> Path:
            write_report(review_report(store, clock, user), path)
            return path

        self._run(work, self._show_exported)

    def _show_exported(self, path: Path) -> None:
        self.show_status(self.tr("Report written to {path}.").format(path=path))
        self.exported.emit(path)

    # --- messages ------------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        self.status_label.setVisible(False)
        self.error_label.setText(message)
        self.error_label.setVisible(True)

    def show_status(self, message: str) -> None:
        self.error_label.setVisible(False)
        self.status_label.setText(message)
        self.status_label.setVisible(True)

    def _show_failure(self, error: Exception) -> None:
        if self.pages.currentWidget() is self.loading_page:
            self.pages.setCurrentWidget(self.start_page)
        if isinstance(error, UserError):
            self.show_error(str(error))
        else:
            self.show_error(
                self.tr("Something went wrong: {error}. Details are in the log file.").format(
                    error=error
                )
            )
