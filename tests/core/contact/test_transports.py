"""Transports: the outbox folder, and SMTP against a real aiosmtpd server on loopback."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import logging
import smtplib
import socket
import ssl
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword

from peps_desktop.core.contact.mail import Attachment, OutgoingRequest
from peps_desktop.core.contact.transports import (
    OutboxTransport,
    SmtpSecurity,
    SmtpSettings,
    SmtpTransport,
    Transport,
    TransportError,
)
from peps_desktop.core.shared import credentials
from tests.core.contact.smtp_server import Server, free_port, parse

PDF = b"%PDF-1.7\n\x00\xff binary"
USER, PASSWORD = "mairie-saint-aubin", "S3cret-du-serveur-!"


def a_request(**changes: Any) -> OutgoingRequest:
    request = OutgoingRequest(
        reference="ECH-2026-000123",
        message_id="<ECH-2026-000123.20261125093000@peps-desktop.local>",
        sender="Mairie de Saint-Aubin <contact@mairie-saint-aubin.fr>",
        recipient="CNRACL <contact@cnracl.fr>",
        subject="Demande de régularisation",
        body="Bonjour,\nvoici notre demande.\nÉlodie",
        created_at=dt.datetime(2026, 11, 25, 9, 30),
        attachments=(Attachment("Déclaration été.pdf", "application/pdf", PDF),),
    )
    return dataclasses.replace(request, **changes)


def attachments_of(message: email.message.EmailMessage) -> list[tuple[str | None, object]]:
    return [
        (part.get_filename(), part.get_payload(decode=True)) for part in message.iter_attachments()
    ]


def test_both_transports_are_transports(tmp_path: Path) -> None:
    settings = SmtpSettings(host="h", sender="a@b.fr", recipient="c@d.fr")
    transports: list[Transport] = [OutboxTransport(tmp_path), SmtpTransport(settings, None)]
    assert all(callable(transport.send) for transport in transports)


# --- outbox ------------------------------------------------------------------------------------


def test_outbox_writes_a_parseable_eml_with_its_attachments(tmp_path: Path) -> None:
    outbox = tmp_path / "Boîte d'envoi" / "PEPs"  # created on first use

    where = OutboxTransport(outbox).send(a_request())

    assert where == str(outbox / "ECH-2026-000123.eml")
    assert [path.name for path in outbox.iterdir()] == ["ECH-2026-000123.eml"]
    message = parse(Path(where).read_bytes())
    assert message["Message-ID"] == "<ECH-2026-000123.20261125093000@peps-desktop.local>"
    assert message["X-PEPs-Reference"] == "ECH-2026-000123"
    assert message["Subject"] == "Demande de régularisation"
    assert attachments_of(message) == [("Déclaration été.pdf", PDF)]


def test_outbox_resend_of_the_same_message_keeps_the_first_file(tmp_path: Path) -> None:
    outbox = OutboxTransport(tmp_path)
    first = outbox.send(a_request())
    written = Path(first).read_bytes()

    again = outbox.send(a_request())

    assert again == first
    assert Path(first).read_bytes() == written  # not rewritten (MIME boundaries are random)
    assert [path.name for path in tmp_path.iterdir()] == ["ECH-2026-000123.eml"]


def test_outbox_never_overwrites_a_different_message_of_the_same_reference(
    tmp_path: Path,
) -> None:
    outbox = OutboxTransport(tmp_path)
    first = outbox.send(a_request())
    second_request = a_request(message_id="<ECH-2026-000123.20261126100000@peps-desktop.local>")
    third_request = a_request(message_id="<ECH-2026-000123.20261127100000@peps-desktop.local>")

    second = outbox.send(second_request)
    third = outbox.send(third_request)

    assert Path(second).name == "ECH-2026-000123-2.eml"
    assert Path(third).name == "ECH-2026-000123-3.eml"
    assert outbox.send(second_request) == second
    assert outbox.send(a_request()) == first
    assert len(list(tmp_path.iterdir())) == 3
    assert parse(Path(third).read_bytes())["Message-ID"] == third_request.message_id


def test_outbox_file_name_is_safe_whatever_the_reference(tmp_path: Path) -> None:
    where = Path(OutboxTransport(tmp_path).send(a_request(reference="../ECH 2026/7")))
    assert where.parent == tmp_path
    assert where.name == "_ECH_2026_7.eml"


def test_outbox_unwritable_folder_is_a_retryable_error(tmp_path: Path) -> None:
    (tmp_path / "not-a-folder").write_text("a file where the outbox should be")
    folder = tmp_path / "not-a-folder" / "outbox"

    with pytest.raises(TransportError) as raised:
        OutboxTransport(folder).send(a_request())

    assert raised.value.retryable is True
    assert str(folder) in str(raised.value)
    assert str(raised.value).startswith("The message could not be written in the folder")


def test_outbox_invalid_address_is_not_retryable_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(TransportError, match="not a valid e-mail address") as raised:
        OutboxTransport(tmp_path).send(a_request(recipient="cnracl"))
    assert raised.value.retryable is False
    assert list(tmp_path.iterdir()) == []


# --- a real SMTP server on loopback ------------------------------------------------------------


def authenticator(
    server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
) -> AuthResult:
    good = isinstance(auth_data, LoginPassword) and auth_data == (
        USER.encode(),
        PASSWORD.encode(),
    )
    # handled=False: aiosmtpd sends the 235 / 535 reply itself.
    return AuthResult(success=good, handled=False)


def settings(port: int, **changes: Any) -> SmtpSettings:
    values: dict[str, Any] = {
        "host": "127.0.0.1",
        "port": port,
        "security": "none",
        "sender": "contact@mairie-saint-aubin.fr",
        "recipient": "contact@cnracl.fr",
        "timeout": 3,
    }
    return SmtpSettings(**(values | changes))


def send_expecting_failure(transport: SmtpTransport) -> TransportError:
    with pytest.raises(TransportError) as raised:
        transport.send(a_request())
    return raised.value


def test_smtp_delivers_the_message_once(start_server: Callable[..., Server]) -> None:
    server = start_server()

    where = SmtpTransport(settings(server.port), None).send(a_request())

    assert where == "127.0.0.1"
    (received,) = server.handler.received
    assert received["mail_from"] == "contact@mairie-saint-aubin.fr"
    assert received["rcpt_tos"] == ["contact@cnracl.fr"]
    message = received["message"]
    assert message["Message-ID"] == "<ECH-2026-000123.20261125093000@peps-desktop.local>"
    assert message["Subject"] == "Demande de régularisation"
    assert attachments_of(message) == [("Déclaration été.pdf", PDF)]
    assert received["tls"] is False


def test_smtp_server_down_is_retryable() -> None:
    port = free_port()  # nothing listens there

    error = send_expecting_failure(SmtpTransport(settings(port), None))

    assert error.retryable is True
    assert str(error).startswith(f"The mail server 127.0.0.1:{port} cannot be reached")


def test_smtp_silent_server_times_out_and_is_retryable() -> None:
    with socket.socket() as silent:  # accepts connections, never greets
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        transport = SmtpTransport(settings(port, timeout=0.3), None)

        error = send_expecting_failure(transport)

    assert error.retryable is True
    assert "cannot be reached" in str(error)


@pytest.mark.parametrize("refused_at", ["RCPT", "DATA"])
def test_smtp_permanent_refusal_is_not_retryable_and_shows_the_reply(
    start_server: Callable[..., Server], refused_at: str
) -> None:
    server = start_server()
    if refused_at == "RCPT":
        server.handler.rcpt_reply = "550 5.1.1 mailbox unavailable"
    else:
        server.handler.data_replies = ["550 5.1.1 mailbox unavailable"]

    error = send_expecting_failure(SmtpTransport(settings(server.port), None))

    assert error.retryable is False
    assert str(error) == "The mail server refused the message: 550 5.1.1 mailbox unavailable"
    assert server.handler.received == []


def test_smtp_temporary_refusal_then_retry_delivers_once(
    start_server: Callable[..., Server],
) -> None:
    server = start_server()
    server.handler.data_replies = ["451 4.3.0 Try again later"]
    transport = SmtpTransport(settings(server.port), None)

    error = send_expecting_failure(transport)
    assert error.retryable is True
    assert "451 4.3.0 Try again later" in str(error)
    assert server.handler.received == []

    transport.send(a_request())

    (received,) = server.handler.received
    assert received["message"]["Message-ID"] == a_request().message_id


def test_smtp_temporary_recipient_refusal_is_retryable(
    start_server: Callable[..., Server],
) -> None:
    server = start_server()
    server.handler.rcpt_reply = "450 4.2.1 Mailbox busy"

    error = send_expecting_failure(SmtpTransport(settings(server.port), None))

    assert error.retryable is True
    assert "450 4.2.1 Mailbox busy" in str(error)


def test_smtp_a_failing_quit_after_acceptance_is_still_a_success(
    start_server: Callable[..., Server], monkeypatch: pytest.MonkeyPatch
) -> None:
    server = start_server()

    def lost(self: smtplib.SMTP) -> None:
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")

    monkeypatch.setattr(smtplib.SMTP, "quit", lost)

    assert SmtpTransport(settings(server.port), None).send(a_request()) == "127.0.0.1"
    assert len(server.handler.received) == 1


def test_smtp_starttls_delivers_over_a_verified_connection(
    start_server: Callable[..., Server],
    server_tls: ssl.SSLContext,
    client_tls: ssl.SSLContext,
) -> None:
    server = start_server(tls_context=server_tls, require_starttls=True)
    transport = SmtpTransport(
        settings(server.port, security="starttls"), None, tls_context=client_tls
    )

    transport.send(a_request())

    (received,) = server.handler.received
    assert received["tls"] is True
    assert received["message"]["Message-ID"] == a_request().message_id


def test_smtp_starttls_verifies_the_certificate_by_default(
    start_server: Callable[..., Server], server_tls: ssl.SSLContext
) -> None:
    server = start_server(tls_context=server_tls, require_starttls=True)

    error = send_expecting_failure(SmtpTransport(settings(server.port, security="starttls"), None))

    assert error.retryable is False
    assert "could not be verified" in str(error)
    assert server.handler.received == []


def test_smtp_starttls_required_but_not_offered_is_not_retryable(
    start_server: Callable[..., Server], client_tls: ssl.SSLContext
) -> None:
    server = start_server()  # no TLS at all
    transport = SmtpTransport(
        settings(server.port, security="starttls"), None, tls_context=client_tls
    )

    error = send_expecting_failure(transport)

    assert error.retryable is False
    assert "does not offer STARTTLS" in str(error)
    assert server.handler.received == []


def test_smtp_server_requiring_starttls_refuses_a_plain_session(
    start_server: Callable[..., Server], server_tls: ssl.SSLContext
) -> None:
    server = start_server(tls_context=server_tls, require_starttls=True)

    error = send_expecting_failure(SmtpTransport(settings(server.port), None))

    assert error.retryable is False
    assert "530" in str(error) and "STARTTLS" in str(error)


def test_smtp_login_over_starttls(
    start_server: Callable[..., Server],
    server_tls: ssl.SSLContext,
    client_tls: ssl.SSLContext,
) -> None:
    server = start_server(
        tls_context=server_tls, require_starttls=True, authenticator=authenticator
    )
    options = settings(server.port, security="starttls", username=USER)

    SmtpTransport(options, PASSWORD, tls_context=client_tls).send(a_request())

    (received,) = server.handler.received
    assert received["authenticated"] is True and received["tls"] is True


def test_smtp_wrong_password_is_not_retryable_and_never_shown(
    start_server: Callable[..., Server],
    server_tls: ssl.SSLContext,
    client_tls: ssl.SSLContext,
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = start_server(
        tls_context=server_tls, require_starttls=True, authenticator=authenticator
    )
    wrong = "Mauvais-mot-de-passe-42"
    transport = SmtpTransport(
        settings(server.port, security="starttls", username=USER), wrong, tls_context=client_tls
    )

    with caplog.at_level(logging.DEBUG, logger="peps_desktop"):
        error = send_expecting_failure(transport)

    assert error.retryable is False
    assert str(error) == "The mail server refused the user name or password."
    assert server.handler.received == []
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("peps_desktop")]
    assert ours, "the failure is logged"
    assert not any(wrong in text for text in ours)
    assert wrong not in repr(transport)


def test_smtp_user_name_without_auth_on_the_connection_is_not_retryable(
    start_server: Callable[..., Server],
) -> None:
    # aiosmtpd, like most servers, offers AUTH only once the connection is encrypted.
    server = start_server(authenticator=authenticator, auth_require_tls=True)
    transport = SmtpTransport(settings(server.port, username=USER), PASSWORD)

    error = send_expecting_failure(transport)

    assert error.retryable is False
    assert "does not accept a sign-in" in str(error)


def test_smtp_user_name_without_a_saved_password_is_not_retryable() -> None:
    transport = SmtpTransport(settings(free_port(), username=USER), None)

    error = send_expecting_failure(transport)

    assert error.retryable is False
    assert str(error) == f"No password is saved for {USER} on 127.0.0.1."


def test_smtp_invalid_address_is_not_retryable(start_server: Callable[..., Server]) -> None:
    server = start_server()
    with pytest.raises(TransportError, match="not a valid e-mail address") as raised:
        SmtpTransport(settings(server.port), None).send(a_request(sender="mairie"))
    assert raised.value.retryable is False


# --- TLS from the first byte (port 465) --------------------------------------------------------


def test_smtp_security_modes_and_their_usual_ports() -> None:
    assert [(mode.value, mode.default_port) for mode in SmtpSecurity] == [
        ("starttls", 587),
        ("tls", 465),
        ("none", 25),
    ]
    assert SmtpSettings(host="h", sender="a@b.fr", recipient="c@d.fr").security == "starttls"
    assert settings(465, security="tls").security is SmtpSecurity.TLS  # as a settings file says
    with pytest.raises(ValueError, match="ssl"):
        settings(465, security="ssl")


def test_smtp_tls_delivers_over_a_verified_connection(
    start_server: Callable[..., Server],
    server_tls: ssl.SSLContext,
    client_tls: ssl.SSLContext,
) -> None:
    server = start_server(ssl_context=server_tls)
    transport = SmtpTransport(settings(server.port, security="tls"), None, tls_context=client_tls)

    where = transport.send(a_request())

    assert where == "127.0.0.1"
    (received,) = server.handler.received
    assert received["tls"] is True
    assert received["message"]["Message-ID"] == a_request().message_id
    assert attachments_of(received["message"]) == [("Déclaration été.pdf", PDF)]


def test_smtp_login_over_tls(
    start_server: Callable[..., Server],
    server_tls: ssl.SSLContext,
    client_tls: ssl.SSLContext,
) -> None:
    # aiosmtpd offers AUTH on an encrypted connection only after STARTTLS unless told otherwise;
    # here the connection is encrypted from the first byte.
    server = start_server(
        ssl_context=server_tls, authenticator=authenticator, auth_require_tls=False
    )
    options = settings(server.port, security="tls", username=USER)

    SmtpTransport(options, PASSWORD, tls_context=client_tls).send(a_request())

    (received,) = server.handler.received
    assert received["authenticated"] is True and received["tls"] is True


def test_smtp_tls_refuses_an_untrusted_certificate_and_sends_nothing(
    start_server: Callable[..., Server], server_tls: ssl.SSLContext
) -> None:
    server = start_server(ssl_context=server_tls)
    # No context given: the system's authorities, which do not know our certificate.
    transport = SmtpTransport(settings(server.port, security="tls"), None)

    error = send_expecting_failure(transport)

    assert error.retryable is False
    assert str(error).startswith(
        f"The certificate of the mail server 127.0.0.1:{server.port} could not be verified: "
    )
    assert "self-signed certificate" in str(error)
    assert server.handler.received == []


def test_smtp_tls_to_a_server_without_tls_on_that_port_is_not_retryable(
    start_server: Callable[..., Server], client_tls: ssl.SSLContext
) -> None:
    server = start_server()  # plain SMTP, as on port 587 or 25
    transport = SmtpTransport(settings(server.port, security="tls"), None, tls_context=client_tls)

    error = send_expecting_failure(transport)

    assert error.retryable is False
    assert str(error).startswith(
        f"The mail server 127.0.0.1:{server.port} did not accept an encrypted connection "
        "from the start ("
    )
    assert "check the port (usually 465 for TLS from the start, 587 for STARTTLS)" in str(error)
    assert server.handler.received == []


def test_smtp_tls_handshake_never_answered_is_retryable(client_tls: ssl.SSLContext) -> None:
    with socket.socket() as silent:  # accepts connections, never answers the TLS hello
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        transport = SmtpTransport(
            settings(port, security="tls", timeout=0.3), None, tls_context=client_tls
        )

        error = send_expecting_failure(transport)

    assert error.retryable is True
    assert str(error).startswith(f"The mail server 127.0.0.1:{port} cannot be reached")


def test_smtp_tls_server_down_is_retryable(client_tls: ssl.SSLContext) -> None:
    port = free_port()
    transport = SmtpTransport(settings(port, security="tls"), None, tls_context=client_tls)

    error = send_expecting_failure(transport)

    assert error.retryable is True
    assert "cannot be reached" in str(error)


def test_smtp_none_never_encrypts_even_when_the_server_offers_it(
    start_server: Callable[..., Server], server_tls: ssl.SSLContext
) -> None:
    server = start_server(tls_context=server_tls)  # offers STARTTLS, does not require it

    SmtpTransport(settings(server.port, security="none"), None).send(a_request())

    (received,) = server.handler.received
    assert received["tls"] is False


# --- the password in the keyring ---------------------------------------------------------------


def test_smtp_password_is_kept_in_the_keyring_per_server_and_user(memory_keyring: Any) -> None:
    assert credentials.smtp_password("smtp.mairie.fr", USER) is None
    assert credentials.save_smtp_password("smtp.mairie.fr", USER, PASSWORD) is True

    assert credentials.smtp_password("smtp.mairie.fr", USER) == PASSWORD
    assert credentials.smtp_password("SMTP.Mairie.fr", USER) == PASSWORD
    assert credentials.smtp_password("smtp.autre.fr", USER) is None
    assert credentials.smtp_password("smtp.mairie.fr", "autre") is None
    assert [service for service, _ in memory_keyring.secrets] == ["peps-desktop-smtp"]

    credentials.forget_smtp_password("smtp.mairie.fr", USER)
    assert credentials.smtp_password("smtp.mairie.fr", USER) is None
    credentials.forget_smtp_password("smtp.mairie.fr", USER)  # harmless twice


def test_smtp_password_without_a_keyring(no_keyring: None) -> None:
    assert credentials.save_smtp_password("smtp.mairie.fr", USER, PASSWORD) is False
    assert credentials.smtp_password("smtp.mairie.fr", USER) is None
