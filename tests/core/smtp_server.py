"""A real SMTP server on loopback (aiosmtpd) that records what it accepts."""

from __future__ import annotations

import dataclasses
import email
import email.policy
import socket
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller


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
                "tls": session.ssl is not None,
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


@pytest.fixture
def start_server() -> Iterator[Callable[..., Server]]:
    """Starts aiosmtpd controllers on 127.0.0.1; every one is stopped after the test."""
    controllers: list[Controller] = []

    def start(**smtp_options: Any) -> Server:
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
        controllers.append(controller)
        return Server(handler, controller.port)

    yield start
    for controller in controllers:
        controller.stop()
