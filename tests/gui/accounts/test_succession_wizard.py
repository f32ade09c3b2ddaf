"""« Je quitte la structure », both ways: promote a colleague, or create the successor."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from sqlalchemy import select

from peps_desktop.core.accounts.activation import activate_account
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.accounts.succession import promote_successor
from peps_desktop.core.shared import totp
from peps_desktop.gui.accounts.succession_wizard import SuccessionWizard
from peps_desktop.store.models import Account, Succession
from tests.conftest import ADMIN, ADMIN_PASSWORD, NOW
from tests.factories import add_account
from tests.second_factor import code, wrong_code

SUCCESSOR_PASSWORD = "Successeur-2026-ok"


@pytest.fixture
def leaver(store, clock) -> SignedIn:  # type: ignore[no-untyped-def]
    with store.session() as session:
        add_account(session, "jean.dupont")
        add_account(session, "marie.curie", nom="Curie", prenom="Marie")
    return sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)


def open_wizard(qtbot, store, clock, user) -> SuccessionWizard:  # type: ignore[no-untyped-def]
    wizard = SuccessionWizard(store, clock, user)
    qtbot.addWidget(wizard)
    with qtbot.waitSignal(wizard.loaded, timeout=5000):
        wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def successions(store) -> list[tuple[str, str, dt.date]]:  # type: ignore[no-untyped-def]
    with store.read_session() as session:
        return [
            (s.leaver_login, s.successor_login, s.departure_on)
            for s in session.scalars(select(Succession))
        ]


def profile(store, login: str) -> str | None:  # type: ignore[no-untyped-def]
    with store.read_session() as session:
        return session.scalar(select(Account.profile).where(Account.login == login))


@pytest.mark.usefixtures("english")
def test_promote_a_colleague(qtbot, store, clock, leaver) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, store, clock, leaver)
    assert wizard.intro_page.promote_radio.isChecked()
    wizard.next()
    page = wizard.promote_page
    assert page.candidates_list.count() == 2
    next_button = wizard.button(wizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # nobody chosen yet
    qtbot.keyClicks(page.filter_edit, "curie")
    visible = [
        page.candidates_list.item(r).text()
        for r in range(page.candidates_list.count())
        if not page.candidates_list.item(r).isHidden()
    ]
    assert visible == ["Curie Marie — marie.curie (utilisateur)"]
    page.select_login("marie.curie")
    assert next_button.isEnabled()
    wizard.next()

    departure = wizard.departure_page
    departure.date_edit.setDate(QDate(2026, 12, 31))
    qtbot.keyClicks(departure.code_edit, code(clock))
    with qtbot.waitSignal(wizard.recorded) as recorded:
        wizard.next()

    assert wizard.currentPage() is wizard.done_page
    assert recorded.args[0].successor_login == "marie.curie"
    assert successions(store) == [(ADMIN.login, "marie.curie", dt.date(2026, 12, 31))]
    assert profile(store, "marie.curie") == "administrateur"
    assert "marie.curie is an administrator" in wizard.done_page.summary_label.text()
    assert "31/12/2026" in wizard.done_page.summary_label.text()
    assert not wizard.done_page.code_label.isVisible()


@pytest.mark.usefixtures("english")
def test_create_the_successor_and_hand_over_the_code(qtbot, store, clock, leaver) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, store, clock, leaver)
    wizard.intro_page.create_radio.setChecked(True)
    wizard.next()
    page = wizard.create_page
    page.nom_edit.setText("Garnier")
    page.prenom_edit.setText("Élodie")
    qtbot.keyClicks(page.email_edit, "elodie.garnier@mairie.fr")
    qtbot.keyClicks(page.telephone_edit, "02 41 00 00 09")
    wizard.next()
    qtbot.keyClicks(wizard.departure_page.code_edit, code(clock))
    with qtbot.waitSignal(wizard.recorded):
        wizard.next()

    done = wizard.done_page
    assert wizard.currentPage() is done
    assert done.login_label.text() == "Login: elodie.garnier"
    activation = done.code_label.text()
    assert done.code_label.isVisible() and len(activation) == 14
    assert "until 02/12/2026 09:30" in done.code_hint.text()
    assert successions(store) == [(ADMIN.login, "elodie.garnier", NOW.date())]
    step = activate_account(store, clock, "elodie.garnier", activation, SUCCESSOR_PASSWORD)
    assert step.enrolment is not None
    first = totp.code_at(step.enrolment.secret, clock.now())
    activate_account(store, clock, "elodie.garnier", activation, SUCCESSOR_PASSWORD, first)
    assert sign_in(store, clock, "elodie.garnier", SUCCESSOR_PASSWORD).is_administrator


@pytest.mark.usefixtures("english")
def test_a_wrong_code_keeps_the_wizard_on_the_departure(qtbot, store, clock, leaver) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, store, clock, leaver)
    wizard.next()
    wizard.promote_page.select_login("jean.dupont")
    wizard.next()
    qtbot.keyClicks(wizard.departure_page.code_edit, wrong_code(clock))
    commit = wizard.button(wizard.WizardButton.CommitButton)
    wizard.next()
    assert not commit.isEnabled()  # no second confirmation while the first is checked
    qtbot.waitUntil(
        lambda: wizard.departure_page.error_label.text().startswith("Wrong code."),
        timeout=10_000,
    )
    assert wizard.currentPage() is wizard.departure_page
    assert wizard.departure_page.code_edit.isEnabled()
    assert wizard.departure_page.code_edit.text() == ""
    assert successions(store) == []
    assert profile(store, "jean.dupont") == "utilisateur"
    # The departure cannot be set before today.
    assert wizard.departure_page.date_edit.minimumDate() == QDate(2026, 11, 25)


@pytest.mark.usefixtures("english")
def test_a_successor_already_named_blocks_the_wizard(qtbot, store, clock, leaver) -> None:  # type: ignore[no-untyped-def]
    promote_successor(store, clock, leaver, code(clock), "jean.dupont", NOW.date())
    wizard = open_wizard(qtbot, store, clock, leaver)
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    assert wizard.intro_page.notice_label.text() == (
        "You have already named “jean.dupont” as your successor (departure on 25/11/2026)."
    )


@pytest.mark.usefixtures("english")
def test_no_closing_while_the_change_is_written(qtbot, store, clock, leaver) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, store, clock, leaver)
    wizard.next()
    wizard.promote_page.select_login("marie.curie")
    wizard.next()
    qtbot.keyClicks(wizard.departure_page.code_edit, code(clock))
    with qtbot.waitSignal(wizard.recorded):
        wizard.next()
        assert wizard.departure_page.error_label.text() == "Saving…"
        wizard.reject()  # Escape or the close button meanwhile
        assert wizard.isVisible()
    assert wizard.currentPage() is wizard.done_page
    assert successions(store) == [(ADMIN.login, "marie.curie", NOW.date())]
