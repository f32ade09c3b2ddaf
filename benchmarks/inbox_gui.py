"""Time the inbox as the user sees it, beside bare SQL and beside a proxy over every row.

    .venv/bin/python benchmarks/inbox_gui.py                     # 1,000,000 courriers
    .venv/bin/python benchmarks/inbox_gui.py --courriers 20000   # a quick try

Run it from the repository root as a script, not with -m: Python then puts benchmarks/ first
on sys.path, where inbox_store.py and inbox_bare_sql.py are found.

The demo stores are built once with seed_demo and cached per size by inbox_store.py (shared
with inbox_queries.py; --rebuild builds the chosen size again; an empty demo store, 0
courriers, is built too). The demo agent (reading 3 of the 9 services) signs in, then each
operation is timed three ways:

- ours: InboxModel over StoreInboxSource, used as a view uses it: PAINTED_ROWS rows are read
  with the seven roles a delegate asks of each cell it paints. "Inbox ready" is a new model,
  set_query(InboxQuery()) and the first rows painted; "search" and "filter" are set_query
  from the default query (a count) and the first rows painted; "unread count" is
  core.inbox.unread_count; "jump to the last row" paints the last rows of a model whose
  count is known but whose last page is not read yet.
- bare SQL: the same result through sqlite3: the count and a page of rows (only the page
  for the jump, only the count for unread), see inbox_bare_sql.py.
- proxy: the common pattern: every row of the inbox tab loaded with one SELECT into a
  list-backed QAbstractTableModel, under a QSortFilterProxyModel sorting by date through
  data() and filtering in filterAcceptsRow (objet or reference containing the words,
  ignoring case; action required). "Ready" is the load, the sort and the first rows painted;
  the proxy is slow on a million courriers, hence --proxy-repeat (default 1).

Then probe processes (this script with --memory-probe) open the inbox in a QTableView shown
offscreen, on the empty demo store and on the chosen one, and report their peak resident
memory (VmHWM on Linux, see peak_rss_mb). Prints medians and whether each aim of the issue
is met; nothing is asserted.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import resource
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from inbox_bare_sql import (
    ACTION_REQUIRED,
    BARE_UNREAD,
    MATCHING,
    all_rows_sql,
    count_sql,
    rows_sql,
)
from inbox_store import CLOCK, demo_store, median_ms, open_cached_store
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QApplication, QTableView

from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.courriers.inbox import InboxQuery, unread_count
from peps_desktop.core.demo.reference import DEMO_PASSWORD, DEMO_USER_LOGIN
from peps_desktop.gui.inbox.model import Column, InboxModel
from peps_desktop.gui.inbox.source import StoreInboxSource
from peps_desktop.gui.inbox.words import type_label
from peps_desktop.store.search_fts import fts_match_expression, search_terms

SEARCH = "cotisations"
PAINTED_ROWS = 30  # about what a window shows
# What QStyledItemDelegate asks of each cell it paints (a QTableView's repaint calls data()
# with exactly these seven roles per visible cell).
PAINT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.CheckStateRole,
)

# The aims, on a 2-core machine.
AIM_RATIO_TO_SQL = 2.0
AIM_MEDIAN_MS = 100.0
AIM_PROXY_FACTOR = 50.0
AIM_EXTRA_MEMORY_MB = 60.0


def paint(model: QAbstractItemModel, first: int) -> None:
    """Read what a view reads to paint PAINTED_ROWS rows from `first`."""
    for row in range(max(first, 0), min(first + PAINTED_ROWS, model.rowCount())):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in PAINT_ROLES:
                model.data(index, role)


# --- the common pattern: every row in memory, a proxy to sort and filter --------------------

# Where each column of the inbox is in a row of all_rows_sql().
FIELD_OF_COLUMN = {
    Column.RECU_LE: 5,
    Column.SERVICE: 1,
    Column.TYPE: 2,
    Column.OBJET: 3,
    Column.REFERENCE: 4,
    Column.ACTION: 6,
    Column.ECHEANCE: 7,
    Column.MONTANT: 8,
    Column.ASSIGNED: 9,
}
OBJET, REFERENCE, ACTION_REQUISE, READ = 3, 4, 6, 11
SORT_ROLE = Qt.ItemDataRole.UserRole


class AllRowsModel(QAbstractTableModel):
    """Every row of the inbox in a Python list, shown as the InboxModel shows them."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        column = Column(index.column())
        value = self.rows[index.row()][FIELD_OF_COLUMN[column]]
        if role == SORT_ROLE:
            return value
        if value is None:
            return ""
        if column in (Column.RECU_LE, Column.ECHEANCE):
            date = QDate.fromString(value, Qt.DateFormat.ISODate)
            return QLocale().toString(date, QLocale.FormatType.ShortFormat)
        if column == Column.TYPE:
            return type_label(value)
        if column == Column.ACTION:
            return self.tr("Required") if value else ""
        if column == Column.MONTANT:
            return QLocale().toCurrencyString(float(value), "€")
        return value


