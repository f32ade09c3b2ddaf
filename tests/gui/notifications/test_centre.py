"""The notification centre: the bell's count, the history with its unseen marks, choosing an
entry, marking all seen; the history is read and written off the GUI thread."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace

import pytest
from PySide6.QtCore import Qt

from peps_desktop.gui.notifications.bell import badge_text
from peps_desktop.gui.notifications.centre import (
    ENTRY_ROLE,
    UNSEEN_MARK,
    NotificationCentre,
    grouped,
)
from peps_desktop.gui.notifications.views import ACCOUNTS, INBOX

MORNING = dt.datetime(2026, 11, 25, 9, 30)


@dataclass(frozen=True)
class Row:
    id: int
    kind: str
    title: str
    raised_at: dt.datetime
    seen: bool = False


class MemoryHistory:
    """The ledger in memory; notes the threads it is called in."""

    def __init__(self, rows: list[Row]) -> None:
        self.rows = rows
        self.threads: set[int] = set()

    def history(self) -> Sequence[Row]:
        self.threads.add(threading.get_ident())
        return sorted(self.rows, key=lambda row: (row.raised_at, row.id), reverse=True)

    def mark_seen(self, ids: Sequence[int]) -> None:
        self.threads.add(threading.get_ident())
        self.rows = [replace(row, seen=True) if row.id in ids else row for row in self.rows]


def courriers_and_expiry() -> MemoryHistory:
    later = MORNING + dt.timedelta(hours=2)
    return MemoryHistory(
        [
            Row(
                1,
                "expiration_prochaine",
                "The account paul.durand expires on 10/01/2027",
                MORNING,
                True,
            ),
            # One notification of two courriers: a ledger row per courrier.
            Row(2, "nouveau_courrier", "2 new courriers", later),
            Row(3, "nouveau_courrier", "2 new courriers", later),
        ]
    )


def loaded_centre(qtbot, history: MemoryHistory) -> NotificationCentre:  # type: ignore[no-untyped-def]
    centre = NotificationCentre(history)
    qtbot.addWidget(centre)
    with qtbot.waitSignal(centre.loaded, timeout=5000):
        centre.refresh()
    return centre


def test_rows_raised_together_are_one_entry() -> None:
    entries = grouped(courriers_and_expiry().history())
    assert [(entry.ids, entry.kind, entry.seen) for entry in entries] == [
        ((3, 2), "nouveau_courrier", False),
        ((1,), "expiration_prochaine", True),
    ]


def test_the_bell_counts_the_unseen_and_the_history_marks_them(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    history = courriers_and_expiry()
    centre = loaded_centre(qtbot, history)
    assert threading.get_ident() not in history.threads  # read in the pool
    assert centre.unseen_count == 1
    assert centre.accessibleName() == "Notifications: 1 unseen"
    assert not centre.icon().isNull()

    panel = centre.panel
    items = [panel.list.item(row) for row in range(panel.list.count())]
    assert [item.text() for item in items] == [
        f"{UNSEEN_MARK} 2 new courriers\n25/11/2026 11:30",
        "The account paul.durand expires on 10/01/2027\n25/11/2026 09:30",
    ]
    assert items[0].font().bold() and not items[1].font().bold()
    assert items[0].data(Qt.ItemDataRole.AccessibleTextRole).startswith("Unseen: ")
    assert panel.mark_all_button.isEnabled()
    assert panel.empty_label.isHidden()


# The offscreen platform's notices about the popup, not faults of the application.
OFFSCREEN_POPUP = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing"
)


@OFFSCREEN_POPUP
def test_choosing_an_entry_opens_its_view_and_marks_it_seen(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    history = courriers_and_expiry()
    centre = loaded_centre(qtbot, history)
    centre.open_panel()
    assert centre.panel.isVisible()
    first = centre.panel.list.item(0)
    assert first.data(ENTRY_ROLE).kind == "nouveau_courrier"
    with qtbot.waitSignal(centre.loaded, timeout=5000):
        pass  # the read the panel asked for as it opened
    opened_views: list[str] = []
    centre.open_requested.connect(opened_views.append)
    with qtbot.waitSignal(centre.loaded, timeout=5000):
        centre.panel.list.itemClicked.emit(centre.panel.list.item(0))
    assert opened_views == [INBOX]
    assert not centre.panel.isVisible()
    assert {row.id for row in history.rows if row.seen} == {1, 2, 3}  # both courriers' rows
    assert centre.unseen_count == 0
    assert centre.accessibleName() == "Notifications: none unseen"

    centre.panel.list.itemClicked.emit(centre.panel.list.item(1))
    assert opened_views == [INBOX]  # the panel was closed: nothing to choose from

    with qtbot.waitSignal(centre.loaded, timeout=5000):
        centre.open_panel()
    centre.panel.list.itemActivated.emit(centre.panel.list.item(1))  # the keyboard's way
    centre.panel.list.itemClicked.emit(centre.panel.list.item(1))  # the same click
    assert opened_views == [INBOX, ACCOUNTS]


def test_mark_all_as_seen(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    history = courriers_and_expiry()
    history.rows.append(Row(4, "revue_due", "The account review is due", MORNING))
    centre = loaded_centre(qtbot, history)
    assert centre.unseen_count == 2
    with qtbot.waitSignal(centre.loaded, timeout=5000):
        centre.panel.mark_all_button.click()
    assert all(row.seen for row in history.rows)
    assert centre.unseen_count == 0
    assert not centre.panel.mark_all_button.isEnabled()
    assert all(
        not centre.panel.list.item(row).text().startswith(UNSEEN_MARK)
        for row in range(centre.panel.list.count())
    )


def test_an_empty_history_says_so(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    centre = loaded_centre(qtbot, MemoryHistory([]))
    assert centre.panel.list.isHidden()
    assert centre.panel.empty_label.text() == "No notifications yet."
    assert not centre.panel.mark_all_button.isEnabled()


def test_the_badge_text() -> None:
    assert [badge_text(count) for count in (0, 1, 9, 10, 250)] == ["", "1", "9", "9+", "9+"]
