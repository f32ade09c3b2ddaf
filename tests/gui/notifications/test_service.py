"""The background service: due on the wall clock, the check in the thread pool, one at a time.

A fake clock and the real event loop: the timer polls every few milliseconds, the clock only
moves when the test says so.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import pytest

from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.gui.notifications.service import NotificationService

START = dt.datetime(2026, 11, 25, 9, 30)
INTERVAL = dt.timedelta(minutes=5)
POLL_MS = 5


class RecordingCheck:
    """Counts its runs and notes the thread of each; waits for `release` when asked to."""

    def __init__(self, blocking: bool = False) -> None:
        self.threads: list[int] = []
        self.release = threading.Event()
        if not blocking:
            self.release.set()

    @property
    def runs(self) -> int:
        return len(self.threads)

    def __call__(self) -> str:
        self.threads.append(threading.get_ident())
        assert self.release.wait(10), "the test never released the check"
        return f"check {self.runs}"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def make_service(qtbot, clock: FixedClock) -> Iterator[object]:  # type: ignore[no-untyped-def]
    made: list[NotificationService] = []

    def make(check: RecordingCheck, interval: dt.timedelta = INTERVAL) -> NotificationService:
        service = NotificationService(
            lambda: check,
            clock,
            lambda: interval,
            poll_interval_ms=POLL_MS,
            first_check_delay_ms=0,
        )
        made.append(service)
        return service

    yield make
    for service in made:
        service.stop()
        qtbot.waitUntil(lambda service=service: not service.running, timeout=5000)


def test_the_check_runs_off_the_gui_thread_and_its_result_comes_by_signal(
    qtbot, make_service
) -> None:  # type: ignore[no-untyped-def]
    check = RecordingCheck()
    notifications = make_service(check)
    with qtbot.waitSignal(notifications.checked, timeout=5000) as signal:
        notifications.start()
    assert signal.args == ["check 1"]
    assert check.threads[0] != threading.get_ident()  # not the GUI thread
    assert not notifications.running


def test_a_poll_is_skipped_while_the_previous_check_runs(qtbot, make_service, clock) -> None:  # type: ignore[no-untyped-def]
    check = RecordingCheck(blocking=True)
    notifications = make_service(check)
    try:
        assert notifications.tick() is True
        qtbot.waitUntil(lambda: check.runs == 1, timeout=5000)
        clock.advance(INTERVAL * 3)  # due again, long since
        assert notifications.tick() is False
        assert notifications.check_now() is False
        assert notifications.running and check.runs == 1
    finally:
        with qtbot.waitSignal(notifications.checked, timeout=5000):
            check.release.set()
    assert not notifications.running
    assert notifications.tick() is True  # due, and nothing runs any more
    qtbot.waitUntil(lambda: check.runs == 2, timeout=5000)


def test_due_times_come_from_the_wall_clock(qtbot, make_service, clock) -> None:  # type: ignore[no-untyped-def]
    check = RecordingCheck()
    notifications = make_service(check)
    with qtbot.waitSignal(notifications.checked, timeout=5000):
        notifications.start()
    assert notifications.next_due == START + INTERVAL

    clock.advance(INTERVAL - dt.timedelta(seconds=1))
    qtbot.wait(POLL_MS * 10)  # many polls, none due
    assert check.runs == 1

    clock.advance(dt.timedelta(seconds=1))
    qtbot.waitUntil(lambda: check.runs == 2, timeout=5000)

    # Asleep for three hours: one check on waking, not one per missed interval.
    clock.advance(dt.timedelta(hours=3))
    qtbot.waitUntil(lambda: check.runs == 3, timeout=5000)
    qtbot.wait(POLL_MS * 10)
    assert check.runs == 3
    assert notifications.next_due == START + INTERVAL + dt.timedelta(hours=3) + INTERVAL

    # The clock put back a day: checked at once, not in a day's time; then due from there.
    clock.advance(-dt.timedelta(days=1))
    qtbot.waitUntil(lambda: check.runs == 4, timeout=5000)
    qtbot.wait(POLL_MS * 10)
    assert check.runs == 4
    clock.advance(INTERVAL)
    qtbot.waitUntil(lambda: check.runs == 5, timeout=5000)


def test_the_interval_is_read_at_every_poll(qtbot, clock) -> None:  # type: ignore[no-untyped-def]
    check = RecordingCheck()
    minutes = [5]
    notifications = NotificationService(
        lambda: check,
        clock,
        lambda: dt.timedelta(minutes=minutes[0]),
        poll_interval_ms=POLL_MS,
        first_check_delay_ms=0,
    )
    with qtbot.waitSignal(notifications.checked, timeout=5000):
        notifications.start()
    clock.advance(dt.timedelta(minutes=2))
    qtbot.wait(POLL_MS * 10)
    assert check.runs == 1
    minutes[0] = 1  # the setting changed
    qtbot.waitUntil(lambda: check.runs == 2, timeout=5000)
    notifications.stop()
    qtbot.waitUntil(lambda: not notifications.running, timeout=5000)


def test_a_failed_check_is_said_and_the_next_one_still_runs(qtbot, make_service, clock) -> None:  # type: ignore[no-untyped-def]
    outcomes: list[Exception | str] = [RuntimeError("database is locked"), "fine"]

    def check() -> str:
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    notifications = make_service(check)
    with qtbot.waitSignal(notifications.failed, timeout=5000) as failure:
        notifications.start()
    assert failure.args == ["database is locked"]
    assert not notifications.running
    clock.advance(INTERVAL)
    with qtbot.waitSignal(notifications.checked, timeout=5000) as success:
        pass
    assert success.args == ["fine"]


def test_stopped_the_service_checks_no_more(qtbot, make_service, clock) -> None:  # type: ignore[no-untyped-def]
    check = RecordingCheck()
    notifications = make_service(check)
    with qtbot.waitSignal(notifications.checked, timeout=5000):
        notifications.start()
    notifications.stop()
    assert not notifications.active
    clock.advance(INTERVAL * 2)
    qtbot.wait(POLL_MS * 10)
    assert check.runs == 1
