"""The notification centre: a bell in the window's header and the history it opens.

Always there, tray or not: every notification the checks raise is kept in the store's
ledger (core.notifications) and listed here, newest first, the unseen ones marked. Choosing
one opens the view it speaks of and marks it seen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.gui.notifications.bell import ICON_SIZE, bell_icon
from peps_desktop.gui.notifications.views import kind_label, view_of_kind
from peps_desktop.gui.shared.tasks import TaskRunner
from peps_desktop.i18n import format_number

BELL_STYLE = """
#notificationBell { border: none; border-radius: 16px; padding: 4px; }
#notificationBell:hover, #notificationBell:focus { background: #2c5394; }
"""
PANEL_STYLE = """
#notificationPanel { background: white; border: 1px solid #b8c4d6; }
#notificationPanelTitle { font-weight: bold; color: #1b3a6b; }
#notificationHistory { border: none; selection-background-color: #d6e4f7;
                       selection-color: #0f1f38; }
#notificationHistory::item { padding: 6px 4px; border-bottom: 1px solid #eef2f8; }
#notificationHistory::item:selected { background: #d6e4f7; color: #0f1f38; }
#notificationEmpty { color: #5a6470; }
"""
ENTRY_ROLE = Qt.ItemDataRole.UserRole
UNSEEN_MARK = "●"


class LedgerRowLike(Protocol):
    """What the centre reads of core.notifications.HistoryEntry: one row per item told."""

    @property
    def id(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def raised_at(self) -> dt.datetime: ...
    @property
    def seen(self) -> bool: ...


class HistorySource(Protocol):
    """The signed-in person's history; called in the thread pool, never on the GUI thread."""

    def history(self) -> Sequence[LedgerRowLike]: ...
    def mark_seen(self, ids: Sequence[int]) -> None: ...


@dataclass(frozen=True)
class CentreEntry:
    """One notification as it was raised: the ledger keeps a row per item it told of."""

    ids: tuple[int, ...]
    kind: str
    title: str
    raised_at: dt.datetime
    seen: bool


def grouped(rows: Iterable[LedgerRowLike]) -> tuple[CentreEntry, ...]:
    """Rows raised together (same kind, time and title) as one entry, in the rows' order."""
    groups: dict[tuple[str, dt.datetime, str], list[LedgerRowLike]] = {}
    for row in rows:
        groups.setdefault((row.kind, row.raised_at, row.title), []).append(row)
    return tuple(
        CentreEntry(
            tuple(row.id for row in members),
            kind,
            title,
            raised_at,
            all(row.seen for row in members),
        )
        for (kind, raised_at, title), members in groups.items()
    )


