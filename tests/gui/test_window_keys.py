"""Ctrl+1…6 switch areas; Alt+Left and Alt+Right go back and forth between the pages shown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool

from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.gui.app import build_window
from peps_desktop.gui.main_window import MainWindow
from tests.conftest import ADMIN, ADMIN_PASSWORD


@pytest.fixture(autouse=True)
def no_job_left_running(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    QThreadPool.globalInstance().waitForDone(5000)


@pytest.fixture
def window(qtbot, store, clock, settings, english) -> MainWindow:  # type: ignore[no-untyped-def]
    built = build_window(store, clock, sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD), settings)
    qtbot.addWidget(built)
    built.show()
    built.activateWindow()
    qtbot.waitActive(built)
    return built


def test_ctrl_and_a_digit_switch_areas(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    keys = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6)
    for row in (3, 0, 5, 1, 4, 2):  # each from another area, the first one included
        qtbot.keyClick(window, keys[row], Qt.KeyboardModifier.ControlModifier)
        assert window.navigation.currentRow() == row
        assert window.navigation.item(row).toolTip() == f"Ctrl+{row + 1}"
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.accounts_view
    # From inside an area too: its own keys (the inbox's Alt+1, Alt+2) do not clash.
    window.show_page(window.inbox)
    qtbot.keyClick(window.inbox.view.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.dashboard


def test_back_and_forward_between_pages(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    history = window.history
    assert not history.back_action.isEnabled()
    window.show_page(window.inbox)
    window.show_page(window.accounts_view)
    window.accounts_view.review_requested.emit()
    assert window.pages.currentWidget() is window.review_view

    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentWidget() is window.accounts_view
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentWidget() is window.inbox
    assert window.navigation.currentRow() == 1
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentWidget() is window.accounts_view
    # A new page forgets the pages ahead.
    window.navigation.setCurrentRow(0)
    assert not history.forward_action.isEnabled()
    qtbot.mouseClick(window, Qt.MouseButton.BackButton)
    assert window.pages.currentWidget() is window.accounts_view
