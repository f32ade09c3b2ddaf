"""Sensitive actions (creating, modifying, renewing, unlocking or deleting an account, rights,
an import, a review, a succession, one's own contact details) ask for a code of the acting
person's authenticator app, or a recovery code; the core checks and spends it."""

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

CODE_MAX_LENGTH = 16  # a recovery code with its dash, or six digits with spaces


class CodePrompt(QDialog):
    def __init__(self, action: str, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codePrompt")
        self.setWindowTitle(self.tr("Confirm with your authenticator app"))
        explanation = QLabel(
            self.tr(
                "<b>{action}</b> is a sensitive action. Enter the 6-digit code your "
                "authenticator app shows now to confirm it. Without your phone, a recovery "
                "code works once."
            ).format(action=action)
        )
        explanation.setObjectName("codePromptExplanation")
        explanation.setWordWrap(True)
        self.code_edit = line_edit("confirmCodeEdit")
        self.code_edit.setMaxLength(CODE_MAX_LENGTH)
        self.code_edit.setPlaceholderText(self.tr("e.g. 123 456"))
        form = QFormLayout()
        form.addRow(self.tr("Login"), QLabel(login))
        form.addRow(self.tr("&Code"), self.code_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.confirm_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.confirm_button.setText(self.tr("&Confirm"))
        self.confirm_button.setEnabled(False)
        self.code_edit.textChanged.connect(
            lambda text: self.confirm_button.setEnabled(bool(text.strip()))
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def code(self) -> str:
        return self.code_edit.text().strip()

    @classmethod
    def ask(cls, action: str, login: str, parent: QWidget | None = None) -> str | None:
        """The code typed, or None if the person cancelled."""
        prompt = cls(action, login, parent)
        try:
            if prompt.exec() != QDialog.DialogCode.Accepted:
                return None
            return prompt.code()
        finally:
            prompt.code_edit.clear()
            prompt.deleteLater()
