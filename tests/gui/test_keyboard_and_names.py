"""Keyboard and screen readers (the RGAA's criteria): on every screen, each control Tab can
reach has an accessible name, and Tab reaches them all."""

from __future__ import annotations

import pytest

from peps_desktop.gui.shared.translations import activate
from tests.gui.keyboard import skipped_by_tab, unnamed_controls
from tests.gui.screens import LANGUAGES, OFFSCREEN_POPUP, SCREENS, SIZES, Screen, Screens

pytestmark = OFFSCREEN_POPUP


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("screen", SCREENS, ids=lambda screen: screen.name)
def test_every_control_is_named_and_reached_by_tab(
    qtbot, demo, screen: Screen, language: str
) -> None:  # type: ignore[no-untyped-def]
    activate(language)
    try:
        shown = screen.show(Screens(qtbot, demo, SIZES["1024x768"]))
        unnamed = unnamed_controls(shown)
        assert not unnamed, f"{screen.name} in {language}: no accessible name:\n" + "\n".join(
            unnamed
        )
        skipped = skipped_by_tab(shown)
        assert not skipped, f"{screen.name} in {language}: Tab never reaches:\n" + "\n".join(
            skipped
        )
    finally:
        activate("en")
