"""A new query is read off the GUI thread: the old rows stay until the new ones come, and
none of them can be chosen meanwhile; a load overtaken by a newer one is dropped."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from peps_desktop.core.courriers.inbox import InboxQuery
from peps_desktop.gui.inbox.model import ID_ROLE, Column, InboxModel
from peps_desktop.gui.inbox.source import GuiThreadStoreCall, StoreInboxSource
from peps_desktop.gui.inbox.view import InboxView
from peps_desktop.store import Store
from tests.gui.inbox.conftest import CNRACL_COURRIERS, IRCANTEC_COURRIERS, Mailbox

VISIBLE_TO_LEA = CNRACL_COURRIERS + IRCANTEC_COURRIERS
IRCANTEC_ONLY = InboxQuery(services=("IRCANTEC",))


class HeldSource(StoreInboxSource):
    """The store's source, whose counts wait until the test lets them go."""

    def __init__(self, store: Store, user: object) -> None:
        super().__init__(store, user)  # type: ignore[arg-type]
        self.hold = threading.Event()
        self.hold.set()
        self.threads: list[str] = []

    def count(self, query: InboxQuery) -> int:
        self.threads.append(threading.current_thread().name)
        assert self.hold.wait(10)
        return super().count(query)


@pytest.fixture
def model(qtbot, store: Store, mailbox: Mailbox) -> InboxModel:  # type: ignore[no-untyped-def]
    shown = InboxModel(HeldSource(store, mailbox.lea))
    with qtbot.waitSignal(shown.loaded, timeout=5000):
        shown.set_query(InboxQuery())
    return shown


def _source(model: InboxModel) -> HeldSource:
    source = model._source
    assert isinstance(source, HeldSource)
    return source


def test_the_old_rows_stay_until_the_new_ones_come(qtbot, model: InboxModel) -> None:  # type: ignore[no-untyped-def]
    first = model.index(0, Column.OBJET).data()
    first_id = model.index(0, 0).data(ID_ROLE)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    source = _source(model)
    source.hold.clear()
    model.set_query(IRCANTEC_ONLY)
    assert model.loading
    # Painting meanwhile reads nothing (the guard would raise) and shows the old rows...
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            model.index(row, column).data()
    assert model.rowCount() == VISIBLE_TO_LEA
    assert model.index(0, Column.OBJET).data() == first
    # ...which can no longer be chosen.
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert resets == []
    with qtbot.waitSignal(model.loaded, timeout=5000):
        source.hold.set()
    assert resets == [IRCANTEC_COURRIERS]  # one swap, straight to the new rows
    assert model.index(0, 0).data(ID_ROLE) != first_id
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert not model.loading
    assert all(name != threading.main_thread().name for name in source.threads)


def test_a_load_overtaken_by_a_newer_one_is_dropped(qtbot, model: InboxModel) -> None:  # type: ignore[no-untyped-def]
    source = _source(model)
    source.hold.clear()
    model.set_query(InboxQuery(tab="archives"))
    model.set_query(IRCANTEC_ONLY)
    assert model.query == IRCANTEC_ONLY
    loads: list[int] = []
    model.loaded.connect(lambda: loads.append(model.rowCount()))
    source.hold.set()
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    qtbot.wait(100)  # the archives' load ends too, and must change nothing
    assert loads == [IRCANTEC_COURRIERS]
    assert model.rowCount() == IRCANTEC_COURRIERS


def test_the_guard_catches_a_store_call_on_the_gui_thread(store: Store, mailbox: Mailbox) -> None:
    source = StoreInboxSource(store, mailbox.lea)
    assert source.count(InboxQuery()) == VISIBLE_TO_LEA  # no query change: allowed
    source.changing = True
    with pytest.raises(GuiThreadStoreCall):
        source.count(InboxQuery())
    with pytest.raises(GuiThreadStoreCall):
        source.page_ids(InboxQuery(), 0, 10, VISIBLE_TO_LEA)


def test_a_stale_row_cannot_be_opened_nor_acted_on(qtbot, store, clock, mailbox, english) -> None:  # type: ignore[no-untyped-def]
    view = InboxView(store, clock, mailbox.lea)
    qtbot.addWidget(view)
    view.model._source = held = HeldSource(store, mailbox.lea)
    view.model._loader._source = held
    with qtbot.waitSignal(view.model.loaded, timeout=5000):
        view.load()
    view.show()
    view.select_rows([0])
    assert view.actions_.mark_read.isEnabled()
    held.hold.clear()
    view.filters.service.setCurrentIndex(view.filters.service.findData("IRCANTEC"))
    assert view.model.loading
    assert view.choice.selected_count() == 0
    assert not view.actions_.mark_read.isEnabled() and not view.actions_.open.isEnabled()
    with qtbot.assertNotEmitted(view.open_requested):
        view._open_index(view.model.index(0, 0))
    with qtbot.waitSignal(view.model.loaded, timeout=5000):
        held.hold.set()
    assert view.model.rowCount() == IRCANTEC_COURRIERS
    assert view.status.text() == f"{IRCANTEC_COURRIERS} courrier(s)"


def test_a_load_ending_after_its_model_is_gone_reaches_nothing(  # type: ignore[no-untyped-def]
    qtbot, store: Store, mailbox: Mailbox
) -> None:
    held = HeldSource(store, mailbox.lea)
    held.hold.clear()
    model = InboxModel(held)
    model.set_query(InboxQuery())
    model.deleteLater()
    qtbot.wait(50)  # the model is deleted, its load still waits
    held.hold.set()
    from PySide6.QtCore import QThreadPool

    assert QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(50)  # the load's end is delivered to nothing: no exception in the event loop
