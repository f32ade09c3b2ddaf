from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton

from peps_desktop.core.notifications.due import KINDS
from peps_desktop.gui.settings.dialog import SettingsDialog
from peps_desktop.gui.settings.preferences import AppSettings


def test_french_by_default_and_english_on_request(qtbot, tmp_path: Path, french) -> None:  # type: ignore[no-untyped-def]
    settings = AppSettings(tmp_path / "settings.ini")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentText() == "Français"
    assert dialog.windowTitle() == "Paramètres"

    dialog.language_combo.setCurrentIndex(dialog.language_combo.findText("English"))
    dialog.accept()
    assert AppSettings(tmp_path / "settings.ini").language == "en"  # kept for the next start


def test_cancel_keeps_the_language(qtbot, tmp_path: Path, english) -> None:  # type: ignore[no-untyped-def]
    settings = AppSettings(tmp_path / "settings.ini")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findText("English"))
    dialog.reject()
    assert AppSettings(tmp_path / "settings.ini").language == "fr"


def test_an_unknown_language_in_the_file_falls_back_to_french(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text("[ui]\nlanguage=klingon\n")
    assert AppSettings(tmp_path / "settings.ini").language == "fr"


def test_the_drop_folder_is_kept_when_it_exists(qtbot, tmp_path: Path, english) -> None:  # type: ignore[no-untyped-def]
    settings = AppSettings(tmp_path / "settings.ini")
    assert settings.drop_folder is None
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.drop_folder_edit.setText(str(tmp_path / "absent"))
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "does not exist" in dialog.drop_folder_error.text()
    assert AppSettings(tmp_path / "settings.ini").drop_folder is None

    depot = tmp_path / "depot"
    depot.mkdir()
    dialog._ask_folder = lambda start: str(depot)  # type: ignore[method-assign]
    dialog.findChild(QPushButton, "dropFolderBrowse").click()
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert AppSettings(tmp_path / "settings.ini").drop_folder == depot


# --- sending requests ------------------------------------------------------------------------


def test_the_sending_settings_round_trip(qtbot, tmp_path: Path, english, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    settings = AppSettings(tmp_path / "settings.ini")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.send_method_combo.currentData() == "outbox"
    assert dialog.outbox_folder_edit.text() == str(tmp_path / "envoi")
    assert not dialog.smtp_host_edit.isEnabled() and not dialog.smtp_password_edit.isEnabled()
    assert dialog.outbox_folder_edit.isEnabled()

    dialog.recipient_edit.setText("Relations employeurs <contact@fonds.example>")
    dialog.send_method_combo.setCurrentIndex(dialog.send_method_combo.findData("smtp"))
    assert dialog.smtp_host_edit.isEnabled() and dialog.smtp_password_edit.isEnabled()
    assert not dialog.outbox_folder_edit.isEnabled()
    dialog.smtp_host_edit.setText("smtp.mairie.fr")
    dialog.smtp_port_spin.setValue(2525)
    dialog.smtp_username_edit.setText("claire")
    dialog.smtp_password_edit.setText("Secret-SMTP-2026")
    dialog.smtp_security_combo.setCurrentIndex(dialog.smtp_security_combo.findData("none"))
    assert dialog.smtp_port_spin.value() == 2525  # typed on purpose: stays
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted

    kept = AppSettings(tmp_path / "settings.ini")
    assert kept.contact_recipient == "Relations employeurs <contact@fonds.example>"
    assert kept.send_method == "smtp"
    assert (kept.smtp_host, kept.smtp_port, kept.smtp_username) == (
        "smtp.mairie.fr",
        2525,
        "claire",
    )
    assert kept.smtp_security == "none"
    # The password went to the keyring, never to the settings file.
    assert "Secret-SMTP-2026" in memory_keyring.secrets.values()
    assert "Secret-SMTP-2026" not in (tmp_path / "settings.ini").read_text()

    again = SettingsDialog(kept)
    qtbot.addWidget(again)
    assert again.smtp_password_edit.text() == ""
    assert "Saved in the system keyring" in again.smtp_password_edit.placeholderText()
    again.accept()  # no new password typed: the saved one still does
    assert again.result() == again.DialogCode.Accepted


def test_the_sending_settings_are_checked(qtbot, tmp_path: Path, english) -> None:  # type: ignore[no-untyped-def]
    settings = AppSettings(tmp_path / "settings.ini")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.recipient_edit.setText("contact@")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "not a valid e-mail address" in dialog.sending_error.text()
    assert not dialog.sending_error.isHidden()

    dialog.recipient_edit.setText("contact@fonds.example")
    blocker = tmp_path / "fichier"
    blocker.write_text("not a folder")
    dialog.outbox_folder_edit.setText(str(blocker / "envoi"))
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "cannot be created" in dialog.sending_error.text()

    dialog.send_method_combo.setCurrentIndex(dialog.send_method_combo.findData("smtp"))
    dialog.accept()
    assert "name of the mail server" in dialog.sending_error.text()
    dialog.smtp_host_edit.setText("smtp.mairie.fr")
    dialog.smtp_username_edit.setText("claire")
    dialog.accept()
    assert "Enter the password of claire" in dialog.sending_error.text()
    assert dialog.smtp_port_spin.minimum() == 1 and dialog.smtp_port_spin.maximum() == 65535
    assert AppSettings(tmp_path / "settings.ini").contact_recipient == ""  # nothing kept yet

    dialog.send_method_combo.setCurrentIndex(dialog.send_method_combo.findData("outbox"))
    chosen = tmp_path / "sortie"
    dialog._ask_outbox_folder = lambda start: str(chosen)  # type: ignore[method-assign]
    dialog.findChild(QPushButton, "outboxFolderBrowse").click()
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.sending_error.isHidden()
    assert chosen.is_dir()  # created, ready for the first request
    kept = AppSettings(tmp_path / "settings.ini")
    assert (kept.outbox_folder, kept.contact_recipient) == (chosen, "contact@fonds.example")


def test_without_a_keyring_the_dialog_says_smtp_sign_in_cannot_be_used(
    qtbot, tmp_path: Path, english, no_keyring
) -> None:  # type: ignore[no-untyped-def]
    settings = AppSettings(tmp_path / "settings.ini")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.keyring_note.isHidden()  # the outbox needs no keyring
    dialog.send_method_combo.setCurrentIndex(dialog.send_method_combo.findData("smtp"))
    assert not dialog.keyring_note.isHidden()
    assert "No system keyring" in dialog.keyring_note.text()
    assert not dialog.smtp_password_edit.isEnabled()
    dialog.smtp_host_edit.setText("smtp.mairie.fr")
    dialog.smtp_username_edit.setText("claire")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "No system keyring" in dialog.sending_error.text()
    dialog.smtp_username_edit.clear()  # a server without sign-in still works
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert AppSettings(tmp_path / "settings.ini").send_method == "smtp"


def test_the_security_choice_round_trips_and_moves_a_usual_port(
    qtbot, tmp_path: Path, english
) -> None:  # type: ignore[no-untyped-def]
    settings = AppSettings(tmp_path / "settings.ini")
    settings.send_method = "smtp"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    combo = dialog.smtp_security_combo
    assert [combo.itemText(number) for number in range(combo.count())] == [
        "STARTTLS (port 587)",
        "TLS from the start (port 465)",
        "None, not encrypted",
    ]
    assert (combo.currentData(), dialog.smtp_port_spin.value()) == ("starttls", 587)
    assert combo.isEnabled()

    combo.setCurrentIndex(combo.findData("tls"))
    assert dialog.smtp_port_spin.value() == 465
    combo.setCurrentIndex(combo.findData("none"))
    assert dialog.smtp_port_spin.value() == 25
    combo.setCurrentIndex(combo.findData("tls"))
    assert dialog.smtp_port_spin.value() == 465
    dialog.smtp_host_edit.setText("smtp.mairie.fr")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted

    kept = AppSettings(tmp_path / "settings.ini")
    assert (kept.smtp_security, kept.smtp_port) == ("tls", 465)
    again = SettingsDialog(kept)
    qtbot.addWidget(again)
    assert (again.smtp_security_combo.currentData(), again.smtp_port_spin.value()) == ("tls", 465)
    again.smtp_port_spin.setValue(2465)  # the provider's own port
    again.smtp_security_combo.setCurrentIndex(again.smtp_security_combo.findData("starttls"))
    assert again.smtp_port_spin.value() == 2465


def test_opening_the_dialog_never_moves_the_saved_port(qtbot, tmp_path: Path, english) -> None:  # type: ignore[no-untyped-def]
    settings = AppSettings(tmp_path / "settings.ini")
    settings.smtp_security = "tls"
    settings.smtp_port = 587  # an odd pair, but the user's
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert (dialog.smtp_security_combo.currentData(), dialog.smtp_port_spin.value()) == (
        "tls",
        587,
    )


def test_the_security_choice_follows_the_sending_method_and_has_its_own_key(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, english
) -> None:
    dialog = SettingsDialog(AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel, "smtpSecurityLabel")
    assert label.text() == "S&ecurity" and label.buddy() is dialog.smtp_security_combo
    assert not dialog.smtp_security_combo.isEnabled() and not label.isEnabled()
    dialog.send_method_combo.setCurrentIndex(dialog.send_method_combo.findData("smtp"))
    assert dialog.smtp_security_combo.isEnabled() and label.isEnabled()
    mnemonics = [
        re.search(r"&(\w)", widget.text()).group(1).lower()
        for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
        if re.search(r"&(\w)", widget.text())
    ]
    assert mnemonics.count("e") == 1


# --- notifications ---------------------------------------------------------------------------


def test_the_notification_settings_round_trip(qtbot, tmp_path: Path, english) -> None:  # type: ignore[no-untyped-def]
    settings = AppSettings(tmp_path / "settings.ini")
    assert settings.check_interval_minutes == 5
    assert settings.notification_kinds == frozenset(KINDS)
    assert (settings.do_not_disturb, settings.close_to_tray, settings.close_to_tray_told) == (
        False,
        True,
        False,
    )
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.check_interval_spin.value() == 5
    assert (dialog.check_interval_spin.minimum(), dialog.check_interval_spin.maximum()) == (1, 120)
    checks = dialog.notification_kind_checks
    assert list(checks) == list(KINDS) and all(check.isChecked() for check in checks.values())
    assert checks["revue_due"].text() == "Account review due"
    assert not dialog.do_not_disturb_check.isChecked()
    assert dialog.close_to_tray_check.isChecked()

    dialog.check_interval_spin.setValue(15)
    checks["nouveau_courrier"].setChecked(False)
    checks["depot_en_attente"].setChecked(False)
    dialog.do_not_disturb_check.setChecked(True)
    dialog.close_to_tray_check.setChecked(False)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted

    kept = AppSettings(tmp_path / "settings.ini")
    assert kept.check_interval_minutes == 15
    assert kept.notification_kinds == frozenset(KINDS) - {"nouveau_courrier", "depot_en_attente"}
    assert kept.do_not_disturb and not kept.close_to_tray
    again = SettingsDialog(kept)
    qtbot.addWidget(again)
    assert not again.notification_kind_checks["nouveau_courrier"].isChecked()
    assert again.notification_kind_checks["echange_repondu"].isChecked()
    assert again.do_not_disturb_check.isChecked()


def test_odd_notification_settings_in_the_file_fall_back(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text(
        "[notifications]\ncheck_interval_minutes=0\nkinds_off=revue_due inconnu\n"
    )
    settings = AppSettings(tmp_path / "settings.ini")
    assert settings.check_interval_minutes == 5  # out of 1–120
    assert settings.notification_kinds == frozenset(KINDS) - {"revue_due"}
    (tmp_path / "settings.ini").write_text("[notifications]\ncheck_interval_minutes=soon\n")
    assert AppSettings(tmp_path / "settings.ini").check_interval_minutes == 5
