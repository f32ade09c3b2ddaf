"""Every module parses as the oldest Python the project supports reads it (requires-python),
so that a newer syntax fails here rather than on a desktop that runs that Python."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def oldest_supported() -> tuple[int, int]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    found = re.fullmatch(r">=\s*3\.(\d+)", project["requires-python"].strip())
    assert found, project["requires-python"]
    return (3, int(found.group(1)))


def test_every_module_parses_on_the_oldest_supported_python() -> None:
    version = oldest_supported()
    refused = []
    for folder in ("peps_desktop", "tools", "tests", "benchmarks"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            try:
                ast.parse(path.read_bytes(), str(path), feature_version=version)
            except SyntaxError as error:
                refused.append(f"{path.relative_to(ROOT)}:{error.lineno}: {error.msg}")
    assert refused == []


def test_a_newer_syntax_would_be_refused() -> None:
    try:
        ast.parse("def same[T](x: T) -> T:\n    return x\n", feature_version=(3, 11))
    except SyntaxError:
        return
    raise AssertionError("type parameters were accepted as Python 3.11")
