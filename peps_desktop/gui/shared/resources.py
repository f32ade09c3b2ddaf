"""Icons shipped in resources/icons."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtGui import QIcon


def icon(name: str) -> QIcon:
    return QIcon(str(files("peps_desktop.resources") / "icons" / f"{name}.svg"))
