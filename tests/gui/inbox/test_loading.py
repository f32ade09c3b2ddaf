"""A new query is read off the GUI thread: the old rows stay until the new ones come, and
none of them can be chosen meanwhile; a load overtaken by a newer one is dropped."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from peps_desktop.core.courriers import inbox
from peps_desktop.core.courriers.inbox import InboxQuery
from peps_desktop.gui.inbox.model import ID_ROLE, PAGE_SIZE, Column, InboxModel
from peps_desktop.gui.inbox.source import GuiThreadStoreCall, StoreInboxSource
from peps_desktop.gui.inbox.view import InboxView
from peps_desktop.store import Store
from tests.gui.inbox.conftest import CNRACL_COURRIERS, IRCANTEC_COURRIERS, Mailbox

VISIBLE_TO_LEA = CNRACL_COURRIERS + IRCANTEC_COURRIERS
IRCANTEC_ONLY = InboxQuery(services=("IRCANTEC",))


class HeldSource(StoreInboxSource):
    """The store's source, whose counts and first pages wait until the test lets them go."""

    def __init__(self, store: Store, user: object) -> None:
        super().__init__(store, user)  # type: ignore[arg-type]
        self.hold = threading.Event()
        self.hold.set()
        self.threads: list[str] = []

    def _wait(self) -> None:
        self.threads.append(threading.current_thread().name)
        assert self.hold.wait(10)

    def count(self, query: InboxQuery) -> int:
        self._wait()
        return super().count(query)

    def first_page(self, query: InboxQuery, limit: int) -> tuple[list[int], int | None]:
        self._wait()
        return super().first_page(query, limit)


class HeldCountSource(HeldSource):
    """Only the counts wait: a long list's first page comes at once."""

    def first_page(self, query: InboxQuery, limit: int) -> tuple[list[int], int | None]:
        return StoreInboxSource.first_page(self, query, limit)


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
    with pytest.raises(GuiThreadStoreCall):
        source.first_page(InboxQuery(), 10)


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


@pytest.fixture
def long_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    """Léa's courriers count as a long list (IRCANTEC's alone do not)."""
    monkeypatch.setattr(inbox, "FREQUENT_MATCHES", IRCANTEC_COURRIERS + 1)


def first_page_of_a_long_list(  # type: ignore[no-untyped-def]
    qtbot, store: Store, mailbox: Mailbox
) -> tuple[InboxModel, HeldCountSource]:
    """A model showing Léa's first page, its count held."""
    held = HeldCountSource(store, mailbox.lea)
    held.hold.clear()
    model = InboxModel(held)
    with qtbot.waitSignal(model.first_page_shown, timeout=5000):
        model.set_query(InboxQuery())
    return model, held


def test_a_long_lists_first_page_is_shown_before_its_count(  # type: ignore[no-untyped-def]
    qtbot, store: Store, mailbox: Mailbox, long_lists: None
) -> None:
    model, held = first_page_of_a_long_list(qtbot, store, mailbox)
    # The first page, its rows in their places, the count still being read...
    expected = inbox.page_ids(store, mailbox.lea, InboxQuery(), 0, VISIBLE_TO_LEA)
    assert model.rowCount() == PAGE_SIZE
    assert [model.index(row, 0).data(ID_ROLE) for row in range(PAGE_SIZE)] == expected[:PAGE_SIZE]
    assert model.loading
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    # ...then every row, once counted: added after the first page, not swapped.
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    with qtbot.waitSignal(model.loaded, timeout=5000):
        held.hold.set()
    assert resets == []
    assert model.rowCount() == VISIBLE_TO_LEA
    assert [model.index(row, 0).data(ID_ROLE) for row in range(VISIBLE_TO_LEA)] == expected
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert not model.loading


def test_a_count_overtaken_by_a_newer_query_is_dropped(  # type: ignore[no-untyped-def]
    qtbot, store: Store, mailbox: Mailbox, long_lists: None
) -> None:
    model, held = first_page_of_a_long_list(qtbot, store, mailbox)
    with qtbot.waitSignal(model.loaded, timeout=5000):  # a short list: counted with its page
        model.set_query(IRCANTEC_ONLY)
    assert model.rowCount() == IRCANTEC_COURRIERS and not model.loading
    loads: list[int] = []
    model.loaded.connect(lambda: loads.append(model.rowCount()))
    held.hold.set()
    qtbot.wait(200)  # the first query's count ends, and must change nothing
    assert loads == []
    assert model.rowCount() == IRCANTEC_COURRIERS


def test_a_long_list_passes_the_model_tester(  # type: ignore[no-untyped-def]
    qtmodeltester, qtbot, store: Store, mailbox: Mailbox, long_lists: None
) -> None:
    model = InboxModel(StoreInboxSource(store, mailbox.lea))
    qtmodeltester.check(model, force_py=True)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_query(InboxQuery())
    assert model.rowCount() == VISIBLE_TO_LEA
    qtmodeltester.check(model, force_py=True)


def test_the_status_says_the_count_is_under_way(  # type: ignore[no-untyped-def]
    qtbot, store, clock, mailbox, english, long_lists
) -> None:
    view = InboxView(store, clock, mailbox.lea)
    qtbot.addWidget(view)
    view.model._source = held = HeldCountSource(store, mailbox.lea)
    view.model._loader._source = held
    held.hold.clear()
    with qtbot.waitSignal(view.model.first_page_shown, timeout=5000):
        view.load()
    assert view.status.text() == "Counting the courriers…"
    with qtbot.waitSignal(view.model.loaded, timeout=5000):
        held.hold.set()
    assert view.status.text() == f"{VISIBLE_TO_LEA} courrier(s)"


class FailingCountSource(StoreInboxSource):
    """A store whose count fails (a damaged index) while its first page reads well."""

    def count(self, query: InboxQuery) -> int:
        raise OSError("disk I/O error")


def test_a_count_failing_after_the_first_page_is_said(  # type: ignore[no-untyped-def]
    qtbot, store: Store, mailbox: Mailbox, long_lists: None
) -> None:
    model = InboxModel(FailingCountSource(store, mailbox.lea))
    shown: list[int] = []
    model.first_page_shown.connect(lambda: shown.append(model.rowCount()))
    with qtbot.waitSignal(model.load_failed, timeout=5000) as failed:
        model.set_query(InboxQuery())
    assert shown == [PAGE_SIZE]
    assert "disk I/O error" in failed.args[0]
    assert not model.loading and model.rowCount() == 0
