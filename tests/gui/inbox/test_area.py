"""The inbox in the window: open a courrier from the list, read it, come back; the unread
count follows in the navigation, the title and the dashboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.gui.app import build_window
from peps_desktop.gui.inbox.area import InboxArea
from peps_desktop.gui.inbox.model import Column
from peps_desktop.store import Store
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.factories import add_courrier


def test_open_read_and_come_back_with_the_counts_following(  # type: ignore[no-untyped-def]
    qtbot, settings, store: Store, clock: FixedClock, english: None
) -> None:
    with store.session() as session:
        for number in range(3):
            add_courrier(session, "CNRACL", objet=f"Facture {number}")
    window = build_window(
        store, clock, sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD), settings
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.dashboard.refreshed, timeout=5000):
        window.show()
    assert window.area_labels()[1] == "Your courriers (3)"
    assert window.windowTitle().startswith("(3 unread)")

    inbox = window.inbox
    assert isinstance(inbox, InboxArea)
    window.show_page(inbox)
    view = inbox.view
    assert view.table.hasFocus()  # the list's shortcuts work at once
    view.table.selectRow(0)
    objet = view.model.index(0, Column.OBJET).data()
    with qtbot.waitSignal(view.unread_changed, timeout=5000):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert inbox.currentWidget() is inbox.reader
    assert inbox.reader.objet_label.text() == objet
    # The list is read again off the GUI thread: the row turns plain when it comes back.
    qtbot.waitUntil(
        lambda: view.model.index(0, Column.OBJET).data(Qt.ItemDataRole.FontRole) is None,
        timeout=5000,
    )
    assert window.area_labels()[1] == "Your courriers (2)"
    assert window.windowTitle().startswith("(2 unread)")
    qtbot.waitUntil(lambda: window.dashboard.unread_card.value_label.text() == "2")

    qtbot.keyClick(inbox.reader, Qt.Key.Key_Escape)
    assert inbox.currentWidget() is view
    assert view.table.hasFocus()


def test_the_dashboard_leads_to_the_inbox(
    qtbot, settings, store: Store, clock: FixedClock, english: None
) -> None:  # type: ignore[no-untyped-def]
    window = build_window(
        store, clock, sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD), settings
    )
    qtbot.addWidget(window)
    window.show()
    link = window.dashboard.findChild(QPushButton, "unreadCourriersCardLink")
    assert link.text() == "Read them"
    link.click()
    assert window.pages.currentWidget() is window.inbox
    assert window.navigation.currentRow() == 1
    assert window.inbox.view.filters.read_state.currentData() == "unread"
