"""One instance per data directory; uncaught exceptions logged and counted, never silent."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from peps_desktop.gui.shared.crash import CrashReporter
from peps_desktop.gui.shared.single_instance import SingleInstance


def test_a_second_instance_wakes_the_first(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(tmp_path, "store-a")
    assert first.acquire()
    second = SingleInstance(tmp_path, "store-a")
    assert not second.acquire()
    with qtbot.waitSignal(first.activation_requested, timeout=3000):
        assert second.wake_running_instance()
    first.release()
    third = SingleInstance(tmp_path, "store-a")
    assert third.acquire()  # released: the folder is free again
    third.release()


def test_other_data_directories_are_independent(tmp_path: Path) -> None:
    first = SingleInstance(tmp_path / "a", "store-a")
    other = SingleInstance(tmp_path / "b", "store-b")
    assert first.acquire() and other.acquire()
    first.release()
    other.release()


def test_uncaught_exceptions_are_logged_and_counted(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, caplog, capsys
) -> None:
    reporter = CrashReporter(tmp_path / "peps-desktop.log", interactive=False)
    previous = sys.excepthook
    reporter.install()
    try:
        try:
            raise ValueError("boom")
        except ValueError:
            with caplog.at_level(logging.ERROR, logger="peps_desktop.crash"):
                sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert reporter.failures == 1
    assert "ValueError: boom" in caplog.text
    assert "Traceback" in caplog.text  # the log keeps the whole story
    assert capsys.readouterr().err.strip() == "peps-desktop: ValueError: boom"