class NotificationPanel(QFrame):
    """The history, in a popup below the bell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("notificationPanel")
        self.setStyleSheet(PANEL_STYLE)
        self.resize(420, 380)
        title = QLabel(self.tr("Notifications"))
        title.setObjectName("notificationPanelTitle")
        self.mark_all_button = QPushButton(self.tr("Mark all as &seen"))
        self.mark_all_button.setObjectName("markAllSeenButton")
        self.list = QListWidget()
        self.list.setObjectName("notificationHistory")
        self.list.setAccessibleName(self.tr("Notification history"))
        self.list.setWordWrap(True)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.empty_label = QLabel(self.tr("No notifications yet."))
        self.empty_label.setObjectName("notificationEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch()
        top.addWidget(self.mark_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label, 1)
        self.show_entries(())

    def show_entries(self, entries: Sequence[CentreEntry]) -> None:
        current = self.list.currentRow()
        self.list.clear()
        for entry in entries:
            self.list.addItem(self._item(entry))
        self.list.setVisible(bool(entries))
        self.empty_label.setVisible(not entries)
        self.mark_all_button.setEnabled(any(not entry.seen for entry in entries))
        if 0 <= current < self.list.count():
            self.list.setCurrentRow(current)

    def _item(self, entry: CentreEntry) -> QListWidgetItem:
        title = entry.title or kind_label(entry.kind)
        when = entry.raised_at.strftime("%d/%m/%Y %H:%M")
        text = f"{title}\n{when}"
        item = QListWidgetItem(text if entry.seen else f"{UNSEEN_MARK} {text}")
        item.setData(ENTRY_ROLE, entry)
        item.setToolTip(kind_label(entry.kind))
        spoken = f"{title}, {when}"
        if not entry.seen:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
            spoken = self.tr("Unseen: {entry}").format(entry=spoken)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        return item


class NotificationCentre(QToolButton):
    """The bell: its badge counts the unseen notifications; it opens the history."""

    open_requested = Signal(str)  # a view of views.py
    loaded = Signal()  # the history and the count are up to date

    def __init__(self, source: HistorySource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationBell")
        self.setStyleSheet(BELL_STYLE)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._source = source
        self.entries: tuple[CentreEntry, ...] = ()
        self._drawn_count: int | None = None  # the count the bell's icon shows
        self._reload_wanted = False
        self._ids_to_mark: list[int] = []
        self.loader = TaskRunner(self)
        self.loader.succeeded.connect(self._show)
        self.loader.refused.connect(self._load_refused)
        self.loader.finished.connect(self._load_ended)
        self.panel = NotificationPanel(self)
        self.panel.mark_all_button.clicked.connect(self.mark_all_seen)
        self.panel.list.itemClicked.connect(self._entry_chosen)
        self.panel.list.itemActivated.connect(self._entry_chosen)
        self.clicked.connect(self.open_panel)
        self._show_count()

    @property
    def unseen_count(self) -> int:
        return sum(1 for entry in self.entries if not entry.seen)

    # --- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the history again off the GUI thread; `loaded` says when it is shown."""
        if self.loader.busy:
            self._reload_wanted = True  # the running load may miss a change: again after it
            return
        self._reload_wanted = False
        ids, self._ids_to_mark = self._ids_to_mark, []
        source = self._source

        def work() -> tuple[CentreEntry, ...]:
            if ids:
                source.mark_seen(ids)
            return grouped(source.history())

        self.loader.run(work)

    def mark_all_seen(self) -> None:
        self.mark_seen([row for entry in self.entries if not entry.seen for row in entry.ids])

    def mark_seen(self, ids: Sequence[int]) -> None:
        """Mark these ledger rows seen in the store, then read the history again."""
        if ids:
            self._ids_to_mark.extend(ids)
            self.refresh()

    def _show(self, entries: tuple[CentreEntry, ...]) -> None:
        if entries != self.entries:  # most checks raise nothing: the list stays as it is
            self.entries = entries
            self.panel.show_entries(entries)
        self._show_count()

    def _load_refused(self, message: str) -> None:
        self.setToolTip(message)

    def _load_ended(self) -> None:
        if self._reload_wanted:
            self.refresh()
        else:
            self.loaded.emit()

    def _show_count(self) -> None:
        count = self.unseen_count
        if count != self._drawn_count:  # drawing the bell is most of a refresh's time
            self._drawn_count = count
            self.setIcon(bell_icon(count))
        if count:
            description = self.tr("Notifications: {count} unseen").format(
                count=format_number(count)
            )
        else:
            description = self.tr("Notifications: none unseen")
        self.setToolTip(description)
        self.setAccessibleName(description)

    # --- the panel --------------------------------------------------------------------------

    def open_panel(self) -> None:
        """The history below the bell, read again as it opens."""
        corner = self.mapToGlobal(QPoint(self.width(), self.height()))
        self.panel.move(corner.x() - self.panel.width(), corner.y() + 4)
        self.panel.show()
        self.panel.list.setFocus()
        self.refresh()

    def _entry_chosen(self, item: QListWidgetItem) -> None:
        if not self.panel.isVisible():
            return  # a click that also activates: the first signal opened it already
        entry: CentreEntry = item.data(ENTRY_ROLE)
        self.panel.hide()
        if not entry.seen:
            self.mark_seen(entry.ids)
        self.open_requested.emit(view_of_kind(entry.kind))
