"""Nom, prénom, email and telephone fields, with the email's format checked as it is typed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from peps_desktop.core.accounts.rules import Identity, check_identity
from peps_desktop.errors import UserError
from peps_desktop.gui.shared.fields import error_label

# Any valid login: only the email is being checked here.
_SOME_LOGIN = "verification"


def email_problem(email: str) -> str | None:
    """The core's message about this email address, or None when its format is right."""
    try:
        check_identity(Identity(_SOME_LOGIN, "-", "-", email.strip()))
    except UserError as error:
        return str(error)
    return None


def _edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(100)
    return edit


class IdentityFields(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nom_edit = _edit("nomEdit")
        self.prenom_edit = _edit("prenomEdit")
        self.email_edit = _edit("emailEdit")
        self.email_edit.setMaxLength(254)
        self.email_edit.setPlaceholderText(self.tr("firstname.lastname@example.fr"))
        self.telephone_edit = _edit("telephoneEdit")
        self.telephone_edit.setMaxLength(32)
        self.telephone_edit.setPlaceholderText(self.tr("e.g. 06 12 34 56 78"))
        self.email_error = error_label("emailErrorLabel")
        self.email_error.hide()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Last name (nom)"), self.nom_edit)
        form.addRow(self.tr("&First name (prénom)"), self.prenom_edit)
        form.addRow(self.tr("&Email"), self.email_edit)
        form.addRow("", self.email_error)
        form.addRow(self.tr("&Telephone"), self.telephone_edit)
        for edit in (self.nom_edit, self.prenom_edit, self.email_edit, self.telephone_edit):
            edit.textChanged.connect(self.changed)
        self.email_edit.textChanged.connect(self._check_email)

    def _check_email(self, text: str) -> None:
        problem = email_problem(text) if text.strip() else None
        self.email_error.setText(problem or "")
        self.email_error.setVisible(problem is not None)

    def set_values(self, nom: str, prenom: str, email: str, telephone: str | None) -> None:
        self.nom_edit.setText(nom)
        self.prenom_edit.setText(prenom)
        self.email_edit.setText(email)
        self.telephone_edit.setText(telephone or "")

    def nom(self) -> str:
        return self.nom_edit.text().strip()

    def prenom(self) -> str:
        return self.prenom_edit.text().strip()

    def email(self) -> str:
        return self.email_edit.text().strip()

    def telephone(self) -> str:
        return self.telephone_edit.text().strip()

    def is_complete(self) -> bool:
        return bool(self.nom() and self.prenom() and self.email()) and (
            email_problem(self.email()) is None
        )
