"""Back and forth between the pages a person showed, as in a browser: Alt+Left, Alt+Right,
and the mouse's back and forward buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QWidget

MAX_PAGES = 50


class PageHistory(QObject):
    page_wanted = Signal(QWidget)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._pages: list[QWidget] = []
        self._position = -1
        self.back_action = QAction(self.tr("Back"), window)
        self.back_action.setObjectName("backAction")
        self.back_action.setShortcuts(QKeySequence.StandardKey.Back)
        self.back_action.triggered.connect(self.back)
        self.forward_action = QAction(self.tr("Forward"), window)
        self.forward_action.setObjectName("forwardAction")
        self.forward_action.setShortcuts(QKeySequence.StandardKey.Forward)
        self.forward_action.triggered.connect(self.forward)
        window.addActions([self.back_action, self.forward_action])
        window.installEventFilter(self)
        self._update()

    def visit(self, page: QWidget) -> None:
        if 0 <= self._position < len(self._pages) and self._pages[self._position] is page:
            return
        del self._pages[self._position + 1 :]
        self._pages.append(page)
        del self._pages[:-MAX_PAGES]
        self._position = len(self._pages) - 1
        self._update()

    def back(self) -> None:
        if self._position > 0:
            self._position -= 1
            self._update()
            self.page_wanted.emit(self._pages[self._position])

    def forward(self) -> None:
        if self._position < len(self._pages) - 1:
            self._position += 1
            self._update()
            self.page_wanted.emit(self._pages[self._position])

    def _update(self) -> None:
        self.back_action.setEnabled(self._position > 0)
        self.forward_action.setEnabled(self._position < len(self._pages) - 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.BackButton:
                self.back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.forward()
                return True
        return super().eventFilter(watched, event)
