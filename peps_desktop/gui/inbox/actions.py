"""The inbox's actions: labels, shortcuts and icons in one place."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from peps_desktop.gui.shared.resources import icon


class InboxActions(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.open = self._action("openCourrierAction", self.tr("&Open"), "open-courrier", "Return")
        self.mark_read = self._action(
            "markReadAction", self.tr("Mark as &read"), "mark-read", "Ctrl+M"
        )
        self.mark_unread = self._action(
            "markUnreadAction", self.tr("Mark as &unread"), "mark-unread", "Ctrl+Shift+M"
        )
        self.assign_to_me = self._action(
            "assignToMeAction", self.tr("Assign to &me"), "assign", "Ctrl+Shift+A"
        )
        self.assign_to = self._action(
            "assignToAction", self.tr("Assign &to…"), "assign", "Ctrl+Shift+T"
        )
        self.archive = self._action("archiveAction", self.tr("&Archive"), "archive", "Ctrl+E")
        self.unarchive = self._action(
            "unarchiveAction", self.tr("&Unarchive"), "unarchive", "Ctrl+Shift+E"
        )
        self.refresh = self._action("refreshInboxAction", self.tr("Re&fresh"), "refresh", "")
        self.refresh.setShortcut(QKeySequence.StandardKey.Refresh)

    def _action(self, name: str, text: str, icon_name: str, shortcut: str) -> QAction:
        action = QAction(icon(icon_name), text, self.parent())
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            tip = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.iconText()} ({tip})")
        # The inbox is one page among others: its shortcuts work only while it has focus.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return action

    def on_selection(self) -> list[QAction]:
        return [
            self.open,
            self.mark_read,
            self.mark_unread,
            self.assign_to_me,
            self.assign_to,
            self.archive,
            self.unarchive,
        ]

    def all(self) -> list[QAction]:
        return [*self.on_selection(), self.refresh]
