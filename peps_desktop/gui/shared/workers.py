"""Run slow store work off the GUI thread; results come back by queued signals."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

# A worker running Python holds the GIL; the GUI thread then waits up to one switch interval
# (5 ms by default) before each event it delivers. At 1 ms a tick of the background service
# keeps the window's share short while its jobs run.
SWITCH_INTERVAL_S = 0.001


class JobSignals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """Calls `work` in the thread pool; connect to `signals` before starting it."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self._work = work
        self.signals = JobSignals()

    def run(self) -> None:
        # Hand the GIL straight back (a zero sleep releases it, without waiting): the GUI
        # thread that started this job would otherwise wait a switch interval to go on.
        time.sleep(0)
        try:
            result = self._work()
        except Exception as error:  # reported to the GUI thread, which decides what to show
            log.exception("background job failed")
            self._say("failed", error)
        else:
            self._say("done", result)

    def _say(self, signal: str, value: object) -> None:
        try:
            getattr(self.signals, signal).emit(value)
        except RuntimeError:
            # The signals' owner is gone (a window closed while the job ran): nobody to tell.
            log.debug("background job ended after its owner")


def start(job: Job) -> Job:
    if sys.getswitchinterval() > SWITCH_INTERVAL_S:
        sys.setswitchinterval(SWITCH_INTERVAL_S)
    QThreadPool.globalInstance().start(job)
    return job
