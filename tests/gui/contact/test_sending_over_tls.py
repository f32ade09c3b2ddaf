"""Sending from the settings to a real mail server that speaks TLS from the first byte."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from peps_desktop.core.contact.history import list_echanges
from peps_desktop.core.contact.transports import SmtpSecurity
from peps_desktop.gui.contact.sending import Sender
from peps_desktop.gui.settings.preferences import AppSettings
from peps_desktop.store import Store
from tests.core.contact.smtp_server import (
    Server,
    running_server,
    self_signed_certificate,
    server_context,
)
from tests.gui.contact.echange_builders import CATALOGUE, made_echanges


@dataclass(frozen=True)
class TlsServer:
    server: Server
    certificate: Path  # self-signed: no system trusts it


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[TlsServer]:
    certificate = self_signed_certificate(tmp_path / "tls")
    with running_server(ssl_context=server_context(certificate)) as server:
        yield TlsServer(server, certificate[0])


def tls_settings(folder: Path, port: int) -> AppSettings:
    settings = AppSettings(folder / "settings.ini")
    settings.contact_recipient = "contact@fonds.example"
    settings.send_method = "smtp"
    settings.smtp_host = "127.0.0.1"
    settings.smtp_port = port
    settings.smtp_security = SmtpSecurity.TLS
    return settings


def test_an_untrusted_certificate_sends_nothing_and_keeps_the_requests_to_send(
    qtbot,  # type: ignore[no-untyped-def]
    store: Store,
    clock,
    tmp_path: Path,
    english,
    tls_server: TlsServer,
) -> None:
    echanges = made_echanges(store, tmp_path)
    server = tls_server.server
    sender = Sender(store, clock, tls_settings(tmp_path, server.port), CATALOGUE)

    with qtbot.waitSignal(sender.finished, timeout=10000) as finished:
        assert sender.send(echanges.claire.structure_id)

    report = finished.args[0]
    assert report.sent == ()
    assert {reference for reference, _ in report.failed} == {echanges.refund, echanges.invoice}
    assert all("could not be verified" in reason for _, reason in report.failed)
    assert server.handler.received == []
    rows = list_echanges(store, echanges.claire, status="a_envoyer")
    assert len(rows) == 2 and all("could not be verified" in row.send_error for row in rows)


def test_a_trusted_server_receives_the_requests_over_tls(
    qtbot,  # type: ignore[no-untyped-def]
    store: Store,
    clock,
    tmp_path: Path,
    english,
    tls_server: TlsServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As if the organisation had installed its certificate among the system's authorities.
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_server.certificate))
    echanges = made_echanges(store, tmp_path)
    server = tls_server.server
    sender = Sender(store, clock, tls_settings(tmp_path, server.port), CATALOGUE)

    with qtbot.waitSignal(sender.finished, timeout=10000) as finished:
        assert sender.send(echanges.claire.structure_id)

    report = finished.args[0]
    assert set(report.sent) == {echanges.refund, echanges.invoice} and report.failed == ()
    assert [received["tls"] for received in server.handler.received] == [True, True]
    statuses = {row.reference: row.status for row in list_echanges(store, echanges.claire)}
    assert statuses[echanges.refund] == statuses[echanges.invoice] == "envoye"
