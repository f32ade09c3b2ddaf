"""One tick of the notification service at scale: 100,000 accounts and 1,000,000 courriers.

    .venv/bin/python benchmarks/notifications_tick.py [--accounts N] [--courriers N]
        [--ticks N] [--rebuild] [--no-check | --no-gui] [--gui-ticks N]
        [--switch-interval MS] [--profile]

Run from the repository root. Both parts run by default: the check off any GUI, then the
ticks in a main window. The demo store is built once with seed_demo (a minute or two at
full size) and cached under $XDG_CACHE_HOME (or ~/.cache)/peps-desktop-benchmarks/
notifications-ACCOUNTS-COURRIERS/; --rebuild builds it again.

The check off any GUI (--no-check leaves it out): for the demo administrator and the demo
agent, `check_timings` times core.notifications.run_check (the whole check as the background
thread runs it, with an empty drop folder): min and median of --ticks runs of a "first" tick (the
person's ledger emptied before each, untimed: the first start, which records a month of
courriers) and of a "steady" tick (the next ones, which find nothing new). Each step is also
timed alone, to show where the time goes. The aim: a tick under 200 ms.

The GUI (--no-gui leaves it out): `gui_timings` opens the application's main window
(gui.app.build_window, offscreen, with the garbage collector on the GUI thread as the
application has it) for each of the two people, installs notifications in it
(install_notifications, without a tray) and drives --gui-ticks ticks by hand through
service.check_now(): three first ticks (the ledger emptied before each) and steady ones. For each
tick it measures the GUI-thread time (the dispatch, then every event delivered on the GUI
thread until the result is handled and the loads it started are shown: see GUI_METHOD) and
the event-loop stall (a zero-interval QTimer's lateness). The aims: under 5 ms of GUI-thread
time a tick, no stall over 50 ms. --switch-interval sets Python's GIL switch interval for this
part; --profile then profiles a first and a steady tick on the GUI thread.

Figures are printed (min and median of the runs), with each aim and whether it is met, judged
on medians; nothing is asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import math
import os
import profile
import pstats
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from paired import Figure, alone
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QMessageLogContext,
    QObject,
    QThreadPool,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication
from sqlalchemy import delete, func, select

from peps_desktop.core.accounts.expiry import expire_due_accounts
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.courriers.folder_import import import_drop_folder
from peps_desktop.core.courriers.inbox import unread_count
from peps_desktop.core.demo.reference import DEMO_ADMIN_LOGIN, DEMO_USER_LOGIN
from peps_desktop.core.demo.seed import seed_demo
from peps_desktop.core.notifications.due import CheckResult, due_notifications, run_check
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.gui.app import build_window
from peps_desktop.gui.main_window import MainWindow
from peps_desktop.gui.notifications.wiring import Notifications, install_notifications
from peps_desktop.gui.settings.preferences import AppSettings
from peps_desktop.gui.shared.garbage import GuiThreadCollector
from peps_desktop.store import Store
from peps_desktop.store.migrate import open_store
from peps_desktop.store.models import Account, Courrier, Notification

# A cached store is opened again by later runs: one fixed data key, for demo data only.
CACHED_STORE_KEY = bytes(range(32))

# The demo's own clock: its last three weeks of courriers are unread.
CLOCK = FixedClock(dt.datetime(2026, 11, 25, 9, 30))
DATABASE_NAME = "peps-desktop.sqlite3"
SEEDED_MARK = "seeded"  # written once seeding has finished
AIM_MS = 200.0
FIRST_TICKS = 3  # first ticks per window, the ledger emptied before each


# --- the store -------------------------------------------------------------------------------


def cache_folder(accounts: int, courriers: int) -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "peps-desktop-benchmarks" / f"notifications-{accounts}-{courriers}"


def demo_store(accounts: int, courriers: int, *, rebuild: bool = False) -> Store:
    """The demo store of this size, seeded unless already cached (and migrated to head)."""
    folder = cache_folder(accounts, courriers)
    mark = folder / SEEDED_MARK
    if rebuild or not mark.exists():
        mark.unlink(missing_ok=True)
        for leftover in folder.glob(DATABASE_NAME + "*"):
            leftover.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    store = open_store(
        f"sqlite:///{folder / DATABASE_NAME}", folder / "documents", data_key=CACHED_STORE_KEY
    )
    if not mark.exists():
        print(f"seeding {accounts:,} accounts and {courriers:,} courriers into {folder} ...")
        started = time.perf_counter()
        seed_demo(store, CLOCK, accounts=accounts, courriers=courriers)
        mark.touch()
        print(f"seeded in {time.perf_counter() - started:,.1f} s")
    return store


def person(store: Store, login: str) -> SignedIn:
    with store.read_session() as session:
        account = session.scalar(select(Account).where(Account.login == login))
        assert account is not None, login
        return SignedIn(
            account_id=account.id,
            structure_id=account.structure_id,
            login=account.login,
            nom=account.nom,
            prenom=account.prenom,
            profile=account.profile,
            badge=f"{account.prenom} {account.nom}",
        )


def forget_notifications(store: Store, user: SignedIn) -> None:
    """Empty this person's ledger: the next tick is their first."""
    with store.session() as session:
        session.execute(delete(Notification).where(Notification.account_id == user.account_id))


