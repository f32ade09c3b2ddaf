"""The headless smoke run, as CI and a packager run it: a real process, a real demo store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    return subprocess.run(
        [sys.executable, "-m", "peps_desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_demo_smoke_run_signs_in_shows_the_window_and_exits_zero(tmp_path: Path) -> None:
    result = run(["--demo", "--quit-after", "1500"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "admin.demo" in result.stdout
    assert "'unread_courriers': " in result.stdout
    assert (tmp_path / "data" / "peps-desktop" / "demo" / "peps-desktop.sqlite3").exists()
    assert (tmp_path / "state" / "peps-desktop" / "log" / "peps-desktop.log").exists()


def test_smoke_run_fails_loudly_on_a_broken_store(tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "peps-desktop.sqlite3").write_bytes(b"not a database at all")
    result = run(["--data-dir", str(broken), "--demo", "--quit-after", "500"], tmp_path)
    assert result.returncode == 1
    assert "n’est pas une base de données" in result.stderr
    assert "Traceback" not in result.stderr
    assert (broken / "peps-desktop.sqlite3").read_bytes() == b"not a database at all"


def test_a_smoke_run_asked_to_quit_at_once_still_waits_for_the_dashboards_figures(
    tmp_path: Path,
) -> None:
    result = run(["--demo", "--quit-after", "0"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "'unread_courriers': " in result.stdout
    assert "tableau de bord" not in result.stderr
