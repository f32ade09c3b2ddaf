"""GUI fixtures: settings in a temporary folder; the inbox never reads the store on the GUI
thread while it changes its query; the demo commune the screen walks read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from peps_desktop.gui.inbox.source import StoreInboxSource
from peps_desktop.gui.settings.preferences import AppSettings

if TYPE_CHECKING:
    from tests.gui.screens import Demo


@pytest.fixture(autouse=True)
def inbox_reads_off_the_gui_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """A store call on the GUI thread during a query change raises (and fails the test)."""
    monkeypatch.setattr(StoreInboxSource, "guard_gui_thread", True)


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "settings.ini")


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """The demo commune for the tests that walk every screen: seeded once, read by all."""
    from peps_desktop.core.shared.clock import FixedClock
    from peps_desktop.store.encrypted import new_data_key
    from peps_desktop.store.migrate import open_store
    from tests import databases
    from tests.conftest import NOW
    from tests.gui.screens import seed

    folder = tmp_path_factory.mktemp("demo")
    with databases.database_url(folder) as url:
        store = open_store(url, folder / "documents", data_key=new_data_key())
        yield seed(store, FixedClock(NOW), folder, url)
        store.dispose()
