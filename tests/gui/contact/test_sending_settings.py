"""Sending settings and the Sender: which transport, and what is refused before any attempt."""

from __future__ import annotations

from pathlib import Path

import pytest

from peps_desktop.core.contact.history import list_echanges
from peps_desktop.core.contact.sending import SendReport
from peps_desktop.core.contact.transports import OutboxTransport, SmtpSecurity, SmtpTransport
from peps_desktop.core.shared.credentials import save_smtp_password
from peps_desktop.errors import UserError
from peps_desktop.gui.contact.sending import Sender, transport_from_settings
from peps_desktop.gui.settings.preferences import AppSettings
from peps_desktop.store import Store
from tests.gui.contact.echange_builders import CATALOGUE, made_echanges


def test_defaults_an_outbox_next_to_the_data(tmp_path: Path) -> None:
    settings = AppSettings(tmp_path / "data" / "settings.ini")
    assert settings.send_method == "outbox"
    assert settings.outbox_folder == tmp_path / "data" / "envoi"
    assert settings.contact_recipient == ""
    assert (settings.smtp_host, settings.smtp_port, settings.smtp_username) == ("", 587, "")
    assert settings.smtp_security == "starttls"
    transport = transport_from_settings(settings)
    assert isinstance(transport, OutboxTransport)
    assert transport.folder == tmp_path / "data" / "envoi"


def test_sending_settings_are_kept(tmp_path: Path) -> None:
    settings = AppSettings(tmp_path / "settings.ini")
    settings.send_method = "smtp"
    settings.outbox_folder = tmp_path / "ailleurs"
    settings.contact_recipient = " contact@fonds.example "
    settings.smtp_host = "smtp.mairie.fr"
    settings.smtp_port = 2525
    settings.smtp_username = "claire"
    settings.smtp_security = SmtpSecurity.TLS
    again = AppSettings(tmp_path / "settings.ini")
    assert again.send_method == "smtp"
    assert again.outbox_folder == tmp_path / "ailleurs"
    assert again.contact_recipient == "contact@fonds.example"
    assert (again.smtp_host, again.smtp_port, again.smtp_username) == (
        "smtp.mairie.fr",
        2525,
        "claire",
    )
    assert again.smtp_security is SmtpSecurity.TLS
    again.outbox_folder = None
    assert AppSettings(tmp_path / "settings.ini").outbox_folder == tmp_path / "envoi"


