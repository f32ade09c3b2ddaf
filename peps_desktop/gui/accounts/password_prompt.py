"""Sensitive actions (creating an account, changing a profile or rights) ask for the acting
administrator's password again; the core checks it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.gui.shared.fields import line_edit


class PasswordPrompt(QDialog):
    def __init__(self, action: str, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordPrompt")
        self.setWindowTitle(self.tr("Confirm with your password"))
        explanation = QLabel(
            self.tr(
                "<b>{action}</b> is a sensitive action. Enter your own password to confirm it."
            ).format(action=action)
        )
        explanation.setWordWrap(True)
        self.password_edit = line_edit("confirmPasswordEdit", password=True)
        form = QFormLayout()
        form.addRow(self.tr("Login"), QLabel(login))
        form.addRow(self.tr("&Your password"), self.password_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.confirm_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.confirm_button.setText(self.tr("&Confirm"))
        self.confirm_button.setEnabled(False)
        self.password_edit.textChanged.connect(
            lambda text: self.confirm_button.setEnabled(bool(text))
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def password(self) -> str:
        return self.password_edit.text()

    @classmethod
    def ask(cls, action: str, login: str, parent: QWidget | None = None) -> str | None:
        """The password typed, or None if the administrator cancelled."""
        prompt = cls(action, login, parent)
        try:
            if prompt.exec() != QDialog.DialogCode.Accepted:
                return None
            return prompt.password()
        finally:
            prompt.password_edit.clear()
            prompt.deleteLater()
