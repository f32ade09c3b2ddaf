"""The README's two commands: what CI runs verbatim on Python 3.11 and 3.12+."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "readme_commands", ROOT / "tools" / "readme_commands.py"
    )
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_the_readme_has_two_commands_that_make_their_own_environment() -> None:
    tool = load_tool()
    install, tests = tool.commands((ROOT / "README.md").read_text(encoding="utf-8"))
    # Nothing installed system-wide: Debian 12 refuses it (PEP 668), and its python3 is 3.11.
    assert install.startswith("python3 -m venv .venv && ")
    assert install.endswith("peps-desktop --demo")
    assert tests.endswith("pytest")
    assert tool.headless(install).endswith("--demo --quit-after 3000")
    assert tool.headless(tests) == tests


def test_ci_runs_them_on_3_11_and_on_3_12_or_newer() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "readme_commands.py --headless" in script
    assert 'readme_commands_on "$(python_3_11)" all' in script
    assert 'readme_commands_on "$(python_3_12_or_newer)" install' in script


def test_python_3_11_is_supported_with_the_pyside6_that_works_there() -> None:
    project = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'requires-python = ">=3.11"' in project
    assert "PySide6-Essentials>=6.8,<6.12; python_version < '3.12'" in project
    assert "PySide6-Addons>=6.8,<6.12; python_version < '3.12'" in project
    assert "PySide6-Pdf>=6.12; python_version >= '3.12'" in project