# --- the check, off the GUI thread ------------------------------------------------------------


def timings_ms(
    action: Callable[[], Any], repeat: int, before: Callable[[], Any] | None = None
) -> Figure:
    """The wall times of `repeat` runs (at least 3), in milliseconds; `before` runs untimed
    ahead of each."""
    return alone(action, repeat, before)


@dataclass(frozen=True)
class CheckTimings:
    login: str
    first_ms: Figure  # the first tick: a month of courriers and the notices to record
    steady_ms: Figure  # later ticks: nothing new
    steps_ms: dict[str, Figure]  # each step of a steady tick, timed alone
    first: CheckResult  # what the first tick raised


def check_timings(
    store: Store, clock: FixedClock, user: SignedIn, drop_folder: Path, ticks: int
) -> CheckTimings:
    """run_check timed as the background thread runs it: first and steady ticks."""
    first_results: list[CheckResult] = []

    def tick() -> None:
        first_results.append(run_check(store, clock, user, drop_folder=drop_folder))

    first = timings_ms(tick, ticks, before=lambda: forget_notifications(store, user))
    steady = timings_ms(lambda: run_check(store, clock, user, drop_folder=drop_folder), ticks)
    now = clock.now()
    steps: dict[str, Callable[[], Any]] = {
        "expire_due_accounts": lambda: expire_due_accounts(store, clock),
        "import_drop_folder": lambda: import_drop_folder(store, clock, drop_folder),
        "due_notifications": lambda: due_notifications(store, user, now),
        "unread_count": lambda: unread_count(store, user),
    }
    steps_ms = {name: timings_ms(step, ticks) for name, step in steps.items()}
    return CheckTimings(user.login, first, steady, steps_ms, first_results[-1])


def print_check(timings: CheckTimings) -> None:
    def verdict(figure: Figure) -> str:
        return "" if figure.median <= AIM_MS else f"  (over the {AIM_MS:.0f} ms aim)"

    print(f"\n{timings.login}")
    raised = ", ".join(f"{n.kind} {n.count:,}" for n in timings.first.notifications) or "nothing"
    print(f"  first tick raised   {raised}")
    if timings.first.problems:
        print(f"  problems            {'; '.join(timings.first.problems)}")
    print("  (min / median, ms)")
    print(f"  first tick          {timings.first_ms!s:>16}{verdict(timings.first_ms)}")
    print(f"  steady tick         {timings.steady_ms!s:>16}{verdict(timings.steady_ms)}")
    for name, figure in timings.steps_ms.items():
        print(f"    {name:<20}{figure!s:>14}")


# --- the GUI thread ---------------------------------------------------------------------------

