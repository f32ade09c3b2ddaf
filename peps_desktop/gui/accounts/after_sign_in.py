"""What is asked right after signing in: the contact details PEP's requires, when missing,
and, for an administrator, the structure's conditions of use when not accepted yet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from peps_desktop import APP_NAME
from peps_desktop.core.accounts.cgu import cgu_state
from peps_desktop.core.accounts.my_account import my_account
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import Clock
from peps_desktop.errors import UserError
from peps_desktop.gui.accounts.cgu_dialog import CguDialog
from peps_desktop.gui.accounts.contact_details_dialog import ContactDetailsDialog
from peps_desktop.store import Store


def tell_recovery_codes_left(count: int, parent: QWidget | None = None) -> None:
    QMessageBox.information(
        parent,
        APP_NAME,
        QCoreApplication.translate(
            "AfterSignIn",
            "You signed in with a recovery code: {count} left. If you lost your phone, set up "
            "a new authenticator app from “My account”.",
        ).format(count=count),
    )


def complete_sign_in(
    store: Store, clock: Clock, user: SignedIn, parent: QWidget | None = None
) -> None:
    mine = my_account(store, clock, user)
    if mine.contact_problems:
        dialog = ContactDetailsDialog(
            store, clock, user, mine.email, mine.telephone, at_sign_in=True, parent=parent
        )
        dialog.exec()
        dialog.deleteLater()
    if not user.is_administrator:
        return
    try:
        state = cgu_state(store, user)
    except UserError as error:  # a damaged conditions file: said, not fatal
        QMessageBox.warning(parent, APP_NAME, str(error))
        return
    if not state.accepted:
        cgu = CguDialog(store, clock, user, state, parent)
        cgu.exec()
        cgu.deleteLater()
