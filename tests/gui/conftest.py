"""GUI fixtures: settings in a temporary folder, French or English as a test needs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from peps_desktop.gui.settings import AppSettings
from peps_desktop.gui.translations import activate


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "settings.ini")


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Source texts: tests assert on them without depending on the translation."""
    activate("en")
    yield


@pytest.fixture
def french(qapp) -> Iterator[list[QTranslator]]:  # type: ignore[no-untyped-def]
    translators = activate("fr")
    yield translators
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
