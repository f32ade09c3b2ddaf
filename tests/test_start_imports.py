"""A plain start imports what it uses: no Alembic (the schema is at head), no openpyxl (no
account file is read), and no keyring. Read from `python -X importtime`, in a real process,
on a demo store made beforehand.

The sign-in needs the structure's data key (the second factor's secret is encrypted with
it): the password unwraps the key the account holds in the store, so the keyring, which
only a store made by an earlier version needs, is not asked.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from peps_desktop import APP_NAME
from peps_desktop.gui.app import SHOWN

# Runs peps-desktop as `python -m peps_desktop` does, telling which of the application's
# functions were running when the keyring was first imported.
_WATCHING_THE_KEYRING = """
import sys
import traceback

ASKED = "keyring asked by: "


class Watch:
    seen = False

    def find_spec(self, name, path=None, target=None):
        if name == "keyring" and not Watch.seen:
            Watch.seen = True
            calls = [
                frame.name
                for frame in traceback.extract_stack()
                if "peps_desktop" in frame.filename
            ]
            print(ASKED + " > ".join(calls), flush=True)
        return None


sys.meta_path.insert(0, Watch())
from peps_desktop.cli import main

sys.exit(main(sys.argv[1:]))
"""
ASKED = "keyring asked by: "


def _environment(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }


def _peps_desktop(args: list[str], tmp_path: Path, *, importtime: bool = False) -> str:
    options = ["-X", "importtime"] if importtime else []
    done = subprocess.run(
        [sys.executable, *options, "-m", "peps_desktop", *args],
        env=_environment(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # one stream: the imports and the lines, in their order
        text=True,
        timeout=180,
    )
    return done.stdout


def _modules(lines: list[str]) -> list[str]:
    """The modules imported in these lines of -X importtime."""
    return [line.rsplit("|", 1)[-1].strip() for line in lines if line.startswith("import time:")]


def _imported(lines: list[str]) -> list[str]:
    """The top-level packages of the modules imported in these lines of -X importtime."""
    return [name.split(".")[0] for name in _modules(lines)]


def _demo_store(tmp_path: Path) -> Path:
    store = tmp_path / "store"
    made = _peps_desktop(["--data-dir", str(store), "demo", "--courriers", "20"], tmp_path)
    assert "20" in made, made
    return store


def test_a_plain_start_imports_neither_alembic_nor_openpyxl(tmp_path: Path) -> None:
    store = _demo_store(tmp_path)
    output = _peps_desktop(
        ["--data-dir", str(store), "--demo", "--quit-after", "0"], tmp_path, importtime=True
    )
    lines = output.splitlines()
    assert f"{APP_NAME}: {SHOWN}" in lines, output[-2000:]
    imported = _imported(lines)
    assert "PySide6" in imported and "sqlalchemy" in imported  # the measure reads imports
    assert "alembic" not in imported
    assert "mako" not in imported
    assert "openpyxl" not in imported
    modules = _modules(lines)
    assert "peps_desktop.gui.inbox.view" in modules  # the first page is built before it shows
    # Built on first use, not with the window; and a local store needs no PostgreSQL dialect.
    for later in (
        "peps_desktop.gui.accounts.view",
        "peps_desktop.gui.accounts.review.view",
        "peps_desktop.gui.contact.echanges_view",
        "peps_desktop.gui.contact.area",
        "sqlalchemy.dialects.postgresql",
    ):
        assert later not in modules, later
    # SQLAlchemy before Qt: after PySide6, each of its modules would pass PySide6's import hook.
    assert modules.index("sqlalchemy.orm") < modules.index("PySide6.QtCore")


def test_a_demo_start_never_asks_the_keyring(tmp_path: Path) -> None:
    store = _demo_store(tmp_path)
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _WATCHING_THE_KEYRING,
            "--data-dir",
            str(store),
            "--demo",
            "--quit-after",
            "0",
        ],
        env=_environment(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=180,
    )
    lines = done.stdout.splitlines()
    shown = f"{APP_NAME}: {SHOWN}"
    assert shown in lines, done.stdout[-2000:]
    asked = [line.removeprefix(ASKED) for line in lines if line.startswith(ASKED)]
    assert asked == [], done.stdout[-2000:]
