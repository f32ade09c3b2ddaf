"""Settings: the interface language (French by default, English on request) and the
courrier drop folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.gui.forms import child, load_form
from peps_desktop.gui.settings import AppSettings
from peps_desktop.gui.translations import ENGLISH, FRENCH


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        form = load_form("settings_form", self)
        self.language_combo = child(form, QComboBox, "languageCombo")
        # Each language is named in itself, so anyone can find their way back.
        self.language_combo.addItem("Français", FRENCH)
        self.language_combo.addItem("English", ENGLISH)
        self.language_combo.setCurrentIndex(self.language_combo.findData(settings.language))
        self.drop_folder_edit = child(form, QLineEdit, "dropFolderEdit")
        self.drop_folder_edit.setText(str(settings.drop_folder or ""))
        self.drop_folder_error = child(form, QLabel, "dropFolderError")
        child(form, QPushButton, "dropFolderBrowse").clicked.connect(self._choose_drop_folder)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(buttons)

    def _choose_drop_folder(self) -> None:
        chosen = self._ask_folder(self.drop_folder_edit.text())
        if chosen:
            self.drop_folder_edit.setText(chosen)

    def _ask_folder(self, start: str) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Courrier drop folder"), start)

    def accept(self) -> None:
        text = self.drop_folder_edit.text().strip()
        drop_folder = Path(text).expanduser() if text else None
        if drop_folder is not None and not drop_folder.is_dir():
            self.drop_folder_error.setText(
                self.tr("The folder {folder} does not exist.").format(folder=drop_folder)
            )
            self.drop_folder_error.show()
            self.drop_folder_edit.setFocus()
            return
        self._settings.language = self.language_combo.currentData()
        self._settings.drop_folder = drop_folder
        super().accept()
