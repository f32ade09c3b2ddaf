"""How far a long command got, on stderr: one line kept up to date on a terminal (with the
time spent), a line at each tenth otherwise (a log, a pipe). Said only once a command has run
for a second: a quick one stays quiet. Standard output stays the command's result."""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TextIO

from peps_desktop.i18n import format_number, translate

ALEMBIC_LOGGER = "alembic.runtime.migration"
QUIET_SECONDS = 1.0


class ProgressLine:
    """A `core.shared.progress.Progress`: `labels` names each step the use case reports."""

    def __init__(
        self,
        labels: Mapping[str, str],
        stream: TextIO | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._labels = labels
        self._stream = stream or sys.stderr
        self._clock = clock
        self._live = bool(getattr(self._stream, "isatty", lambda: False)())
        self._created = clock()
        self._started = self._created
        self._step: str | None = None
        self._tenth = -1
        self._width = 0

    def __call__(self, step: str, done: int, total: int) -> None:
        if step != self._step:
            self._end_line()
            self._step, self._tenth = step, -1
            self._started = self._clock()
        tenth = 10 if total <= 0 else min(done * 10 // total, 10)
        if self._clock() - self._created < QUIET_SECONDS:
            return
        if not self._live and tenth == self._tenth:
            return
        self._tenth = tenth
        label = self._labels.get(step, step)
        percent = 100 if total <= 0 else done * 100 // total
        text = translate("Progress", "{label}: {done} / {total} ({percent} %), {seconds} s").format(
            label=label,
            done=format_number(done),
            total=format_number(total),
            percent=percent,
            seconds=int(self._clock() - self._started),
        )
        if self._live:
            self._stream.write("\r" + text.ljust(self._width))
            self._width = len(text)
        else:
            self._stream.write(text + "\n")
        self._stream.flush()

    def _end_line(self) -> None:
        if self._live and self._width:
            self._stream.write("\n")
            self._width = 0

    def close(self) -> None:
        """Leave the terminal's line to what comes next."""
        self._end_line()
        self._stream.flush()


class _StepHandler(logging.Handler):
    """Alembic logs each revision it starts (« Running upgrade 0008 -> 0009, what it does »):
    a revision still running after QUIET_SECONDS is said, a quick one is not."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(logging.INFO)
        self._stream = stream
        self._pending: threading.Timer | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if record.msg != "Running %s" or not isinstance(record.args, tuple) or not record.args:
            return
        step = record.args[0]
        text = translate("Progress", "Store schema: {before} → {after} ({what})…").format(
            before=", ".join(getattr(step, "from_revisions_no_deps", ())) or "∅",
            after=", ".join(getattr(step, "to_revisions_no_deps", ())),
            what=str(getattr(step, "doc", "") or "").strip(),
        )
        self.settle()
        self._pending = threading.Timer(QUIET_SECONDS, self._say, (text,))
        self._pending.daemon = True
        self._pending.start()

    def _say(self, text: str) -> None:
        self._stream.write(text + "\n")
        self._stream.flush()

    def settle(self) -> None:
        """The running revision is over: if it was not said yet, it need not be."""
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None


@contextmanager
def migration_steps_told(stream: TextIO | None = None) -> Iterator[None]:
    """While the store opens, each long schema revision it goes through is said on stderr."""
    logger = logging.getLogger(ALEMBIC_LOGGER)
    handler = _StepHandler(stream or sys.stderr)
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        handler.settle()
        logger.removeHandler(handler)
        logger.setLevel(level)
