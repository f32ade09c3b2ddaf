"""« Tester l'envoi »: a test message through the settings as typed, and the outcome told."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from peps_desktop.core.contact.send_test import own_address
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.gui.settings.dialog import SettingsDialog
from peps_desktop.gui.settings.preferences import AppSettings
from tests.core.contact.smtp_server import running_server

NOW = dt.datetime(2026, 11, 25, 9, 30)


def dialog_for(qtbot, tmp_path: Path) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(AppSettings(tmp_path / "settings.ini"), clock=FixedClock(NOW))
    qtbot.addWidget(dialog)
    return dialog


def test_a_test_message_goes_to_the_outbox_folder(qtbot, tmp_path: Path, english) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, tmp_path)
    dialog.recipient_edit.setText("contact@fonds.example")
    dialog.outbox_folder_edit.setText(str(tmp_path / "envoi"))
    with qtbot.waitSignal(dialog.send_test.tested, timeout=5000) as tested:
        dialog.send_test.button.click()
    assert tested.args == [True]
    written = tmp_path / "envoi" / "ESSAI-20261125-093000.eml"
    assert written.exists()
    content = written.read_text(encoding="utf-8")
    assert "To: contact@fonds.example" in content
    assert "Test message, not a request" in content
    assert dialog.send_test.outcome.text() == f"A test message was written to {written}."
    # Nothing was kept: the dialog was not accepted.
    assert AppSettings(tmp_path / "settings.ini").contact_recipient == ""


def test_a_test_through_the_mail_server_goes_to_the_address(qtbot, tmp_path: Path, english) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, tmp_path)
    dialog.recipient_edit.setText("contact@fonds.example")
    dialog.send_method_combo.setCurrentIndex(dialog.send_method_combo.findData("smtp"))
    dialog.smtp_host_edit.setText("127.0.0.1")
    dialog.smtp_security_combo.setCurrentIndex(dialog.smtp_security_combo.findData("none"))
    with running_server() as server:
        dialog.smtp_port_spin.setValue(server.port)
        with qtbot.waitSignal(dialog.send_test.tested, timeout=10000) as tested:
            dialog.send_test.button.click()
    assert tested.args == [True]
    (received,) = server.handler.received
    # No user name that is an address: to the recipient, marked as a test.
    assert received["rcpt_tos"] == ["contact@fonds.example"]
    assert received["message"]["Subject"].startswith("[PEP's Desktop] Test message")
    assert dialog.send_test.outcome.text() == (
        "A test message was sent to contact@fonds.example through 127.0.0.1."
    )


def test_a_failed_test_says_why(qtbot, tmp_path: Path, english) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, tmp_path)
    with qtbot.waitSignal(dialog.send_test.tested, timeout=5000) as tested:
        dialog.send_test.button.click()  # no address at all
    assert tested.args == [False]
    assert "No address to send the requests to" in dialog.send_test.outcome.text()

    dialog.recipient_edit.setText("contact@fonds.example")
    dialog.send_method_combo.setCurrentIndex(dialog.send_method_combo.findData("smtp"))
    dialog.smtp_host_edit.setText("127.0.0.1")
    dialog.smtp_port_spin.setValue(1)  # nothing listens there
    dialog.smtp_security_combo.setCurrentIndex(dialog.smtp_security_combo.findData("none"))
    with qtbot.waitSignal(dialog.send_test.tested, timeout=10000) as tested:
        dialog.send_test.button.click()
    assert tested.args == [False]
    assert dialog.send_test.outcome.text() != ""


def test_own_address() -> None:
    assert own_address("claire.martin@mairie.fr") == "claire.martin@mairie.fr"
    assert own_address("claire") is None
    assert own_address("pas une@adresse") is None
