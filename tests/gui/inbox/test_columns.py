"""The inbox's columns: Objet takes the free width, the least needed columns make room for it
in a small window, and the widths, order and columns the user chose come back next time."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTableView, QToolBar

from peps_desktop.gui.app import build_window
from peps_desktop.gui.inbox.arrangement import PanePosition
from peps_desktop.gui.inbox.columns import OBJET_ROOM, SAVE_DELAY_MS
from peps_desktop.gui.inbox.model import ID_ROLE, Column
from peps_desktop.gui.inbox.view import InboxView
from peps_desktop.gui.main_window import MainWindow
from peps_desktop.gui.settings.preferences import AppSettings
from tests.gui.inbox.conftest import Mailbox


@pytest.fixture(autouse=True)
def no_job_left_running(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    QThreadPool.globalInstance().waitForDone(5000)


def open_window(qtbot, store, clock, mailbox: Mailbox, settings) -> tuple[MainWindow, InboxView]:  # type: ignore[no-untyped-def]
    window = build_window(store, clock, mailbox.lea, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.inbox is not None
    window.show_page(window.inbox)
    view = window.inbox.view
    qtbot.waitUntil(lambda: not view.model.loading and view.model.total > 0, timeout=5000)
    return window, view


def unclipped_columns(table: QTableView) -> bool:
    """No column narrower than its header's text, and no sideways scrolling."""
    header = table.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    return not table.horizontalScrollBar().isVisible() and all(
        header.sectionSize(c) >= header.sectionSizeHint(c) for c in shown
    )


def read_whole(table: QTableView, column: Column, words: tuple[str, ...]) -> bool:
    """The column left out, or wide enough for each word in bold (an unread row), with the
    margins a cell keeps on either side."""
    header = table.horizontalHeader()
    if header.isSectionHidden(column):
        return True
    font = QFont(table.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    return all(metrics.horizontalAdvance(word) + 6 <= header.sectionSize(column) for word in words)


def all_shown(toolbar: QToolBar) -> bool:
    """None of the toolbar's actions pushed into its overflow menu."""
    return all(
        toolbar.widgetForAction(action).isVisible()
        for action in toolbar.actions()
        if action.isVisible() and not action.isSeparator()
    )


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
@pytest.mark.parametrize("position", list(PanePosition))
def test_nothing_is_clipped_and_objet_has_its_room(  # type: ignore[no-untyped-def]
    qtbot, store, clock, mailbox, settings, french, size, position
) -> None:
    window, view = open_window(qtbot, store, clock, mailbox, settings)
    window.resize(*size)
    view.set_pane_position(position)
    view.select_rows([0])
    qtbot.waitUntil(lambda: unclipped_columns(view.table), timeout=2000)

    header = view.table.horizontalHeader()
    assert header.sectionSize(Column.OBJET) >= OBJET_ROOM
    assert not header.isSectionHidden(Column.RECU_LE)
    assert not header.isSectionHidden(Column.SERVICE)
    assert all_shown(view.findChild(QToolBar, "inboxToolbar"))
    # Once « Notificat… »: a type is read whole, or the column is left to the reader.
    assert read_whole(view.table, Column.TYPE, ("Notification", "État de compte", "Attestation"))
    if position != PanePosition.OFF:
        reader = view.pane.reader
        assert reader is not None
        qtbot.waitUntil(lambda: reader.current is not None, timeout=5000)
        assert all_shown(reader.toolbar)
    if position == PanePosition.OFF and size == (1280, 800):
        # The room for every column: none left out.
        assert not any(header.isSectionHidden(c) for c in Column)


def test_objet_takes_the_free_width(qtbot, store, clock, mailbox, settings, english) -> None:  # type: ignore[no-untyped-def]
    window, view = open_window(qtbot, store, clock, mailbox, settings)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: unclipped_columns(view.table), timeout=2000)
    header = view.table.horizontalHeader()
    narrow = header.sectionSize(Column.OBJET)
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: header.sectionSize(Column.OBJET) > narrow, timeout=2000)
    total = sum(header.sectionSize(c) for c in Column)
    assert total == view.table.viewport().width()  # Objet fills what the others leave


def test_widths_order_and_columns_chosen_come_back(  # type: ignore[no-untyped-def]
    qtbot, store, clock, mailbox, settings, english
) -> None:
    window, view = open_window(qtbot, store, clock, mailbox, settings)
    window.resize(1280, 800)
    header = view.table.horizontalHeader()
    assert not view.columns.arranged
    header.resizeSection(Column.TYPE, 222)
    header.moveSection(header.visualIndex(Column.ASSIGNED), 1)  # Assigné à after the date
    view.columns.show_column(Column.REFERENCE, False)
    assert view.columns.arranged
    qtbot.wait(SAVE_DELAY_MS * 2)  # written once the user stops
    window.close()

    again, view = open_window(qtbot, store, clock, mailbox, AppSettings(settings._path))
    again.resize(1280, 800)
    header = view.table.horizontalHeader()
    assert header.sectionSize(Column.TYPE) == 222
    assert header.visualIndex(Column.ASSIGNED) == 1
    assert header.isSectionHidden(Column.REFERENCE)
    # The list opens sorted as designed (the newest first), whatever the header kept.
    assert header.sortIndicatorSection() == Column.RECU_LE
    assert view.model.query.sort == "recu_le"


def test_assigned_to_shows_first_name_and_surname(  # type: ignore[no-untyped-def]
    qtbot, store, clock, mailbox, settings, english
) -> None:
    from peps_desktop.core.courriers import inbox

    inbox.assign(store, clock, mailbox.lea, mailbox.ircantec[:1], "marc.roux")
    _window, view = open_window(qtbot, store, clock, mailbox, settings)
    texts = {view.model.index(row, Column.ASSIGNED).data() for row in range(view.model.rowCount())}
    assert "Marc Roux" in texts
    assert "marc.roux" not in texts


def test_the_reader_shows_all_its_actions_at_1024_pixels(  # type: ignore[no-untyped-def]
    qtbot, store, clock, mailbox, settings, french
) -> None:
    window, view = open_window(qtbot, store, clock, mailbox, settings)
    window.resize(1024, 768)
    view.select_rows([0])
    assert window.inbox is not None
    window.inbox.open_courrier(view.model.index(0, 0).data(ID_ROLE))
    reader = window.inbox.reader
    qtbot.waitUntil(lambda: reader.current is not None, timeout=5000)
    assert all_shown(reader.toolbar)
