"""A real SMTP server on loopback (aiosmtpd) that records what it accepts, and a self-signed
certificate for it."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import email
import email.policy
import ipaddress
import socket
import ssl
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


def parse(content: bytes) -> EmailMessage:
    message = email.message_from_bytes(content, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


class Recorder:
    """An aiosmtpd handler that keeps what it accepts and refuses when told to."""

    def __init__(self) -> None:
        self.rcpt_reply: str | None = None
        self.data_replies: list[str] = []  # replies to the next DATA commands, then accept
        self.received: list[dict[str, Any]] = []

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if self.rcpt_reply:
            return self.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.data_replies:
            return self.data_replies.pop(0)
        self.received.append(
            {
                "mail_from": envelope.mail_from,
                "rcpt_tos": list(envelope.rcpt_tos),
                "message": parse(envelope.original_content),
                # After STARTTLS or from the first byte alike (session.ssl is STARTTLS only).
                "tls": server.transport.get_extra_info("ssl_object") is not None,
                "authenticated": bool(session.authenticated),
            }
        )
        return "250 2.0.0 Message accepted"


@dataclasses.dataclass
class Server:
    handler: Recorder
    port: int


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def running_server(**smtp_options: Any) -> Iterator[Server]:
    """An aiosmtpd controller on 127.0.0.1 (`ssl_context=` for TLS from the first byte,
    `tls_context=` for STARTTLS), stopped on leaving."""
    handler = Recorder()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=free_port(),
        server_hostname="localhost",
        ready_timeout=5,
        **smtp_options,
    )
    controller.start()
    try:
        yield Server(handler, controller.port)
    finally:
        controller.stop()


@pytest.fixture
def start_server() -> Iterator[Callable[..., Server]]:
    """Starts aiosmtpd controllers on 127.0.0.1; every one is stopped after the test."""
    with contextlib.ExitStack() as running:

        def start(**smtp_options: Any) -> Server:
            return running.enter_context(running_server(**smtp_options))

        yield start


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate for localhost and 127.0.0.1, signed by its own key: (certificate, key)
    PEM files in the folder. No system trusts it."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key()), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / "server.pem", folder / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The server's self-signed certificate: (certificate, key) PEM files."""
    return self_signed_certificate(tmp_path_factory.mktemp("tls"))


def server_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    return context


@pytest.fixture
def server_tls(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    return server_context(certificate)


@pytest.fixture
def client_tls(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    """What the application does, trusting our self-signed certificate as well."""
    return ssl.create_default_context(cafile=str(certificate[0]))
