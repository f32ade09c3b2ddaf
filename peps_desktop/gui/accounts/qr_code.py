"""A QR code drawn from its modules: made on this computer by segno, nothing leaves it."""

from __future__ import annotations

import segno
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

QUIET_ZONE = 4  # modules of white around the code, as the standard asks
MODULE_PIXELS = 5


def qr_image(text: str, module_pixels: int = MODULE_PIXELS) -> QImage:
    """Black modules on white, each `module_pixels` wide, with the quiet zone."""
    matrix = segno.make(text, error="m").matrix
    size = (len(matrix) + 2 * QUIET_ZONE) * module_pixels
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for row, line in enumerate(matrix):
        for column, dark in enumerate(line):
            if dark:
                painter.drawRect(
                    (column + QUIET_ZONE) * module_pixels,
                    (row + QUIET_ZONE) * module_pixels,
                    module_pixels,
                    module_pixels,
                )
    painter.end()
    return image


class QrCodeLabel(QLabel):
    def __init__(self, text: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qrCode")
        self.image = qr_image(text)
        self.setPixmap(QPixmap.fromImage(self.image))
        self.setFixedSize(QSize(self.image.width(), self.image.height()))
        self.setAccessibleName(description)
