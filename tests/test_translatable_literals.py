"""Every translated text is a literal where it is written: the extractor reads the source, so
a text passed through a variable or a helper would never reach the French file."""

from __future__ import annotations

import ast
from pathlib import Path

import peps_desktop

PACKAGE = Path(peps_desktop.__file__).parent
# The adapters that hand texts over to Qt's translators take them as variables.
ADAPTERS = {"i18n.py", "translations.py"}


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def _is_literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_translated_texts_are_literals() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name in ADAPTERS:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if name == "tr" and isinstance(node.func, ast.Attribute):
                texts = node.args[:1]
            elif name == "translate" and len(node.args) >= 2:  # not str.translate(table)
                texts = node.args[:2]
            else:
                continue
            if not texts or not all(_is_literal(text) for text in texts):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []
