"""A bar above a view for what just happened: a confirmation, a warning, a refusal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

INFO = "info"
WARNING = "warning"
ERROR = "error"

_STYLES = {
    INFO: ("#e8f1fb", "#8fb3e0", "#13315c"),
    WARNING: ("#fff4e0", "#e0a526", "#5c3b00"),
    ERROR: ("#fdecea", "#d9534f", "#8a1010"),
}


class MessageBar(QFrame):
    def __init__(self, name: str, closable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.kind = INFO
        self.label = QLabel()
        self.label.setObjectName(f"{name}Text")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 8, 8)
        row.addWidget(self.label, 1)
        if closable:
            close = QToolButton()
            close.setObjectName(f"{name}Close")
            close.setText("✕")
            close.setAutoRaise(True)
            close.setAccessibleName(self.tr("Close the message"))
            close.setToolTip(self.tr("Close the message"))
            close.clicked.connect(self.hide)
            row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str, kind: str = INFO) -> None:
        self.kind = kind
        background, border, color = _STYLES[kind]
        self.setStyleSheet(
            f"#{self.objectName()} {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 6px; }} #{self.objectName()} QLabel {{ color: {color}; }}"
        )
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.show()
