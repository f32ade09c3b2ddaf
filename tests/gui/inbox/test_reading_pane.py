"""The reading pane and the reader moving along the list, as in a mail client: the courrier
chosen shows beside the list, the pane's place is remembered, previous/next follow the list's
order, archiving from the reader takes the courrier out of the list."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.gui.inbox.area import InboxArea
from peps_desktop.gui.inbox.arrangement import PanePosition
from peps_desktop.gui.inbox.model import ID_ROLE, Column
from peps_desktop.gui.inbox.reader import CourrierReader
from peps_desktop.gui.inbox.view import InboxView
from peps_desktop.gui.settings.preferences import AppSettings
from peps_desktop.store import Store
from peps_desktop.store.models import CourrierRead
from tests.gui.inbox.conftest import Mailbox


@pytest.fixture(autouse=True)
def no_job_left_running(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    QThreadPool.globalInstance().waitForDone(5000)


def make_area(qtbot, store: Store, clock: FixedClock, user: SignedIn, settings) -> InboxArea:  # type: ignore[no-untyped-def]
    area = InboxArea(store, clock, user, arrangement=settings)
    qtbot.addWidget(area)
    area.resize(1200, 700)
    with qtbot.waitSignal(area.view.model.loaded, timeout=5000):
        area.view.load()
    area.show()
    qtbot.waitExposed(area)
    return area


@pytest.fixture
def area(qtbot, store: Store, clock: FixedClock, mailbox: Mailbox, settings, english) -> InboxArea:  # type: ignore[no-untyped-def]
    return make_area(qtbot, store, clock, mailbox.lea, settings)


def id_at(view: InboxView, row: int) -> int:
    return view.model.index(row, 0).data(ID_ROLE)


def row_of(view: InboxView, courrier_id: int) -> int | None:
    return next(
        (row for row in range(view.model.rowCount()) if id_at(view, row) == courrier_id), None
    )


def pane_reader(view: InboxView) -> CourrierReader:
    reader = view.pane.reader
    assert reader is not None
    return reader


def shows(reader: CourrierReader, courrier_id: int) -> bool:
    return (
        not reader.loader.busy
        and reader.current is not None
        and reader.current.row.id == courrier_id
    )


def is_read(store: Store, user: SignedIn, courrier_id: int) -> bool:
    with store.read_session() as session:
        return session.get(CourrierRead, (user.account_id, courrier_id)) is not None


def test_the_pane_is_off_until_turned_on_and_its_place_is_remembered(  # type: ignore[no-untyped-def]
    qtbot, store, clock, mailbox, settings, english
) -> None:
    area = make_area(qtbot, store, clock, mailbox.lea, settings)
    view = area.view
    assert view.pane.position == PanePosition.OFF
    assert view.pane.reader is None  # nor Qt's PDF modules loaded for it
    assert view.pane_menu.choices[PanePosition.OFF].isChecked()

    view.pane_menu.choices[PanePosition.BELOW].trigger()
    assert view.pane.orientation() == Qt.Orientation.Vertical
    assert pane_reader(view).isVisible()
    assert settings.reading_pane == "below"
    area.close()

    # The next start (its own settings read from the file) puts the pane back below.
    again = make_area(qtbot, store, clock, mailbox.lea, AppSettings(settings._path))
    assert again.view.pane.position == PanePosition.BELOW
    assert again.view.pane.orientation() == Qt.Orientation.Vertical
    assert pane_reader(again.view).isVisible()
    assert again.view.pane_menu.choices[PanePosition.BELOW].isChecked()

    again.view.pane_menu.choices[PanePosition.RIGHT].trigger()
    assert again.view.pane.orientation() == Qt.Orientation.Horizontal
    again.view.pane_menu.choices[PanePosition.OFF].trigger()
    assert not pane_reader(again.view).isVisible()
    assert AppSettings(settings._path).reading_pane == "off"


def _list_share(view: InboxView) -> float:
    sizes = view.pane.sizes()
    return sizes[0] / sum(sizes)


def test_the_divider_where_the_user_left_it_comes_back_at_the_next_start(  # type: ignore[no-untyped-def]
    qtbot, store, clock, mailbox, settings, english
) -> None:
    area = make_area(qtbot, store, clock, mailbox.lea, settings)
    view = area.view
    view.pane_menu.choices[PanePosition.RIGHT].trigger()
    assert _list_share(view) == pytest.approx(0.6, abs=0.02)  # as designed
    view.pane.moveSplitter(int(view.pane.width() * 0.35), 1)  # as a drag of the divider does
    qtbot.waitUntil(lambda: "right" in AppSettings(settings._path).pane_shares)
    moved = _list_share(view)
    assert moved == pytest.approx(0.35, abs=0.03)
    area.close()

    again = make_area(qtbot, store, clock, mailbox.lea, AppSettings(settings._path))
    # Given once the window has its size, at the next turn of the event loop.
    qtbot.waitUntil(lambda: _list_share(again.view) == pytest.approx(moved, abs=0.02))
    again.view.pane_menu.choices[PanePosition.BELOW].trigger()  # each place its own share
    assert _list_share(again.view) == pytest.approx(0.45, abs=0.02)


def test_a_damaged_share_in_the_settings_is_taken_as_never_moved(settings) -> None:  # type: ignore[no-untyped-def]
    settings._settings.setValue("inbox/pane_share_right", "beaucoup")
    settings._settings.setValue("inbox/pane_share_below", "7")
    assert AppSettings(settings._path).pane_shares == {}


def test_a_key_moves_the_pane_round(qtbot, area: InboxArea, settings) -> None:  # type: ignore[no-untyped-def]
    view = area.view
    area.activateWindow()
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus, timeout=2000)
    shortcut = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    positions = []
    for _ in range(3):
        qtbot.keyClick(view.table, Qt.Key.Key_P, shortcut)
        positions.append(view.pane.position)
    assert positions == [PanePosition.RIGHT, PanePosition.BELOW, PanePosition.OFF]
    assert settings.reading_pane == "off"


def test_the_courrier_chosen_shows_in_the_pane_and_turns_read(  # type: ignore[no-untyped-def]
    qtbot, area: InboxArea, store, mailbox: Mailbox
) -> None:
    view = area.view
    view.set_pane_position(PanePosition.RIGHT)
    reader = pane_reader(view)
    assert reader.placeholder.text() == "Select a courrier to read it here."
    chosen = id_at(view, 3)
    assert view.model.index(3, Column.OBJET).data(Qt.ItemDataRole.FontRole) is not None  # bold

    view.select_rows([3])
    qtbot.waitUntil(lambda: shows(reader, chosen), timeout=5000)
    assert reader.objet_label.text() == view.model.index(3, Column.OBJET).data()
    assert area.currentWidget() is view  # no window opened: the list stays
    assert is_read(store, mailbox.lea, chosen)
    qtbot.waitUntil(
        lambda: view.model.index(3, Column.OBJET).data(Qt.ItemDataRole.FontRole) is None,
        timeout=5000,
    )

    view.select_rows([3, 4])
    qtbot.waitUntil(lambda: reader.current is None, timeout=5000)
    assert reader.placeholder.text() == "2 courriers selected."


def test_running_down_the_list_shows_the_last_one_without_opening_those_passed(  # type: ignore[no-untyped-def]
    qtbot, area: InboxArea, store, mailbox: Mailbox
) -> None:
    view = area.view
    view.set_pane_position(PanePosition.BELOW)
    reader = pane_reader(view)
    passed = [id_at(view, row) for row in range(8)]
    for row in range(8):  # faster than the pane waits
        view.select_rows([row])
    last = id_at(view, 8)
    view.select_rows([8])

    qtbot.waitUntil(lambda: shows(reader, last), timeout=5000)
    qtbot.wait(300)  # nothing older comes after it
    assert shows(reader, last)
    assert not any(is_read(store, mailbox.lea, courrier_id) for courrier_id in passed)


def test_previous_and_next_follow_the_list_order(  # type: ignore[no-untyped-def]
    qtbot, area: InboxArea
) -> None:
    view = area.view
    view.select_rows([5])
    area.open_courrier(id_at(view, 5))
    reader = area.reader
    qtbot.waitUntil(lambda: shows(reader, id_at(view, 5)), timeout=5000)
    assert reader.previous_action.isEnabled() and reader.next_action.isEnabled()

    reader.next_action.trigger()
    qtbot.waitUntil(lambda: shows(reader, id_at(view, 6)), timeout=5000)
    reader.activateWindow()
    reader.pdf_view.setFocus()
    qtbot.waitUntil(reader.pdf_view.hasFocus, timeout=2000)
    for _ in range(2):
        qtbot.keyClick(reader.pdf_view, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shows(reader, id_at(view, 4)), timeout=5000)
    assert view.selected_rows() == [4]  # the list follows: back to it, the same courrier

    view.select_rows([0])
    qtbot.waitUntil(lambda: shows(reader, id_at(view, 0)), timeout=5000)
    assert not reader.previous_action.isEnabled()
    assert reader.next_action.isEnabled()


def test_archiving_from_the_reader_takes_it_out_and_goes_on_to_the_next(  # type: ignore[no-untyped-def]
    qtbot, area: InboxArea, mailbox: Mailbox
) -> None:
    view = area.view
    archived = mailbox.ircantec[5]  # Léa may modify IRCANTEC courriers
    row = row_of(view, archived)
    assert row is not None and row + 1 < view.model.rowCount()
    following = id_at(view, row + 1)
    view.select_rows([row])
    area.open_courrier(archived)
    reader = area.reader
    qtbot.waitUntil(lambda: shows(reader, archived), timeout=5000)
    assert reader.archive_action.isEnabled()

    with qtbot.waitSignal(view.change_finished, timeout=5000):
        reader.archive_action.trigger()
    assert reader.message_bar.label.text() == "1 courrier(s) archived."
    qtbot.waitUntil(lambda: not view.model.loading, timeout=5000)
    assert row_of(view, archived) is None
    # The courrier that took its place in the list is shown, as a mail client goes on.
    qtbot.waitUntil(lambda: shows(reader, following), timeout=5000)
    assert view.selected_rows() == [row]


def test_a_courrier_only_readable_cannot_be_archived_from_the_pane(  # type: ignore[no-untyped-def]
    qtbot, area: InboxArea, mailbox: Mailbox
) -> None:
    view = area.view
    view.set_pane_position(PanePosition.RIGHT)
    reader = pane_reader(view)
    row = row_of(view, mailbox.cnracl[-1])  # CNRACL: Léa only reads them
    assert row is not None
    view.select_rows([row])
    qtbot.waitUntil(lambda: shows(reader, mailbox.cnracl[-1]), timeout=5000)
    assert not reader.archive_action.isEnabled()
    assert not reader.assign_action.isEnabled()
