"""Modifying an account: contact details freely, profile and rights with the password."""

from __future__ import annotations

from sqlalchemy import select

from peps_desktop.core.accounts.admin import AccountChanges, modify_account
from peps_desktop.gui.accounts.edit_dialog import EditAccountDialog
from peps_desktop.store.models import Account, AuditEntry
from tests.gui.accounts.conftest import select as select_rows
from tests.second_factor import code, wrong_code


def open_dialog(qtbot, view, login: str) -> EditAccountDialog:  # type: ignore[no-untyped-def]
    select_rows(view, login)
    dialog = view.new_edit_dialog(view.selected_rows()[0])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save(qtbot, dialog: EditAccountDialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.runner.finished, timeout=5000):
        dialog.save_button.click()


def account(store, login: str) -> Account:  # type: ignore[no-untyped-def]
    with store.read_session() as session:
        found = session.scalar(select(Account).where(Account.login == login))
        assert found is not None
        return found


def test_changing_both_names_is_refused_with_the_core_message(  # type: ignore[no-untyped-def]
    qtbot, colleagues, view, store, clock, monkeypatch
) -> None:
    dialog = open_dialog(qtbot, view, "paul.durand")
    monkeypatch.setattr(dialog, "ask_code", lambda: code(clock))
    dialog.identity.nom_edit.setText("Roux")
    dialog.identity.prenom_edit.setText("Marc")
    save(qtbot, dialog)

    assert dialog.isVisible()  # still open, to correct or cancel
    message = dialog.error_label.text()
    assert message.startswith("An account is personal: it cannot be given to another person.")
    assert "Create a new account for Marc Roux" in message
    assert (account(store, "paul.durand").nom, account(store, "paul.durand").prenom) == (
        "Durand",
        "Paul",
    )


def test_correcting_contact_details_is_confirmed_by_a_code_too(  # type: ignore[no-untyped-def]
    qtbot, colleagues, view, store, clock, monkeypatch
) -> None:
    dialog = open_dialog(qtbot, view, "paul.durand")
    asked: list[bool] = []
    monkeypatch.setattr(dialog, "ask_code", lambda: asked.append(True) or code(clock))
    dialog.identity.nom_edit.setText("Durant")  # a misspelt name: one of the two
    dialog.identity.email_edit.setText("p.durand@mairie.fr")
    dialog.identity.telephone_edit.setText("06.12.34.56.78")
    save(qtbot, dialog)

    assert asked == [True]
    assert dialog.result() == EditAccountDialog.DialogCode.Accepted
    saved = account(store, "paul.durand")
    assert (saved.nom, saved.email, saved.telephone) == (
        "Durant",
        "p.durand@mairie.fr",
        "+33612345678",
    )


def test_a_telephone_cannot_be_taken_away_nor_be_foreign(  # type: ignore[no-untyped-def]
    qtbot, colleagues, view, store, clock, monkeypatch
) -> None:
    dialog = open_dialog(qtbot, view, "paul.durand")
    codes = iter([code(clock), code(clock, steps=1)])
    monkeypatch.setattr(dialog, "ask_code", lambda: next(codes))
    dialog.identity.telephone_edit.clear()
    save(qtbot, dialog)
    assert dialog.error_label.text().startswith("A telephone number is required")
    dialog.identity.telephone_edit.setText("+44 20 7946 0958")
    save(qtbot, dialog)
    assert "is not a French fixed or mobile number" in dialog.error_label.text()
    assert account(store, "paul.durand").telephone == "02 41 00 00 01"


def test_profile_and_rights_are_confirmed_by_a_code(  # type: ignore[no-untyped-def]
    qtbot, colleagues, view, store, clock, monkeypatch
) -> None:
    dialog = open_dialog(qtbot, view, "paul.durand")
    codes = iter([wrong_code(clock), code(clock)])
    monkeypatch.setattr(dialog, "ask_code", lambda: next(codes))
    dialog.profile.administrateur_button.click()
    dialog.matrix.set_level("RAFP", "aucun")
    changes = dialog.changes()
    assert changes.nom is None and changes.email is None  # only what changed is sent

    save(qtbot, dialog)
    assert dialog.error_label.text().startswith("Wrong code.")
    assert account(store, "paul.durand").profile == "utilisateur"

    save(qtbot, dialog)
    assert dialog.result() == EditAccountDialog.DialogCode.Accepted
    saved = account(store, "paul.durand")
    assert saved.profile == "administrateur"
    with store.read_session() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "compte_modifie")
        ).one()
    assert '"droits": {"RAFP": "aucun"}' in (entry.details or "")


def test_a_change_made_meanwhile_is_reported(  # type: ignore[no-untyped-def]
    qtbot, colleagues, view, store, clock, admin, monkeypatch
) -> None:
    dialog = open_dialog(qtbot, view, "paul.durand")
    monkeypatch.setattr(dialog, "ask_code", lambda: code(clock, steps=1))
    modify_account(
        store, clock, admin, "paul.durand", AccountChanges(email="x@mairie.fr"), code(clock)
    )
    dialog.identity.telephone_edit.setText("06 12 34 56 78")
    save(qtbot, dialog)
    assert dialog.error_label.text() == (
        "The account “paul.durand” was changed by Claire Martin on 25/11/2026 at 09:30, after "
        "you opened it. It is shown again with that change: make yours again if it is still "
        "needed."
    )
    assert account(store, "paul.durand").telephone == "02 41 00 00 01"
    # Reloaded: the other change is shown, and saving again now goes through.
    assert dialog.identity.email() == "x@mairie.fr"
    assert dialog.identity.telephone() == "02 41 00 00 01"
    dialog.identity.telephone_edit.setText("06 00 00 00 00")
    save(qtbot, dialog)
    assert account(store, "paul.durand").telephone == "+33600000000"  # kept in E.164
    assert account(store, "paul.durand").email == "x@mairie.fr"


def test_modify_from_the_view_reloads_the_row(qtbot, colleagues, view, clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(EditAccountDialog, "ask_code", lambda _dialog: code(clock))

    def accept_with_new_email(dialog: EditAccountDialog) -> int:
        dialog.identity.email_edit.setText("paul@mairie.fr")
        dialog.save()
        qtbot.waitUntil(lambda: dialog.result() == EditAccountDialog.DialogCode.Accepted)
        return dialog.result()

    monkeypatch.setattr(EditAccountDialog, "exec", accept_with_new_email)
    select_rows(view, "paul.durand")
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.actions_.modify.trigger()
    assert view.selected_rows()[0].email == "paul@mairie.fr"
    assert view.message_bar.label.text() == "Account paul.durand saved."
