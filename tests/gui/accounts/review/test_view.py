"""The review view, driven as an administrator would: start, decide, apply, export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from peps_desktop.core.accounts.review import (
    DECISION_CONSERVER,
    DECISION_SUPPRIMER,
    current_review,
    decide,
    start_review,
)
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.gui.accounts.code_prompt import CodePrompt
from peps_desktop.gui.accounts.review.model import DECISION, LOGIN_ROLE
from peps_desktop.gui.accounts.review.view import ReviewView
from peps_desktop.store.models import Account, ReviewCampaign
from tests.conftest import ADMIN, ADMIN_PASSWORD, NOW
from tests.factories import add_account
from tests.second_factor import code, wrong_code

TEAM = ("anne.leroy", "bruno.roux", "chloe.faure")


@pytest.fixture
def admin(store, clock) -> SignedIn:  # type: ignore[no-untyped-def]
    with store.session() as session:
        for login in TEAM:
            add_account(session, login).last_sign_in_at = NOW - dt.timedelta(days=2)
    return sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)


def open_view(qtbot, store, clock, user) -> ReviewView:  # type: ignore[no-untyped-def]
    view = ReviewView(store, clock, user)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.show()
    qtbot.waitExposed(view)
    return view


def wait_idle(qtbot, view: ReviewView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=5000)


def account(store, login: str) -> Account | None:  # type: ignore[no-untyped-def]
    with store.read_session() as session:
        return session.scalar(select(Account).where(Account.login == login))


def closed_at(store) -> list[dt.datetime | None]:  # type: ignore[no-untyped-def]
    with store.read_session() as session:
        return list(session.scalars(select(ReviewCampaign.closed_at)))


def answer(monkeypatch, view: ReviewView, confirm: bool, code: str | None) -> list[str]:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def confirm_with(title: str, text: str) -> bool:
        asked.append(text)
        return confirm

    monkeypatch.setattr(view, "confirm", confirm_with)
    monkeypatch.setattr(view, "ask_code", lambda: code)
    return asked


@pytest.mark.usefixtures("english")
def test_a_complete_review_through_the_view(qtbot, store, clock, admin, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view = open_view(qtbot, store, clock, admin)
    assert view.pages.currentWidget() is view.start_page
    assert "The next one is due by 25/05/2028." in view.start_page.schedule_label.text()

    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.mouseClick(view.start_page.start_button, Qt.MouseButton.LeftButton)
    assert view.pages.currentWidget() is view.review_page
    assert view.review_page.progress.format() == "0 / 4 decided"
    assert not view.review_page.apply_button.isEnabled()

    view.activateWindow()
    qtbot.waitActive(view)
    view.review_page.table.setFocus()
    view.select_logins([ADMIN.login, "anne.leroy"])
    qtbot.keyClick(view.review_page.table, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    wait_idle(qtbot, view)
    assert view.review_page.progress.format() == "2 / 4 decided"

    view.select_logins(["bruno.roux"])
    view.review_page.reason_edit.setText("Mutation au 1er décembre")
    qtbot.mouseClick(view.review_page.delete_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, view)
    assert view.review_page.reason_edit.text() == ""

    # The last one in the table itself, through its decision cell.
    (row,) = [
        r
        for r in range(view.proxy.rowCount())
        if view.proxy.index(r, 0).data(LOGIN_ROLE) == "chloe.faure"
    ]
    assert view.proxy.setData(view.proxy.index(row, DECISION), "je_ne_sais_pas")
    assert view.review_page.progress.format() == "4 / 4 decided"
    assert view.review_page.apply_button.isEnabled()

    asked = answer(monkeypatch, view, confirm=True, code=code(clock))
    with qtbot.waitSignal(view.applied, timeout=5000) as applied:
        qtbot.mouseClick(view.review_page.apply_button, Qt.MouseButton.LeftButton)

    assert "2 account(s) will be renewed" in asked[0]
    assert "1 account(s) will be deleted" in asked[0]
    assert "1 account(s) will be kept as they are" in asked[0]
    outcome = applied.args[0]
    assert (outcome.renewed, outcome.deleted) == (["anne.leroy", ADMIN.login], ["bruno.roux"])
    assert closed_at(store) == [NOW]
    assert account(store, "bruno.roux") is None
    anne = account(store, "anne.leroy")
    assert anne is not None and anne.expires_on == dt.date(2028, 5, 25)
    assert view.pages.currentWidget() is view.done_page
    assert "2 account(s) renewed, 1 deleted, 1 kept" in view.done_page.outcome_label.text()
    assert "The next review is due by 25/05/2028." in view.done_page.outcome_label.text()


@pytest.mark.usefixtures("english")
def test_an_open_review_is_resumed_with_its_decisions(qtbot, store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    campaign_id = start_review(store, clock, admin).campaign_id
    decide(store, clock, admin, campaign_id, ["bruno.roux"], DECISION_SUPPRIMER, "Parti")
    view = open_view(qtbot, store, clock, admin)
    assert view.pages.currentWidget() is view.review_page
    assert view.review_page.progress.format() == "1 / 4 decided"
    assert view.review_page.progress_hint.text() == "3 account(s) still to decide."

    view.review_page.filter_combo.setCurrentIndex(
        view.review_page.filter_combo.findData(DECISION_SUPPRIMER)
    )
    assert view.proxy.rowCount() == 1
    view.select_all()
    assert view.selected_logins() == ["bruno.roux"]


@pytest.mark.usefixtures("english")
def test_deleting_the_last_administrator_is_refused_and_nothing_applied(  # type: ignore[no-untyped-def]
    qtbot, store, clock, admin, monkeypatch
) -> None:
    campaign_id = start_review(store, clock, admin).campaign_id
    decide(store, clock, admin, campaign_id, TEAM, DECISION_CONSERVER)
    decide(store, clock, admin, campaign_id, [ADMIN.login], DECISION_SUPPRIMER)
    view = open_view(qtbot, store, clock, admin)
    answer(monkeypatch, view, confirm=True, code=code(clock))

    view.apply()
    wait_idle(qtbot, view)

    assert view.error_label.isVisible()
    assert "nothing changed" in view.error_label.text()
    assert "at least one active administrator" in view.error_label.text()
    assert view.pages.currentWidget() is view.review_page
    assert closed_at(store) == [None]
    assert account(store, ADMIN.login) is not None


@pytest.mark.usefixtures("english")
def test_a_wrong_code_or_a_cancel_applies_nothing(qtbot, store, clock, admin, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    campaign_id = start_review(store, clock, admin).campaign_id
    decide(store, clock, admin, campaign_id, [ADMIN.login, *TEAM], DECISION_CONSERVER)
    view = open_view(qtbot, store, clock, admin)

    asked = answer(monkeypatch, view, confirm=False, code=code(clock))
    view.apply()
    assert len(asked) == 1 and not view.is_busy()

    answer(monkeypatch, view, confirm=True, code=wrong_code(clock))
    view.apply()
    wait_idle(qtbot, view)
    assert view.error_label.text().startswith("Wrong code.")
    assert closed_at(store) == [None]
    state = current_review(store, clock, admin)
    assert state is not None and state.decided == 4


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("suffix", [".pdf", ".csv"])
def test_export_writes_the_report(
    qtbot, store, clock, admin, tmp_path: Path, monkeypatch, suffix: str
) -> None:  # type: ignore[no-untyped-def]
    start_review(store, clock, admin)
    view = open_view(qtbot, store, clock, admin)
    target = tmp_path / f"revue{suffix}"
    monkeypatch.setattr(
        view, "choose_export_path", lambda wanted: target if wanted == suffix else None
    )
    button = view.review_page.pdf_button if suffix == ".pdf" else view.review_page.csv_button
    with qtbot.waitSignal(view.exported, timeout=5000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    content = target.read_bytes()
    assert content.startswith(b"%PDF" if suffix == ".pdf" else b"\xef\xbb\xbfLast name;")
    assert view.status_label.text() == f"Report written to {target}."


def test_bulk_shortcuts_and_accessible_names(qtbot, store, clock, admin, english) -> None:  # type: ignore[no-untyped-def]
    view = ReviewView(store, clock, admin)
    qtbot.addWidget(view)
    shortcuts = {
        action.objectName(): action.shortcut().toString()
        for action in (
            view.keep_action,
            view.delete_action,
            view.unsure_action,
            view.recommended_action,
            view.apply_action,
        )
    }
    # Alt+1…4 decide: Ctrl+1…6 switch the window's areas.
    assert shortcuts == {
        "keepAction": "Alt+1",
        "deleteAction": "Alt+2",
        "unsureAction": "Alt+3",
        "recommendedAction": "Alt+4",
        "applyAction": "Ctrl+Return",
    }
    assert "(Alt+2)" in view.review_page.delete_button.toolTip()
    assert view.review_page.table.accessibleName() == "Accounts to review"
    assert view.review_page.progress.accessibleName() == "Review progress"


def test_the_code_is_asked_in_the_shared_prompt(qtbot, store, clock, admin, english) -> None:  # type: ignore[no-untyped-def]
    view = ReviewView(store, clock, admin)
    qtbot.addWidget(view)

    def type_and_confirm() -> None:
        (prompt,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, CodePrompt)]
        prompt.code_edit.setText(code(clock))
        prompt.accept()

    QTimer.singleShot(0, type_and_confirm)
    assert view.ask_code() == code(clock)
