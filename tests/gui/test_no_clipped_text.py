"""No clipped text: every screen, at 1024×768 and 1280×800, in French and in English, shows
its labels, buttons, headers, tabs, group titles, combo boxes and placeholders whole."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow

from peps_desktop.gui.shared.translations import activate
from tests.gui.clipping import clipped_texts
from tests.gui.screens import LANGUAGES, OFFSCREEN_POPUP, SCREENS, SIZES, Screen, Screens

pytestmark = OFFSCREEN_POPUP


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("screen", SCREENS, ids=lambda screen: screen.name)
def test_no_text_is_clipped(qtbot, demo, screen: Screen, size: str, language: str) -> None:  # type: ignore[no-untyped-def]
    activate(language)
    try:
        width, height = SIZES[size]
        shown = screen.show(Screens(qtbot, demo, (width, height)))
        if isinstance(shown, QMainWindow):
            # The window takes the whole screen: none of its pages may ask for more.
            assert (shown.width(), shown.height()) == (width, height), (
                f"{screen.name}: the window needs at least {shown.minimumSizeHint().width()}"
                f"×{shown.minimumSizeHint().height()} px, over {size}"
            )
        else:
            assert shown.width() <= width and shown.height() <= height, (
                f"{screen.name}: {shown.width()}×{shown.height()} px, over {size}"
            )
        clipped = clipped_texts(shown)
        assert not clipped, f"{screen.name} at {size} in {language}:\n" + "\n".join(
            str(found) for found in clipped
        )
    finally:
        activate("en")
