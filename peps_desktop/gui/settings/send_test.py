"""« Tester l'envoi » in the settings: a test message through the sending settings as they
stand in the dialog (saved or not), off the GUI thread, and what came of it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from peps_desktop.core.contact.send_test import own_address, send_test
from peps_desktop.core.shared.clock import Clock
from peps_desktop.errors import UserError
from peps_desktop.gui.contact.sending import SendingSettings, checked_recipient, transport_for
from peps_desktop.gui.settings.preferences import SEND_BY_SMTP
from peps_desktop.gui.shared.fields import ERROR_STYLE
from peps_desktop.gui.shared.tasks import TaskRunner

OK_STYLE = "color: #1e6b34;"


class SendTest(QWidget):
    """`current()` gives the sending settings as typed, and the password typed (or "")."""

    tested = Signal(bool)  # the outcome, once told

    def __init__(
        self,
        current: Callable[[], tuple[SendingSettings, str]],
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sendTest")
        self._current = current
        self._clock = clock
        self.button = QPushButton(self.tr("&Test the sending"))
        self.button.setObjectName("sendTestButton")
        self.button.setToolTip(
            self.tr(
                "Sends a test message, marked as such: to your own address when the mail "
                "server's user name is one, otherwise to the address above; with the outbox "
                "folder, writes it there."
            )
        )
        self.button.clicked.connect(self.run)
        self.outcome = QLabel()
        self.outcome.setObjectName("sendTestOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        self.runner = TaskRunner(self)
        self.runner.refused.connect(lambda message: self._tell(message, ok=False))
        self.runner.finished.connect(lambda: self.button.setEnabled(True))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.outcome, 1)

    def run(self) -> None:
        sending, password = self._current()
        smtp = sending.method == SEND_BY_SMTP
        to = own_address(sending.smtp_username) if smtp else None
        try:
            to = to or checked_recipient(sending.recipient)
        except UserError as error:
            self._tell(str(error), ok=False)
            return
        clock = self._clock

        def work() -> str:
            return send_test(transport_for(sending, password), to, to, clock.now())

        def done(where: str) -> None:
            if smtp:
                text = self.tr("A test message was sent to {address} through {server}.")
            else:
                text = self.tr("A test message was written to {file}.")
            self._tell(text.format(address=to, server=where, file=where), ok=True)

        if self.runner.run(work, done):
            self.button.setEnabled(False)
            self.outcome.setStyleSheet("color: #5a6470;")
            self.outcome.setText(self.tr("Sending a test message…"))
            self.outcome.show()

    def _tell(self, text: str, ok: bool) -> None:
        self.outcome.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.outcome.setText(text)
        self.outcome.show()
        self.tested.emit(ok)
