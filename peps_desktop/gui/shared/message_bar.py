"""A bar for what just happened: a confirmation, a warning, a refusal.

A closable bar floats over the bottom of its view rather than pushing the view's content
down; a confirmation goes by itself after a while, and every closable message goes when its
view is left (it said what happened there). A bar that cannot be closed (a standing warning)
keeps its place in the layout.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QToolButton, QWidget

INFO = "info"
WARNING = "warning"
ERROR = "error"

_STYLES = {
    INFO: ("#e8f1fb", "#8fb3e0", "#13315c"),
    WARNING: ("#fff4e0", "#e0a526", "#5c3b00"),
    ERROR: ("#fdecea", "#d9534f", "#8a1010"),
}
INFO_SHOWN_MS = 10_000
MAX_WIDTH = 760
MARGIN = 16


def _layout_holding(layout: QLayout | None, widget: QWidget) -> QLayout | None:
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for number in range(layout.count()):
        item = layout.itemAt(number)
        found = _layout_holding(item.layout() if item is not None else None, widget)
        if found is not None:
            return found
    return None


class MessageBar(QFrame):
    def __init__(self, name: str, closable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.kind = INFO
        self.closable = closable
        self._floating = False
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
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(INFO_SHOWN_MS)
        self._timer.timeout.connect(self.hide)
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
        if self.closable:
            self._float()
        self.show()
        if self._floating:
            self._place()
            self.raise_()
        if self.closable and kind == INFO:
            self._timer.start()
        else:
            self._timer.stop()

    # --- floating over the view ----------------------------------------------------------

    def _float(self) -> None:
        """Out of the view's layout, once: from now on placed over the view's bottom."""
        view = self.parentWidget()
        if self._floating or view is None:
            return
        holder = _layout_holding(view.layout(), self)
        if holder is not None:
            holder.removeWidget(self)
        view.installEventFilter(self)
        self._floating = True

    def _place(self) -> None:
        view = self.parentWidget()
        if view is None:
            return
        width = min(view.width() - 2 * MARGIN, MAX_WIDTH)
        if self.hasHeightForWidth():
            height = self.heightForWidth(width)
        else:
            height = self.sizeHint().height()
        height = max(height, self.minimumSizeHint().height())
        self.setGeometry(
            (view.width() - width) // 2, view.height() - height - MARGIN, width, height
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget():
            if event.type() == QEvent.Type.Resize and not self.isHidden():
                self._place()
            elif event.type() == QEvent.Type.Hide:
                self.hide()  # the view was left: what happened there is told
        return super().eventFilter(watched, event)
