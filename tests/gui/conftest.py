"""GUI fixtures: settings in a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from peps_desktop.gui.settings.preferences import AppSettings


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "settings.ini")
