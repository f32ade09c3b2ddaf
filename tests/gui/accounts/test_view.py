"""The accounts view: loading, the administrators banner, bulk changes behind a confirmation."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from peps_desktop.core.accounts.activation import activate_account
from peps_desktop.core.accounts.enrolment import has_authenticator
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.gui.accounts.view import AccountsView
from peps_desktop.store.models import Account, AuditEntry
from tests.conftest import ADMIN
from tests.factories import add_account
from tests.gui.accounts.conftest import USER_PASSWORD, load
from tests.gui.accounts.conftest import select as select_rows
from tests.second_factor import code, enrol, next_code, wrong_code


class Confirmations:
    """Stands in for the confirmation box and the code prompt: records what was asked,
    answers as told; each code is the app's next one (the clock moves 30 seconds)."""

    def __init__(self, answer: bool, clock: FixedClock) -> None:
        self.answer = answer
        self.questions: list[str] = []
        self.codes_asked_for: list[str] = []
        self.clock = clock
        self.give_code = True

    def __call__(self, title: str, question: str, details: str) -> bool:
        self.questions.append(question)
        return self.answer

    def code(self, action: str) -> str | None:
        self.codes_asked_for.append(action)
        return next_code(self.clock) if self.give_code else None


@pytest.fixture
def confirmations(view: AccountsView, clock, monkeypatch) -> Confirmations:  # type: ignore[no-untyped-def]
    answers = Confirmations(True, clock)
    monkeypatch.setattr(view, "confirm", answers)
    monkeypatch.setattr(view, "ask_code", answers.code)
    return answers


def run_change(qtbot, view: AccountsView, action) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.loaded, timeout=5000):  # the reload after the change
        with qtbot.waitSignal(view.change_finished, timeout=5000):
            action.trigger()


def audit_count(store, action: str) -> int:  # type: ignore[no-untyped-def]
    with store.read_session() as session:
        return session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == action)
        )


def test_lists_the_accounts_and_warns_while_one_administrator_only(  # type: ignore[no-untyped-def]
    qtbot, colleagues, view, store
) -> None:
    assert view.model.rowCount() == 4
    assert view.count_label.text() == "4 account(s)"
    banner = view.administrators_banner
    assert not banner.isHidden()
    assert "only one active administrator; 2 are recommended" in banner.label.text()

    with store.session() as session:
        add_account(session, "marc.roux", profile="administrateur")
    load(qtbot, view)
    assert banner.isHidden()


def test_bulk_renew_after_a_confirmation_naming_the_count(  # type: ignore[no-untyped-def]
    qtbot, colleagues, view, confirmations, store
) -> None:
    select_rows(view, "paul.durand", "helene.lefevre", ADMIN.login)
    before = audit_count(store, "compte_renouvele")
    run_change(qtbot, view, view.actions_.renew)

    assert confirmations.questions == ["Renew 3 account(s)?"]
    assert confirmations.codes_asked_for == ["Renewing accounts"]
    expected = dt.date(2028, 5, 25)  # today 25/11/2026 + 18 months
    with store.read_session() as session:
        expiries = {
            login: day for login, day in session.execute(select(Account.login, Account.expires_on))
        }
    assert expiries["paul.durand"] == expiries["helene.lefevre"] == expected
    assert expiries[ADMIN.login] == expected
    assert expiries["lea.petit"] == dt.date(2028, 1, 1)  # not selected, unchanged
    assert audit_count(store, "compte_renouvele") == before + 3
    assert view.message_bar.label.text() == "3 account(s) renewed until 25/05/2028."
    # The list shows the new dates, and the selection survived the reload.
    assert {row.login for row in view.selected_rows()} == {
        "paul.durand",
        "helene.lefevre",
        ADMIN.login,
    }
    assert {row.expires_on for row in view.selected_rows()} == {expected}


def test_declining_the_confirmation_changes_nothing(  # type: ignore[no-untyped-def]
    colleagues, view, confirmations, store
) -> None:
    confirmations.answer = False
    select_rows(view, "paul.durand", "lea.petit")
    view.actions_.delete.trigger()
    assert confirmations.questions == ["Delete 2 account(s)?"]
    assert confirmations.codes_asked_for == []
    assert not view.changer.busy
    with store.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 4


