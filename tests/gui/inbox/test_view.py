"""The inbox view: tabs, filters, saved views, bulk actions and their shortcuts."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from peps_desktop.core.courriers import inbox
from peps_desktop.core.courriers.inbox import InboxQuery
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.errors import UserError
from peps_desktop.gui.inbox import view as view_module
from peps_desktop.gui.inbox.assign_dialog import AssignDialog
from peps_desktop.gui.inbox.model import ID_ROLE, Column
from peps_desktop.gui.inbox.view import InboxView
from peps_desktop.store import Store
from peps_desktop.store.models import Courrier, CourrierRead
from tests.gui.inbox.conftest import CNRACL_COURRIERS, IRCANTEC_COURRIERS, Mailbox

VISIBLE_TO_LEA = CNRACL_COURRIERS + IRCANTEC_COURRIERS


@pytest.fixture
def view(qtbot, store: Store, clock: FixedClock, mailbox: Mailbox, english: None) -> InboxView:  # type: ignore[no-untyped-def]
    widget = InboxView(store, clock, mailbox.lea)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    with qtbot.waitSignal(widget.model.loaded, timeout=5000):
        widget.load()
    widget.show()
    return widget


def changed(qtbot, view: InboxView, change) -> None:  # type: ignore[no-untyped-def]
    """Make a change to the query and wait for its rows, read off the GUI thread."""
    with qtbot.waitSignal(view.model.loaded, timeout=5000):
        change()


def row_of(view: InboxView, courrier_id: int) -> int:
    for row in range(view.model.rowCount()):
        if view.model.index(row, 0).data(ID_ROLE) == courrier_id:
            return row
    raise AssertionError(f"courrier {courrier_id} is not listed")


def select_ids(view: InboxView, ids: list[int]) -> None:
    view.select_rows(sorted(row_of(view, courrier_id) for courrier_id in ids))


def act(qtbot, view: InboxView, trigger) -> None:  # type: ignore[no-untyped-def]
    """An action, then the list read again (off the GUI thread) after it."""
    with qtbot.waitSignal(view.change_finished, timeout=5000):
        trigger()
    if view.model.loading:
        qtbot.waitSignal(view.model.loaded, timeout=5000).wait()


def read_by(store: Store, mailbox: Mailbox) -> set[int]:
    with store.read_session() as session:
        return set(
            session.scalars(
                select(CourrierRead.courrier_id).where(
                    CourrierRead.account_id == mailbox.lea.account_id
                )
            )
        )


def test_lists_the_users_courriers_and_counts_them(view: InboxView) -> None:
    assert view.model.rowCount() == VISIBLE_TO_LEA
    assert view.status.text() == f"{VISIBLE_TO_LEA} courrier(s)"
    assert view.tabs.tabText(0) == "Courriers" and view.tabs.tabText(1) == "Archives"
    header = view.table.horizontalHeader()
    assert header.sortIndicatorSection() == Column.RECU_LE
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_the_archives_tab(qtbot, view: InboxView, mailbox: Mailbox) -> None:  # type: ignore[no-untyped-def]
    changed(qtbot, view, lambda: view.tabs.setCurrentIndex(1))
    assert [view.model.index(0, 0).data(ID_ROLE)] == [mailbox.archived]
    assert view.model.rowCount() == 1
    assert view.actions_.unarchive.isVisible() and not view.actions_.archive.isVisible()
    view.table.setFocus()
    changed(
        qtbot,
        view,
        lambda: qtbot.keyClick(view.table, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier),
    )
    assert view.tabs.currentIndex() == 0


def test_search_runs_after_a_pause_or_on_enter(qtbot, view: InboxView) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(view.filters.search, "IRC-0003")
    assert view.model.rowCount() == VISIBLE_TO_LEA  # not yet: the user is still typing
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)
    assert view.model.index(0, Column.REFERENCE).data() == "IRC-0003"
    view.filters.search.setText("aucun courrier ne parle de cela")
    changed(qtbot, view, lambda: qtbot.keyClick(view.filters.search, Qt.Key.Key_Return))
    assert view.model.rowCount() == 0
    assert view.status.text() == "No courrier matches these filters."


def test_filters_combine_and_clear(qtbot, view: InboxView) -> None:  # type: ignore[no-untyped-def]
    filters = view.filters
    changed(
        qtbot, view, lambda: filters.service.setCurrentIndex(filters.service.findData("IRCANTEC"))
    )
    assert view.model.rowCount() == IRCANTEC_COURRIERS
    filters.service.setCurrentIndex(filters.service.findData("CNRACL"))
    changed(qtbot, view, lambda: filters.action.setCurrentIndex(filters.action.findData(True)))
    assert view.model.rowCount() == len(range(0, CNRACL_COURRIERS, 3))
    changed(
        qtbot, view, lambda: filters.read_state.setCurrentIndex(filters.read_state.findData("read"))
    )
    assert view.model.rowCount() == 0
    changed(qtbot, view, filters.clear.click)
    assert view.model.rowCount() == VISIBLE_TO_LEA


def test_saved_views(
    qtbot, view: InboxView, store: Store, clock: FixedClock, mailbox: Mailbox
) -> None:  # type: ignore[no-untyped-def]
    inbox.assign(store, clock, mailbox.marc, mailbox.ircantec[:2], mailbox.lea.login)
    saved = view.filters.saved_view
    changed(qtbot, view, lambda: saved.setCurrentIndex(saved.findData("a_traiter")))
    assert sorted(view.model.ids_of_rows(list(range(view.model.rowCount())))) == sorted(
        mailbox.ircantec[:2]
    )
    changed(qtbot, view, lambda: saved.setCurrentIndex(saved.findData("action_requise")))
    assert view.model.query == InboxQuery(requires_action=True)
    # Changing a filter by hand leaves the saved view.
    view.filters.service.setCurrentIndex(view.filters.service.findData("IRCANTEC"))
    assert saved.currentData() == "all"
    assert view.model.query.requires_action is True


def test_bulk_mark_read_then_unread_by_shortcut(
    qtbot, view: InboxView, store: Store, mailbox: Mailbox
) -> None:  # type: ignore[no-untyped-def]
    chosen = [mailbox.cnracl[-1], mailbox.cnracl[-2], mailbox.ircantec[0]]
    select_ids(view, chosen)
    view.table.setFocus()
    with qtbot.waitSignal(view.unread_changed, timeout=5000) as unread:
        act(
            qtbot,
            view,
            lambda: qtbot.keyClick(view.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier),
        )
    assert read_by(store, mailbox) == set(chosen)
    assert unread.args == [VISIBLE_TO_LEA - 3]
    assert view.model.index(row_of(view, chosen[0]), 0).data(Qt.ItemDataRole.FontRole) is None
    assert view.message_bar.label.text() == "3 courrier(s) marked as read."
    act(
        qtbot,
        view,
        lambda: qtbot.keyClick(
            view.table,
            Qt.Key.Key_M,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        ),
    )
    assert read_by(store, mailbox) == set()


def test_archive_moves_the_courriers_to_the_archives(
    qtbot, view: InboxView, store: Store, mailbox: Mailbox
) -> None:  # type: ignore[no-untyped-def]
    select_ids(view, mailbox.ircantec[:3])
    act(qtbot, view, view.actions_.archive.trigger)
    assert view.model.rowCount() == VISIBLE_TO_LEA - 3
    changed(qtbot, view, lambda: view.tabs.setCurrentIndex(1))
    assert view.model.rowCount() == 4
    select_ids(view, mailbox.ircantec[:1])
    act(qtbot, view, view.actions_.unarchive.trigger)
    with store.read_session() as session:
        archived = session.scalar(select(func.count()).where(Courrier.archived.is_(True)))
    assert archived == 3


def test_reading_rights_only_cannot_archive_or_assign(
    qtbot, view: InboxView, store: Store, mailbox: Mailbox
) -> None:  # type: ignore[no-untyped-def]
    select_ids(view, [mailbox.cnracl[0], mailbox.ircantec[0]])  # CNRACL: lecture only
    assert view.actions_.mark_read.isEnabled()
    assert not view.actions_.archive.isEnabled()
    assert not view.actions_.assign_to_me.isEnabled()
    # Even if asked anyway, the core refuses and nothing changes.
    view._run(inbox.archive, "{count}")
    qtbot.waitUntil(lambda: not view.changer.busy, timeout=5000)
    assert "modification right" in view.message_bar.label.text()
    with store.read_session() as session:
        assert session.scalar(select(func.count()).where(Courrier.archived.is_(True))) == 1


def test_assign_to_me_and_to_a_colleague(
    qtbot, view: InboxView, store: Store, mailbox: Mailbox, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    chosen = mailbox.ircantec[:2]
    select_ids(view, chosen)
    act(qtbot, view, view.actions_.assign_to_me.trigger)
    assert view.model.index(row_of(view, chosen[0]), Column.ASSIGNED).data() == "Lea Petit"

    offered: list[list[str]] = []

    def choose_marc(dialog: AssignDialog) -> int:
        logins = [
            dialog.colleagues.item(number).data(Qt.ItemDataRole.UserRole)
            for number in range(dialog.colleagues.count())
        ]
        offered.append(logins)
        dialog.colleagues.setCurrentRow(logins.index("marc.roux"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(AssignDialog, "exec", choose_marc)
    select_ids(view, chosen)
    act(qtbot, view, view.actions_.assign_to.trigger)
    # Nobody, then those with rights on IRCANTEC (the administrator has them all).
    assert offered == [["", "claire.martin", "lea.petit", "marc.roux"]]
    for courrier_id in chosen:
        assert view.model.index(row_of(view, courrier_id), Column.ASSIGNED).data() == "Marc Roux"
    assert view.message_bar.label.text() == "2 courrier(s) assigned to Marc Roux."


def test_the_colleagues_are_read_off_the_gui_thread_and_a_refusal_is_said(
    qtbot, view: InboxView, mailbox: Mailbox, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    threads: list[bool] = []
    reading = inbox.colleagues_for

    def colleagues_for(*args):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return reading(*args)

    monkeypatch.setattr(inbox, "colleagues_for", colleagues_for)
    monkeypatch.setattr(AssignDialog, "exec", lambda _dialog: QDialog.DialogCode.Rejected.value)
    select_ids(view, mailbox.ircantec[:1])
    with qtbot.waitSignal(view.colleague_finder.finished, timeout=5000):
        view.actions_.assign_to.trigger()
    assert threads == [False]

    def refuse(*_args):  # type: ignore[no-untyped-def]
        raise UserError("Vous n’avez pas le droit de modification sur ce service.")

    monkeypatch.setattr(inbox, "colleagues_for", refuse)
    with qtbot.waitSignal(view.colleague_finder.finished, timeout=5000):
        view.actions_.assign_to.trigger()
    assert view.message_bar.label.text() == (
        "Vous n’avez pas le droit de modification sur ce service."
    )


def test_too_large_a_selection_is_refused_with_a_message(
    view: InboxView, store: Store, mailbox: Mailbox, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(view_module, "MAX_SELECTED", 10)
    view.table.selectAll()
    view.actions_.mark_read.trigger()
    assert "at most 10 at a time" in view.message_bar.label.text()
    assert not view.changer.busy
    assert read_by(store, mailbox) == set()


def test_enter_or_double_click_opens_the_current_courrier(
    qtbot, view: InboxView, mailbox: Mailbox
) -> None:  # type: ignore[no-untyped-def]
    select_ids(view, [mailbox.cnracl[-1]])
    view.table.setCurrentIndex(view.model.index(0, 0))
    view.table.setFocus()
    with qtbot.waitSignal(view.open_requested, timeout=1000) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [mailbox.cnracl[-1]]
    # Return in the search field searches, it opens nothing.
    view.activateWindow()
    view.filters.search.setFocus()
    qtbot.waitUntil(view.filters.search.hasFocus, timeout=1000)
    with qtbot.assertNotEmitted(view.open_requested):
        qtbot.keyClick(view.filters.search, Qt.Key.Key_Return)


def test_news_while_hidden_are_read_when_the_inbox_shows_again(  # type: ignore[no-untyped-def]
    qtbot, view: InboxView, store: Store, clock: FixedClock, mailbox: Mailbox
) -> None:
    view.hide()
    inbox.archive(store, clock, mailbox.marc, mailbox.ircantec[:1])
    with qtbot.waitSignal(view.unread_changed, timeout=5000) as unread:
        view.refresh_when_shown()
    assert unread.args == [VISIBLE_TO_LEA - 1]
    assert view.model.rowCount() == VISIBLE_TO_LEA  # not read again while hidden
    changed(qtbot, view, view.show)
    assert view.model.rowCount() == VISIBLE_TO_LEA - 1
