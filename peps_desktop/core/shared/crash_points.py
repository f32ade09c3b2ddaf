"""Named points where the tests kill the process on purpose, to prove nothing is half-done.

Only the tests set `PEPS_TEST_CRASH_AT` (to `courriers_import.before_commit`, …): the process
then dies at that point as from `kill -9`, with no cleanup, no flush, no exception handler.
Unset, a crash point costs one dictionary look-up.
"""

from __future__ import annotations

import os
import signal

CRASH_AT_VARIABLE = "PEPS_TEST_CRASH_AT"


def crash_point(name: str) -> None:
    if os.environ.get(CRASH_AT_VARIABLE) != name:
        return
    if hasattr(signal, "SIGKILL"):
        os.kill(os.getpid(), signal.SIGKILL)
    os._exit(137)  # where there is no SIGKILL (Windows): just as abrupt
