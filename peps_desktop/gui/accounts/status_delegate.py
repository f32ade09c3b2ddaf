"""Statuses drawn as coloured pills, so a locked or expired account stands out in a long list."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from peps_desktop.core.accounts.rules import (
    STATUS_ACTIF,
    STATUS_EXPIRE,
    STATUS_EXPIRE_BIENTOT,
    STATUS_VERROUILLE,
)
from peps_desktop.gui.accounts.model import STATUS_ROLE

# (background, text): contrast above 4.5:1 for each.
PILL_COLOURS = {
    STATUS_ACTIF: ("#e3f4e8", "#1e6b34"),
    STATUS_EXPIRE_BIENTOT: ("#fff1d6", "#7a4a00"),
    STATUS_EXPIRE: ("#eceef1", "#3c4650"),
    STATUS_VERROUILLE: ("#fde2e1", "#9b1c1c"),
}


class StatusDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        status = index.data(STATUS_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if status not in PILL_COLOURS:
            super().paint(painter, option, index)
            return
        # The selection background first, then the pill over it.
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        background, foreground = PILL_COLOURS[status]
        metrics = QFontMetrics(option.font)
        width = metrics.horizontalAdvance(text) + 18
        height = metrics.height() + 4
        rect = QRectF(
            option.rect.left() + 6,
            option.rect.center().y() - height / 2 + 1,
            min(width, option.rect.width() - 8),
            height,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(foreground))
        painter.setFont(option.font)
        # A narrow column elides the status with « … » rather than cutting its letters.
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()) - 12)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 22, size.height())
