"""A visible ring around the button the keyboard is on, whatever the platform's style draws:
Fusion draws a dialog's default button the same focused or not, so Tab seemed to stop there.
Widgets with a style sheet of their own say their focus there (FOCUS_COLOUR)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

# A strong blue: at least 3:1 against white and the light greys around it (RGAA 10.7).
FOCUS_COLOUR = "#1b5fbf"
RING_WIDTH = 2


def _keyboard_focus(option: QStyleOption) -> bool:
    state = option.state
    return bool(state & QStyle.StateFlag.State_HasFocus) and bool(
        state & QStyle.StateFlag.State_KeyboardFocusChange
    )


def _draw_ring(painter: QPainter, option: QStyleOption) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(FOCUS_COLOUR), RING_WIDTH)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = RING_WIDTH / 2
    rect = option.rect.toRectF().adjusted(inset, inset, -inset, -inset)
    painter.drawRoundedRect(rect, 3, 3)
    painter.restore()


class FocusRingStyle(QProxyStyle):
    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButton and _keyboard_focus(option):
            _draw_ring(painter, option)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_ToolButton and _keyboard_focus(option):
            _draw_ring(painter, option)


def install_focus_ring(application: QApplication) -> None:
    """The application's style, with the ring."""
    base = QStyleFactory.create(application.style().name())
    application.setStyle(FocusRingStyle(base))