GUI_AIM_MS = 5.0  # GUI-thread time per tick
STALL_AIM_MS = 50.0  # the longest event-loop stall during ticks
SETTLED_MS = 30.0  # a tick is over once its result is handled and the pool idle this long
SETTLE_TIMEOUT_S = 120.0
# While the GUI-thread time is measured, the end of a tick is watched this often (a busy
# zero-interval timer would keep the GUI thread after the GIL and slow what it measures).
WATCH_INTERVAL_MS = 5
NEVER_MS = 2**31 - 1  # the service's own timers: the benchmark drives the ticks
GUI_METHOD = """\
How it is measured (each window ticks twice over: a first tick and steady ones for the
GUI-thread time, then, the ledger emptied again, the same for the stall):
- GUI thread: QApplication.notify is overridden to time every outermost event delivery on the
  GUI thread. A tick's time is service.check_now() (the dispatch: make_check, the job
  started) plus every delivery from then until the check's result has been handled and the
  thread pool has stayed idle for {settled:.0f} ms: the result's slots (centre refresh, tray,
  inbox/dashboard refresh starts), the loads they started coming back (centre history, unread
  count, dashboard figures), repaints, and the garbage collector's timer (its collections
  also shown apart: "gc"). Wall time is judged; it includes waits for the GIL while a worker
  holds it, which the GUI thread's CPU time (beside it) leaves out. A {watch} ms timer,
  left out of the count, watches for the end of each tick.
- Stall: in the second run a zero-interval QTimer runs during each tick; its lateness is the
  gap between two consecutive timeouts (the longest and the 99th percentile of all gaps).
- Check seen: check_now() to the result, as the GUI sees it (first run)."""


Delivery = tuple[str, str]  # the receiver's class, the event's type


class TimedApplication(QApplication):
    """A QApplication adding up the time the GUI thread spends delivering events while
    `recording`: only outermost deliveries (an event sent from a handler is part of the
    handler's time), never those to `ignored`."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.recording = False
        self.ignored: QObject | None = None
        self.wall_ms = 0.0
        self.cpu_ms = 0.0
        self.spent_ms: defaultdict[Delivery, float] = defaultdict(float)  # wall time
        self.spent_cpu_ms: defaultdict[Delivery, float] = defaultdict(float)
        # Set, each timed delivery is profiled into it (`profile`, not cProfile: since Python
        # 3.12 cProfile watches every thread, the pool's too).
        self.profiled: pstats.Stats | None = None
        self._depth = 0

    def reset(self) -> None:
        self.wall_ms = self.cpu_ms = 0.0
        self.spent_ms = defaultdict(float)
        self.spent_cpu_ms = defaultdict(float)

    def notify(self, receiver: QObject, event: QEvent) -> bool:
        if self._depth or not self.recording or receiver is self.ignored:
            return super().notify(receiver, event)
        key = (receiver_name(receiver), event_name(event))  # the receiver may not outlive it
        self._depth += 1
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            if self.profiled is not None:
                return self.run_profiled(QApplication.notify, self, receiver, event)
            return super().notify(receiver, event)
        finally:
            self._depth -= 1
            wall_ms = (time.perf_counter() - wall) * 1000
            cpu_ms = (time.thread_time() - cpu) * 1000
            self.wall_ms += wall_ms
            self.cpu_ms += cpu_ms
            self.spent_ms[key] += wall_ms
            self.spent_cpu_ms[key] += cpu_ms

    def run_profiled(self, action: Callable[..., Any], *args: Any) -> Any:
        """`action` under a profiler of this thread alone, added to `profiled`."""
        profiler = profile.Profile(time.perf_counter)
        try:
            return profiler.runcall(action, *args)
        finally:
            if self.profiled is not None:
                self.profiled.add(profiler)


def receiver_name(receiver: QObject) -> str:
    """The receiver's class; a timer's with its owner's (whose slot runs)."""
    name = type(receiver).__name__
    parent = receiver.parent()
    if isinstance(receiver, QTimer) and parent is not None:
        return f"{name} of {type(parent).__name__}"
    return name


def event_name(event: QEvent) -> str:
    kind = event.type()
    return getattr(kind, "name", None) or str(int(kind))


class CollectionTimes:
    """The garbage collections while `recording`: (generation, milliseconds) each."""

    def __init__(self) -> None:
        self.recording = False
        self.collections: list[tuple[int, float]] = []
        self._started = 0.0
        gc.callbacks.append(self._callback)

    def take(self) -> list[tuple[int, float]]:
        collections, self.collections = self.collections, []
        return collections

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if not self.recording:
            return
        if phase == "start":
            self._started = time.perf_counter()
        else:
            elapsed_ms = (time.perf_counter() - self._started) * 1000
            self.collections.append((info["generation"], elapsed_ms))


