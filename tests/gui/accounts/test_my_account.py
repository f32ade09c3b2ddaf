"""Mon compte from the badge's menu, the contact details asked at sign-in, and the CGU: the
banner for everybody until an administrator accepts them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from peps_desktop.core.accounts.cgu import cgu_state
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.gui.accounts.after_sign_in import complete_sign_in
from peps_desktop.gui.accounts.cgu_dialog import CguDialog
from peps_desktop.gui.accounts.contact_details_dialog import ContactDetailsDialog
from peps_desktop.gui.accounts.my_account_dialog import MyAccountDialog
from peps_desktop.gui.app import build_window
from peps_desktop.store.models import Account, AuditEntry, Structure
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.factories import add_account
from tests.second_factor import code, next_code, wrong_code

USER, USER_PASSWORD = "paul.durand", "Mot-de-passe-2026"


@pytest.fixture
def admin(store, clock):  # type: ignore[no-untyped-def]
    return sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)


def stored(store, login: str) -> Account:  # type: ignore[no-untyped-def]
    with store.read_session() as session:
        account = session.scalar(select(Account).where(Account.login == login))
        assert account is not None
        return account


@pytest.mark.usefixtures("english")
def test_my_account_shows_identity_rights_and_security(qtbot, store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    dialog = MyAccountDialog(store, clock, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tabs.count() == 3
    telephone = dialog.findChild(QLabel, "myTelephoneLabel")
    assert telephone.text() == "missing: to complete"  # the store fixture gave none
    assert dialog.findChild(QLabel, "myEmailLabel").text() == ADMIN.email
    rights = dialog.findChild(type(dialog.devices_table), "myRightsTable")
    assert rights.rowCount() == 9 and not rights.editTriggers()  # read-only, every service
    assert "Recovery codes left: <b>0</b>" in dialog.recovery_label.text()


@pytest.mark.usefixtures("english")
def test_my_contact_details_are_changed_with_a_code(
    qtbot, store, clock, admin, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    dialog = MyAccountDialog(store, clock, admin)
    qtbot.addWidget(dialog)

    def fill(contact: ContactDetailsDialog) -> int:
        qtbot.addWidget(contact)
        contact.telephone_edit.setText("06 12 34 56 78")
        contact.code_edit.setText(wrong_code(clock))
        contact.save()
        assert contact.error_label.text().startswith("Wrong code.")
        contact.code_edit.setText(code(clock))
        contact.save()
        return contact.result()

    monkeypatch.setattr(ContactDetailsDialog, "exec", fill)
    dialog.change_contact_details()
    assert stored(store, ADMIN.login).telephone == "+33612345678"
    assert dialog.findChild(QLabel, "myTelephoneLabel").text() == "06 12 34 56 78"


@pytest.mark.usefixtures("english")
def test_changing_my_authenticator_asks_the_current_code_then_the_new_one(  # type: ignore[no-untyped-def]
    qtbot, store, clock, admin, monkeypatch
) -> None:
    from peps_desktop.core.shared import totp
    from peps_desktop.gui.accounts.enrolment_dialog import EnrolmentDialog

    dialog = MyAccountDialog(store, clock, admin)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "ask_code", lambda action: code(clock))
    new_secrets: list[str] = []

    def enrol(enrolment_dialog: EnrolmentDialog) -> int:
        qtbot.addWidget(enrolment_dialog)
        secret = enrolment_dialog.enrolment.secret
        new_secrets.append(secret)
        enrolment_dialog.code_edit.setText(totp.code_at(secret, clock.now(), 1))
        enrolment_dialog.next_button.click()
        enrolment_dialog.kept_check.setChecked(True)
        enrolment_dialog.next_button.click()
        return enrolment_dialog.result()

    monkeypatch.setattr(EnrolmentDialog, "exec", enrol)
    dialog.change_authenticator()
    assert len(new_secrets) == 1
    assert "Recovery codes left: <b>10</b>" in dialog.recovery_label.text()
    # The old app's codes no longer confirm anything.
    from peps_desktop.core.accounts.my_account import change_contact_details

    with pytest.raises(Exception, match="Wrong code"):
        change_contact_details(store, clock, admin, next_code(clock), ADMIN.email, "0612345678")


@pytest.mark.usefixtures("english")
def test_at_sign_in_missing_details_are_asked_and_may_wait(
    qtbot, store, clock, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        add_account(session, USER)  # no telephone
    user = sign_in(store, clock, USER, USER_PASSWORD)
    asked: list[str] = []

    def later(dialog: ContactDetailsDialog) -> int:
        asked.append(dialog.findChild(QLabel).text())
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(ContactDetailsDialog, "exec", later)
    monkeypatch.setattr(CguDialog, "exec", lambda dialog: pytest.fail("only administrators"))
    complete_sign_in(store, clock, user)
    assert len(asked) == 1 and "Complete your contact details" in asked[0]


@pytest.mark.usefixtures("english")
def test_the_cgu_banner_until_an_administrator_accepts_them(  # type: ignore[no-untyped-def]
    qtbot, store, clock, admin, settings, monkeypatch
) -> None:
    with store.session() as session:
        add_account(session, USER, telephone="+33241000001")
    user = sign_in(store, clock, USER, USER_PASSWORD)
    window = build_window(store, clock, user, settings)
    qtbot.addWidget(window)
    window.show_cgu_banner(not cgu_state(store, user).accepted)
    assert window.cgu_banner.isVisibleTo(window)
    assert "an administrator of your structure must accept them" in window.cgu_label.text()
    reading = CguDialog(store, clock, user, cgu_state(store, user))
    qtbot.addWidget(reading)
    assert reading.accept_button is None  # a user reads, never accepts

    # The administrator is asked at sign-in (the contact details too: none yet).
    accepted: list[bool] = []

    def accept(dialog: CguDialog) -> int:
        qtbot.addWidget(dialog)
        assert dialog.accept_button is not None
        dialog.accept_button.click()
        accepted.append(True)
        return dialog.result()

    monkeypatch.setattr(CguDialog, "exec", accept)
    monkeypatch.setattr(ContactDetailsDialog, "exec", lambda dialog: 0)
    complete_sign_in(store, clock, admin)
    assert accepted == [True]
    state = cgu_state(store, user)
    assert state.accepted and state.accepted_by == "Claire Martin"
    with store.read_session() as session:
        structure = session.scalar(select(Structure))
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "cgu_acceptees"))
    assert structure is not None and structure.cgu_accepted_at == clock.now()
    assert entry is not None and state.current.version in (entry.details or "")
    window.show_cgu_banner(not state.accepted)
    assert not window.cgu_banner.isVisibleTo(window)
    # Accepted: the administrator is not asked again.
    monkeypatch.setattr(CguDialog, "exec", lambda dialog: pytest.fail("asked twice"))
    complete_sign_in(store, clock, admin)
