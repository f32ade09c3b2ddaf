"""Time the start of the application to its main window, beside bare Qt, in the same run.

    .venv/bin/python benchmarks/startup.py [--courriers 1000000] [--runs 5]

Run from the repository root. Each run is a new process: `python -m peps_desktop --data-dir
STORE --demo --quit-after 0`, signed in as the demo administrator, timed from its start to
the line the smoke run prints once the main window is shown and painted ("main window
shown"). The floor is `python -c "from PySide6.QtWidgets import QApplication;
QApplication([])"` timed the same way, to a line it prints once the application exists. The
two run in turn (ABBA…), on an empty demo store (no courrier) and on the demo store of
--courriers (both built once by inbox_store.py and cached). The smoke run signs in with the
code of the demo's published authenticator app: the code it spent is forgotten (untimed)
before each run. Prints min / median of each, and whether the start is within 3x the floor.

The bound: SQLAlchemy's ORM imported, then the same floor, no code of the application
(`STACK`), timed against the floor in the same way. No start of an application on these
libraries can be faster; the line says whether the aim is within reach of them.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from inbox_store import cache_folder, demo_store, forget_used_codes
from paired import (
    Figure,
    Verdict,
    benchmark_parser,
    load_note,
    paired_measures,
    print_bound,
    print_table,
    print_verdicts,
    within,
)
from processes import environment, python, until_line

from peps_desktop import APP_NAME
from peps_desktop.gui.app import SHOWN

AIM_TIMES = 3.0
READY = "ready"
BARE_QT = (
    "from PySide6.QtWidgets import QApplication; "
    f"application = QApplication([]); print({READY!r}, flush=True)"
)
# SQLAlchemy first, as the application imports it: after PySide6, every import passes
# through its import hook and costs more.
STACK = (
    "import sqlalchemy.orm; from PySide6.QtWidgets import QApplication; "
    f"application = QApplication([]); print({READY!r}, flush=True)"
)
STACK_NAME = "import sqlalchemy.orm + QApplication([])"


def main(argv: list[str] | None = None) -> int:
    parser = benchmark_parser(__doc__)
    args = parser.parse_args(argv)

    sizes = (0, args.courriers)
    for size in sizes:
        demo_store(size)[0].dispose()  # built once, cached
    print(load_note())
    rows: list[tuple[str, Figure, Figure | None]] = []
    verdicts: list[Verdict] = []
    with tempfile.TemporaryDirectory(prefix="peps-start-") as folder:
        env = environment(Path(folder))
        floor = until_line(python("-c", BARE_QT), READY, env)
        for size in sizes:
            store = cache_folder(size)
            start = python(
                "-m", "peps_desktop", "--data-dir", str(store), "--demo", "--quit-after", "0"
            )
            ours = until_line(start, f"{APP_NAME}: {SHOWN}", env)

            def before(size: int = size) -> None:
                forget_used_codes(size)  # the smoke run signs in with the demo app's code

            before()
            ours()  # once untimed: the files in the page cache, as at any start but the first
            label = f"main window shown, {size:,} courriers"
            print(f"  timing {label} ...", flush=True)
            mine, theirs = paired_measures(ours, floor, args.runs, before)
            rows.append((label, mine, theirs))
            verdicts.append(within(label, mine, theirs, AIM_TIMES))
        print(f"  timing {STACK_NAME} ...", flush=True)
        stack = until_line(python("-c", STACK), READY, env)
        stack_figure, its_floor = paired_measures(stack, floor, args.runs)
        rows.append((f"{STACK_NAME} (no application code)", stack_figure, its_floor))
    print_table(
        f"start-up to the main window, min / median of {max(args.runs, 3)} runs (whole "
        "processes, from their start)",
        rows,
        "QApplication([])",
    )
    print_verdicts(verdicts)
    print_bound(STACK_NAME, stack_figure, its_floor, AIM_TIMES)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