class StallProbe(QObject):
    """A zero-interval QTimer: the gap between two timeouts is how long the event loop could
    not come back to it. `watch` is called at most once a millisecond, from the timeouts.
    Started with an interval, it only watches (its gaps then say nothing)."""

    def __init__(self, watch: Callable[[], None]) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._timeout)
        self.gaps_ms: list[float] = []
        self._watch = watch
        self._last = self._watched = 0.0

    def start(self, interval_ms: int = 0) -> None:
        self.gaps_ms = []
        self._last = self._watched = time.perf_counter()
        self.timer.start(interval_ms)

    def stop(self) -> list[float]:
        self.timer.stop()
        return self.gaps_ms

    def _timeout(self) -> None:
        now = time.perf_counter()
        self.gaps_ms.append((now - self._last) * 1000)
        self._last = now
        if now - self._watched >= 0.001:
            self._watched = now
            self._watch()
            self._last = time.perf_counter()  # the watch is the benchmark's, not a stall


@dataclass(frozen=True)
class TickFigures:
    dispatch_ms: float  # check_now() on the GUI thread
    gui_ms: float  # dispatch and every delivery until settled, wall time
    gui_cpu_ms: float  # the same, the GUI thread's CPU time
    check_ms: float  # dispatch to result, as the GUI sees it
    gaps_ms: list[float]  # the stall probe's gaps (when it ran)
    spent_ms: dict[Delivery, float]  # wall time by delivery
    spent_cpu_ms: dict[Delivery, float]
    collections: list[tuple[int, float]]  # the garbage collections: generation, ms
    raised: str

    @property
    def gc_ms(self) -> float:
        return sum(ms for _, ms in self.collections)


@dataclass(frozen=True)
class GuiTimings:
    login: str
    ready_s: float  # the window built and its first loads shown
    ticks: list[TickFigures]  # FIRST_TICKS first ticks, then steady ones
    probed: list[TickFigures]  # the same again, under the stall probe


class TickDriver:
    """Ticks the window's notification service by hand and waits for each to settle."""

    def __init__(self, app: TimedApplication, notifications: Notifications) -> None:
        self.app = app
        self.notifications = notifications
        self.pool = QThreadPool.globalInstance()
        self.probe = StallProbe(self._watch)
        self.collection_times = CollectionTimes()
        app.ignored = self.probe.timer
        self._loop: QEventLoop | None = None
        self._result: CheckResult | None = None
        self._result_at = 0.0
        self._quiet_since: float | None = None
        notifications.service.checked.connect(self._checked)

    def _checked(self, result: CheckResult) -> None:
        self._result, self._result_at = result, time.perf_counter()

    def busy(self) -> bool:
        return (
            self._result is None
            or self.notifications.service.running
            or self.notifications.centre.loader.busy
            or self.pool.activeThreadCount() > 0
        )

    def _watch(self) -> None:
        now = time.perf_counter()
        if self.busy():
            self._quiet_since = None
        elif self._quiet_since is None:
            self._quiet_since = now
        elif (now - self._quiet_since) * 1000 >= SETTLED_MS and self._loop is not None:
            self._loop.quit()

    def _run_until_settled(self) -> None:
        self._quiet_since = None
        self._loop = QEventLoop()
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(self._loop.quit)
        deadline.start(int(SETTLE_TIMEOUT_S * 1000))
        self._loop.exec()
        timed_out = not deadline.isActive()
        deadline.stop()
        self._loop = None
        if timed_out:
            raise RuntimeError(f"nothing settled in {SETTLE_TIMEOUT_S:.0f} s")

    def settle(self) -> None:
        """Wait, untimed, for the window's own loads to end."""
        self._result = CheckResult((), None, 0, None)  # no check to wait for
        self.probe.start(WATCH_INTERVAL_MS)
        self._run_until_settled()
        self.probe.stop()

    def tick(self, *, probe_stalls: bool) -> TickFigures:
        """One check, until it settles; `probe_stalls`: with the zero-interval probe."""
        self._result = None
        self.app.reset()
        self.probe.start(0 if probe_stalls else WATCH_INTERVAL_MS)
        self.app.recording = self.collection_times.recording = True
        started, cpu = time.perf_counter(), time.thread_time()
        check_now = self.notifications.service.check_now
        profiled = self.app.profiled is not None
        if not (self.app.run_profiled(check_now) if profiled else check_now()):
            raise RuntimeError("a check was still running")
        dispatched = time.perf_counter()
        dispatch_cpu_ms = (time.thread_time() - cpu) * 1000
        self._run_until_settled()
        self.app.recording = self.collection_times.recording = False
        gaps = self.probe.stop() if probe_stalls else []
        dispatch_ms = (dispatched - started) * 1000
        result = self._result
        assert result is not None
        raised = ", ".join(f"{n.kind} {n.count:,}" for n in result.notifications) or "nothing"
        return TickFigures(
            dispatch_ms,
            dispatch_ms + self.app.wall_ms,
            dispatch_cpu_ms + self.app.cpu_ms,
            (self._result_at - started) * 1000,
            gaps,
            self.app.spent_ms,
            self.app.spent_cpu_ms,
            self.collection_times.take(),
            raised,
        )


