from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from peps_desktop.core.accounts.second_factor import EnrolmentRequired
from peps_desktop.core.accounts.second_factor_sign_in import SecondFactor
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared import credentials
from peps_desktop.gui.shared.signin_dialog import SignInDialog
from peps_desktop.store.models import Account
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.factories import add_account
from tests.second_factor import code, wrong_code

STORE_KEY = "sqlite:///test"
USER, USER_PASSWORD = "paul.durand", "Mot-de-passe-2026"


def make_dialog(qtbot, store, clock, settings):  # type: ignore[no-untyped-def]
    dialog = SignInDialog(store, clock, settings, STORE_KEY, "Mairie de Saint-Aubin")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_credentials(qtbot, dialog, login: str, password: str) -> None:  # type: ignore[no-untyped-def]
    dialog.login_edit.clear()
    qtbot.keyClicks(dialog.login_edit, login)
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


def type_code(qtbot, dialog, code: str) -> None:  # type: ignore[no-untyped-def]
    assert dialog.code_edit.isVisible()
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, code)
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)


def test_right_password_then_code_signs_in(qtbot, store, clock, settings, english) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, store, clock, settings)
    assert not dialog.code_edit.isVisible()
    type_credentials(qtbot, dialog, ADMIN.login, ADMIN_PASSWORD)
    assert dialog.signed_in is None
    assert "Enter the code of your authenticator app" in dialog.info_label.text()
    type_code(qtbot, dialog, wrong_code(clock))
    assert dialog.error_label.text().startswith("Wrong code.")
    assert dialog.password_edit.text() == ADMIN_PASSWORD  # only the code is asked again
    type_code(qtbot, dialog, code(clock))
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.signed_in is not None
    assert dialog.signed_in.badge == "a Claire Martin"
    assert settings.last_login == ADMIN.login


def test_wrong_passwords_lock_without_telling_what_is_left(
    qtbot, store, clock, settings, english
) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        add_account(session, USER)
    dialog = make_dialog(qtbot, store, clock, settings)
    type_credentials(qtbot, dialog, "personne.inconnue", "wrong-password-1")
    unknown_login = dialog.error_label.text()
    assert unknown_login.startswith("Wrong login or password.")
    for _ in range(4):
        type_credentials(qtbot, dialog, USER, "wrong-password-1")
        assert dialog.signed_in is None
        assert dialog.error_label.text() == unknown_login  # no count-down to tell logins apart
        assert dialog.password_edit.text() == ""
    type_credentials(qtbot, dialog, USER, "wrong-password-1")
    type_credentials(qtbot, dialog, USER, USER_PASSWORD)
    assert dialog.signed_in is None
    assert dialog.error_label.text() == unknown_login
    assert "locked" in unknown_login and "administrator" in unknown_login
    with store.read_session() as session:
        account = session.scalar(select(Account).where(Account.login == USER))
        assert account.status == "verrouille"


def test_expired_account_is_refused(qtbot, store, clock, settings, english) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        add_account(session, USER, expires_on=clock.now().date())
    dialog = make_dialog(qtbot, store, clock, settings)
    type_credentials(qtbot, dialog, USER, USER_PASSWORD)
    assert dialog.signed_in is None
    assert "expired on 25/11/2026" in dialog.error_label.text()


def test_empty_fields_are_asked_for(qtbot, store, clock, settings, english) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, store, clock, settings)
    dialog.attempt()
    assert dialog.error_label.text() == "Enter your login and your password."


def test_remember_me_keeps_the_password_in_the_keyring(  # type: ignore[no-untyped-def]
    qtbot, store, clock, settings, memory_keyring, english
) -> None:
    dialog = make_dialog(qtbot, store, clock, settings)
    dialog.remember_check.setChecked(True)
    type_credentials(qtbot, dialog, ADMIN.login, ADMIN_PASSWORD)
    type_code(qtbot, dialog, code(clock))
    assert dialog.signed_in is not None
    assert credentials.recall(STORE_KEY, ADMIN.login) == ADMIN_PASSWORD

    again = make_dialog(qtbot, store, clock, settings)
    assert again.login_edit.text() == ADMIN.login
    assert again.password_edit.text() == ADMIN_PASSWORD
    assert again.remember_check.isChecked()

    again.remember_check.setChecked(False)
    again.attempt()  # this computer is trusted now: no code
    assert again.signed_in is not None
    assert credentials.recall(STORE_KEY, ADMIN.login) is None


def test_without_keyring_the_dialog_says_it_cannot_remember(  # type: ignore[no-untyped-def]
    qtbot, store, clock, settings, no_keyring, english
) -> None:
    dialog = make_dialog(qtbot, store, clock, settings)
    assert not dialog.remember_check.isEnabled()
    assert not dialog.keyring_label.isHidden()
    assert "cannot be remembered" in dialog.keyring_label.text()
    type_credentials(qtbot, dialog, ADMIN.login, ADMIN_PASSWORD)
    type_code(qtbot, dialog, code(clock))
    assert dialog.signed_in is not None
    # Nowhere to keep this computer's trust: the code is asked every time.
    again = make_dialog(qtbot, store, clock, settings)
    type_credentials(qtbot, again, ADMIN.login, ADMIN_PASSWORD)
    assert again.signed_in is None and again.code_edit.isVisible()


def test_a_trusted_computer_asks_no_code_for_7_days(  # type: ignore[no-untyped-def]
    qtbot, store, clock, settings, memory_keyring, english
) -> None:
    first = make_dialog(qtbot, store, clock, settings)
    type_credentials(qtbot, first, ADMIN.login, ADMIN_PASSWORD)
    type_code(qtbot, first, code(clock))
    assert first.signed_in is not None
    token = credentials.recall_device(STORE_KEY, ADMIN.login)
    assert token  # in the keyring, under this store and login

    clock.advance(dt.timedelta(days=6))
    day_6 = make_dialog(qtbot, store, clock, settings)
    type_credentials(qtbot, day_6, ADMIN.login, ADMIN_PASSWORD)
    assert day_6.signed_in is not None and not day_6.code_edit.isVisible()

    clock.advance(dt.timedelta(days=2))
    day_8 = make_dialog(qtbot, store, clock, settings)
    type_credentials(qtbot, day_8, ADMIN.login, ADMIN_PASSWORD)
    assert day_8.signed_in is None and day_8.code_edit.isVisible()
    type_code(qtbot, day_8, code(clock))
    assert day_8.signed_in is not None


def test_a_recovery_code_signs_in_and_says_how_many_are_left(  # type: ignore[no-untyped-def]
    qtbot, store, clock, settings, english
) -> None:
    with store.session() as session:
        add_account(session, USER)
    with pytest.raises(EnrolmentRequired) as asked:
        sign_in(store, clock, USER, USER_PASSWORD, SecondFactor())
    enrolment = asked.value.enrolment
    sign_in(store, clock, USER, USER_PASSWORD, SecondFactor(code=code(clock, enrolment.secret)))
    dialog = make_dialog(qtbot, store, clock, settings)
    type_credentials(qtbot, dialog, USER, USER_PASSWORD)
    type_code(qtbot, dialog, enrolment.recovery_codes[3])
    assert dialog.signed_in is not None
    assert dialog.recovery_codes_left == 9
