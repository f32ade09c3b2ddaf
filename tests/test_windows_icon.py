"""The icon the Windows bundle and installer carry holds every size Windows asks for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImageReader

ROOT = Path(__file__).resolve().parents[1]
ICO = ROOT / "resources" / "icons" / "peps-desktop.ico"


def test_the_icon_holds_every_size_from_16_to_256(qapp) -> None:  # type: ignore[no-untyped-def]
    reader = QImageReader(str(ICO))
    sizes = []
    for _ in range(reader.imageCount()):
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        sizes.append(image.width())
        reader.jumpToNextImage()
    assert {16, 24, 32, 48, 256} <= set(sizes)
