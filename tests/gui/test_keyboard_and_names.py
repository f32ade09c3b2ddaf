"""Keyboard and screen readers (the RGAA's criteria): on every screen, each control Tab can
reach has an accessible name, Tab reaches them all, and the one it is on is drawn so."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from peps_desktop.gui.shared.focus_ring import install_focus_ring
from peps_desktop.gui.shared.translations import activate
from tests.gui.keyboard import describe, skipped_by_tab, unnamed_controls, walk_with_tab
from tests.gui.screens import LANGUAGES, OFFSCREEN_POPUP, SCREENS, SIZES, Screen, Screens

pytestmark = OFFSCREEN_POPUP


@pytest.fixture(autouse=True, scope="module")
def focus_ring(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The style the application installs as it starts (once: a change of style polishes
    every widget again); the tests' own after."""
    previous = qapp.style().name()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # fewer to polish
    install_focus_ring(qapp)
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    qapp.setStyle(previous)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("screen", SCREENS, ids=lambda screen: screen.name)
def test_controls_named_reached_and_focus_shown(qtbot, demo, screen: Screen, language: str) -> None:  # type: ignore[no-untyped-def]
    activate(language)
    try:
        shown = screen.show(Screens(qtbot, demo, SIZES["1024x768"]))
        unnamed = unnamed_controls(shown)
        assert not unnamed, f"{screen.name} in {language}: no accessible name:\n" + "\n".join(
            unnamed
        )
        walk = walk_with_tab(shown)
        skipped = skipped_by_tab(shown, walk.reached)
        assert not skipped, f"{screen.name} in {language}: Tab never reaches:\n" + "\n".join(
            skipped
        )
        unmarked = [describe(widget) for widget in walk.unmarked]
        assert not unmarked, f"{screen.name} in {language}: no visible focus:\n" + "\n".join(
            unmarked
        )
    finally:
        activate("en")
