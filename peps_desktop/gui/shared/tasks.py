"""Run one use case at a time off the GUI thread; refusals come back as messages.

A UserError is the core saying no (a rule, a wrong password, a permission): it comes back as
`refused(message)` and is not logged as a fault. Anything else is a fault: logged by the
worker, and shown as a message too, never a crash.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from peps_desktop.errors import UserError
from peps_desktop.gui.shared.workers import Job, start


class _Refusal:
    def __init__(self, message: str) -> None:
        self.message = message


def _refusing(work: Callable[[], Any]) -> Callable[[], Any]:
    def run() -> Any:
        try:
            return work()
        except UserError as error:
            return _Refusal(str(error))

    return run


class TaskRunner(QObject):
    """One task at a time; `finished` is emitted after `succeeded` or `refused`, once
    `busy` is False again."""

    started = Signal()
    succeeded = Signal(object)
    refused = Signal(str)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job: Job | None = None
        self._on_success: Callable[[Any], None] | None = None

    @property
    def busy(self) -> bool:
        return self._job is not None

    def run(self, work: Callable[[], Any], on_success: Callable[[Any], None] | None = None) -> bool:
        """Start `work`; False (and nothing started) while another task runs."""
        if self._job is not None:
            return False
        self._on_success = on_success
        self._job = Job(_refusing(work))
        self._job.signals.done.connect(self._done)
        self._job.signals.failed.connect(self._failed)
        self.started.emit()
        start(self._job)
        return True

    def _done(self, result: Any) -> None:
        on_success, self._on_success = self._on_success, None
        # Still busy while the result is handled: a model inserting rows is asked to
        # fetch more at that very moment, and must not start a fetch from stale state.
        try:
            if isinstance(result, _Refusal):
                self.refused.emit(result.message)
            else:
                if on_success is not None:
                    on_success(result)
                self.succeeded.emit(result)
        finally:
            self._job = None
        self.finished.emit()

    def _failed(self, error: Exception) -> None:
        self._job = None
        self._on_success = None
        self.refused.emit(
            self.tr("Unexpected error: {error}. Nothing was changed.").format(error=error)
        )
        self.finished.emit()
