"""Time the accounts view with many accounts: open it, then filter it, beside the bare SQL.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/accounts_view.py --accounts 10000

"Ready" is from the view being shown to its rows loaded and painted once; the rows are read
and prepared off the GUI thread, which then only installs them. Prints figures
only (ratios against the bare SQL measured in the same run); nothing is asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from peps_desktop.core.accounts.sign_in import sign_in  # noqa: E402
from peps_desktop.core.demo.reference import DEMO_ADMIN_LOGIN, DEMO_PASSWORD
from peps_desktop.core.demo.seed import seed_demo
from peps_desktop.core.shared.clock import FixedClock  # noqa: E402
from peps_desktop.gui.accounts.view import AccountsView  # noqa: E402
from peps_desktop.store.encrypted import new_data_key
from peps_desktop.store.migrate import open_store  # noqa: E402

LIST_SQL = (
    "SELECT id, login, nom, prenom, email, telephone, profile, status, expires_on, "
    "last_sign_in_at, last_review_at, version FROM account ORDER BY nom, prenom, login"
)
FILTER_SQL = (
    "SELECT id FROM account WHERE login LIKE ? OR nom LIKE ? OR prenom LIKE ? OR email LIKE ? "
    "ORDER BY nom, prenom, login"
)


def wait_for(signal: object, timeout_ms: int = 30_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def bare(path: Path, sql: str, *parameters: str) -> float:
    connection = sqlite3.connect(path)
    started = time.perf_counter()
    connection.execute(sql, parameters).fetchall()
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def line(label: str, seconds: float, sql_seconds: float) -> None:
    print(
        f"{label:<34} {seconds * 1000:8.1f} ms   bare SQL {sql_seconds * 1000:7.1f} ms"
        f"   ×{seconds / sql_seconds:6.1f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=10_000)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="peps-bench-"))
    clock = FixedClock(dt.datetime(2026, 11, 25, 9, 0))
    path = folder / "store.sqlite3"
    store = open_store(f"sqlite:///{path}", folder / "documents", data_key=new_data_key())
    seed_demo(store, clock, accounts=args.accounts, courriers=0)
    user = sign_in(store, clock, DEMO_ADMIN_LOGIN, DEMO_PASSWORD)

    view = AccountsView(store, clock, user)
    view.resize(1400, 850)
    gui_thread: list[float] = []
    install = view._show_overview

    def timed_install(loaded: object) -> None:
        started = time.perf_counter()
        install(loaded)  # type: ignore[arg-type]
        gui_thread.append(time.perf_counter() - started)

    view._show_overview = timed_install  # type: ignore[method-assign]
    started = time.perf_counter()
    view.show()
    wait_for(view.loaded)
    view.repaint()
    app.processEvents()
    ready = time.perf_counter() - started
    list_sql = bare(path, LIST_SQL)
    line(f"view ready ({view.model.rowCount():,} rows)", ready, list_sql)
    line("  of which on the GUI thread", gui_thread[0], list_sql)

    started = time.perf_counter()
    view.search_edit.setText("mar")
    app.processEvents()
    view.repaint()
    filtered = time.perf_counter() - started
    pattern = "%mar%"
    line(
        f"filter “mar” ({view.proxy.rowCount():,} rows)",
        filtered,
        bare(path, FILTER_SQL, pattern, pattern, pattern, pattern),
    )
    store.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
