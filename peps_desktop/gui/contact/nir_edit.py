"""A NIR field: typed in clear, shown masked (« 2 95 10 •• ••• ••• 93 ») once left."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from peps_desktop.core.contact.nir import NirError, check_nir, masked_nir


class NirEdit(QLineEdit):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        self._masked = False
        self.setPlaceholderText(self.tr("15 characters, e.g. 2 95 10 63 220 146 93"))
        self.setMaxLength(25)  # with spaces or dots
        self.textEdited.connect(self._typed)

    def value(self) -> str:
        """What the user typed, never the masked form."""
        return self._value

    def set_value(self, value: str) -> None:
        self._value = value
        self._show()

    def is_masked(self) -> bool:
        return self._masked

    def _typed(self, text: str) -> None:
        self._value = text
        self.edited.emit()

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._masked:
            self._masked = False
            self.setText(self._value)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._show()

    def _show(self) -> None:
        """Masked when valid and not being edited; as typed otherwise, so it can be fixed."""
        if self.hasFocus():
            self._masked = False
            self.setText(self._value)
            return
        try:
            masked = masked_nir(check_nir(self._value))
        except NirError:
            self._masked = False
            self.setText(self._value)
            return
        self._masked = True
        self.setText(masked)
