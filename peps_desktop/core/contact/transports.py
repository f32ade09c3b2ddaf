"""How an échange leaves the application: an outbox folder of .eml files, or SMTP.

A transport either delivers the request and says where, or raises TransportError; the
caller then keeps the échange `à envoyer` and shows the message. `retryable` says whether
sending again later may succeed by itself (server down, temporary refusal) or the user must
change something first (wrong password, address refused). Sending the same request twice
(same Message-ID) never yields two files in the outbox; over SMTP a request is sent again
only after a failure, and a failure after the server accepted the message is not reported.
"""

from __future__ import annotations

import itertools
import logging
import re
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from peps_desktop.core.contact.mail import MessageError, OutgoingRequest, build_message
from peps_desktop.core.shared.documents import write_atomically
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate

log = logging.getLogger(__name__)

EML_SUFFIX = ".eml"
_UNSAFE_IN_FILE_NAME = re.compile(r"[^\w.-]")


class TransportError(UserError):
    """The request was not sent; str(error) is the translated reason."""

    def __init__(self, message: str, *, retryable: bool) -> None:
        super().__init__(message)
        self.retryable = retryable


class Transport(Protocol):
    def send(self, request: OutgoingRequest) -> str:
        """Deliver the request; a short description of where it went, or TransportError."""
        ...


def _message_for(request: OutgoingRequest) -> EmailMessage:
    try:
        return build_message(request)
    except MessageError as error:
        raise TransportError(str(error), retryable=False) from error


# --- outbox ------------------------------------------------------------------------------------


