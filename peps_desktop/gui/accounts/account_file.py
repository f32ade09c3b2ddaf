"""Import and export of the account list from the accounts view (the offline review).

An import is all or nothing: a refused one lists every line to correct; an accepted one lists
the activation codes to hand over to the new accounts' holders.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.accounts.files import (
    AccountImportError,
    ImportReport,
    export_accounts,
    import_accounts,
)
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import Clock
from peps_desktop.gui.accounts.code_prompt import CodePrompt
from peps_desktop.gui.accounts.view import AccountsView
from peps_desktop.gui.shared.message_bar import ERROR, INFO
from peps_desktop.gui.shared.tasks import TaskRunner
from peps_desktop.store import Store

FILE_FILTER = "CSV (*.csv);;Excel (*.xlsx)"


class ImportReportDialog(QDialog):
    """The outcome of an import, to read and copy: lines to correct, or codes to hand over."""

    def __init__(self, title: str, summary: str, lines: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("importReportDialog")
        self.setWindowTitle(title)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit("\n".join(lines))
        self.details.setObjectName("importReportDetails")
        self.details.setReadOnly(True)
        self.details.setVisible(bool(lines))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.resize(560, 360)


class AccountFileActions(QObject):
    """Serves the view's "Importer…" and "Exporter…" actions."""

    def __init__(self, view: AccountsView, store: Store, clock: Clock, user: SignedIn) -> None:
        super().__init__(view)
        self.view = view
        self._store = store
        self._clock = clock
        self._user = user
        # The view's own runner: while an import runs, the view's actions wait for it.
        self.runner: TaskRunner = view.changer
        view.import_requested.connect(self.import_file)
        view.export_requested.connect(self.export_file)

    # Asked of the person; tests replace these.
    def choose_import_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.view, self.tr("Import an account list"), "", FILE_FILTER
        )
        return Path(name) if name else None

    def choose_export_file(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.view, self.tr("Export the account list"), "comptes.csv", FILE_FILTER
        )
        return Path(name) if name else None

    def ask_code(self) -> str | None:
        return CodePrompt.ask(self.tr("Importing accounts"), self._user.login, self.view)

    def show_report(self, title: str, summary: str, lines: list[str]) -> None:
        dialog = ImportReportDialog(title, summary, lines, self.view)
        dialog.exec()
        dialog.deleteLater()

    def confirm_other_people(self, lines: list[str]) -> bool:
        """Every refused line seems to be a person who has an account: are they others?"""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("The same people?"),
            self.tr(
                "These lines create accounts for people who seem to have one already. An "
                "account is personal: if a line is the person of the account named, correct "
                "the line to modify that account instead."
            ),
            parent=self.view,
        )
        box.setDetailedText("\n".join(lines))
        box.setInformativeText(self.tr("Are they other people?"))
        other = box.addButton(self.tr("&Other people: import"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Correct the file"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is other

    # --- import --------------------------------------------------------------------------

    def import_file(self) -> None:
        path = self.choose_import_file()
        if path is None:
            return
        code = self.ask_code()
        if code is None:
            return
        self._run_import(path, code, ())

    def _run_import(self, path: Path, code: str, distinct_from: tuple[str, ...]) -> None:
        store, clock, user = self._store, self._clock, self._user

        def work() -> ImportReport | AccountImportError:
            try:
                return import_accounts(store, clock, user, code, path, distinct_from=distinct_from)
            except AccountImportError as refused:  # keep its report: every line to correct
                return refused

        self.runner.run(work, lambda outcome: self._imported(outcome, path))

    def _imported(self, outcome: ImportReport | AccountImportError, path: Path) -> None:
        if isinstance(outcome, AccountImportError):
            if self._confirmed_other_people(outcome, path):
                return
            lines = [
                self.tr("Line {line} ({login}): {reason}").format(
                    line=problem.line, login=problem.login or "—", reason=problem.reason
                )
                for problem in outcome.report.problems
            ]
            self.view.show_message(str(outcome), ERROR)
            self.show_report(self.tr("Import refused"), str(outcome), lines)
            return
        counts = ", ".join(
            (
                self.tr("%n account(s) created", "", len(outcome.created)),
                self.tr("%n updated", "", len(outcome.updated)),
                self.tr("%n unchanged", "", len(outcome.unchanged)),
            )
        )
        summary = self.tr("Import done: {counts}.").format(counts=counts)
        self.view.show_message(summary, INFO)
        self.view.refresh(set(outcome.created) | set(outcome.updated))
        if outcome.codes:
            lines = [
                self.tr("{login}: {code} (valid until {date})").format(
                    login=code.login, code=code.code, date=code.expires_at.strftime("%d/%m/%Y")
                )
                for code in outcome.codes
            ]
            self.show_report(
                self.tr("Activation codes to hand over"),
                summary
                + "\n"
                + self.tr(
                    "Hand each code over to its holder: with it, they choose their own password. "
                    "The codes are shown only now."
                ),
                lines,
            )

    # --- export --------------------------------------------------------------------------

    def _confirmed_other_people(self, refused: AccountImportError, path: Path) -> bool:
        """When only people already holding an account stopped the import, ask whether they
        are others, and import again confirming so."""
        problems = refused.report.problems
        matches = tuple(problem.same_person_as for problem in problems)
        if not problems or None in matches:
            return False
        lines = [
            self.tr("Line {line} ({login}): {reason}").format(
                line=problem.line, login=problem.login, reason=problem.reason
            )
            for problem in problems
        ]
        if not self.confirm_other_people(lines):
            return False
        confirmed = tuple(sorted({match for match in matches if match is not None}))
        # A new code: the first may have expired while the question was read.
        again = self.ask_code()
        if again is None:
            return True
        # Queued: the runner is still finishing the import that was refused.
        QTimer.singleShot(0, lambda: self._run_import(path, again, confirmed))
        return True

    def export_file(self) -> None:
        path = self.choose_export_file()
        if path is None:
            return
        store, clock, user = self._store, self._clock, self._user
        self.runner.run(
            lambda: export_accounts(store, clock, user, path),
            lambda count: self.view.show_message(
                self.tr("%Ln account(s) written to {file}.", "", count).format(file=path),
                INFO,
            ),
        )
