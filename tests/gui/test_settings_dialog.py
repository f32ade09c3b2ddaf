from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton

from peps_desktop.gui.settings import AppSettings
from peps_desktop.gui.settings_dialog import SettingsDialog


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