class OutboxTransport:
    """Writes `<reference>.eml` in a folder, to be sent or uploaded by hand.

    The file is written whole or not at all. Sending the same request again returns the
    file already written. A different message under the same reference (an échange sent
    again under a new Message-ID) never replaces it: it goes to `<reference>-2.eml`, then -3...
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def send(self, request: OutgoingRequest) -> str:
        message = _message_for(request)
        try:
            target = self._target(request)
            if not target.exists():
                write_atomically(target, message.as_bytes())
        except OSError as error:
            log.warning("outbox %s not writable: %s", self.folder, type(error).__name__)
            raise TransportError(
                translate(
                    "Transport", "The message could not be written in the folder {folder}: {reason}"
                ).format(folder=self.folder, reason=_reason(error)),
                retryable=True,
            ) from error
        log.info("échange %s written to %s", request.reference, target)
        return str(target)

    def _target(self, request: OutgoingRequest) -> Path:
        """The file holding this Message-ID if there is one, else the first free name."""
        self.folder.mkdir(parents=True, exist_ok=True)
        stem = _UNSAFE_IN_FILE_NAME.sub("_", request.reference).strip(".") or "echange"
        for number in itertools.count(1):
            suffix = "" if number == 1 else f"-{number}"
            candidate = self.folder / f"{stem}{suffix}{EML_SUFFIX}"
            if not candidate.exists() or _message_id(candidate) == request.message_id:
                return candidate
        raise AssertionError("unreachable")


def _message_id(path: Path) -> str | None:
    with path.open("rb") as file:
        headers = BytesHeaderParser(policy=default_policy).parse(file)
    value = headers["Message-ID"]
    return None if value is None else str(value).strip()


# --- SMTP --------------------------------------------------------------------------------------


class SmtpSecurity(StrEnum):
    """How the connection to the mail server is encrypted."""

    STARTTLS = "starttls"  # plain at first, then encrypted before anything is sent (port 587)
    TLS = "tls"  # encrypted from the first byte, "implicit TLS" or SMTPS (port 465)
    NONE = "none"  # never encrypted (port 25, or a relay inside the local network)

    @property
    def default_port(self) -> int:
        return _DEFAULT_PORTS[self]


_DEFAULT_PORTS = {SmtpSecurity.STARTTLS: 587, SmtpSecurity.TLS: 465, SmtpSecurity.NONE: 25}


@dataclass(frozen=True, kw_only=True)
class SmtpSettings:
    """The mail server, as set in the application; the password lives in the keyring.

    `sender` and `recipient` are the addresses the use case puts in each OutgoingRequest;
    the transport itself sends from and to the request's addresses.
    """

    host: str
    port: int = SmtpSecurity.STARTTLS.default_port
    username: str | None = None
    security: SmtpSecurity = SmtpSecurity.STARTTLS
    sender: str
    recipient: str
    timeout: float = 30

    def __post_init__(self) -> None:
        # "tls" as read from a settings file becomes SmtpSecurity.TLS; an unknown mode fails here.
        object.__setattr__(self, "security", SmtpSecurity(self.security))


class SmtpTransport:
    """smtplib: connect (over TLS from the start when so set), EHLO, STARTTLS when so set, AUTH
    if a user name is set, send, QUIT. Every certificate is verified, with the system's
    authorities unless a TLS context is given."""

    def __init__(
        self,
        settings: SmtpSettings,
        password: str | None,
        *,
        tls_context: ssl.SSLContext | None = None,
    ) -> None:
        self.settings = settings
        self._password = password
        self._tls_context = tls_context

    def __repr__(self) -> str:
        return f"SmtpTransport({self.settings.host}:{self.settings.port})"

    def send(self, request: OutgoingRequest) -> str:
        message = _message_for(request)
        settings = self.settings
        if settings.username and self._password is None:
            raise TransportError(
                translate("Transport", "No password is saved for {user} on {host}.").format(
                    user=settings.username, host=settings.host
                ),
                retryable=False,
            )
        try:
            client = self._connect()
        except (smtplib.SMTPException, OSError) as error:
            raise self._failure(request, error) from error
        try:
            self._deliver(client, message)
        except (smtplib.SMTPException, OSError) as error:
            client.close()
            raise self._failure(request, error) from error
        # Accepted: a failing QUIT must not make the caller send the message again.
        try:
            client.quit()
        except (smtplib.SMTPException, OSError):
            client.close()
        log.info("échange %s sent through %s:%s", request.reference, settings.host, settings.port)
        return settings.host

    def _connect(self) -> smtplib.SMTP:
        settings = self.settings
        if settings.security is SmtpSecurity.TLS:
            return smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=settings.timeout, context=self._context()
            )
        return smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)

    def _context(self) -> ssl.SSLContext:
        return self._tls_context or ssl.create_default_context()

    def _deliver(self, client: smtplib.SMTP, message: EmailMessage) -> None:
        settings = self.settings
        client.ehlo_or_helo_if_needed()
        if settings.security is SmtpSecurity.STARTTLS:
            if not client.has_extn("starttls"):
                raise _StartTlsMissing
            client.starttls(context=self._context())
            client.ehlo()
        if settings.username:
            assert self._password is not None
            client.login(settings.username, self._password)
        client.send_message(message)

    def _failure(self, request: OutgoingRequest, error: Exception) -> TransportError:
        failure = self._translate(error)
        # Only the kind of error and the server's code: never what was sent to the server.
        log.warning(
            "échange %s not sent through %s:%s: %s %s (retryable: %s)",
            request.reference,
            self.settings.host,
            self.settings.port,
            type(error).__name__,
            getattr(error, "smtp_code", ""),
            failure.retryable,
        )
        return failure

    def _translate(self, error: Exception) -> TransportError:
        where = {"host": self.settings.host, "port": self.settings.port}
        if isinstance(error, _StartTlsMissing):
            text = translate(
                "Transport",
                "The mail server {host}:{port} does not offer STARTTLS encryption; "
                "the message was not sent unencrypted.",
            )
            return TransportError(text.format(**where), retryable=False)
        if isinstance(error, smtplib.SMTPAuthenticationError) and not _temporary(error.smtp_code):
            text = translate("Transport", "The mail server refused the user name or password.")
            return TransportError(text, retryable=False)
        if isinstance(error, smtplib.SMTPNotSupportedError):
            text = translate(
                "Transport",
                "The mail server {host}:{port} does not accept a sign-in on this connection; "
                "check the user name and the encryption settings.",
            )
            return TransportError(text.format(**where), retryable=False)
        if isinstance(error, smtplib.SMTPRecipientsRefused):
            code, reply = next(iter(error.recipients.values()), (550, b""))
            return _refusal(code, reply)
        if isinstance(error, smtplib.SMTPResponseException):
            return _refusal(error.smtp_code, error.smtp_error)
        if isinstance(error, ssl.SSLCertVerificationError):
            text = translate(
                "Transport",
                "The certificate of the mail server {host}:{port} could not be verified: {reason}",
            )
            reason = error.verify_message or error.reason or error
            return TransportError(text.format(reason=reason, **where), retryable=False)
        if self.settings.security is SmtpSecurity.TLS and _tls_refused(error):
            # Most often a server that speaks plain SMTP on this port: only a change of port
            # or of security setting helps.
            text = translate(
                "Transport",
                "The mail server {host}:{port} did not accept an encrypted connection from "
                "the start ({reason}); check the port (usually 465 for TLS from the start, 587 "
                "for STARTTLS) and the security setting.",
            )
            assert isinstance(error, ssl.SSLError)
            return TransportError(text.format(reason=_reason(error), **where), retryable=False)
        if isinstance(error, smtplib.SMTPServerDisconnected) or (
            isinstance(error, OSError) and not isinstance(error, smtplib.SMTPException)
        ):
            # Refused, unknown host, timed out, connection lost, TLS handshake cut short.
            text = translate(
                "Transport", "The mail server {host}:{port} cannot be reached: {reason}"
            )
            return TransportError(text.format(reason=_reason(error), **where), retryable=True)
        text = translate("Transport", "The mail server {host}:{port} failed: {reason}")
        return TransportError(text.format(reason=error, **where), retryable=False)


class _StartTlsMissing(smtplib.SMTPException):
    """STARTTLS is required by the settings but the server does not offer it."""


def _tls_refused(error: Exception) -> bool:
    """A TLS handshake that failed on what the two sides said, not because the connection
    was cut short (which sending again later may overcome)."""
    return isinstance(error, ssl.SSLError) and not isinstance(
        error, ssl.SSLEOFError | ssl.SSLZeroReturnError | ssl.SSLSyscallError
    )


def _reason(error: OSError) -> str:
    return error.strerror or str(error) or type(error).__name__


def _temporary(code: int) -> bool:
    return 400 <= code < 500


def _refusal(code: int, reply: bytes | str) -> TransportError:
    if isinstance(reply, bytes):
        reply = reply.decode("utf-8", "replace")
    reply = f"{code} {' '.join(reply.split())}".strip()
    if _temporary(code):
        text = translate("Transport", "The mail server temporarily refused the message: {reply}")
        return TransportError(text.format(reply=reply), retryable=True)
    text = translate("Transport", "The mail server refused the message: {reply}")
    return TransportError(text.format(reply=reply), retryable=False)
