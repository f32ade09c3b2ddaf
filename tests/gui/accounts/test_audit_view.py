"""The audit log view: newest first, filters, pages fetched as needed, CSV export."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from peps_desktop.core.accounts.audit_log import AuditCursor, AuditFilter, AuditLine
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared.audit import record
from peps_desktop.gui.accounts.audit_model import AuditColumn, AuditLogModel
from peps_desktop.gui.accounts.audit_view import AuditView
from tests.conftest import ADMIN, ADMIN_PASSWORD, NOW


@pytest.fixture(autouse=True)
def no_job_left_running(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    QThreadPool.globalInstance().waitForDone(5000)


def add_history(store, clock) -> None:  # type: ignore[no-untyped-def]
    """Entries on three days, recorded out of order: the view sorts them by date."""
    with store.session() as session:
        for day, action, target in (
            (3, "compte_renouvele", "paul.durand"),
            (1, "compte_cree", "paul.durand"),
            (2, "compte_deverrouille", "=lea.petit"),
        ):
            clock.set(dt.datetime(2026, 11, day, 10, 0))
            record(session, clock, ADMIN.login, action, target)
    clock.set(NOW)


@pytest.fixture
def view(qtbot, store, clock, english) -> AuditView:  # type: ignore[no-untyped-def]
    add_history(store, clock)
    admin = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    widget = AuditView(store, clock, admin)
    qtbot.addWidget(widget)
    with qtbot.waitSignals([widget.loaded, widget.counted], timeout=5000):
        widget.show()
    return widget


def column(view: AuditView, which: AuditColumn) -> list[str]:
    model = view.model
    return [model.data(model.index(row, which)) for row in range(model.rowCount())]


def test_entries_are_shown_newest_first_with_words(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    # Creating the structure and signing in happened "now", the history before.
    actions = column(view, AuditColumn.ACTION)
    assert actions[0] == "sign-in"
    assert actions[-3:] == ["account renewed", "account unlocked", "account created"]
    dates = column(view, AuditColumn.AT)
    assert dates[-1] == "01/11/2026 10:00:00"
    assert view.count_label.text() == f"{len(dates)} entry(ies)"
    qtbot.waitUntil(lambda: view.action_combo.findData("compte_deverrouille") > 0, timeout=5000)


def test_filters_by_text_action_and_period(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignals([view.loaded, view.counted], timeout=5000):
        view.search_edit.setText("durand")  # searched after a short pause in typing
    assert column(view, AuditColumn.TARGET) == ["paul.durand", "paul.durand"]

    with qtbot.waitSignals([view.loaded, view.counted], timeout=5000):
        view.action_combo.setCurrentIndex(view.action_combo.findData("compte_cree"))
    assert column(view, AuditColumn.ACTION) == ["account created"]

    with qtbot.waitSignals([view.loaded, view.counted], timeout=5000):
        view.search_edit.clear()
        view.action_combo.setCurrentIndex(0)
        view.since_edit.setDate(dt.date(2026, 11, 2))
        view.until_edit.setDate(dt.date(2026, 11, 2))
        view.since_check.setChecked(True)
        view.until_check.setChecked(True)
    assert column(view, AuditColumn.TARGET) == ["=lea.petit"]
    assert view.count_label.text() == "1 entry(ies)"


def test_export_writes_what_is_filtered(qtbot, view, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(view, "ask_export_path", lambda: tmp_path / "journal")
    with qtbot.waitSignals([view.loaded, view.counted], timeout=5000):
        view.since_edit.setDate(dt.date(2026, 11, 1))
        view.until_edit.setDate(dt.date(2026, 11, 3))
        view.since_check.setChecked(True)
        view.until_check.setChecked(True)
    with qtbot.waitSignal(view.exported, timeout=5000) as exported:
        view.export_button.click()

    path = tmp_path / "journal.csv"
    assert exported.args == [3]
    assert view.message_bar.label.text() == f"3 entry(ies) exported to {path}."
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert [row[2] for row in rows[1:]] == [
        "account renewed",
        "account unlocked",
        "account created",
    ]
    assert rows[2][3] == "'=lea.petit"  # no formula in a spreadsheet


def test_the_model_fetches_page_after_page(qtbot, qtmodeltester, english) -> None:  # type: ignore[no-untyped-def]
    lines = [
        AuditLine(
            i,
            dt.datetime(2026, 11, 25, 9, 0) - dt.timedelta(minutes=i),
            None,
            "compte_expire",
            f"a{i}",
            None,
            "",
            actor_text="the application",
            action_text="account expired",
            account_text=f"a{i}",
        )
        for i in range(1, 8)
    ]
    asked: list[AuditCursor | None] = []

    def fetch(filters: AuditFilter, after: AuditCursor | None) -> list[AuditLine]:
        asked.append(after)
        start = (
            0
            if after is None
            else next(i for i, line in enumerate(lines) if line.id == after.id) + 1
        )
        return lines[start : start + 3]

    model = AuditLogModel(fetch, 3)
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.set_filter(AuditFilter())
    assert model.rowCount() == 3 and model.canFetchMore()
    qtmodeltester.check(model, force_py=True)
    qtbot.waitUntil(lambda: not model.loading)
    while model.canFetchMore():
        with qtbot.waitSignal(model.page_loaded, timeout=5000):
            model.fetchMore()
    assert [model.line_at(row).target for row in range(model.rowCount())] == [
        f"a{i}" for i in range(1, 8)
    ]
    assert asked[1] == lines[2].cursor
    assert model.data(model.index(0, AuditColumn.ACTOR)) == "the application"
    assert model.data(model.index(0, AuditColumn.ACTION)) == "account expired"
