"""The README's screenshots: a kept picture that no longer looks like its screen is caught,
while what moves from one run to the next (a clock's minutes) is not."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter

ROOT = Path(__file__).resolve().parents[1]


def load_tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("screenshots", ROOT / "tools" / "screenshots.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def _picture(path: Path, size: tuple[int, int], panels: list[QRect], text: str = "") -> Path:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("#f0f0f0"))
    painter = QPainter(image)
    for panel in panels:
        painter.fillRect(panel, QColor("#1f3a68"))
    painter.setPen(Qt.GlobalColor.black)
    painter.drawText(QRect(1060, 50, 120, 20), 0, text)
    painter.end()
    image.save(str(path))
    return path


def test_a_screen_laid_out_otherwise_is_stale_a_new_time_is_not(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tool = load_tool()
    panels = [QRect(0, 0, 1280, 42), QRect(0, 42, 220, 758)]
    kept = _picture(tmp_path / "kept.png", tool.SIZE, panels, "Mis à jour à 02:36")

    later = _picture(tmp_path / "later.png", tool.SIZE, panels, "Mis à jour à 14:59")
    moved = _picture(
        tmp_path / "moved.png", tool.SIZE, [*panels, QRect(250, 120, 1000, 300)], "02:36"
    )
    smaller = _picture(tmp_path / "smaller.png", (1024, 768), panels)

    assert tool.mean_difference(kept, kept) == 0
    assert tool.mean_difference(kept, later) < tool.STALE_ABOVE
    assert tool.mean_difference(kept, moved) > tool.STALE_ABOVE
    assert tool.mean_difference(kept, smaller) is None


def test_the_readme_shows_every_screenshot_and_each_is_kept() -> None:
    tool = load_tool()
    assert tool._readme_faults() == []
