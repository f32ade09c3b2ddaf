"""The profile: utilisateur or administrateur, each with what it allows."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from peps_desktop.core.accounts.rules import PROFILE_ADMINISTRATEUR, PROFILE_UTILISATEUR
from peps_desktop.gui.accounts.words import profile_label


class ProfileChoice(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileChoice")
        self.utilisateur_button = QRadioButton(profile_label(PROFILE_UTILISATEUR))
        self.utilisateur_button.setObjectName("utilisateurRadio")
        self.administrateur_button = QRadioButton(profile_label(PROFILE_ADMINISTRATEUR))
        self.administrateur_button.setObjectName("administrateurRadio")
        self._group = QButtonGroup(self)
        self._group.addButton(self.utilisateur_button)
        self._group.addButton(self.administrateur_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button, text in (
            (
                self.utilisateur_button,
                self.tr(
                    "Reads the courriers and writes to the funds, on the services where they "
                    "have a right."
                ),
            ),
            (
                self.administrateur_button,
                self.tr(
                    "Also manages the structure's accounts: creates, renews, unlocks and "
                    "deletes them. Their badge shows an “a” before their name."
                ),
            ),
        ):
            description = QLabel(text)
            description.setWordWrap(True)
            description.setStyleSheet("color: #5a6470; margin-left: 24px;")
            layout.addWidget(button)
            layout.addWidget(description)
        self.utilisateur_button.setChecked(True)
        self._group.buttonToggled.connect(self._toggled)

    def _toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def profile(self) -> str:
        if self.administrateur_button.isChecked():
            return PROFILE_ADMINISTRATEUR
        return PROFILE_UTILISATEUR

    def set_profile(self, profile: str) -> None:
        button = (
            self.administrateur_button
            if profile == PROFILE_ADMINISTRATEUR
            else self.utilisateur_button
        )
        button.setChecked(True)
