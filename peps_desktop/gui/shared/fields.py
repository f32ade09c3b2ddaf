"""Small widget builders the dialogs and wizards share: named line edits, wrapped labels."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

ERROR_STYLE = "color: #b00020;"


def line_edit(name: str, password: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def wrapped_label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def error_label(name: str) -> QLabel:
    """A named, wrapped label in the error colour, empty until a message is shown."""
    label = wrapped_label(name=name)
    label.setStyleSheet(ERROR_STYLE)
    return label
