"""build.spec keeps out only the Qt modules the application never imports."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def excluded_qt_modules() -> set[str]:
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "UNUSED_QT" for target in node.targets
        ):
            names = [
                constant.value
                for constant in ast.walk(node.value)
                if isinstance(constant, ast.Constant) and isinstance(constant.value, str)
            ]
            return {name for name in names if name.startswith("Qt")}
    raise AssertionError("build.spec has no UNUSED_QT")


def qt_modules_imported() -> set[str]:
    found = set()
    for source in (ROOT / "peps_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                found.add(node.module.split(".")[1])  # type: ignore[union-attr]
            if isinstance(node, ast.Import):
                found.update(
                    alias.name.split(".")[1]
                    for alias in node.names
                    if alias.name.startswith("PySide6.")
                )
    return found


def test_no_qt_module_the_application_imports_is_left_out_of_the_bundle() -> None:
    imported = qt_modules_imported()
    assert {"QtCore", "QtWidgets", "QtPdf", "QtNetwork"} <= imported  # the scan sees imports
    excluded = excluded_qt_modules()
    assert "QtQuick" in excluded  # the spec is read
    assert imported.isdisjoint(excluded), imported & excluded
