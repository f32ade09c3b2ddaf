"""The version the application says is the one it is installed as."""

from __future__ import annotations

import tomllib
from importlib.metadata import version
from pathlib import Path

import peps_desktop

ROOT = Path(__file__).resolve().parents[1]


def test_the_version_is_pyprojects_and_the_installed_ones() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert peps_desktop.__version__ == pyproject["project"]["version"]
    assert peps_desktop.__version__ == version("peps-desktop")