def gui_timings(
    app: TimedApplication,
    store: Store,
    clock: FixedClock,
    user: SignedIn,
    settings: AppSettings,
    ticks: int,
) -> GuiTimings:
    """A main window with notifications installed: FIRST_TICKS first ticks (the ledger
    emptied before each, untimed), then ticks - 1 steady ones, each driven through
    service.check_now(); then the same under the stall probe."""
    started = time.perf_counter()
    window, notifications, driver = open_window(app, store, clock, user, settings)
    ready_s = time.perf_counter() - started
    runs = []
    for probe_stalls in (False, True):
        firsts = []
        for _ in range(FIRST_TICKS):
            forget_notifications(store, user)
            firsts.append(driver.tick(probe_stalls=probe_stalls))
        steady = [driver.tick(probe_stalls=probe_stalls) for _ in range(ticks - 1)]
        runs.append(firsts + steady)
    close_window(window, notifications)
    return GuiTimings(user.login, ready_s, *runs)


def percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, max(0, math.ceil(share / 100 * len(ordered)) - 1))]


def verdict(value: float, aim: float) -> str:
    return "met" if value < aim else "NOT met"


def print_gui(timings: GuiTimings, top: int = 6) -> None:
    firsts, steady = timings.ticks[:FIRST_TICKS], timings.ticks[FIRST_TICKS:]
    first = firsts[0]
    print(f"\n{timings.login} (window built and its loads shown in {timings.ready_s:.1f} s)")
    print(f"  first tick raised   {first.raised}")
    print(f"  {'':<22}GUI thread (CPU)  of it gc   dispatch   check seen")
    rows = [
        (f"first, min of {len(firsts)}", min(firsts, key=lambda tick: tick.gui_ms)),
        (f"first, median of {len(firsts)}", median_tick(firsts)),
    ]
    if steady:
        rows.append((f"steady, median of {len(steady)}", median_tick(steady)))
        rows.append((f"steady, worst of {len(steady)}", worst_tick(steady)))
    for name, tick in rows:
        print(
            f"  {name:<22}{tick.gui_ms:7.1f} ms ({tick.gui_cpu_ms:5.1f}){tick.gc_ms:7.1f} ms"
            f"{tick.dispatch_ms:8.2f} ms{tick.check_ms:10.1f} ms"
        )
    print_spent("first ticks", firsts, top)
    if steady:
        print_spent("steady ticks", steady, top)
    print("  event-loop stall (the second run):")
    probed_first, probed_steady = timings.probed[:FIRST_TICKS], timings.probed[FIRST_TICKS:]
    for name, ticks in (("first ticks", probed_first), ("steady ticks", probed_steady)):
        gaps = [gap for tick in ticks for gap in tick.gaps_ms]
        if gaps:
            print(
                f"    {name:<20}longest {max(gaps):6.1f} ms, p99 {percentile(gaps, 99):5.2f} ms"
                f" ({len(gaps):,} timeouts)"
            )


def print_spent(name: str, ticks: Sequence[TickFigures], top: int) -> None:
    wall: defaultdict[Delivery, float] = defaultdict(float)
    cpu: defaultdict[Delivery, float] = defaultdict(float)
    for tick in ticks:
        for delivery, ms in tick.spent_ms.items():
            wall[delivery] += ms
            cpu[delivery] += tick.spent_cpu_ms[delivery]
    per_tick = "" if len(ticks) == 1 else ", a tick on average"
    print(f"  where the GUI thread's time went, {name} (wall ms (CPU ms){per_tick}):")
    for (receiver, event), ms in sorted(wall.items(), key=lambda item: -item[1])[:top]:
        cpu_ms = cpu[(receiver, event)]
        print(f"    {ms / len(ticks):7.2f} ({cpu_ms / len(ticks):5.2f})  {receiver} ({event})")
    collections = [collection for tick in ticks for collection in tick.collections]
    if collections:
        longest = max(collections, key=lambda collection: collection[1])
        print(
            f"    of which garbage collection: {len(collections)} collections,"
            f" {sum(ms for _, ms in collections) / len(ticks):.2f} ms{per_tick.removeprefix(',')};"
            f" the longest {longest[1]:.1f} ms (generation {longest[0]})"
        )


