"""First run on an empty store: the structure and its first administrator, created together."""

from __future__ import annotations

import unicodedata

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from peps_desktop.core.accounts.rules import MIN_PASSWORD_LENGTH, Identity
from peps_desktop.core.accounts.setup import create_structure
from peps_desktop.core.shared.clock import Clock
from peps_desktop.errors import UserError
from peps_desktop.gui.shared.fields import error_label, line_edit
from peps_desktop.store import Store


class StructurePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("structurePage")
        self.setTitle(self.tr("Your structure"))
        self.setSubTitle(self.tr("The public employer using PEP's: a commune, a CCAS, a hospital…"))
        self.name_edit = line_edit("structureNameEdit")
        form = QFormLayout(self)
        form.addRow(self.tr("&Name of the structure"), self.name_edit)
        self.registerField("structure*", self.name_edit)


class AdministratorPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("administratorPage")
        self.setTitle(self.tr("First administrator"))
        self.setSubTitle(
            self.tr(
                "A structure always has at least one administrator, who manages the accounts. "
                "Two are recommended."
            )
        )
        self.nom_edit = line_edit("nomEdit")
        self.prenom_edit = line_edit("prenomEdit")
        self.email_edit = line_edit("emailEdit")
        self.login_edit = line_edit("loginEdit")
        self.password_edit = line_edit("passwordEdit", password=True)
        self.confirm_edit = line_edit("confirmEdit", password=True)
        self.error_label = error_label("setupErrorLabel")
        form = QFormLayout()
        form.addRow(self.tr("&Last name"), self.nom_edit)
        form.addRow(self.tr("&First name"), self.prenom_edit)
        form.addRow(self.tr("&Email"), self.email_edit)
        form.addRow(self.tr("L&ogin"), self.login_edit)
        form.addRow(self.tr("&Password"), self.password_edit)
        form.addRow(self.tr("&Confirm the password"), self.confirm_edit)
        hint = QLabel(
            self.tr("At least {count} characters, with letters and digits.").format(
                count=MIN_PASSWORD_LENGTH
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        for name, edit in (
            ("nom*", self.nom_edit),
            ("prenom*", self.prenom_edit),
            ("email*", self.email_edit),
            ("login*", self.login_edit),
            ("password*", self.password_edit),
            ("confirm*", self.confirm_edit),
        ):
            self.registerField(name, edit)
        self.prenom_edit.textEdited.connect(self._suggest_login)
        self.nom_edit.textEdited.connect(self._suggest_login)
        self._login_touched = False
        self.login_edit.textEdited.connect(self._mark_login_touched)

    def _mark_login_touched(self) -> None:
        self._login_touched = True

    def _suggest_login(self) -> None:
        if self._login_touched:
            return
        text = f"{self.prenom_edit.text()}.{self.nom_edit.text()}".strip().lower()
        text = text.replace("œ", "oe").replace("æ", "ae")  # ligatures have no decomposition
        ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        self.login_edit.setText("".join(c for c in ascii_text if c.isalnum() or c in ".-_"))

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)


class SetupWizard(QWizard):
    """Creates the structure when finished; `structure_id` is set on success."""

    def __init__(self, store: Store, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("PEP's Desktop – First start"))
        self._store = store
        self._clock = clock
        self.structure_id: int | None = None
        self.administrator_login = ""
        self.structure_page = StructurePage()
        self.administrator_page = AdministratorPage()
        self.addPage(self.structure_page)
        self.addPage(self.administrator_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create"))

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is not self.administrator_page:
            return super().validateCurrentPage()
        page = self.administrator_page
        if page.password_edit.text() != page.confirm_edit.text():
            page.show_error(self.tr("The two passwords differ."))
            return False
        identity = Identity(
            login=page.login_edit.text().strip().lower(),
            nom=page.nom_edit.text(),
            prenom=page.prenom_edit.text(),
            email=page.email_edit.text().strip(),
        )
        try:
            self.structure_id = create_structure(
                self._store,
                self._clock,
                self.structure_page.name_edit.text(),
                identity,
                page.password_edit.text(),
            )
        except UserError as error:
            page.show_error(str(error))
            return False
        self.administrator_login = identity.login
        return True
