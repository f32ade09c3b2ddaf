"""GUI fixtures: settings in a temporary folder; the inbox never reads the store on the GUI
thread while it changes its query."""

from __future__ import annotations

from pathlib import Path

import pytest

from peps_desktop.gui.inbox.source import StoreInboxSource
from peps_desktop.gui.settings.preferences import AppSettings


@pytest.fixture(autouse=True)
def inbox_reads_off_the_gui_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """A store call on the GUI thread during a query change raises (and fails the test)."""
    monkeypatch.setattr(StoreInboxSource, "guard_gui_thread", True)


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "settings.ini")
