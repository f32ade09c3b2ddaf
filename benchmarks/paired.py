"""Timing an operation beside its floor in the same run, and saying whether an aim is met.

Not a benchmark itself: imported by the benchmarks run as scripts from the repository root
(Python then puts benchmarks/ first on sys.path).

`paired(ours, floor, runs)` times the two in turn, ours then the floor, then the floor then
ours, and so on, so that a machine slowing down or speeding up during the run weighs on both
alike; `before` (untimed) runs ahead of every timed run, to put things back where the
operation starts from. Each figure is printed as min / median of its runs (at least 3), and
an aim is judged on the medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

MIN_RUNS = 3


def benchmark_parser(doc: str, *, runs: int = 5) -> argparse.ArgumentParser:
    """The options every scale benchmark takes: the store's size and the runs of each."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--courriers", type=int, default=1_000_000)
    parser.add_argument(
        "--runs", type=int, default=runs, help=f"timed runs of each (at least {MIN_RUNS})"
    )
    return parser


@dataclass(frozen=True)
class Figure:
    """The runs of one operation, in milliseconds."""

    runs: tuple[float, ...]

    @property
    def min(self) -> float:
        return min(self.runs)

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    def __str__(self) -> str:
        return f"{_ms(self.min)} / {_ms(self.median)}"


def _ms(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}"


def timed(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def alone(action: Callable[[], Any], runs: int, before: Callable[[], Any] | None = None) -> Figure:
    """An operation with no floor of its own (its aim is a time)."""
    timings = []
    for _ in range(max(runs, MIN_RUNS)):
        if before is not None:
            before()
        timings.append(timed(action))
    return Figure(tuple(timings))


def paired(
    ours: Callable[[], Any],
    floor: Callable[[], Any],
    runs: int,
    before: Callable[[], Any] | None = None,
) -> tuple[Figure, Figure]:
    """Ours and the floor, timed in turn (ABBA…), each after `before`."""
    return paired_measures(lambda: timed(ours), lambda: timed(floor), runs, before=before)


def paired_measures(
    ours: Callable[[], float],
    floor: Callable[[], float],
    runs: int,
    before: Callable[[], Any] | None = None,
) -> tuple[Figure, Figure]:
    """As paired, for runs that measure themselves (a process timed to a line it prints)."""
    mine: list[float] = []
    theirs: list[float] = []
    for number in range(max(runs, MIN_RUNS)):
        order = ((ours, mine), (floor, theirs))
        for measure, timings in order if number % 2 == 0 else reversed(order):
            if before is not None:
                before()
            timings.append(measure())
    return Figure(tuple(mine)), Figure(tuple(theirs))


@dataclass(frozen=True)
class Verdict:
    what: str
    figure: str
    aim: str
    met: bool

    def line(self, width: int) -> str:
        return f"  {self.what:<{width}} {self.figure:>24}   aim {self.aim:<18} {_met(self.met)}"


def _met(met: bool) -> str:
    return "met" if met else "NOT met"


def within(what: str, ours: Figure, floor: Figure, times: float) -> Verdict:
    """Ours at most `times` its floor (medians)."""
    ratio = ours.median / floor.median
    return Verdict(
        what, f"{ratio:.2f}x (min {ours.min / floor.min:.2f}x)", f"<= {times:g}x", ratio <= times
    )


def under(what: str, ours: Figure, limit_ms: float) -> Verdict:
    """Ours at most `limit_ms` (median)."""
    return Verdict(what, f"{ours.median:.1f} ms", f"<= {limit_ms:g} ms", ours.median <= limit_ms)


def faster(what: str, ours: Figure, slower: Figure, factor: float) -> Verdict:
    """Ours at least `factor` times faster than `slower` (medians)."""
    ratio = slower.median / ours.median
    return Verdict(what, f"{ratio:,.0f}x faster", f">= {factor:g}x faster", ratio >= factor)


def print_bound(what: str, stack: Figure, floor: Figure, times: float) -> None:
    """What the libraries alone cost against the same floor: an aim below it cannot be met
    by any code of ours, only by another stack."""
    ratio = stack.median / floor.median
    reach = "out of reach on this stack" if ratio > times else "within reach"
    print(f"\nbound: {what} alone is {ratio:.2f}x its floor (aim {times:g}x: {reach})")


def print_table(
    title: str, rows: Sequence[tuple[str, Figure, Figure | None]], floor_name: str
) -> None:
    """One line per operation: ours and its floor, each min / median in ms."""
    width = max(len(name) for name, _, _ in rows)
    print(f"\n{title}")
    print(f"  {'':<{width}} {'ours (ms)':>20} {floor_name + ' (ms)':>24}   median ratio")
    for name, ours, floor in rows:
        if floor is None:
            print(f"  {name:<{width}} {ours!s:>20} {'-':>24}")
        else:
            print(
                f"  {name:<{width}} {ours!s:>20} {floor!s:>24}   {ours.median / floor.median:.2f}x"
            )


def print_verdicts(verdicts: Sequence[Verdict]) -> None:
    if not verdicts:
        return
    width = max(len(verdict.what) for verdict in verdicts)
    met = sum(verdict.met for verdict in verdicts)
    print(f"\naims (set for a 2-core machine; this one has {os.cpu_count()} cores):")
    for verdict in verdicts:
        print(verdict.line(width))
    print(f"  {met} of {len(verdicts)} met")


def load_note() -> str:
    return f"load average at the start: {os.getloadavg()[0]:.2f}"
