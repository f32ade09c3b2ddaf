"""Calendar arithmetic used by the account rules."""

from __future__ import annotations

import calendar
import datetime as dt


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, clamped to the end of a shorter month (31/08 + 6 → 28/02)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last_day))