def test_deleting_the_last_administrator_is_refused_and_nothing_is_deleted(  # type: ignore[no-untyped-def]
    qtbot, colleagues, view, confirmations, store
) -> None:
    select_rows(view, "paul.durand", ADMIN.login)
    run_change(qtbot, view, view.actions_.delete)

    assert confirmations.questions == ["Delete 2 account(s)?"]
    bar = view.message_bar
    assert not bar.isHidden() and bar.kind == "error"
    assert bar.label.text().startswith("Nothing was changed. The structure must keep at least")
    with store.read_session() as session:
        logins = set(session.scalars(select(Account.login)))
    assert {"paul.durand", ADMIN.login} <= logins  # all or nothing
    assert audit_count(store, "compte_supprime") == 0
    assert view.model.rowCount() == 4


def test_deleting_accounts_of_people_who_left(
    qtbot, colleagues, view, confirmations, store
) -> None:  # type: ignore[no-untyped-def]
    select_rows(view, "paul.durand", "lea.petit")
    run_change(qtbot, view, view.actions_.delete)
    assert confirmations.codes_asked_for == ["Deleting accounts"]
    assert view.message_bar.label.text() == "2 account(s) deleted."
    assert [view.proxy.row_at(r).login for r in range(view.proxy.rowCount())] == [
        "helene.lefevre",
        ADMIN.login,
    ]


def test_unlock_only_for_locked_accounts(qtbot, colleagues, view, confirmations, store) -> None:  # type: ignore[no-untyped-def]
    select_rows(view, "paul.durand")
    assert not view.actions_.unlock.isEnabled()
    select_rows(view, "paul.durand", "lea.petit")
    assert view.actions_.unlock.isEnabled()
    run_change(qtbot, view, view.actions_.unlock)
    assert confirmations.questions == ["Unlock 1 account(s)?"]
    assert confirmations.codes_asked_for == ["Unlocking accounts"]
    assert sign_in(store, view._clock, "lea.petit", USER_PASSWORD).login == "lea.petit"


