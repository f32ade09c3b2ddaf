"""Where notifications pop up: the system tray when one exists, nowhere otherwise.

The notification centre in the window records every notification either way (centre.py);
a notifier only raises them. Like Vorta's notifiers, the fallback does nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from peps_desktop import APP_NAME
from peps_desktop.gui.notifications.views import (
    CENTRE,
    ECHANGES,
    INBOX,
    WINDOW,
    kind_label,
    view_of_kind,
)
from peps_desktop.i18n import format_number

MESSAGE_DURATION_MS = 10_000


class NotificationLike(Protocol):
    """What a notifier reads of core.notifications.Notification."""

    @property
    def kind(self) -> str: ...
    @property
    def title(self) -> str: ...


class Notifier(Protocol):
    def notify(self, notifications: Sequence[NotificationLike]) -> None:
        """Raise these notifications where the user sees them."""

    def set_unread(self, count: int) -> None:
        """The number of unread courriers, for a glance."""


class NullNotifier:
    """No system tray: nothing pops up; the centre still has it all."""

    def notify(self, notifications: Sequence[NotificationLike]) -> None:
        pass

    def set_unread(self, count: int) -> None:
        pass


class TrayNotifier(QObject):
    """The icon in the notification area: its tooltip says the unread count, its menu opens
    the window's main views, its messages open the view they speak of when clicked."""

    open_requested = Signal(str)  # a view of views.py
    quit_requested = Signal()

    def __init__(
        self, icon: QIcon, *, with_echanges: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.tray = QSystemTrayIcon(icon, self)
        self.tray.setObjectName("trayIcon")
        # The view the last message speaks of, opened when that message is clicked.
        self.message_view = WINDOW
        self.unread = 0
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.open_action = self._add_action(self.tr("&Open"), "trayOpenAction", WINDOW)
        self.inbox_action = self._add_action(self.tr("Your &courriers"), "trayInboxAction", INBOX)
        self.echanges_action = self._add_action(
            self.tr("My &échanges"), "trayEchangesAction", ECHANGES
        )
        self.echanges_action.setVisible(with_echanges)
        self.menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self.menu)
        self.quit_action.setObjectName("trayQuitAction")
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.quit_action)
        self.tray.setContextMenu(self.menu)
        self.tray.messageClicked.connect(lambda: self.open_requested.emit(self.message_view))
        self.tray.activated.connect(self._activated)
        self.destroyed.connect(self.menu.deleteLater)  # the menu has no QWidget parent
        self.set_unread(0)

    def _add_action(self, text: str, name: str, view: str) -> QAction:
        action = QAction(text, self.menu)
        action.setObjectName(name)
        action.triggered.connect(lambda: self.open_requested.emit(view))
        self.menu.addAction(action)
        return action

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit(WINDOW)

    def show(self) -> None:
        self.tray.show()

    def hide(self) -> None:
        self.tray.hide()

    def set_unread(self, count: int) -> None:
        self.unread = count
        if count:
            status = self.tr("Unread courriers: {count}").format(count=format_number(count))
        else:
            status = self.tr("No unread courrier")
        self.tray.setToolTip(f"{APP_NAME} — {status}")

    def notify(self, notifications: Sequence[NotificationLike]) -> None:
        if not notifications:
            return
        if len(notifications) == 1:
            (notification,) = notifications
            title, body = kind_label(notification.kind), notification.title
            view = view_of_kind(notification.kind)
        else:
            title = self.tr("%Ln notifications", "", len(notifications))
            body = "\n".join(notification.title for notification in notifications)
            view = CENTRE
        self.say(title, body, view=view)

    def say(self, title: str, text: str, *, view: str = WINDOW) -> None:
        """A message by the icon; clicking it opens `view`."""
        self.message_view = view
        self.tray.showMessage(
            title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_DURATION_MS
        )
