"""Time comes from an injected clock, so rules can be tested at any date."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime: ...


class SystemClock:
    """The wall clock, in local time (the store keeps naive local datetimes)."""

    def now(self) -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)


class FixedClock:
    """A clock that only moves when told to: for tests and reproducible demos."""

    def __init__(self, at: dt.datetime) -> None:
        self._at = at

    def now(self) -> dt.datetime:
        return self._at

    def set(self, at: dt.datetime) -> None:
        self._at = at

    def advance(self, delta: dt.timedelta) -> None:
        self._at += delta
