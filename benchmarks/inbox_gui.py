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
  set_query(InboxQuery()), its rows come back (read off the GUI thread) and the first rows
  painted, with its count; "first rows": the same until its first rows are painted, its
  count of a long list still on its way (read after them, as the view shows them);
  "search" and "filter" are set_query from the default query, the wait for the new rows,
  and the first rows painted; "unread count" is core.inbox.unread_count; "jump to
  the last row" paints the last rows of a model whose count is known but whose last page is
  not read yet.
- bare SQL: the application's own statements for the same operation, captured as it runs
  and replayed through sqlite3 with the same parameters (app_sql.py): for a search, the
  scoped full-text query the inbox runs, its count read from the index; for first rows,
  those of core.inbox.first_page and the rows of its page.
- proxy: the common pattern: every row of the inbox tab loaded with one SELECT into a
  list-backed QAbstractTableModel, under a QSortFilterProxyModel sorting by date through
  data() and filtering in filterAcceptsRow the way the application matches (each word of
  the search a word of the objet or the reference, the last one as a prefix, ignoring case
  and accents; the rows' words are split once, when loaded; action required). "Ready" is the
  load, the sort and the first rows painted; the proxy is slow on a million courriers, hence
  --proxy-repeat (default 1).

Then probe processes (this script with --memory-probe) open the inbox in a QTableView shown
offscreen, on the empty demo store and on the chosen one, and report their peak resident
memory (VmHWM on Linux, see peak_rss_mb). Ours and bare SQL run in turn; prints min /
median of each and whether each aim is met; nothing is asserted.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import os
import re
import resource
import sqlite3
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from app_sql import captured, replay
from inbox_bare_sql import all_rows_sql
from inbox_store import CLOCK, demo_store, open_cached_store
from paired import Figure, alone, paired
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QDate,
    QEventLoop,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    SignalInstance,
)
from PySide6.QtWidgets import QApplication, QTableView

from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.courriers.inbox import (
    InboxQuery,
    first_page,
    page_ids,
    rows,
    unread_count,
)
from peps_desktop.core.demo.reference import DEMO_PASSWORD, DEMO_USER_LOGIN
from peps_desktop.gui.inbox.model import PAGE_SIZE, Column, InboxModel
from peps_desktop.gui.inbox.source import StoreInboxSource
from peps_desktop.gui.inbox.words import type_label
from peps_desktop.store.search_fts import search_terms

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