def test_damaged_values_fall_back_to_the_defaults(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text("[sending]\nmethod=pigeon\n[smtp]\nport=99999\n")
    settings = AppSettings(tmp_path / "settings.ini")
    assert settings.send_method == "outbox" and settings.smtp_port == 587


@pytest.mark.parametrize(
    ("old_file", "security"),
    [
        ("[smtp]\nstarttls=true\n", SmtpSecurity.STARTTLS),
        ("[smtp]\nstarttls=false\n", SmtpSecurity.NONE),
        ("[smtp]\nhost=smtp.mairie.fr\n", SmtpSecurity.STARTTLS),
    ],
)
def test_a_file_from_before_the_security_choice_keeps_its_meaning(
    tmp_path: Path, old_file: str, security: SmtpSecurity
) -> None:
    (tmp_path / "settings.ini").write_text(old_file)
    settings = AppSettings(tmp_path / "settings.ini")
    assert settings.smtp_security is security
    assert settings.smtp_port == 587  # no port saved: the default, as before


@pytest.mark.parametrize("chosen", list(SmtpSecurity))
def test_the_security_is_written_under_its_new_key_only(
    tmp_path: Path, chosen: SmtpSecurity
) -> None:
    (tmp_path / "settings.ini").write_text("[smtp]\nstarttls=false\nport=2525\n")
    AppSettings(tmp_path / "settings.ini").smtp_security = chosen

    written = (tmp_path / "settings.ini").read_text()
    assert f"security={chosen.value}" in written
    assert "starttls=" not in written
    again = AppSettings(tmp_path / "settings.ini")
    assert (again.smtp_security, again.smtp_port) == (chosen, 2525)


def test_the_new_key_wins_over_the_old_one_and_a_damaged_one_falls_back(tmp_path: Path) -> None:
    (tmp_path / "new.ini").write_text("[smtp]\nstarttls=false\nsecurity=tls\n")
    assert AppSettings(tmp_path / "new.ini").smtp_security is SmtpSecurity.TLS
    (tmp_path / "damaged.ini").write_text("[smtp]\nstarttls=false\nsecurity=ssl\n")
    assert AppSettings(tmp_path / "damaged.ini").smtp_security is SmtpSecurity.STARTTLS


def test_the_smtp_transport_takes_its_password_from_the_keyring(tmp_path: Path) -> None:
    settings = AppSettings(tmp_path / "settings.ini")
    settings.send_method = "smtp"
    with pytest.raises(UserError, match="no server is set"):
        transport_from_settings(settings)
    settings.smtp_host = "smtp.mairie.fr"
    settings.smtp_port = 465
    settings.smtp_username = "claire"
    with pytest.raises(UserError, match="No password is saved for claire"):
        transport_from_settings(settings)
    assert save_smtp_password("smtp.mairie.fr", "claire", "secret-smtp")
    transport = transport_from_settings(settings)
    assert isinstance(transport, SmtpTransport)
    assert (transport.settings.host, transport.settings.port) == ("smtp.mairie.fr", 465)
    assert transport.settings.username == "claire"
    assert transport.settings.security is SmtpSecurity.STARTTLS
    settings.smtp_security = SmtpSecurity.TLS
    assert transport_from_settings(settings).settings.security is SmtpSecurity.TLS  # type: ignore[attr-defined]
    assert transport._password == "secret-smtp"
    settings.smtp_username = ""  # a server that asks for no sign-in
    anonymous = transport_from_settings(settings)
    assert isinstance(anonymous, SmtpTransport) and anonymous.settings.username is None


def test_the_sender_reports_what_it_sent(
    qtbot, store: Store, clock, tmp_path: Path, english
) -> None:  # type: ignore[no-untyped-def]
    echanges = made_echanges(store, tmp_path)
    settings = AppSettings(tmp_path / "settings.ini")
    sender = Sender(store, clock, settings, CATALOGUE)
    with qtbot.waitSignal(sender.refused, timeout=1000) as refused:
        assert not sender.send(echanges.claire.structure_id)
    assert "Sending requests" in refused.args[0]
    settings.contact_recipient = "pas une adresse"
    with qtbot.waitSignal(sender.refused, timeout=1000) as refused:
        sender.send(echanges.claire.structure_id)
    assert "not a valid e-mail address" in refused.args[0]

    settings.contact_recipient = "Relations employeurs <contact@fonds.example>"
    with qtbot.waitSignal(sender.finished, timeout=10000) as finished:
        assert sender.send(echanges.claire.structure_id)
    report = finished.args[0]
    assert isinstance(report, SendReport)
    assert set(report.sent) == {echanges.refund, echanges.invoice} and report.failed == ()
    assert not sender.busy
    statuses = {row.reference: row.status for row in list_echanges(store, echanges.claire)}
    assert statuses[echanges.refund] == "envoye"


def test_smtp_without_a_saved_password_is_refused_before_any_attempt(
    qtbot, store: Store, clock, tmp_path: Path, english
) -> None:  # type: ignore[no-untyped-def]
    echanges = made_echanges(store, tmp_path)
    settings = AppSettings(tmp_path / "settings.ini")
    settings.contact_recipient = "contact@fonds.example"
    settings.send_method = "smtp"
    settings.smtp_host = "smtp.mairie.fr"
    settings.smtp_username = "claire"
    sender = Sender(store, clock, settings)
    with qtbot.waitSignal(sender.refused, timeout=10000) as refused:
        sender.send(echanges.claire.structure_id)
    assert "No password is saved" in refused.args[0]
    rows = list_echanges(store, echanges.claire, status="a_envoyer")
    assert len(rows) == 2 and all(row.send_error is None for row in rows)
