"""The e-mail and telephone PEP's requires of every account: completed at sign-in when one is
missing, changed from Mon compte; a code of the authenticator app confirms it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.accounts.my_account import change_contact_details
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.phone_numbers import display_telephone
from peps_desktop.errors import UserError
from peps_desktop.gui.accounts.code_prompt import CODE_MAX_LENGTH
from peps_desktop.gui.shared.fields import error_label, line_edit, wrapped_label
from peps_desktop.store import Store


class ContactDetailsDialog(QDialog):
    def __init__(
        self,
        store: Store,
        clock: Clock,
        user: SignedIn,
        email: str,
        telephone: str | None,
        at_sign_in: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactDetailsDialog")
        self.setWindowTitle(self.tr("My contact details"))
        self._store, self._clock, self._user = store, clock, user
        intro = wrapped_label(
            self.tr(
                "<h3>Complete your contact details</h3>PEP's asks every account for a valid "
                "e-mail address and a telephone number (fixed or mobile)."
            )
            if at_sign_in
            else self.tr("<h3>My contact details</h3>")
        )
        self.email_edit = line_edit("contactEmailEdit")
        self.email_edit.setText(email)
        self.telephone_edit = line_edit("contactTelephoneEdit")
        self.telephone_edit.setText(display_telephone(telephone))
        self.telephone_edit.setPlaceholderText(self.tr("e.g. 06 12 34 56 78"))
        self.code_edit = line_edit("contactCodeEdit")
        self.code_edit.setMaxLength(CODE_MAX_LENGTH)
        self.code_edit.setPlaceholderText(self.tr("e.g. 123 456"))
        hint = wrapped_label(
            self.tr(
                "A change of contact details is confirmed with a code of your authenticator "
                "app. A code already used (at sign-in, say) is refused: wait for the next one."
            )
        )
        hint.setStyleSheet("color: #5a6470;")
        form = QFormLayout()
        form.addRow(self.tr("&E-mail"), self.email_edit)
        form.addRow(self.tr("&Telephone"), self.telephone_edit)
        form.addRow(self.tr("&Code of your app"), self.code_edit)
        self.error_label = error_label("contactErrorLabel")
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        later = buttons.addButton(
            self.tr("&Later") if at_sign_in else self.tr("Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.save_button.clicked.connect(self.save)
        later.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        (self.telephone_edit if email else self.email_edit).setFocus()

    def save(self) -> None:
        try:
            change_contact_details(
                self._store,
                self._clock,
                self._user,
                self.code_edit.text().strip(),
                self.email_edit.text(),
                self.telephone_edit.text(),
            )
        except UserError as error:
            self.code_edit.clear()
            self.error_label.setText(str(error))
            return
        self.accept()
