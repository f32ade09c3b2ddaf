"""Import and export of the account list from the accounts view (the offline review).

An import is all or nothing: a refused one lists every line to correct; an accepted one lists
the activation codes to hand over to the new accounts' holders.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
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

    # --- import --------------------------------------------------------------------------

    def import_file(self) -> None:
        path = self.choose_import_file()
        if path is None:
            return
        code = self.ask_code()
        if code is None:
            return
        store, clock, user = self._store, self._clock, self._user

        def work() -> ImportReport | AccountImportError:
            try:
                return import_accounts(store, clock, user, code, path)
            except AccountImportError as refused:  # keep its report: every line to correct
                return refused

        self.runner.run(work, self._imported)

    def _imported(self, outcome: ImportReport | AccountImportError) -> None:
        if isinstance(outcome, AccountImportError):
            lines = [
                self.tr("Line {line} ({login}): {reason}").format(
                    line=problem.line, login=problem.login or "—", reason=problem.reason
                )
                for problem in outcome.report.problems
            ]
            self.view.show_message(str(outcome), ERROR)
            self.show_report(self.tr("Import refused"), str(outcome), lines)
            return
        summary = self.tr(
            "Import done: {created} account(s) created, {updated} updated, {unchanged} unchanged."
        ).format(
            created=len(outcome.created),
            updated=len(outcome.updated),
            unchanged=len(outcome.unchanged),
        )
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

    def export_file(self) -> None:
        path = self.choose_export_file()
        if path is None:
            return
        store, clock, user = self._store, self._clock, self._user
        self.runner.run(
            lambda: export_accounts(store, clock, user, path),
            lambda count: self.view.show_message(
                self.tr("{count} account(s) written to {file}.").format(count=count, file=path),
                INFO,
            ),
        )
