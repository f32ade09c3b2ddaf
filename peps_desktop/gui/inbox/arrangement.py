"""What the inbox remembers of how the user arranged it: the columns' widths and order, and
where the reading pane sits and how much room it has. The user's preferences keep it
(gui/settings/preferences.py); without them (a test, a benchmark) it lasts as long as the
view."""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol


class PanePosition(StrEnum):
    RIGHT = "right"
    BELOW = "below"
    OFF = "off"


DEFAULT_PANE_POSITION = PanePosition.OFF


class InboxArrangement(Protocol):
    reading_pane: str  # a PanePosition's value
    inbox_columns: bytes  # the header's state as Qt saves it; empty: as designed
    # The list's share of the room beside or above the pane, by position, once the user
    # moved the divider (a PanePosition's value: a share between 0 and 1).
    pane_shares: dict[str, float]


class ArrangementInMemory:
    def __init__(self) -> None:
        self.reading_pane: str = DEFAULT_PANE_POSITION.value
        self.inbox_columns: bytes = b""
        self.pane_shares: dict[str, float] = {}


def pane_position(layout: InboxArrangement) -> PanePosition:
    try:
        return PanePosition(layout.reading_pane)
    except ValueError:
        return DEFAULT_PANE_POSITION
