"""The inbox model: a Qt table over SQL pages, never all the rows."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt

from peps_desktop.core.courriers import inbox
from peps_desktop.core.courriers.inbox import CourrierRow, InboxQuery
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.gui.inbox.model import ID_ROLE, KEPT_PAGES, PAGE_SIZE, Column, InboxModel
from peps_desktop.gui.inbox.source import StoreInboxSource
from peps_desktop.gui.inbox.words import euros
from peps_desktop.store import Store
from tests.gui.inbox.conftest import CNRACL_COURRIERS, IRCANTEC_COURRIERS, Mailbox

VISIBLE_TO_LEA = CNRACL_COURRIERS + IRCANTEC_COURRIERS


class CountingSource(StoreInboxSource):
    """The store's source, counting the page queries the model makes."""

    def __init__(self, store: Store, user: object) -> None:
        super().__init__(store, user)  # type: ignore[arg-type]
        self.pages_read = 0

    def page_ids(self, query: InboxQuery, offset: int, limit: int, total: int) -> list[int]:
        self.pages_read += 1
        return super().page_ids(query, offset, limit, total)

    def first_page(self, query: InboxQuery, limit: int) -> tuple[list[int], int | None]:
        self.pages_read += 1
        return super().first_page(query, limit)


class BrokenSource(StoreInboxSource):
    def rows(self, ids: Sequence[int]) -> list[CourrierRow]:
        raise OSError("disk I/O error")


def loaded(qtbot, store: Store, mailbox: Mailbox, query: InboxQuery | None = None) -> InboxModel:  # type: ignore[no-untyped-def]
    model = InboxModel(CountingSource(store, mailbox.lea))
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_query(query or InboxQuery())
    return model


def ids_in_order(model: InboxModel) -> list[int]:
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def test_passes_the_model_tester(qtmodeltester, qtbot, store: Store, mailbox: Mailbox) -> None:  # type: ignore[no-untyped-def]
    model = loaded(qtbot, store, mailbox)
    qtmodeltester.check(model, force_py=True)


def test_rows_are_the_users_courriers_in_the_querys_order(
    qtbot, store: Store, mailbox: Mailbox, english: None
) -> None:  # type: ignore[no-untyped-def]
    model = loaded(qtbot, store, mailbox)
    assert model.rowCount() == VISIBLE_TO_LEA
    expected = inbox.page_ids(store, mailbox.lea, InboxQuery(), 0, VISIBLE_TO_LEA)
    assert ids_in_order(model) == expected
    assert mailbox.rafp not in expected and mailbox.archived not in expected
    assert model.index(0, Column.SERVICE).data() == "CNRACL"
    assert model.index(0, Column.OBJET).data() == "Facture de cotisations 229"
    assert model.headerData(Column.OBJET, Qt.Orientation.Horizontal) == "Subject"


def test_a_page_is_read_once_and_only_a_few_pages_are_kept(
    qtbot, store: Store, mailbox: Mailbox
) -> None:  # type: ignore[no-untyped-def]
    model = loaded(qtbot, store, mailbox)
    source = model._source
    assert isinstance(source, CountingSource)
    for _ in range(3):
        model.index(5, Column.OBJET).data()
        model.index(PAGE_SIZE - 1, Column.OBJET).data()
    assert source.pages_read == 1
    model.index(PAGE_SIZE, Column.OBJET).data()
    assert source.pages_read == 2
    assert len(model._pages) <= KEPT_PAGES


def test_sorting_runs_as_a_new_query(qtbot, store: Store, mailbox: Mailbox) -> None:  # type: ignore[no-untyped-def]
    model = loaded(qtbot, store, mailbox)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.sort(Column.OBJET, Qt.SortOrder.AscendingOrder)
    assert model.query.sort == "objet" and not model.query.descending
    objets = [model.index(row, Column.OBJET).data() for row in range(model.rowCount())]
    assert objets == sorted(objets)
    assert model.sort_column() == Column.OBJET


def test_unread_rows_are_bold_until_read(
    qtbot, store: Store, clock: FixedClock, mailbox: Mailbox
) -> None:  # type: ignore[no-untyped-def]
    model = loaded(qtbot, store, mailbox)
    first = model.index(0, Column.OBJET)
    assert first.data(Qt.ItemDataRole.FontRole).bold()
    inbox.mark_read(store, clock, mailbox.lea, [first.data(ID_ROLE)])
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.refresh()
    assert first.data(Qt.ItemDataRole.FontRole) is None
    assert "(read)" in first.data(Qt.ItemDataRole.AccessibleTextRole)


def test_refresh_keeps_rows_in_place_or_resets_when_the_count_changes(
    qtbot, store: Store, clock: FixedClock, mailbox: Mailbox
) -> None:  # type: ignore[no-untyped-def]
    model = loaded(qtbot, store, mailbox)
    with qtbot.waitSignal(model.dataChanged, timeout=5000):
        model.refresh()  # nothing changed: same rows, repainted
    with qtbot.waitSignal(model.modelReset, timeout=5000):
        inbox.archive(store, clock, mailbox.marc, mailbox.ircantec[:2])
        model.refresh()
    assert model.rowCount() == VISIBLE_TO_LEA - 2


def test_ids_of_rows_across_pages_and_gaps(qtbot, store: Store, mailbox: Mailbox) -> None:  # type: ignore[no-untyped-def]
    model = loaded(qtbot, store, mailbox)
    every = inbox.page_ids(store, mailbox.lea, InboxQuery(), 0, VISIBLE_TO_LEA)
    wanted = [0, 1, 2, 98, 99, 100, 101, 200, VISIBLE_TO_LEA - 1]
    assert model.ids_of_rows(wanted) == [every[number] for number in wanted]
    model.index(3, 0).data()  # the first page is now read: ids come from it
    assert model.ids_of_rows([3, 4]) == every[3:5]


def test_the_last_rows_are_read_from_the_other_end(qtbot, store: Store, mailbox: Mailbox) -> None:  # type: ignore[no-untyped-def]
    model = loaded(qtbot, store, mailbox)
    every = inbox.page_ids(store, mailbox.lea, InboxQuery(), 0, VISIBLE_TO_LEA)
    last = model.rowCount() - 1
    assert model.index(last, 0).data(ID_ROLE) == every[-1]
    assert model.row_of_id(every[-1]) == last


def test_a_store_that_fails_is_said_not_raised(qtbot, store: Store, mailbox: Mailbox) -> None:  # type: ignore[no-untyped-def]
    model = InboxModel(BrokenSource(store, mailbox.lea))
    with qtbot.waitSignal(model.load_failed, timeout=5000) as failure:
        model.set_query(InboxQuery())
    assert "disk I/O error" in failure.args[0]
    assert model.rowCount() == 0 and not model.loading


def test_the_archives_tab_and_amounts(qtbot, store: Store, mailbox: Mailbox, french: None) -> None:  # type: ignore[no-untyped-def]
    model = loaded(qtbot, store, mailbox, InboxQuery(tab="archives"))
    assert ids_in_order(model) == [mailbox.archived]
    assert model.index(0, Column.RECU_LE).data() == "05/01/2025"
    assert model.headerData(Column.OBJET, Qt.Orientation.Horizontal) == "Objet"


def test_amounts_are_written_the_french_way() -> None:
    assert euros(Decimal("1234.5")) == "1\u202f234,50\u00a0€"
    assert euros(Decimal("0.07")) == "0,07\u00a0€"
