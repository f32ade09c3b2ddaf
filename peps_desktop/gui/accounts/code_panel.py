"""The one-time activation code, shown once: selectable, with a Copier button.

The administrator hands the code over; the holder chooses the password with it and the
administrator never knows it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.accounts.admin import ActivationCode


class ActivationCodePanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activationCodePanel")
        self.setStyleSheet(
            "#activationCodePanel { background: #f4f7fb; border: 1px solid #c9d5e6;"
            " border-radius: 8px; }"
        )
        self.login_label = QLabel()
        self.login_label.setObjectName("createdLoginLabel")
        self.code_label = QLabel()
        self.code_label.setObjectName("activationCodeLabel")
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(18)
        mono.setBold(True)
        self.code_label.setFont(mono)
        self.code_label.setStyleSheet("color: #1b3a6b;")
        for label in (self.login_label, self.code_label):
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
        self.copy_button = QPushButton(self.tr("&Copy the code"))
        self.copy_button.setObjectName("copyCodeButton")
        self.copy_button.clicked.connect(self.copy)
        self.validity_label = QLabel()
        self.validity_label.setObjectName("codeValidityLabel")
        self.validity_label.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Hand this code over to the account holder in person or by telephone. With it, "
                "they choose their own password at their first sign-in (“I have an activation "
                "code”). You never know their password. The code works once and is shown only "
                "now."
            )
        )
        note.setObjectName("codeNoteLabel")
        note.setWordWrap(True)
        note.setStyleSheet("color: #3c4650;")
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 14, 16, 14)
        grid.addWidget(QLabel(self.tr("Login")), 0, 0)
        grid.addWidget(self.login_label, 0, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Activation code")), 1, 0)
        grid.addWidget(self.code_label, 1, 1)
        grid.addWidget(self.copy_button, 1, 2)
        grid.addWidget(self.validity_label, 2, 0, 1, 3)
        grid.addWidget(note, 3, 0, 1, 3)
        grid.setColumnStretch(1, 1)

    def show_code(self, code: ActivationCode) -> None:
        self.login_label.setText(f"<b>{code.login}</b>")
        self.code_label.setText(code.code)
        self.code_label.setAccessibleName(self.tr("Activation code {code}").format(code=code.code))
        self.validity_label.setText(
            self.tr("Valid until {date}.").format(date=code.expires_at.strftime("%d/%m/%Y %H:%M"))
        )

    def code(self) -> str:
        return self.code_label.text()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code_label.text())
        self.copy_button.setText(self.tr("Copied"))


class ActivationCodeDialog(QDialog):
    """A new code for a forgotten password: the old password no longer works."""

    def __init__(self, code: ActivationCode, holder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activationCodeDialog")
        self.setWindowTitle(self.tr("New activation code"))
        intro = QLabel(
            self.tr(
                "A new activation code was issued for {holder}. Their previous password no "
                "longer works."
            ).format(holder=holder)
        )
        intro.setWordWrap(True)
        self.panel = ActivationCodePanel()
        self.panel.show_code(code)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.panel)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
