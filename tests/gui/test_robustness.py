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


def test_a_refusal_met_outside_a_task_is_not_an_unexpected_error(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, caplog
) -> None:
    """A busy store or a full disk met by a read on the GUI thread: said, not a crash."""
    from peps_desktop.errors import StoreBusy

    reporter = CrashReporter(tmp_path / "peps-desktop.log", interactive=False)
    with caplog.at_level(logging.WARNING, logger="peps_desktop.crash"):
        try:
            raise StoreBusy("Un autre traitement est en cours sur ce dossier")
        except StoreBusy:
            reporter.handle(*sys.exc_info())  # type: ignore[arg-type]
    assert reporter.failures == 0
    assert "Traceback" not in caplog.text
    assert "Un autre traitement est en cours" in caplog.text