def median_tick(ticks: Sequence[TickFigures]) -> TickFigures:
    """Each figure's median (garbage collection: the median of the ticks' totals)."""
    return TickFigures(
        statistics.median(t.dispatch_ms for t in ticks),
        statistics.median(t.gui_ms for t in ticks),
        statistics.median(t.gui_cpu_ms for t in ticks),
        statistics.median(t.check_ms for t in ticks),
        [gap for t in ticks for gap in t.gaps_ms],
        {},
        {},
        [(-1, statistics.median(t.gc_ms for t in ticks))],  # the median time, as one
        "",
    )


def worst_tick(ticks: Sequence[TickFigures]) -> TickFigures:
    return max(ticks, key=lambda t: t.gui_ms)


def profile_ticks(
    app: TimedApplication,
    store: Store,
    clock: FixedClock,
    user: SignedIn,
    settings: AppSettings,
    lines: int = 30,
) -> None:
    """A first and a steady tick's GUI-thread work under `profile` (deliveries and the
    dispatch only; the profiler's overhead inflates the times, the shares hold)."""
    window, notifications, driver = open_window(app, store, clock, user, settings)
    forget_notifications(store, user)
    for name in ("first", "steady"):
        app.profiled = stats = pstats.Stats()
        try:
            driver.tick(probe_stalls=False)
        finally:
            app.profiled = None
        print(f"\nprofile of {user.login}'s {name} tick on the GUI thread (ms):")
        print_profile(stats, lines)
    close_window(window, notifications)


def print_profile(stats: pstats.Stats, lines: int) -> None:
    """The functions with the most cumulative time, in milliseconds."""
    root = str(Path.cwd()) + os.sep
    rows = sorted(stats.stats.items(), key=lambda item: -item[1][3])  # type: ignore[attr-defined]
    print(f"  {'calls':>6} {'own':>8} {'cumul.':>8}  function")
    for (file, line, function), (_, calls, own, cumulative, _) in rows[:lines]:
        where = function if file == "~" else f"{file.removeprefix(root)}:{line}({function})"
        print(f"  {calls:6d} {own * 1000:8.2f} {cumulative * 1000:8.2f}  {where}")


def open_window(
    app: TimedApplication, store: Store, clock: FixedClock, user: SignedIn, settings: AppSettings
) -> tuple[MainWindow, Notifications, TickDriver]:
    """The application's main window with notifications, shown, its own loads ended."""
    window = build_window(store, clock, user, settings)
    notifications = install_notifications(
        window,
        store,
        clock,
        user,
        settings,
        tray_available=False,
        poll_interval_ms=NEVER_MS,
        first_check_delay_ms=NEVER_MS,
    )
    notifications.service.stop()  # the benchmark drives the ticks
    window.show()
    driver = TickDriver(app, notifications)
    driver.settle()
    gc.collect()  # the window's own garbage, untimed: a tick is charged its own only
    return window, notifications, driver


