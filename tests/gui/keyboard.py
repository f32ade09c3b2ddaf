"""The RGAA's keyboard and naming criteria over a window: every control a user can tab to
has an accessible name (its own, its text's or its label's), Tab reaches every one, and
shows where it is."""

from __future__ import annotations

from dataclasses import dataclass, field

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


@dataclass
class TabWalk:
    """The controls focused one Tab after another, from the first until it comes round; those
    drawn the same focused as not (no visible focus ring)."""

    reached: list[QWidget] = field(default_factory=list)
    unmarked: list[QWidget] = field(default_factory=list)


def walk_with_tab(top: QWidget) -> TabWalk:
    top.activateWindow()
    controls = focusable_controls(top)
    walk = TabWalk()
    if not controls:
        return walk
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()
    QApplication.processEvents()
    unfocused = {widget: widget.grab().toImage() for widget in controls}
    controls[0].setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    for press in range(3 * len(controls) + 5):
        focused = QApplication.focusWidget()
        if focused is None:
            break
        while (proxy := focused.focusProxy()) is not None:
            focused = proxy
        # Drawn as focused by a Tab (the first control: once Tab comes back to it).
        if press > 0 and focused in unfocused and focused not in walk.unmarked:
            if focused.grab().toImage() == unfocused[focused]:
                walk.unmarked.append(focused)
        if walk.reached and focused is walk.reached[0]:
            break  # round the whole window
        if focused not in walk.reached:
            walk.reached.append(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        QApplication.processEvents()
    return walk


def skipped_by_tab(top: QWidget, reached: list[QWidget]) -> list[str]:
    """The controls Tab never reaches. A radio button of a group is reached with the arrow
    keys once Tab is on its group's checked button."""
    controls = focusable_controls(top)
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