def words(text: str) -> list[str]:
    """The words of a text as the full-text index has them (unicode61, remove_diacritics):
    runs of letters and digits, lower case, without accents."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return _WORD.findall("".join(char for char in plain if not unicodedata.combining(char)))


_WORD = re.compile(r"[^\W_]+")


class InboxProxy(QSortFilterProxyModel):
    """Sorts through the source's data(); filters on the rows themselves (the fastest way),
    matching as the application does: every word searched is a word of the objet or the
    reference, the last one as a prefix. The rows' words are split once, when loaded."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        super().__init__()
        self._rows = rows
        self._words = [frozenset(words(row[OBJET]) + words(row[REFERENCE])) for row in rows]
        self._whole: tuple[str, ...] = ()
        self._prefix = ""
        self._action_only = False
        self.setSortRole(SORT_ROLE)

    def set_filter(self, search: str, action_only: bool) -> None:
        self.beginFilterChange()
        searched = [word for term in search_terms(search) for word in words(term)]
        self._whole, self._prefix = tuple(searched[:-1]), (searched[-1] if searched else "")
        self._action_only = action_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def filtered(self) -> bool:
        return bool(self._prefix) or self._action_only

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self._action_only and not self._rows[source_row][ACTION_REQUISE]:
            return False
        if not self._prefix:
            return True
        found = self._words[source_row]
        prefix = self._prefix
        return all(word in found for word in self._whole) and any(
            word.startswith(prefix) for word in found
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
    # Millions of objects the application never holds: out of the collector's way, so that
    # its collections do not weigh on the other ways' timings in this process.
    gc.freeze()
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
    ours: Figure
    bare: Figure
    proxy: Figure
    against_proxy: bool


def time_operations(
    operations: Sequence[Operation], repeat: int, proxy_repeat: int
) -> list[Timing]:
    timings = []
    for operation in operations:
        print(f"  timing {operation.name} ...", flush=True)
        # The proxy first: the other two then run on a warm page cache too.
        proxy = alone(operation.proxy.action, proxy_repeat, operation.proxy.before)
        ours, bare = paired(
            operation.ours.action,
            operation.bare.action,
            repeat,
            before=_both(operation.ours.before, operation.bare.before),
        )
        timings.append(Timing(operation.name, ours, bare, proxy, operation.against_proxy))
    return timings


def _both(*steps: Callable[[], Any] | None) -> Callable[[], Any] | None:
    """What puts things back before either way (ours' undoes what ours did; bare SQL
    changes nothing)."""
    chosen = [step for step in steps if step is not None]
    if not chosen:
        return None
    return lambda: [step() for step in chosen]


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


def _until(signals: Sequence[SignalInstance], model: InboxModel, change: Callable[[], Any]) -> None:
    """Make a change to the model's query and wait for the first of `signals`."""
    loop = QEventLoop()
    for signal in signals:
        signal.connect(loop.quit)
    try:
        change()
        if model.loading:
            loop.exec()
    finally:
        for signal in signals:
            signal.disconnect(loop.quit)


def loaded(model: InboxModel, change: Callable[[], Any]) -> None:
    """Make a change to the model's query and wait for its rows (read off the GUI thread)."""
    _until([model.loaded], model, change)


def first_rows(model: InboxModel, change: Callable[[], Any]) -> None:
    """Make a change to the model's query and wait for its first rows: shown alone when
    counting a long list takes longer (its count still on its way), else with its count."""
    _until([model.first_page_shown, model.loaded], model, change)


# How a timing waits for a change of the model's query: `loaded` or `first_rows`.
Waiting = Callable[[InboxModel, Callable[[], Any]], None]


def settled(model: InboxModel) -> None:
    """Wait for a count still on its way: it must not run beside the next timing."""
    loaded(model, lambda: None)


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
    loaded(model, lambda: model.set_query(InboxQuery()))
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
    width = max(len(timing.name) for timing in timings)
    print()
    print(
        f"{'operation':{width}} {'ours (ms)':>14} {'bare SQL (ms)':>14} {'ours/SQL':>9} "
        f"{'proxy (ms)':>14} {'proxy/ours':>11}"
    )
    for timing in timings:
        print(
            f"{timing.name:{width}} {timing.ours!s:>14} {timing.bare!s:>14} "
            f"{ratio(timing.ours.median, timing.bare.median):>9} {timing.proxy!s:>14} "
            f"{ratio(timing.proxy.median, timing.ours.median):>11}"
        )


def print_aims(timings: Sequence[Timing], extra_memory_mb: float) -> None:
    width = max(len(timing.name) for timing in timings)
    print()
    print(f"aims (set for a 2-core machine; this one has {os.cpu_count()} cores), on medians:")
    for timing in timings:
        times = timing.ours.median / timing.bare.median
        print(
            f"  {timing.name:{width}} within {AIM_RATIO_TO_SQL:.0f}x bare SQL: "
            f"{met(times <= AIM_RATIO_TO_SQL):7} ({times:.2f}x); "
            f"under {AIM_MEDIAN_MS:.0f} ms: {met(timing.ours.median < AIM_MEDIAN_MS):7} "
            f"({timing.ours.median:.1f} ms)"
        )
    for timing in timings:
        if timing.against_proxy:
            factor = timing.proxy.median / timing.ours.median
            print(
                f"  {timing.name:{width}} {AIM_PROXY_FACTOR:.0f}x faster than the proxy: "
                f"{met(factor >= AIM_PROXY_FACTOR)} ({factor:,.0f}x)"
            )
    print(
        f"  {'memory':{width}} at most {AIM_EXTRA_MEMORY_MB:.0f} MB above the empty store: "
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

    default = InboxQuery()
    search = replace(default, search=SEARCH)
    # A reference's beginning, as one looks a letter up: a few matches, not 40 % of the rows.
    newest = rows(store, user, page_ids(store, user, default, 0, 1))[0]
    reference = newest.reference[:-2]
    by_reference = replace(default, search=reference)
    action = replace(default, requires_action=True)
    source = StoreInboxSource(store, user)
    model = InboxModel(source)

    def opening(wait: Waiting = loaded) -> Callable[[], None]:
        """A new model (a window's inbox opened), waited for by `wait`, its rows painted."""

        def open_inbox() -> None:
            nonlocal model
            model = InboxModel(source)
            wait(model, lambda: model.set_query(default))
            paint(model, 0)

        return open_inbox

    def show(query: InboxQuery, wait: Waiting = loaded) -> Callable[[], None]:
        def showing() -> None:
            wait(model, lambda: model.set_query(query))
            paint(model, 0)

        return showing

    def default_shown() -> None:
        settled(model)
        show(default)()

    def first_page_sql(query: InboxQuery) -> Way:
        """Bare SQL: the statements of a first page and its rows, as the model reads them."""
        return the_same(lambda: rows(store, user, first_page(store, user, query, PAGE_SIZE)[0]))

    def last_rows() -> None:
        paint(model, model.total - PAINTED_ROWS)

    def the_same(action: Callable[[], Any], before: Callable[[], Any] | None = None) -> Way:
        """Bare SQL: the statements `action` runs, captured once (after `before`)."""
        if before is not None:
            before()
        return Way(replay(bare, captured(store, action)))

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
        Operation("inbox ready, first page", Way(opening()), the_same(opening()), Way(proxy_open)),
        Operation(
            "inbox ready, first rows",
            Way(opening(first_rows), before=lambda: settled(model)),
            first_page_sql(default),
            Way(proxy_open),
        ),
        Operation(
            f"search “{SEARCH}”",
            Way(show(search), before=show(default)),
            the_same(show(search), before=show(default)),
            Way(proxy_filter(SEARCH, False), before=proxy_unfiltered),
            against_proxy=True,
        ),
        Operation(
            f"search “{reference}”",
            Way(show(by_reference), before=show(default)),
            the_same(show(by_reference), before=show(default)),
            Way(proxy_filter(reference, False), before=proxy_unfiltered),
            against_proxy=True,
        ),
        Operation(
            "filter action required",
            Way(show(action), before=show(default)),
            the_same(show(action), before=show(default)),
            Way(proxy_filter("", True), before=proxy_unfiltered),
            against_proxy=True,
        ),
        Operation(
            "filter action required, first rows",
            Way(show(action, first_rows), before=default_shown),
            first_page_sql(action),
            Way(proxy_filter("", True), before=proxy_unfiltered),
        ),
        Operation(
            "unread count",
            Way(lambda: unread_count(store, user)),
            the_same(lambda: unread_count(store, user)),
            Way(lambda: sum(1 for row in proxied.rows if not row[READ])),
        ),
        Operation(
            "jump to the last row",
            # The count is known and the first page painted; the last page is not read yet.
            Way(last_rows, before=show(default)),
            the_same(last_rows, before=show(default)),
            Way(proxy_last_rows, before=proxy_unfiltered),
        ),
    ]
    print(
        f"timing: ours and bare SQL in turn, {max(args.repeat, 3)} runs each; "
        f"the proxy {max(args.proxy_repeat, 3)} runs ...",
        flush=True,
    )
    timings = time_operations(operations, args.repeat, args.proxy_repeat)
    settled(model)
    # Painting rows already read: in every "ours" and "proxy" timing, never in bare SQL.
    proxy_unfiltered()
    show(default)()
    painting_ours = alone(lambda: paint(model, 0), args.repeat)
    painting_proxy = alone(lambda: paint(proxied.proxy, 0), args.repeat)

    # The same answers three ways, so that the timings compare like with like.
    show(default)()
    visible = model.total
    show(search)()
    found = model.total
    proxied.proxy.set_filter(SEARCH, False)
    proxy_found = proxied.proxy.rowCount()
    show(by_reference)()
    found_by_reference = model.total
    proxied.proxy.set_filter(reference, False)
    proxy_found_by_reference = proxied.proxy.rowCount()
    show(action)()
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
        f"{visible:,}; “{SEARCH}” finds {found:,} (proxy, by the same word prefixes: "
        f"{proxy_found:,}), “{reference}” {found_by_reference:,} (proxy: "
        f"{proxy_found_by_reference:,}); {to_act:,} require an action (proxy: {proxy_to_act:,})"
    )
    print(
        f"load average before the run: {load_before:.2f} "
        f"(the timings assume an otherwise idle machine)"
    )
    print(f"min / median of each; {PAINTED_ROWS} rows painted per operation")
    print_timings(timings)
    print(
        f"(of which painting {PAINTED_ROWS} rows already read: ours {painting_ours} ms, "
        f"proxy {painting_proxy} ms; bare SQL paints nothing)"
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
