"""A non-editable install carries the forms, resources and migrations the app needs."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_sub_package_is_listed_in_pyproject() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    # Every folder with Python files, packages or not: the migrations' versions/ has no
    # __init__.py, and a wheel without it cannot upgrade a store.
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "peps_desktop").rglob("*.py")
        if "__pycache__" not in path.parts
    }
    assert found <= listed
    assert {"peps_desktop.ui", "peps_desktop.resources"} <= listed


def test_the_wheel_carries_ui_resources_and_migrations(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("peps_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for form in (ROOT / "ui").glob("*.ui"):
        assert f"peps_desktop/ui/{form.name}" in names
    for icon in (ROOT / "resources" / "icons").glob("*.svg"):
        assert f"peps_desktop/resources/icons/{icon.name}" in names
    assert "peps_desktop/resources/icons/peps-desktop.ico" in names
    assert "peps_desktop/resources/translations/peps_desktop_fr.qm" in names
    for migration in (ROOT / "peps_desktop" / "store" / "migrations" / "versions").glob("*.py"):
        assert f"peps_desktop/store/migrations/versions/{migration.name}" in names
    assert "peps_desktop/store/migrations/env.py" in names
    assert "peps_desktop/store/migrations/script.py.mako" in names
