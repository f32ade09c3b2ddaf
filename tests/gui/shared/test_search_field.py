"""The lists' search box: one search when typing pauses, at once on Enter, Ctrl+F to reach it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from peps_desktop.gui.shared.search_field import SEARCH_DELAY_MS, SearchField


def window_with_field(qtbot) -> tuple[QWidget, SearchField, list[str]]:  # type: ignore[no-untyped-def]
    window = QWidget()
    other = QLineEdit(window)
    field = SearchField("testSearch", "Rechercher…", "Rechercher les lignes")
    layout = QVBoxLayout(window)
    layout.addWidget(other)
    layout.addWidget(field)
    qtbot.addWidget(window)
    searches: list[str] = []
    field.searched.connect(lambda: searches.append(field.text()))
    return window, field, searches


def test_typing_searches_once_after_the_pause(qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, field, searches = window_with_field(qtbot)
    qtbot.keyClicks(field, "durand")
    assert searches == []  # not at every key
    qtbot.waitUntil(lambda: searches == ["durand"], timeout=SEARCH_DELAY_MS * 10)
    qtbot.wait(SEARCH_DELAY_MS * 2)
    assert searches == ["durand"]


def test_enter_searches_at_once_and_the_pause_adds_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, field, searches = window_with_field(qtbot)
    qtbot.keyClicks(field, "IRC")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert searches == ["IRC"]
    qtbot.wait(SEARCH_DELAY_MS * 2)
    assert searches == ["IRC"]


def test_a_cancelled_search_does_not_fire(qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, field, searches = window_with_field(qtbot)
    field.setText("revue")
    field.cancel_pending()
    qtbot.wait(SEARCH_DELAY_MS * 2)
    assert searches == []


def test_ctrl_f_puts_the_cursor_in_the_field_with_its_text_selected(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, field, _searches = window_with_field(qtbot)
    field.setText("ancienne recherche")
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    other = window.findChild(QLineEdit)
    assert other is not None and other is not field
    other.setFocus()
    qtbot.waitUntil(other.hasFocus, timeout=1000)
    qtbot.keyClick(other, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(field.hasFocus, timeout=1000)
    assert field.selectedText() == "ancienne recherche"
