"""Paste the fund's answer to an échange, as received by e-mail or read on a portal."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.contact.history import MAX_ANSWER


class AnswerDialog(QDialog):
    def __init__(self, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerDialog")
        self.setWindowTitle(self.tr("Add an answer to {reference}").format(reference=reference))
        self.resize(560, 380)
        intro = QLabel(
            self.tr(
                "Paste the answer received for {reference}. It joins the échange's messages "
                "and the échange is marked answered."
            ).format(reference=reference)
        )
        intro.setObjectName("answerIntro")
        intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("answerText")
        self.text.setAccessibleName(self.tr("Answer received"))
        self.text.setPlaceholderText(self.tr("The answer's text…"))
        intro.setBuddy(self.text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Attach the answer"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)

    def answer(self) -> str:
        return self.text.toPlainText().strip()

    def _update_ok(self) -> None:
        self.ok.setEnabled(0 < len(self.answer()) <= MAX_ANSWER)
