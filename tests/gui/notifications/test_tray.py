"""A real system tray: Xvfb with trayer as the tray host, the application on Qt's xcb
platform in its own process (this test process runs offscreen). The icon shows, a message is
raised and clicking it opens the inbox; "Your courriers" in the icon's menu brings the window
back from the tray on the inbox.

Needs the Debian packages xvfb and trayer (and Qt's xcb libraries, see DESIGN.md); .ci/run
installs them. Where they are missing the test is skipped, saying so.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
PROBE = Path(__file__).with_name("tray_probe.py")
FIRST_DISPLAY = 131


def free_display() -> int:
    number = FIRST_DISPLAY
    while Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
        number += 1
    return number


def wait_for(condition, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture
def tray_display(tmp_path: Path) -> Iterator[str]:
    """A display with a system tray: ':N'."""
    missing = [tool for tool in ("Xvfb", "trayer") if shutil.which(tool) is None]
    if missing:
        pytest.skip(
            f"the real tray test needs {' and '.join(missing)} "
            "(Debian packages xvfb and trayer, installed by .ci/run)"
        )
    number = free_display()
    display = f":{number}"
    log = (tmp_path / "xvfb.log").open("wb")
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        assert wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 10), (
            "Xvfb did not start"
        )
        tray = subprocess.Popen(
            ["trayer", "--edge", "bottom", "--align", "right", "--widthtype", "request"],
            env={**os.environ, "DISPLAY": display},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            yield display
        finally:
            stop(tray)
    finally:
        stop(server)
        log.close()


def test_the_tray_icon_its_message_and_its_menu(tray_display: str, tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        # Qt's own tray and message bubble (XEmbed), not a desktop's D-Bus services.
        if not key.startswith("DBUS_")
    }
    env.update(
        DISPLAY=tray_display,
        QT_QPA_PLATFORM="xcb",
        PYTHONPATH=str(ROOT),
        XDG_RUNTIME_DIR=str(tmp_path),
    )
    work = tmp_path / "work"
    work.mkdir()
    completed = subprocess.run(
        [sys.executable, str(PROBE), str(work)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    found = json.loads(completed.stdout.strip().splitlines()[-1])

    assert found["platform"] == "xcb"
    assert found["tray_available"] and found["tray_created"], found
    assert found["checked"]
    assert found["icon_visible"]
    assert found["icon_geometry"][2] > 0 and found["icon_geometry"][3] > 0  # embedded in trayer
    assert found["tooltip"] == "PEP's Desktop — Unread courriers: 1"

    assert found["message_shown"], found
    assert "New courriers" in found["message_texts"]
    assert "1 new courrier, which needs an action" in found["message_texts"]
    assert found["page_after_message_click"] == "inboxArea"

    assert found["hidden_to_tray"] and found["told_once"]
    assert found["menu_shown"] and found["menu_action"] == "Your &courriers"
    assert found["window_visible_after_menu"]
    assert found["page_after_menu"] == "inboxArea"
    assert found["quit_on_last_window_closed"]  # shown again: closing it quits again
