"""A plain start imports what it uses: no Alembic (the schema is at head), no openpyxl (no
account file is read), no keyring before the window is shown. Read from `python -X
importtime`, in a real process, on a demo store made beforehand."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from peps_desktop import APP_NAME
from peps_desktop.gui.app import SHOWN


def _peps_desktop(args: list[str], tmp_path: Path, *, importtime: bool = False) -> str:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    options = ["-X", "importtime"] if importtime else []
    done = subprocess.run(
        [sys.executable, *options, "-m", "peps_desktop", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # one stream: the imports and the lines, in their order
        text=True,
        timeout=180,
    )
    return done.stdout


def _imported(lines: list[str]) -> list[str]:
    """The top-level packages of the modules imported in these lines of -X importtime."""
    names = [line.rsplit("|", 1)[-1].strip() for line in lines if line.startswith("import time:")]
    return [name.split(".")[0] for name in names]


def test_a_plain_start_imports_neither_alembic_nor_openpyxl_nor_keyring_before_the_window(
    tmp_path: Path,
) -> None:
    store = tmp_path / "store"
    made = _peps_desktop(["--data-dir", str(store), "demo", "--courriers", "20"], tmp_path)
    assert "20" in made, made
    output = _peps_desktop(
        ["--data-dir", str(store), "--demo", "--quit-after", "0"], tmp_path, importtime=True
    )
    lines = output.splitlines()
    shown = f"{APP_NAME}: {SHOWN}"
    assert shown in lines, output[-2000:]
    imported = _imported(lines)
    assert "PySide6" in imported and "sqlalchemy" in imported  # the measure reads imports
    assert "alembic" not in imported
    assert "mako" not in imported
    assert "openpyxl" not in imported
    before_window = _imported(lines[: lines.index(shown)])
    assert "keyring" not in before_window
