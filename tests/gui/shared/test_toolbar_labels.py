"""A toolbar keeps its labels while they fit, drops them from its last buttons when the row is
too narrow, never pushes an action into its overflow menu, and gets them back with room."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStyle, QToolBar, QToolButton, QVBoxLayout, QWidget

from peps_desktop.gui.shared.toolbar_labels import labels_while_they_fit
from tests.gui.inbox.test_columns import all_shown

LABELLED = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
ICON_ONLY = Qt.ToolButtonStyle.ToolButtonIconOnly


def _row(qtbot, actions: int, width: int) -> tuple[QWidget, QToolBar]:  # type: ignore[no-untyped-def]
    top = QWidget()
    qtbot.addWidget(top)
    toolbar = QToolBar()
    toolbar.setToolButtonStyle(LABELLED)
    sign = toolbar.style().standardIcon(QStyle.StandardPixmap.SP_DialogOkButton)
    for number in range(actions):
        toolbar.addAction(QAction(sign, f"Action numéro {number + 1}", toolbar))
    QVBoxLayout(top).addWidget(toolbar)
    labels_while_they_fit(toolbar)
    top.resize(width, 80)
    top.show()
    return top, toolbar


def _styles(toolbar: QToolBar) -> list[Qt.ToolButtonStyle]:
    buttons = [toolbar.widgetForAction(action) for action in toolbar.actions()]
    return [button.toolButtonStyle() for button in buttons if isinstance(button, QToolButton)]


def test_the_last_labels_give_way_and_no_action_is_out_of_sight(qtbot) -> None:  # type: ignore[no-untyped-def]
    top, toolbar = _row(qtbot, 6, 500)
    qtbot.waitUntil(lambda: all_shown(toolbar))
    styles = _styles(toolbar)
    assert styles[0] == LABELLED  # the first actions keep their labels
    assert styles[-1] == ICON_ONLY
    assert styles == sorted(styles, key=lambda style: style == ICON_ONLY)  # the last ones give way
    assert toolbar.sizeHint().width() <= toolbar.width()

    top.resize(1400, 80)
    qtbot.waitUntil(lambda: _styles(toolbar) == [LABELLED] * 6)
    qtbot.waitUntil(lambda: all_shown(toolbar))


def test_a_label_grown_longer_is_fitted_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    _top, toolbar = _row(qtbot, 3, 700)
    qtbot.waitUntil(lambda: _styles(toolbar) == [LABELLED] * 3)
    toolbar.actions()[0].setText("Une action au libellé beaucoup plus long que les autres " * 2)
    qtbot.waitUntil(lambda: ICON_ONLY in _styles(toolbar))
    qtbot.waitUntil(lambda: all_shown(toolbar))


def test_a_button_held_as_a_widget_gives_way_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    top, toolbar = _row(qtbot, 3, 1400)
    held = QToolButton()
    held.setText("Un bouton avec un menu")
    held.setIcon(toolbar.style().standardIcon(QStyle.StandardPixmap.SP_DialogOkButton))
    toolbar.addWidget(held)
    qtbot.waitUntil(lambda: held.toolButtonStyle() == LABELLED)
    top.resize(420, 80)
    qtbot.waitUntil(lambda: held.toolButtonStyle() == ICON_ONLY)
    qtbot.waitUntil(lambda: all_shown(toolbar))
