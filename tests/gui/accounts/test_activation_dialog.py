"""Activation at first sign-in: the code and a new password, the authenticator app, then the
sign-in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from peps_desktop.core.accounts import admin as account_admin
from peps_desktop.core.accounts.admin import AccountDraft
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared import credentials, totp
from peps_desktop.gui.accounts.activation_dialog import ActivationDialog
from peps_desktop.gui.accounts.enrolment_dialog import EnrolmentDialog
from peps_desktop.gui.shared.signin_dialog import SignInDialog
from peps_desktop.store.models import Account
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.second_factor import code

STORE_KEY = "sqlite:///test"

NEW_PASSWORD = "Mon-secret-2027"


def new_account(store, clock) -> account_admin.ActivationCode:  # type: ignore[no-untyped-def]
    admin = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    draft = AccountDraft("Durand", "Paul", "paul@mairie.fr", telephone="06 12 34 56 78")
    return account_admin.create_account(store, clock, admin, code(clock), draft)


def sign_in_dialog(qtbot, store, clock, settings) -> SignInDialog:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(store, clock, settings, STORE_KEY, "Mairie de Saint-Aubin")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(qtbot, dialog: ActivationDialog, code: str, password: str, again: str) -> None:  # type: ignore[no-untyped-def]
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, code)
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, password)
    dialog.confirm_edit.clear()
    qtbot.keyClicks(dialog.confirm_edit, again)


def submit(qtbot, dialog: ActivationDialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.runner.finished, timeout=5000):
        qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)


def test_the_activation_sets_a_password_and_an_app_that_then_sign_in(  # type: ignore[no-untyped-def]
    qtbot, store, clock, settings, monkeypatch, english
) -> None:
    activation = new_account(store, clock)
    signin = sign_in_dialog(qtbot, store, clock, settings)
    qtbot.keyClicks(signin.login_edit, "paul.durand")
    qtbot.keyClicks(signin.password_edit, "anything-1")
    signin.attempt()
    # Not activated yet: the refusal points to the activation.
    assert "not activated yet" in signin.error_label.text()
    assert signin.focusWidget() is signin.activation_button
    assert signin.activation_button.text().startswith("I have an &activation code")

    def activate(dialog: ActivationDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.login_edit.text() == "paul.durand"  # carried over from the sign-in
        # The code as read aloud: lower case, spaces instead of dashes.
        fill(qtbot, dialog, activation.code.lower().replace("-", " "), NEW_PASSWORD, NEW_PASSWORD)
        assert dialog.strength_label.text() == "This password is strong enough."
        submit(qtbot, dialog)
        return dialog.result()

    def set_up_the_app(dialog: EnrolmentDialog) -> int:
        qtbot.addWidget(dialog)
        # Before its first code, the account is not activated: no password yet.
        with store.read_session() as session:
            paul = session.scalar(select(Account).where(Account.login == "paul.durand"))
            assert paul is not None and paul.password_hash is None
        qtbot.keyClicks(dialog.code_edit, totp.code_at(dialog.enrolment.secret, clock.now()))
        dialog.next_button.click()
        assert dialog.pages.currentIndex() == 1
        dialog.kept_check.setChecked(True)
        dialog.next_button.click()
        return dialog.result()

    monkeypatch.setattr(ActivationDialog, "exec", activate)
    monkeypatch.setattr(EnrolmentDialog, "exec", set_up_the_app)
    signin.activation_button.click()

    assert signin.login_edit.text() == "paul.durand"
    assert signin.password_edit.text() == ""
    assert signin.info_label.text() == (
        "Your password and your authenticator app are set. Sign in with your password."
    )
    assert signin.error_label.isHidden()
    qtbot.keyClicks(signin.password_edit, NEW_PASSWORD)
    signin.attempt()  # this computer was trusted at the activation: no code
    assert signin.signed_in is not None and signin.signed_in.login == "paul.durand"
    assert credentials.recall_device(STORE_KEY, "paul.durand")


def test_refusals_are_shown_and_the_dialog_stays_open(qtbot, store, clock, english) -> None:  # type: ignore[no-untyped-def]
    activation = new_account(store, clock)
    dialog = ActivationDialog(store, clock, "paul.durand")
    qtbot.addWidget(dialog)
    dialog.show()

    fill(qtbot, dialog, activation.code, NEW_PASSWORD, "Mon-secret-2028")
    dialog.attempt()
    assert dialog.error_label.text() == "The two passwords differ."

    fill(qtbot, dialog, activation.code, "short1", "short1")
    submit(qtbot, dialog)
    assert dialog.error_label.text() == "The password must have at least 12 characters."

    fill(qtbot, dialog, "AAAA-BBBB-CCCC", NEW_PASSWORD, NEW_PASSWORD)
    submit(qtbot, dialog)
    assert "not valid for this login" in dialog.error_label.text()
    assert dialog.isVisible() and dialog.activated_login is None
    with store.read_session() as session:
        paul = session.scalar(select(Account).where(Account.login == "paul.durand"))
        assert paul is not None and paul.password_hash is None
