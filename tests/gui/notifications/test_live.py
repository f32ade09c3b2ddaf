"""Changes made on another seat reach an open window without waiting for the background check;
a banner says when the server is lost, and goes when it is back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.core.shared.live import Change
from peps_desktop.gui.app import build_window
from peps_desktop.gui.notifications.live import install_live_updates
from peps_desktop.gui.settings.preferences import AppSettings
from peps_desktop.gui.shared.live_updates import LiveUpdates
from peps_desktop.store import Store
from peps_desktop.store.migrate import open_store
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.factories import add_courrier


@pytest.fixture
def other_seat(store_url: str, tmp_path: Path) -> Iterator[Store]:
    store = open_store(store_url, tmp_path / "other-seat", upgrade=False)
    yield store
    store.dispose()


def test_a_courrier_imported_on_another_seat_appears_in_the_open_inbox(
    qtbot: QtBot,
    store: Store,
    other_seat: Store,
    clock: FixedClock,
    settings: AppSettings,
    english: None,
) -> None:
    user = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    window = build_window(store, clock, user, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.inbox is not None
    window.show_page(window.inbox)
    model = window.inbox.view.model
    assert model.rowCount() == 0
    live = install_live_updates(window, store, user)
    try:
        assert live.listening.wait(30)
        with qtbot.waitSignal(live.courriers_changed, timeout=10_000):
            with other_seat.session() as session:
                add_courrier(session, "CNRACL", objet="Arrivé sur l'autre poste")
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    finally:
        live.stop()


class _Feed:
    """A feed whose server comes and goes as the test says."""

    def __init__(self) -> None:
        self.connected = True

    def wait(self, timeout: float) -> list[Change]:
        import time

        time.sleep(min(timeout, 0.05))
        return []

    def close(self) -> None:
        pass


def test_the_banner_shows_while_the_server_is_away(
    qtbot: QtBot, store: Store, clock: FixedClock, settings: AppSettings, english: None
) -> None:
    user = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    window = build_window(store, clock, user, settings)
    qtbot.addWidget(window)
    window.show()
    feed = _Feed()
    live = LiveUpdates(lambda: feed, window)
    live.server_lost.connect(lambda: window.set_server_reachable(False))
    live.server_back.connect(lambda: window.set_server_reachable(True))
    live.start()
    try:
        assert window.server_banner.isHidden()
        with qtbot.waitSignal(live.server_lost, timeout=5000):
            feed.connected = False
        assert window.server_banner.isVisible()
        assert window.server_banner.text() == "Server unreachable — trying again…"
        with qtbot.waitSignal(live.server_back, timeout=5000):
            feed.connected = True
        assert window.server_banner.isHidden()
    finally:
        live.stop()
