"""Render resources/icons/peps-desktop.svg into the Windows icon the bundle and installer use.

Run after changing the SVG: `python tools/make_icon.py`. The .ico holds PNG images (Windows
Vista and later read them) at the sizes Windows asks for, from the taskbar to the Start menu.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "peps-desktop.svg"
ICO = ROOT / "resources" / "icons" / "peps-desktop.ico"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICONDIR = struct.Struct("<HHH")  # reserved, type (1: icon), count
ICONDIRENTRY = struct.Struct("<BBBBHHII")  # w, h, colours, reserved, planes, bpp, size, offset


def png_of(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_of(images: dict[int, bytes]) -> bytes:
    offset = ICONDIR.size + ICONDIRENTRY.size * len(images)
    header = [ICONDIR.pack(0, 1, len(images))]
    for size, png in images.items():
        edge = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        header.append(ICONDIRENTRY.pack(edge, edge, 0, 0, 1, 32, len(png), offset))
        offset += len(png)
    return b"".join(header) + b"".join(images.values())


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (QPainter needs an application)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    ICO.write_bytes(ico_of({size: png_of(renderer, size) for size in SIZES}))
    print(f"wrote {ICO.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
