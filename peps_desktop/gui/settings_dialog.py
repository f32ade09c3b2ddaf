"""Settings: the interface language (French by default, English on request)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self._settings.language = self.language_combo.currentData()
        super().accept()
