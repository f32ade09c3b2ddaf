"""The RGAA's keyboard and naming criteria over a window: every control a user can tab to
has an accessible name (its own, its text's or its label's), and Tab reaches every one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from tests.gui.screens import visible_widgets


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or '(no objectName)'}"


def takes_tab_focus(widget: QWidget) -> bool:
    """A control Tab should land on; a widget that hands its focus on (a combo box's line
    edit, a spin box's) is checked through the one it hands it to."""
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
        and widget.isEnabled()
        and widget.isVisible()
    )


def focusable_controls(top: QWidget) -> list[QWidget]:
    return [widget for widget in visible_widgets(top) if takes_tab_focus(widget)]


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed_controls(top: QWidget) -> list[str]:
    return [describe(widget) for widget in focusable_controls(top) if not accessible_name(widget)]


def reached_by_tab(top: QWidget, presses: int) -> list[QWidget]:
    """The controls focused one Tab after another, from the first, until it comes round."""
    top.activateWindow()
    controls = focusable_controls(top)
    if not controls:
        return []
    controls[0].setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    reached: list[QWidget] = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        if focused is None:
            break
        while (proxy := focused.focusProxy()) is not None:
            focused = proxy
        if reached and focused is reached[0]:
            break  # round the whole window
        if focused not in reached:
            reached.append(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        QApplication.processEvents()
    return reached


def skipped_by_tab(top: QWidget) -> list[str]:
    """The controls Tab never reaches. A radio button of a group is reached with the arrow
    keys once Tab is on its group's checked button."""
    controls = focusable_controls(top)
    reached = reached_by_tab(top, 3 * len(controls) + 5)
    skipped = []
    for widget in controls:
        if widget in reached:
            continue
        if isinstance(widget, QAbstractButton) and widget.autoExclusive():
            siblings = [
                other
                for other in reached
                if isinstance(other, QAbstractButton)
                and other.autoExclusive()
                and other.parent() is widget.parent()
            ]
            if siblings:
                continue
        skipped.append(describe(widget))
    return skipped