class InboxProxy(QSortFilterProxyModel):
    """Sorts through the source's data(); filters on the rows themselves (the fastest way)."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        super().__init__()
        self._rows = rows
        self._search = ""
        self._action_only = False
        self.setSortRole(SORT_ROLE)

    def set_filter(self, search: str, action_only: bool) -> None:
        self.beginFilterChange()
        self._search = search.casefold()
        self._action_only = action_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def filtered(self) -> bool:
        return bool(self._search) or self._action_only

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        row = self._rows[source_row]
        if self._action_only and not row[ACTION_REQUISE]:
            return False
        return (
            not self._search
            or self._search in row[OBJET].casefold()
            or self._search in row[REFERENCE].casefold()
        )


@dataclass
class Proxied:
    rows: list[tuple[Any, ...]]
    source: AllRowsModel
    proxy: InboxProxy


def load_proxied(bare: sqlite3.Connection, me: dict[str, int]) -> Proxied:
    rows = bare.execute(all_rows_sql(), me).fetchall()
    source = AllRowsModel(rows)
    proxy = InboxProxy(rows)
    proxy.setSourceModel(source)
    proxy.sort(Column.RECU_LE, Qt.SortOrder.DescendingOrder)
    return Proxied(rows, source, proxy)


# --- timing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Way:
    """One way of doing an operation: the timed action, and what puts things back first."""

    action: Callable[[], Any]
    before: Callable[[], Any] | None = None


@dataclass(frozen=True)
class Operation:
    name: str
    ours: Way
    bare: Way
    proxy: Way
    against_proxy: bool = False  # an aim says "50x faster than the proxy"


@dataclass(frozen=True)
class Timing:
    name: str
    ours: float
    bare: float
    proxy: float
    against_proxy: bool


def time_operations(
    operations: Sequence[Operation], repeat: int, proxy_repeat: int
) -> list[Timing]:
    timings = []
    for operation in operations:
        print(f"  timing {operation.name} ...", flush=True)
        # The proxy first: the other two then run on a warm page cache too.
        proxy = median_ms(operation.proxy.action, proxy_repeat, operation.proxy.before)
        bare = median_ms(operation.bare.action, repeat, operation.bare.before)
        ours = median_ms(operation.ours.action, repeat, operation.ours.before)
        timings.append(Timing(operation.name, ours, bare, proxy, operation.against_proxy))
    return timings


# --- memory -------------------------------------------------------------------------------


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MB.

    On Linux, VmHWM: ru_maxrss of a process started by fork and exec counts the parent's
    resident memory at the fork, which would hide the probe's own peak.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 2**10  # kB
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes there, KiB here


def application() -> QApplication:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    existing = QApplication.instance()
    return existing if isinstance(existing, QApplication) else QApplication([])


def memory_probe(courriers: int, user_fields: str) -> int:
    """In its own process: open the inbox in a view, paint it, print the peak memory."""
    app = application()
    store = open_cached_store(courriers)
    # Signed in by the parent: Argon2id's transient 19 MB would otherwise hide the inbox's own.
    user = SignedIn(**json.loads(user_fields))
    before = peak_rss_mb()
    model = InboxModel(StoreInboxSource(store, user))
    model.set_query(InboxQuery())
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    for _ in range(10):
        app.processEvents()
    painted = model.total == 0 or model.cached_row(0) is not None
    print(
        json.dumps(
            {"before": before, "peak": peak_rss_mb(), "rows": model.total, "painted": painted}
        )
    )
    view.close()
    store.dispose()
    return 0


def probe_memory(courriers: int, user: SignedIn) -> dict[str, Any]:
    fields = json.dumps(dataclasses.asdict(user))
    command = [sys.executable, __file__, "--memory-probe", "--courriers", str(courriers)]
    done = subprocess.run(
        [*command, "--probe-user", fields], capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- the report ---------------------------------------------------------------------------


def ratio(numerator: float, denominator: float) -> str:
    value = numerator / denominator
    return f"{value:,.0f}x" if value >= 10 else f"{value:.2f}x"


def met(condition: bool) -> str:
    return "met" if condition else "NOT met"


def print_timings(timings: Sequence[Timing]) -> None:
    print()
    print(
        f"{'operation':26} {'ours (ms)':>10} {'bare SQL (ms)':>14} {'ours/SQL':>9} "
        f"{'proxy (ms)':>11} {'proxy/ours':>11}"
    )
    for timing in timings:
        print(
            f"{timing.name:26} {timing.ours:10.1f} {timing.bare:14.1f} "
            f"{ratio(timing.ours, timing.bare):>9} {timing.proxy:11.1f} "
            f"{ratio(timing.proxy, timing.ours):>11}"
        )


def print_aims(timings: Sequence[Timing], extra_memory_mb: float) -> None:
    print()
    print(f"aims (set for a 2-core machine; this one has {os.cpu_count()} cores):")
    for timing in timings:
        times = timing.ours / timing.bare
        print(
            f"  {timing.name:26} within {AIM_RATIO_TO_SQL:.0f}x bare SQL: "
            f"{met(times <= AIM_RATIO_TO_SQL):7} ({times:.2f}x); "
            f"under {AIM_MEDIAN_MS:.0f} ms: {met(timing.ours < AIM_MEDIAN_MS):7} "
            f"({timing.ours:.1f} ms)"
        )
    for timing in timings:
        if timing.against_proxy:
            factor = timing.proxy / timing.ours
            print(
                f"  {timing.name:26} {AIM_PROXY_FACTOR:.0f}x faster than the proxy: "
                f"{met(factor >= AIM_PROXY_FACTOR)} ({ratio(timing.proxy, timing.ours)})"
            )
    print(
        f"  {'memory':26} at most {AIM_EXTRA_MEMORY_MB:.0f} MB above the empty store: "
        f"{met(extra_memory_mb <= AIM_EXTRA_MEMORY_MB)} ({extra_memory_mb:+.1f} MB)"
    )


# --- main ---------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--courriers", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5, help="runs of ours and bare SQL")
    parser.add_argument("--proxy-repeat", type=int, default=1, help="runs of the proxy")
    parser.add_argument("--rebuild", action="store_true", help="seed the chosen size again")
    parser.add_argument("--memory-probe", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--probe-user", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_probe:
        return memory_probe(args.courriers, args.probe_user)

    load_before = os.getloadavg()[0]
    app = application()
    store, database = demo_store(args.courriers, args.rebuild)
    user = sign_in(store, CLOCK, DEMO_USER_LOGIN, DEMO_PASSWORD)
    empty_store, _ = demo_store(0)
    empty_user = sign_in(empty_store, CLOCK, DEMO_USER_LOGIN, DEMO_PASSWORD)
    empty_store.dispose()
    bare = sqlite3.connect(database)
    me = {"me": user.account_id}
    searched = {**me, "match": fts_match_expression(search_terms(SEARCH))}

    default = InboxQuery()
    search = replace(default, search=SEARCH)
    action = replace(default, requires_action=True)
    source = StoreInboxSource(store, user)
    model = InboxModel(source)

    def open_inbox() -> None:
        nonlocal model
        model = InboxModel(source)
        model.set_query(default)
        paint(model, 0)

    def show(query: InboxQuery) -> Callable[[], None]:
        def showing() -> None:
            model.set_query(query)
            paint(model, 0)

        return showing

    def bare_page(*conditions: str, parameters: dict[str, Any] = me) -> Callable[[], Any]:
        def reading() -> Any:
            total = bare.execute(count_sql(*conditions), parameters).fetchone()
            return total, bare.execute(rows_sql(*conditions), parameters).fetchall()

        return reading

    def bare_last_page() -> list[Any]:
        return bare.execute(rows_sql(descending=False), me).fetchall()[::-1]

    print("loading every row for the proxy ...", flush=True)
    proxied = load_proxied(bare, me)

    def proxy_open() -> None:
        nonlocal proxied
        proxied = load_proxied(bare, me)
        paint(proxied.proxy, 0)

    def proxy_filter(search: str, action_only: bool) -> Callable[[], None]:
        def filtering() -> None:
            proxied.proxy.set_filter(search, action_only)
            paint(proxied.proxy, 0)

        return filtering

    def proxy_unfiltered() -> None:
        if proxied.proxy.filtered:
            proxied.proxy.set_filter("", False)

    def proxy_last_rows() -> None:
        paint(proxied.proxy, proxied.proxy.rowCount() - PAINTED_ROWS)

    operations = [
        Operation("inbox ready, first page", Way(open_inbox), Way(bare_page()), Way(proxy_open)),
        Operation(
            f"search “{SEARCH}”",
            Way(show(search), before=show(default)),
            Way(bare_page(MATCHING, parameters=searched)),
            Way(proxy_filter(SEARCH, False), before=proxy_unfiltered),
            against_proxy=True,
        ),
        Operation(
            "filter action required",
            Way(show(action), before=show(default)),
            Way(bare_page(ACTION_REQUIRED)),
            Way(proxy_filter("", True), before=proxy_unfiltered),
            against_proxy=True,
        ),
        Operation(
            "unread count",
            Way(lambda: unread_count(store, user)),
            Way(lambda: bare.execute(BARE_UNREAD, me).fetchone()),
            Way(lambda: sum(1 for row in proxied.rows if not row[READ])),
        ),
        Operation(
            "jump to the last row",
            # The count is known and the first page painted; the last page is not read yet.
            Way(lambda: paint(model, model.total - PAINTED_ROWS), before=show(default)),
            Way(bare_last_page),
            Way(proxy_last_rows, before=proxy_unfiltered),
        ),
    ]
    print(
        f"timing: ours and bare SQL median of {args.repeat}, "
        f"proxy median of {args.proxy_repeat} ...",
        flush=True,
    )
    timings = time_operations(operations, args.repeat, args.proxy_repeat)
    # Painting rows already read: in every "ours" and "proxy" timing, never in bare SQL.
    proxy_unfiltered()
    painting_ours = median_ms(lambda: paint(model, 0), args.repeat, before=show(default))
    painting_proxy = median_ms(lambda: paint(proxied.proxy, 0), args.repeat)

    # The same answers three ways, so that the timings compare like with like.
    model.set_query(default)
    visible = model.total
    model.set_query(search)
    found = model.total
    proxied.proxy.set_filter(SEARCH, False)
    proxy_found = proxied.proxy.rowCount()
    model.set_query(action)
    to_act = model.total
    proxied.proxy.set_filter("", True)
    proxy_to_act = proxied.proxy.rowCount()
    services = bare.execute("SELECT count(*) FROM service").fetchone()[0]
    bare.close()
    store.dispose()

    print("probing memory ...", flush=True)
    empty = probe_memory(0, empty_user)
    full = probe_memory(args.courriers, user)
    extra = full["peak"] - empty["peak"]

    print()
    print(
        f"{args.courriers:,} courriers over {services} services; the inbox of {user.login} holds "
        f"{visible:,}; “{SEARCH}” finds {found:,} (proxy, by substring: {proxy_found:,}); "
        f"{to_act:,} require an action (proxy: {proxy_to_act:,})"
    )
    print(
        f"load average before the run: {load_before:.2f} "
        f"(the timings assume an otherwise idle machine)"
    )
    print(
        f"ours and bare SQL: medians of {args.repeat} runs; proxy: median of "
        f"{args.proxy_repeat}; {PAINTED_ROWS} rows painted per operation"
    )
    print_timings(timings)
    print(
        f"(of which painting {PAINTED_ROWS} rows already read: ours {painting_ours:.1f} ms, "
        f"proxy {painting_proxy:.1f} ms; bare SQL paints nothing)"
    )
    print()
    for name, probe in (("empty store", empty), (f"{args.courriers:,} courriers", full)):
        print(
            f"peak memory, inbox open on the {name}: {probe['peak']:6.1f} MB "
            f"({probe['before']:.1f} MB before opening it; {probe['rows']:,} rows, "
            f"painted: {probe['painted']})"
        )
    print(f"difference: {extra:+.1f} MB")
    print_aims(timings, extra)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
