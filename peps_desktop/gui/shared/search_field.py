"""The search box of the lists: it searches once typing pauses, or at once on Enter, and
Ctrl+F in its window puts the cursor in it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QWidget

# Long enough not to query the store at every key, short enough to feel immediate.
SEARCH_DELAY_MS = 300


class SearchField(QLineEdit):
    searched = Signal()

    def __init__(
        self,
        object_name: str,
        placeholder: str,
        accessible_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(accessible_name)
        self.setClearButtonEnabled(True)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_DELAY_MS)
        self._pause.timeout.connect(self.searched)
        self.textChanged.connect(lambda _text: self._pause.start())
        self.returnPressed.connect(self.search_now)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WindowShortcut)  # active while the field is shown
        find.activated.connect(self.focus_for_typing)

    def search_now(self) -> None:
        self._pause.stop()
        self.searched.emit()

    def cancel_pending(self) -> None:
        """The list is being read again anyway: no second search when the pause ends."""
        self._pause.stop()

    def focus_for_typing(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