def close_window(window: MainWindow, notifications: Notifications) -> None:
    notifications.shut_down()
    window.close()
    window.deleteLater()
    QThreadPool.globalInstance().waitForDone()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def quiet_offscreen_notices(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages on stderr, less the offscreen platform's notice of what it cannot do."""
    if "This plugin does not support" not in message:
        print(message, file=sys.stderr)


def gui_application() -> TimedApplication:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(quiet_offscreen_notices)
    app = TimedApplication(sys.argv[:1])
    app.setApplicationName("peps-desktop-benchmark")
    return app


# --- main ------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--courriers", type=int, default=1_000_000)
    parser.add_argument("--ticks", type=int, default=5, help="timed runs per figure (median)")
    parser.add_argument("--rebuild", action="store_true", help="seed the cached store again")
    parser.add_argument(
        "--check",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="time run_check off any GUI (default: yes)",
    )
    parser.add_argument(
        "--gui",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="time the ticks in a main window, on the GUI thread (default: yes)",
    )
    parser.add_argument(
        "--gui-ticks", type=int, default=10, help="ticks per window: a first, then steady ones"
    )
    parser.add_argument(
        "--switch-interval",
        type=float,
        help="sys.setswitchinterval in ms for the GUI part (Python's default: 5 ms)",
    )
    parser.add_argument(
        "--profile", action="store_true", help="then profile a first and a steady tick's GUI work"
    )
    return parser


Aim = tuple[str, float, float]  # what, the figure, the aim (all in ms)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    store = demo_store(args.accounts, args.courriers, rebuild=args.rebuild)
    with store.read_session() as session:
        accounts = session.scalar(select(func.count()).select_from(Account)) or 0
        courriers = session.scalar(select(func.count()).select_from(Courrier)) or 0
    print(f"store: {accounts:,} accounts, {courriers:,} courriers")
    print(f"clock: {CLOCK.now():%d/%m/%Y %H:%M}")
    users = [person(store, login) for login in (DEMO_ADMIN_LOGIN, DEMO_USER_LOGIN)]
    aims: list[Aim] = []
    with tempfile.TemporaryDirectory(prefix="peps-bench-") as folder:
        drop_folder = Path(folder) / "drop"
        drop_folder.mkdir()
        if args.check:
            print(f"\nthe check off any GUI: median of {args.ticks} ticks each")
            for user in users:
                timings = check_timings(store, CLOCK, user, drop_folder, args.ticks)
                print_check(timings)
                aims.append(
                    (
                        f"{user.login}: whole check off-thread, first",
                        timings.first_ms.median,
                        AIM_MS,
                    )
                )
                aims.append(
                    (
                        f"{user.login}: whole check off-thread, steady",
                        timings.steady_ms.median,
                        AIM_MS,
                    )
                )
        if args.gui:
            if args.switch_interval is not None:
                sys.setswitchinterval(args.switch_interval / 1000)
            aims += run_gui(store, users, Path(folder), drop_folder, args.gui_ticks, args.profile)
    print_aims(aims)
    store.dispose()
    return 0


def run_gui(
    store: Store,
    users: Sequence[SignedIn],
    folder: Path,
    drop_folder: Path,
    ticks: int,
    profile: bool,
) -> list[Aim]:
    app = gui_application()
    collector = GuiThreadCollector(app)  # as the application: gc on the GUI thread only
    settings = AppSettings(folder / "settings" / "peps-desktop.ini")
    settings.drop_folder = drop_folder  # as the off-thread figures: an empty drop folder
    switch_ms = sys.getswitchinterval() * 1000
    print(
        f"\nthe ticks in a main window, offscreen ({max(ticks, 1)} each, driven by hand;"
        f" GIL switch interval {switch_ms:g} ms)"
    )
    print(GUI_METHOD.format(settled=SETTLED_MS, watch=WATCH_INTERVAL_MS))
    aims: list[Aim] = []
    for user in users:
        timings = gui_timings(app, store, CLOCK, user, settings, max(ticks, 1))
        print_gui(timings)
        aims += gui_aims(timings)
    if profile:
        for user in users:
            profile_ticks(app, store, CLOCK, user, settings)
    collector.stop()
    return aims


def gui_aims(timings: GuiTimings) -> list[Aim]:
    login = timings.login
    firsts, steady = timings.ticks[:FIRST_TICKS], timings.ticks[FIRST_TICKS:]
    first = statistics.median(tick.gui_ms for tick in firsts)
    aims = [(f"{login}: GUI-thread time, first tick (median)", first, GUI_AIM_MS)]
    if steady:
        median = statistics.median(tick.gui_ms for tick in steady)
        worst = max(tick.gui_ms for tick in steady)
        aims.append((f"{login}: GUI-thread time, steady tick (median)", median, GUI_AIM_MS))
        aims.append((f"{login}: GUI-thread time, steady tick (worst)", worst, GUI_AIM_MS))
    gaps = [gap for tick in timings.probed for gap in tick.gaps_ms]
    aims.append((f"{login}: event-loop stall, longest of all ticks", max(gaps), STALL_AIM_MS))
    aims.append(
        (f"{login}: event-loop stall, p99 of all ticks", percentile(gaps, 99), STALL_AIM_MS)
    )
    return aims


def print_aims(aims: Sequence[Aim]) -> None:
    if not aims:
        return
    print("\nthe issue's aims")
    for what, ms, aim in aims:
        print(f"  {what:<52}{ms:8.1f} ms  < {aim:3.0f} ms  {verdict(ms, aim)}")


if __name__ == "__main__":
    sys.exit(main())
