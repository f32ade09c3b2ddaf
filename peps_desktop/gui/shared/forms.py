"""Load the Qt Designer forms shipped in ui/ (translated through the installed translators)."""

from __future__ import annotations

from importlib.resources import files
from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    path = str(files("peps_desktop.ui") / f"{name}.ui")
    file = QFile(path)
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(path)
    try:
        form = QUiLoader().load(file, parent)
    finally:
        file.close()
    if form is None:
        raise RuntimeError(f"cannot load form {name}")
    return form


def child(form: QWidget, kind: type[W], name: str) -> W:
    """A named widget of a loaded form; a renamed widget fails here, loudly."""
    found = form.findChild(kind, name)
    if found is None:
        raise LookupError(f"{form.objectName()} has no {kind.__name__} named {name}")
    return found
