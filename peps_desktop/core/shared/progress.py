"""How a long use case says how far it got: `progress(step, done, total)`, `step` one of the
use case's constants. The command line shows it; the GUI may; by default nobody listens."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[str, int, int], None]


def silent(step: str, done: int, total: int) -> None:
    """Nobody is told (the default)."""
