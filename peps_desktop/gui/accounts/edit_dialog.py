"""Modify an account: correct its contact details, change its profile and rights.

Only what changed is sent to the core, with the version the row was read at, so a change
made meanwhile by another administrator is reported instead of overwritten. Every change
is confirmed with a code of the acting administrator's authenticator app.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.accounts.account_list import AccountRow, account_row
from peps_desktop.core.accounts.admin import AccountChanges, modify_account
from peps_desktop.core.accounts.conflicts import ChangedMeanwhile
from peps_desktop.core.accounts.overview import ServiceLabel
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.services import RIGHT_AUCUN
from peps_desktop.gui.accounts.code_prompt import CodePrompt
from peps_desktop.gui.accounts.identity_fields import IdentityFields
from peps_desktop.gui.accounts.profile_choice import ProfileChoice
from peps_desktop.gui.accounts.rights_matrix import RightsMatrix
from peps_desktop.gui.accounts.words import status_label
from peps_desktop.gui.shared.fields import error_label
from peps_desktop.gui.shared.tasks import TaskRunner
from peps_desktop.store import Store


def _changed(new: str, old: str | None) -> str | None:
    return new if new != (old or "") else None


class EditAccountDialog(QDialog):
    def __init__(
        self,
        store: Store,
        clock: Clock,
        user: SignedIn,
        row: AccountRow,
        services: list[ServiceLabel],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editAccountDialog")
        self.setWindowTitle(self.tr("Modify the account {login}").format(login=row.login))
        self._store = store
        self._clock = clock
        self._user = user
        self.row = row
        self.runner = TaskRunner(self)
        self.runner.refused.connect(self.show_error)
        self.runner.finished.connect(lambda: self._set_busy(False))

        self.heading = QLabel()
        self.identity = IdentityFields()
        personal = QLabel(
            self.tr(
                "Correct a misspelt name here. For another person, create a new account: an "
                "account is never given to someone else."
            )
        )
        personal.setWordWrap(True)
        personal.setStyleSheet("color: #5a6470;")
        identity_box = QGroupBox(self.tr("Identity and contact"))
        identity_layout = QVBoxLayout(identity_box)
        identity_layout.addWidget(self.identity)
        identity_layout.addWidget(personal)

        self.profile = ProfileChoice()
        profile_box = QGroupBox(self.tr("Profile"))
        QVBoxLayout(profile_box).addWidget(self.profile)

        self.matrix = RightsMatrix(services)
        self.load_row(row)
        rights_box = QGroupBox(self.tr("Rights per service"))
        QVBoxLayout(rights_box).addWidget(self.matrix)

        content = QWidget()
        columns = QHBoxLayout(content)
        left = QVBoxLayout()
        left.addWidget(identity_box)
        left.addWidget(profile_box)
        left.addStretch()
        identity_box.setMinimumWidth(420)
        columns.addLayout(left, 2)
        columns.addWidget(rights_box, 3)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields it holds
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)

        self.error_label = error_label("editErrorLabel")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.identity.changed.connect(self._update_save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(1100, 660)

    def load_row(self, row: AccountRow) -> None:
        """Show the account as read: at opening, and again when another seat changed it."""
        self.row = row
        self.heading.setText(
            self.tr("<b>{login}</b> · {status} · expires on {date}").format(
                login=row.login,
                status=status_label(row.status),
                date=row.expires_on.strftime("%d/%m/%Y"),
            )
        )
        self.identity.set_values(row.nom, row.prenom, row.email, row.telephone)
        self.profile.set_profile(row.profile)
        self.matrix.set_rights(row.rights)

    def changes(self) -> AccountChanges:
        row = self.row
        profile = self.profile.profile()
        rights = self.matrix.rights()
        rights_changed = any(
            row.rights.get(code, RIGHT_AUCUN) != level for code, level in rights.items()
        )
        return AccountChanges(
            nom=_changed(self.identity.nom(), row.nom),
            prenom=_changed(self.identity.prenom(), row.prenom),
            email=_changed(self.identity.email(), row.email),
            telephone=_changed(self.identity.telephone(), row.telephone),
            profile=profile if profile != row.profile else None,
            rights=rights if rights_changed else None,
            expected_version=row.version,
        )

    def ask_code(self) -> str | None:
        return CodePrompt.ask(self.tr("Modifying an account"), self._user.login, self)

    def _update_save(self) -> None:
        self.save_button.setEnabled(self.identity.is_complete() and not self.runner.busy)

    def save(self) -> None:
        changes = self.changes()
        if changes == AccountChanges(expected_version=self.row.version):
            self.accept()  # nothing changed
            return
        code = self.ask_code()
        if code is None:
            return
        store, clock, user, login = self._store, self._clock, self._user, self.row.login
        self.error_label.hide()
        self._set_busy(True)

        def save_or_read_again() -> tuple[str, AccountRow] | None:
            try:
                modify_account(store, clock, user, login, changes, code)
            except ChangedMeanwhile as changed:
                return str(changed), account_row(store, clock, user, changed.login)
            return None

        self.runner.run(save_or_read_again, self._saved)

    def _saved(self, conflict: tuple[str, AccountRow] | None) -> None:
        if conflict is None:
            self.accept()
            return
        message, row = conflict
        self.load_row(row)
        self.show_error(message)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
            self._update_save()

    def reject(self) -> None:
        if not self.runner.busy:
            super().reject()
