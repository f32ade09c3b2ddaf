"""Time the command line as whole processes, beside their floors, in the same run.

    .venv/bin/python benchmarks/command_line.py [--courriers 1000000] [--runs 5]

Run from the repository root; the demo store is the one inbox_store.py caches. Each figure is
a new process, from its start to its end (bytecode cached as an installed application has
it), run in turn with its floor (ABBA…):

- `peps-desktop courriers list --search cotisations --as agent.demo` (the password in
  PEPS_PASSWORD, the code of the demo's published authenticator app in PEPS_OTP: the code
  it spent is forgotten, untimed, before each run), beside a bare `sqlite3` process running
  the application's own statements for that listing: the ones core.courriers.inbox runs for
  it (the search's scope, its matches counted in the index, the page of ids, the page's
  rows), captured in this process with their parameters written in. Aim: within 3x.
- `peps-desktop --version`, beside `python -c pass` (the interpreter alone). Aim: under
  150 ms.

The bound: `python -c "import sqlalchemy.orm"` (the interpreter and the store's library, no
code of the application) against the same sqlite3 floor, to show whether a Python command
on this stack can be within 3x of it at all.

Prints min / median of each and which aims are met.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from inbox_store import CLOCK, cache_folder, demo_store, forget_used_codes
from paired import (
    Figure,
    Verdict,
    benchmark_parser,
    load_note,
    paired_measures,
    print_bound,
    print_table,
    print_verdicts,
    under,
    within,
)
from processes import environment, python, to_the_end
from sqlalchemy import event

from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.courriers import inbox
from peps_desktop.core.courriers.inbox import InboxQuery
from peps_desktop.core.demo.reference import DEMO_PASSWORD, DEMO_USER_LOGIN, demo_code
from peps_desktop.core.shared.clock import SystemClock
from peps_desktop.store import Store

SEARCH = "cotisations"
LIMIT = 50  # the command's default
AIM_TIMES = 3.0
AIM_VERSION_MS = 150.0
STACK_NAME = "python -c 'import sqlalchemy.orm'"


def _literal(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int | float):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def _written_in(statement: str, parameters: Any) -> str:
    """The statement with its qmark parameters written in as SQL literals."""
    parts = statement.split("?")
    assert len(parts) == len(parameters) + 1, statement
    text = parts[0]
    for value, part in zip(parameters, parts[1:], strict=True):
        text += _literal(value) + part
    return text


def listing_statements(store: Store) -> str:
    """The SELECTs core.courriers.inbox runs for the command's listing, as one script."""
    user = sign_in(store, CLOCK, DEMO_USER_LOGIN, DEMO_PASSWORD)
    captured: list[str] = []

    def capture(_connection, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            captured.append(_written_in(statement, parameters))

    event.listen(store.engine, "before_cursor_execute", capture)
    try:
        query = InboxQuery(search=SEARCH)
        found = inbox.rows(store, user, inbox.page_ids(store, user, query, 0, LIMIT))
    finally:
        event.remove(store.engine, "before_cursor_execute", capture)
    assert len(found) == LIMIT, len(found)
    return ";\n".join(captured) + ";"


def main(argv: list[str] | None = None) -> int:
    parser = benchmark_parser(__doc__)
    args = parser.parse_args(argv)

    store, database = demo_store(args.courriers)
    script = listing_statements(store)
    store.dispose()
    sqlite3 = shutil.which("sqlite3")
    if sqlite3 is None:
        raise SystemExit("the sqlite3 command-line shell is needed for the floor")
    print(load_note())
    print(f"the floor's statements ({script.count(';')}):\n{script}\n")
    rows: list[tuple[str, Figure, Figure | None]] = []
    verdicts: list[Verdict] = []
    with tempfile.TemporaryDirectory(prefix="peps-cli-") as folder:
        env = environment(Path(folder), PEPS_PASSWORD=DEMO_PASSWORD, PEPS_LANG="fr")

        def before() -> None:
            forget_used_codes(args.courriers)
            env["PEPS_OTP"] = demo_code(SystemClock())

        listing = python(
            "-m",
            "peps_desktop",
            "--data-dir",
            str(cache_folder(args.courriers)),
            "courriers",
            "list",
            "--as",
            DEMO_USER_LOGIN,
            "--search",
            SEARCH,
        )
        sqlite3_floor = to_the_end([sqlite3, str(database), script], env)
        cases = [
            (
                f"courriers list --search {SEARCH}",
                to_the_end(listing, env),
                sqlite3_floor,
                "bare sqlite3 process",
            ),
            (
                "--version",
                to_the_end(python("-m", "peps_desktop", "--version"), env),
                to_the_end(python("-c", "pass"), env),
                "python -c pass",
            ),
        ]
        for name, ours, floor, floor_name in cases:
            before()
            ours()  # once untimed: bytecode written, files in the page cache
            print(f"  timing {name} ...", flush=True)
            mine, theirs = paired_measures(ours, floor, args.runs, before)
            rows.append((f"{name}  [floor: {floor_name}]", mine, theirs))
            if name == "--version":
                verdicts.append(under(name, mine, AIM_VERSION_MS))
            else:
                verdicts.append(within(name, mine, theirs, AIM_TIMES))
        print(f"  timing {STACK_NAME} ...", flush=True)
        stack = to_the_end(python("-c", "import sqlalchemy.orm"), env)
        stack_figure, its_floor = paired_measures(stack, sqlite3_floor, args.runs)
        rows.append((f"{STACK_NAME}  [floor: bare sqlite3 process]", stack_figure, its_floor))
    print_table(
        f"the command line on {args.courriers:,} courriers, whole processes, "
        f"min / median of {max(args.runs, 3)} runs",
        rows,
        "floor",
    )
    print_verdicts(verdicts)
    print_bound(STACK_NAME, stack_figure, its_floor, AIM_TIMES)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
