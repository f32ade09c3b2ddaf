"""Row numbers grouped into runs: one selection range, or one page query, per run."""

from __future__ import annotations


def row_runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Sorted numbers → (first, last) of each run: [1, 2, 3, 7, 8] → [(1, 3), (7, 8)]."""
    runs: list[tuple[int, int]] = []
    for number in numbers:
        if runs and runs[-1][1] == number - 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return runs
