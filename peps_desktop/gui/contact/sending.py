"""Sending the requests `à envoyer`: the transport the settings choose, run off the GUI thread.

The settings are read on the GUI thread (QSettings objects are not shared across threads);
the keyring and the transport run in the worker. Used by "Send now" in Mes échanges and by
the background service.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from peps_desktop.core.contact.catalogue import Catalogue
from peps_desktop.core.contact.catalogue_file import load_catalogue
from peps_desktop.core.contact.mail import parse_address
from peps_desktop.core.contact.sending import SendReport, send_pending
from peps_desktop.core.contact.transports import (
    OutboxTransport,
    SmtpSecurity,
    SmtpSettings,
    SmtpTransport,
    Transport,
)
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.credentials import smtp_password
from peps_desktop.errors import UserError
from peps_desktop.gui.settings.preferences import SEND_BY_SMTP, AppSettings
from peps_desktop.gui.shared.tasks import TaskRunner
from peps_desktop.store import Store


@dataclass(frozen=True)
class SendingSettings:
    """The settings as plain values, safe to hand to a worker thread."""

    method: str
    outbox_folder: Path
    recipient: str
    smtp_host: str
    smtp_port: int
    smtp_username: str
    smtp_security: SmtpSecurity

    @classmethod
    def of(cls, settings: AppSettings) -> SendingSettings:
        return cls(
            method=settings.send_method,
            outbox_folder=settings.outbox_folder,
            recipient=settings.contact_recipient,
            smtp_host=settings.smtp_host,
            smtp_port=settings.smtp_port,
            smtp_username=settings.smtp_username,
            smtp_security=settings.smtp_security,
        )


def transport_for(sending: SendingSettings, typed_password: str = "") -> Transport:
    """The outbox folder, or the mail server with its password (as typed, or else from the
    keyring); UserError when SMTP is chosen but cannot be used as set."""
    if sending.method != SEND_BY_SMTP:
        return OutboxTransport(sending.outbox_folder)
    if not sending.smtp_host:
        raise UserError(
            QCoreApplication.translate(
                "Sending",
                "Sending by mail server is chosen but no server is set: see the settings.",
            )
        )
    password = typed_password or None
    if sending.smtp_username and password is None:
        password = smtp_password(sending.smtp_host, sending.smtp_username)
        if password is None:
            raise UserError(
                QCoreApplication.translate(
                    "Sending",
                    "No password is saved for {user} on the mail server {host}: enter it in the "
                    "settings (it is kept in the system keyring). Without a keyring, send through "
                    "the outbox folder.",
                ).format(user=sending.smtp_username, host=sending.smtp_host)
            )
    return SmtpTransport(
        SmtpSettings(
            host=sending.smtp_host,
            port=sending.smtp_port,
            username=sending.smtp_username or None,
            security=sending.smtp_security,
            sender=sending.smtp_username,
            recipient=sending.recipient,
        ),
        password,
    )


def transport_from_settings(settings: AppSettings) -> Transport:
    return transport_for(SendingSettings.of(settings))


def checked_recipient(recipient: str) -> str:
    """The address requests go to, or UserError saying how to set it."""
    if not recipient.strip():
        raise UserError(
            QCoreApplication.translate(
                "Sending",
                "No address to send the requests to: set it in Settings, under "
                "“Sending requests”. Nothing was sent.",
            )
        )
    parse_address(recipient)  # MessageError (a UserError) says what is wrong
    return recipient.strip()


class Sender(QObject):
    """Sends every échange `à envoyer` of a structure; one run at a time.

    `finished(SendReport)` after a run, whatever each échange became; `refused(message)` when
    nothing could be tried (no recipient, SMTP not usable as set, a run already going).
    """

    started = Signal()
    finished = Signal(object)  # SendReport
    refused = Signal(str)

    def __init__(
        self,
        store: Store,
        clock: Clock,
        settings: AppSettings,
        catalogue: Catalogue | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._settings = settings
        self._catalogue = catalogue
        # Told once the run is over (not busy any more): a listener may start the next one.
        self._outcome: SendReport | str | None = None
        self._runner = TaskRunner(self)
        self._runner.refused.connect(self._refused)
        self._runner.finished.connect(self._ended)

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def send(self, structure_id: int) -> bool:
        """Start sending; False (and `refused`) when it could not start."""
        if self._runner.busy:
            self.refused.emit(self.tr("Requests are already being sent."))
            return False
        sending = SendingSettings.of(self._settings)
        try:
            recipient = checked_recipient(sending.recipient)
        except UserError as error:
            self.refused.emit(str(error))
            return False
        store, clock = self._store, self._clock

        def work() -> tuple[Catalogue, SendReport]:
            catalogue = self._catalogue or load_catalogue()
            transport = transport_for(sending)
            return catalogue, send_pending(
                store, clock, catalogue, transport, recipient, structure_id
            )

        started = self._runner.run(work, self._done)
        if started:
            self.started.emit()
        return started

    def _done(self, result: tuple[Catalogue, SendReport]) -> None:
        self._catalogue, self._outcome = result

    def _refused(self, message: str) -> None:
        self._outcome = message

    def _ended(self) -> None:
        outcome, self._outcome = self._outcome, None
        if isinstance(outcome, SendReport):
            self.finished.emit(outcome)
        elif outcome is not None:
            self.refused.emit(outcome)
