"""A toolbar's labels while they fit: beside their icons when the row has room; when it has
not, the last buttons show their icon alone, one after the other until the row fits (the label
stays in the tooltip and for screen readers), so that no action is pushed into the overflow
menu (») of a 1024-pixel screen, as a ribbon narrows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QToolBar, QToolButton

# What changes the room the labels have, or need: fitted at once, or once the toolbar has
# made its own change (a button for an action added, or shown, or its label translated).
_REFIT_NOW = {QEvent.Type.Resize, QEvent.Type.Show}
_REFIT_AFTER = {
    QEvent.Type.ActionAdded,
    QEvent.Type.ActionChanged,
    QEvent.Type.ActionRemoved,
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
}


class _LabelsWhileTheyFit(QObject):
    def __init__(self, toolbar: QToolBar) -> None:
        super().__init__(toolbar)
        self._toolbar = toolbar
        self._fitting = False
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.fit)
        toolbar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._toolbar and not self._fitting:
            if event.type() in _REFIT_NOW:
                self.fit()
            elif event.type() in _REFIT_AFTER:
                self._later.start()  # once for many changes
        return False

    def fit(self) -> None:
        toolbar = self._toolbar
        buttons = [
            button
            for action in toolbar.actions()
            if action.isVisible() and not action.isSeparator()
            for button in (toolbar.widgetForAction(action),)
            if isinstance(button, QToolButton)
        ]
        self._fitting = True  # changing a button's style sends events of its own
        try:
            for button in buttons:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            for button in reversed(buttons):
                if toolbar.sizeHint().width() <= toolbar.width():
                    break
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        finally:
            self._fitting = False


def labels_while_they_fit(toolbar: QToolBar) -> None:
    """Fit `toolbar`'s labels to its width from now on (its buttons, and the tool buttons it
    holds as widgets, such as a button with a menu)."""
    _LabelsWhileTheyFit(toolbar).fit()
