"""The notification centre's bell, drawn with its unseen count in a red badge."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

# White, for the header's blue.
BELL_SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"
 fill="none" stroke="#ffffff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
  <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9"/>
  <path d="M13.7 21a2 2 0 0 1-3.4 0"/>
</svg>"""
ICON_SIZE = 24
BADGE_COLOUR = "#d93025"
# The badge shows at most this; beyond, "9+".
BADGE_MAXIMUM = 9


def badge_text(count: int) -> str:
    return "" if count <= 0 else str(count) if count <= BADGE_MAXIMUM else f"{BADGE_MAXIMUM}+"


def bell_icon(count: int, scale: int = 2) -> QIcon:
    """The bell, with `count` in a badge at its top right when above zero."""
    size = ICON_SIZE * scale
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(BELL_SVG)).render(painter, QRectF(0, 0, size, size))
    text = badge_text(count)
    if text:
        diameter = size * 0.6
        badge = QRectF(size - diameter, 0, diameter, diameter)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BADGE_COLOUR))
        painter.drawEllipse(badge)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(diameter * (0.6 if len(text) == 1 else 0.45)))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    pixmap.setDevicePixelRatio(scale)
    return QIcon(pixmap)
