"""The background service: a timer that asks, on the wall clock, whether a check is due.

The timer only polls. A check is due when the interval has passed since the last one started,
measured with the injected clock (the wall clock in the application): after a sleep and
resume, the first poll runs one check (not one per missed interval), and a clock put back
runs one at once instead of waiting for the old due time. The check itself (store work,
the drop folder's import) runs in the thread pool; its result comes back by signals, and a
poll finding the previous check still running does nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from peps_desktop.core.shared.clock import Clock
from peps_desktop.gui.shared.workers import Job, start

log = logging.getLogger(__name__)

# How often the timer looks at the clock; the check interval itself is minutes.
POLL_INTERVAL_MS = 30_000
# The first check waits for the window to show and its own loads to start.
FIRST_CHECK_DELAY_MS = 2_000

Check = Callable[[], Any]


class NotificationService(QObject):
    """`make_check` is called on the GUI thread when a check is due (so it may read the
    settings) and returns the work the pool runs; `interval` is read at every poll, so a
    changed setting applies without a restart."""

    check_started = Signal()
    checked = Signal(object)  # what the check returned (a CheckResult in the application)
    failed = Signal(str)

    def __init__(
        self,
        make_check: Callable[[], Check],
        clock: Clock,
        interval: Callable[[], dt.timedelta],
        *,
        poll_interval_ms: int = POLL_INTERVAL_MS,
        first_check_delay_ms: int = FIRST_CHECK_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_check = make_check
        self._clock = clock
        self._interval = interval
        self._first_check_delay_ms = first_check_delay_ms
        self._job: Job | None = None
        self._last_started: dt.datetime | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(poll_interval_ms)
        self._timer.timeout.connect(self.tick)
        self._first_check = QTimer(self)
        self._first_check.setSingleShot(True)
        self._first_check.timeout.connect(self.tick)

    @property
    def running(self) -> bool:
        """A check is in the pool."""
        return self._job is not None

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @property
    def next_due(self) -> dt.datetime | None:
        """When the next check is due; None before the first one (due at once)."""
        if self._last_started is None:
            return None
        return self._last_started + self._interval()

    def start(self) -> None:
        self._timer.start()
        self._first_check.start(self._first_check_delay_ms)

    def stop(self) -> None:
        """No more polls; a check already running ends, and its result is still said."""
        self._timer.stop()
        self._first_check.stop()

    def is_due(self, now: dt.datetime) -> bool:
        last = self._last_started
        # A clock put back (now before the last check) would otherwise wait for a due time
        # that may be hours away.
        return last is None or now < last or now >= last + self._interval()

    def tick(self) -> bool:
        """Start a check if one is due and none is running; True if it started."""
        if self._job is not None:
            log.debug("notification check still running: this poll is skipped")
            return False
        now = self._clock.now()
        if not self.is_due(now):
            return False
        return self._start(now)

    def check_now(self) -> bool:
        """A check at once (unless one runs); the next is then due an interval later."""
        if self._job is not None:
            return False
        return self._start(self._clock.now())

    def _start(self, now: dt.datetime) -> bool:
        self._last_started = now
        job = Job(self._make_check())
        job.signals.done.connect(self._done)
        job.signals.failed.connect(self._failed)
        self._job = job
        self.check_started.emit()
        start(job)
        return True

    def _done(self, result: object) -> None:
        self._job = None
        self.checked.emit(result)

    def _failed(self, error: Exception) -> None:
        self._job = None
        self.failed.emit(str(error) or type(error).__name__)
