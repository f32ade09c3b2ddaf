"""Closing the window keeps the application in the system tray (a setting, said once).

An event filter on the window, so the window itself knows nothing of it. Only a close from
the window system (its close button, Alt+F4) hides the window: a close the application asks
for (Quit, sign out) still closes it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from peps_desktop.gui.settings.preferences import AppSettings


class CloseToTray(QObject):
    hidden_to_tray = Signal()
    closing = Signal()  # the window really closes

    def __init__(
        self,
        window: QWidget,
        settings: AppSettings,
        tray_shown: Callable[[], bool],
        tell: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        """`tray_shown`: whether an icon is in the tray now; `tell`: says, once ever, that
        the application keeps running there."""
        super().__init__(parent)
        self._window = window
        self._settings = settings
        self._tray_shown = tray_shown
        self._tell = tell
        self._quit_on_last_window_closed: bool | None = None
        window.installEventFilter(self)

    def keeps_running(self) -> bool:
        return self._settings.close_to_tray and self._tray_shown()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            if event.type() == QEvent.Type.Close:
                if self.window_closing(spontaneous=event.spontaneous()):
                    event.ignore()
                    return True
            elif event.type() == QEvent.Type.Show:
                self._restore_quit_on_close()
        return super().eventFilter(watched, event)

    def window_closing(self, *, spontaneous: bool) -> bool:
        """True when the window went to the tray instead of closing."""
        if spontaneous and self.keeps_running():
            self.hide_to_tray()
            return True
        self.closing.emit()
        return False

    def hide_to_tray(self) -> None:
        if not self._settings.close_to_tray_told:
            self._tell()  # while the window still shows: a dialog has a parent to stand on
            self._settings.close_to_tray_told = True
        # Hidden, the window no longer counts: closing any other window (a message box)
        # would otherwise end the application.
        if self._quit_on_last_window_closed is None:
            self._quit_on_last_window_closed = QApplication.quitOnLastWindowClosed()
            QApplication.setQuitOnLastWindowClosed(False)
        self._window.hide()
        self.hidden_to_tray.emit()

    def _restore_quit_on_close(self) -> None:
        if self._quit_on_last_window_closed is not None:
            QApplication.setQuitOnLastWindowClosed(self._quit_on_last_window_closed)
            self._quit_on_last_window_closed = None
