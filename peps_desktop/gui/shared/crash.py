"""Uncaught exceptions are logged and shown in a dialog: never a silent crash."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from peps_desktop.errors import UserError

log = logging.getLogger("peps_desktop.crash")


class CrashReporter(QObject):
    """Installs itself as sys.excepthook; `failures` counts what went wrong."""

    _report = Signal(str)
    _refusal = Signal(str)

    def __init__(self, log_file: Path, interactive: bool = True) -> None:
        super().__init__()
        self.log_file = log_file
        self.interactive = interactive
        self.failures = 0
        # Exceptions raised in other threads are shown from the GUI thread.
        self._report.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._refusal.connect(self._show_refusal, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(
            args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback
        )

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if isinstance(error, UserError):
            # The machine's own fault (a busy store, a full disk) met outside a task: said as
            # it is, not as an unexpected error.
            log.warning("%s: %s", kind.__name__, error)
            self._refusal.emit(str(error))
            return
        self.failures += 1
        log.error("uncaught exception\n%s", "".join(traceback.format_exception(kind, error, trace)))
        print(f"peps-desktop: {kind.__name__}: {error}", file=sys.stderr)
        self._report.emit(f"{kind.__name__}: {error}")

    def _show(self, summary: str) -> None:
        if not self.interactive or QApplication.instance() is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("CrashReporter", "Unexpected error"),
            QCoreApplication.translate(
                "CrashReporter",
                "PEP's Desktop met an unexpected error. Your data is safe: the operation in "
                "progress was cancelled.\n\nDetails are in the log file:\n{path}",
            ).format(path=self.log_file),
        )
        box.setObjectName("crashDialog")
        box.setDetailedText(summary)
        box.exec()

    def _show_refusal(self, message: str) -> None:
        if not self.interactive or QApplication.instance() is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("CrashReporter", "PEP's Desktop"),
            message,
        )
        box.setObjectName("refusalDialog")
        box.exec()