def test_a_new_activation_code_is_shown_once_and_replaces_the_password(  # type: ignore[no-untyped-def]
    qtbot, colleagues, view, confirmations, store, monkeypatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(view, "show_code", lambda code, holder: shown.append((code.code, holder)))
    select_rows(view, "paul.durand")
    run_change(qtbot, view, view.actions_.new_code)
    assert confirmations.questions == ["Issue a new activation code for Paul Durand (paul.durand)?"]
    assert confirmations.codes_asked_for == ["Issuing an activation code"]
    assert len(shown) == 1 and shown[0][1] == "Paul Durand"
    row = view.selected_rows()[0]
    assert row.activation_pending
    step = activate_account(store, view._clock, "paul.durand", shown[0][0], "Nouveau-secret-2027")
    assert step.enrolment is not None


def test_without_a_code_nothing_changes(  # type: ignore[no-untyped-def]
    colleagues, view, confirmations, store
) -> None:
    confirmations.give_code = False
    select_rows(view, "paul.durand", "lea.petit")
    view.actions_.delete.trigger()
    assert confirmations.codes_asked_for == ["Deleting accounts"]
    assert not view.changer.busy
    with store.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 4


def test_a_wrong_code_is_refused_and_nothing_renewed(  # type: ignore[no-untyped-def]
    qtbot, colleagues, view, confirmations, store, clock, monkeypatch
) -> None:
    monkeypatch.setattr(view, "ask_code", lambda _action: wrong_code(clock))
    select_rows(view, "paul.durand")
    run_change(qtbot, view, view.actions_.renew)
    assert view.message_bar.label.text().startswith("Nothing was changed. Wrong code.")
    assert audit_count(store, "compte_renouvele") == 0


def test_an_administrator_resets_a_lost_second_factor(  # type: ignore[no-untyped-def]
    qtbot, colleagues, view, confirmations, store, clock
) -> None:
    enrol(store, "paul.durand")
    select_rows(view, ADMIN.login)
    assert not view.actions_.reset_factor.isEnabled()  # one's own: from Mon compte
    select_rows(view, "paul.durand")
    assert view.actions_.reset_factor.isEnabled()
    run_change(qtbot, view, view.actions_.reset_factor)
    assert confirmations.questions == ["Reset the second factor of Paul Durand (paul.durand)?"]
    assert confirmations.codes_asked_for == ["Resetting a second factor"]
    assert not has_authenticator(store, "paul.durand")
    assert audit_count(store, "second_facteur_reinitialise") == 1
    assert view.message_bar.label.text() == (
        "paul.durand sets up a new authenticator at the next sign-in."
    )


def test_actions_follow_the_selection(colleagues, view) -> None:  # type: ignore[no-untyped-def]
    actions = view.actions_
    view.table.clearSelection()
    assert actions.create.isEnabled()
    assert not any(a.isEnabled() for a in actions.on_selection())
    select_rows(view, "paul.durand", "lea.petit")
    assert actions.renew.isEnabled() and actions.delete.isEnabled()
    assert not actions.modify.isEnabled() and not actions.new_code.isEnabled()
    select_rows(view, "paul.durand")
    assert actions.modify.isEnabled() and actions.new_code.isEnabled()


def test_filters_in_the_view(colleagues, view) -> None:  # type: ignore[no-untyped-def]
    view.search_edit.setText("lefevre")
    assert view.proxy.rowCount() == 1
    assert view.count_label.text() == "1 of 4 account(s)"
    view.search_edit.clear()
    view.status_combo.setCurrentIndex(view.status_combo.findData("verrouille"))
    assert [view.proxy.row_at(r).login for r in range(view.proxy.rowCount())] == ["lea.petit"]
    assert view.status_combo.currentText() == "verrouillé"
    view.status_combo.setCurrentIndex(0)
    view.profile_combo.setCurrentIndex(view.profile_combo.findData("administrateur"))
    assert [view.proxy.row_at(r).login for r in range(view.proxy.rowCount())] == [ADMIN.login]


def test_toolbar_requests_go_out_as_signals(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    actions = view.actions_
    for action, signal in (
        (actions.review, view.review_requested),
        (actions.succession, view.succession_requested),
        (actions.import_, view.import_requested),
        (actions.export, view.export_requested),
        (actions.audit, view.audit_requested),
    ):
        with qtbot.waitSignal(signal, timeout=1000):
            action.trigger()
    assert actions.review.text() == "Account re&view"
    assert actions.succession.text() == "I am &leaving the structure"


def test_a_user_who_is_no_longer_administrator_sees_the_refusal(  # type: ignore[no-untyped-def]
    qtbot, store, clock, english
) -> None:
    with store.session() as session:
        add_account(session, "paul.durand")
    user = sign_in(store, clock, "paul.durand", USER_PASSWORD)
    view = AccountsView(store, clock, user)
    qtbot.addWidget(view)
    load(qtbot, view)
    assert view.model.rowCount() == 0
    assert view.message_bar.label.text() == "Only an active administrator can manage the accounts."


def test_an_account_created_from_the_view_is_listed_and_selected(  # type: ignore[no-untyped-def]
    qtbot, view, clock, monkeypatch
) -> None:
    wizard = view.new_wizard()
    qtbot.addWidget(wizard)
    monkeypatch.setattr(wizard, "ask_code", lambda: code(clock))
    wizard.show()
    wizard.identity_page.fields.set_values("Roux", "Marc", "marc.roux@mairie.fr", "0612345678")
    wizard.next()
    wizard.next()
    with qtbot.waitSignal(view.loaded, timeout=5000):
        wizard.next()  # the commit page: creates, then the view reloads
    assert view.message_bar.label.text() == "Account marc.roux created."
    assert [row.login for row in view.selected_rows()] == ["marc.roux"]
    assert view.selected_rows()[0].activation_pending


def test_a_new_holder_who_has_an_account_gets_theirs_modified(  # type: ignore[no-untyped-def]
    qtbot, colleagues, view, monkeypatch
) -> None:
    opened: list[list[str]] = []
    monkeypatch.setattr(
        view, "modify_selected", lambda: opened.append([r.login for r in view.selected_rows()])
    )
    view.search_edit.setText("lea")  # paul.durand is filtered out: shown again to be modified
    wizard = view.new_wizard()
    qtbot.addWidget(wizard)
    wizard.modify_requested.emit("paul.durand")
    qtbot.waitUntil(lambda: bool(opened), timeout=2000)
    assert opened == [["paul.durand"]]
    assert view.search_edit.text() == ""
