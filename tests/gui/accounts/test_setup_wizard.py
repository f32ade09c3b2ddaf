from __future__ import annotations

from sqlalchemy import func, select

from peps_desktop.core.accounts.setup import structure_exists, structure_name
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.gui.accounts.setup_wizard import SetupWizard
from peps_desktop.store.models import Account, Structure

PASSWORD = "Un-mot-de-passe-2026"


def open_wizard(qtbot, store, clock):  # type: ignore[no-untyped-def]
    wizard = SetupWizard(store, clock)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def fill_administrator(qtbot, wizard, email: str, confirm: str = PASSWORD) -> None:  # type: ignore[no-untyped-def]
    page = wizard.administrator_page
    # QTest types ASCII only; accents are covered by the login suggestion test.
    qtbot.keyClicks(page.nom_edit, "Lefevre")
    qtbot.keyClicks(page.prenom_edit, "Helene")
    qtbot.keyClicks(page.email_edit, email)
    qtbot.keyClicks(page.password_edit, PASSWORD)
    qtbot.keyClicks(page.confirm_edit, confirm)


def test_the_wizard_creates_the_structure_with_its_administrator(  # type: ignore[no-untyped-def]
    qtbot, empty_store, clock, english
) -> None:
    wizard = open_wizard(qtbot, empty_store, clock)
    next_button = wizard.button(wizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # the structure's name is required
    qtbot.keyClicks(wizard.structure_page.name_edit, "CCAS de Montreuil-Bellay")
    assert next_button.isEnabled()
    wizard.next()
    fill_administrator(qtbot, wizard, "helene.lefevre@ccas.fr")
    assert wizard.administrator_page.login_edit.text() == "helene.lefevre"  # suggested
    wizard.accept()

    assert wizard.result() == wizard.DialogCode.Accepted
    assert structure_name(empty_store) == "CCAS de Montreuil-Bellay"
    user = sign_in(empty_store, clock, "helene.lefevre", PASSWORD)
    assert user.is_administrator
    assert wizard.administrator_login == "helene.lefevre"


def test_a_bad_email_keeps_the_wizard_open_and_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot, empty_store, clock, english
) -> None:
    wizard = open_wizard(qtbot, empty_store, clock)
    qtbot.keyClicks(wizard.structure_page.name_edit, "Mairie")
    wizard.next()
    fill_administrator(qtbot, wizard, "not-an-email")
    wizard.accept()
    assert wizard.isVisible()
    assert "not valid" in wizard.administrator_page.error_label.text()
    assert not structure_exists(empty_store)


def test_differing_passwords_are_refused(qtbot, empty_store, clock, english) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, empty_store, clock)
    qtbot.keyClicks(wizard.structure_page.name_edit, "Mairie")
    wizard.next()
    fill_administrator(qtbot, wizard, "h@ccas.fr", confirm="Autre-chose-2026")
    wizard.accept()
    assert wizard.administrator_page.error_label.text() == "The two passwords differ."
    with empty_store.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Structure)) == 0
        assert session.scalar(select(func.count()).select_from(Account)) == 0


def test_the_suggested_login_drops_accents_and_spaces(qtbot, empty_store, clock, english) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, empty_store, clock)
    page = wizard.administrator_page
    page.prenom_edit.setText("Jean-Émile")
    page.nom_edit.setText("Le Bœuf")
    page.nom_edit.textEdited.emit(page.nom_edit.text())
    assert page.login_edit.text() == "jean-emile.leboeuf"
    qtbot.keyClicks(page.login_edit, "2")
    page.nom_edit.textEdited.emit("Le Bœuf")
    assert page.login_edit.text() == "jean-emile.leboeuf2"  # a typed login is kept
