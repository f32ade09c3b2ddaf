"""The sign-in dialog: login + password, 'Se souvenir de moi' through the OS keyring; then the
second factor: a code on a new computer (or after 7 days), or the enrolment of an
authenticator app for an account that has none yet."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.accounts.second_factor import (
    Enrolment,
    EnrolmentRequired,
    SecondFactorRequired,
)
from peps_desktop.core.accounts.second_factor_sign_in import SecondFactor
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared import credentials
from peps_desktop.core.shared.clock import Clock
from peps_desktop.errors import AuthenticationError, NotActivated
from peps_desktop.gui.accounts.activation_dialog import ActivationDialog
from peps_desktop.gui.accounts.code_prompt import CODE_MAX_LENGTH
from peps_desktop.gui.accounts.enrolment_dialog import EnrolmentDialog
from peps_desktop.gui.settings.preferences import AppSettings
from peps_desktop.gui.shared.fields import line_edit
from peps_desktop.gui.shared.forms import child, load_form
from peps_desktop.store import Store


class SignInDialog(QDialog):
    def __init__(
        self,
        store: Store,
        clock: Clock,
        settings: AppSettings,
        store_key: str,
        structure_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("PEP's Desktop – Sign in"))
        self._store = store
        self._clock = clock
        self._settings = settings
        self._store_key = store_key
        self.signed_in: SignedIn | None = None
        # Set when "remember me" was asked but no keyring could keep the password.
        self.remember_failed = False
        # Set when a recovery code was used to sign in: how many are left.
        self.recovery_codes_left: int | None = None
        self._keyring = True

        form = load_form("signin_form", self)
        self.login_edit = child(form, QLineEdit, "loginEdit")
        self.password_edit = child(form, QLineEdit, "passwordEdit")
        self.remember_check = child(form, QCheckBox, "rememberCheck")
        self.error_label = child(form, QLabel, "errorLabel")
        self.keyring_label = child(form, QLabel, "keyringLabel")
        self.info_label = child(form, QLabel, "infoLabel")
        self.activation_button = child(form, QPushButton, "activationButton")
        self.activation_button.clicked.connect(self.open_activation)
        child(form, QLabel, "structureLabel").setText(structure_name)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign in"))
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        # The second factor's code, under the password: shown when it is asked.
        self.code_label = QLabel(self.tr("&Code"))
        self.code_edit = line_edit("signInCodeEdit")
        self.code_edit.setMaxLength(CODE_MAX_LENGTH)
        self.code_edit.setPlaceholderText(self.tr("6 digits or a recovery code"))
        self.code_label.setBuddy(self.code_edit)
        fields = form.findChild(QFormLayout, "fieldsLayout")
        assert isinstance(fields, QFormLayout), "signin_form.ui has no fieldsLayout"
        self._fields = fields
        self._fields.addRow(self.code_label, self.code_edit)
        self.show_code_field(False)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._prefill()

    def _prefill(self) -> None:
        self._keyring = credentials.keyring_available()
        if not self._keyring:
            self.remember_check.setEnabled(False)
            self.keyring_label.setText(
                self.tr(
                    "This computer has no password keyring: your password cannot be remembered."
                )
            )
            self.keyring_label.setVisible(True)
        login = self._settings.last_login
        self.login_edit.setText(login)
        if login and self._settings.remember:
            remembered = credentials.recall(self._store_key, login)
            if remembered is not None:
                self.password_edit.setText(remembered)
                self.remember_check.setChecked(True)
        (self.password_edit if login else self.login_edit).setFocus()

    def show_error(self, message: str) -> None:
        self.info_label.setVisible(False)
        self.error_label.setText(message)
        self.error_label.setVisible(True)
        self.adjustSize()

    def show_info(self, message: str) -> None:
        self.error_label.setVisible(False)
        self.info_label.setText(message)
        self.info_label.setVisible(True)
        self.adjustSize()

    def new_activation_dialog(self) -> ActivationDialog:
        return ActivationDialog(
            self._store, self._clock, self.login_edit.text().strip().lower(), self, self._store_key
        )

    def open_activation(self) -> None:
        dialog = self.new_activation_dialog()
        dialog.accepted.connect(lambda: self.activated(dialog.activated_login))
        dialog.exec()
        dialog.deleteLater()

    def activated(self, login: str | None) -> None:
        """The password is chosen: the login is filled in, the password is asked."""
        if not login:
            return
        self.login_edit.setText(login)
        self.password_edit.clear()
        self.password_edit.setFocus()
        self.show_info(
            self.tr("Your password and your authenticator app are set. Sign in with your password.")
        )

    def attempt(self) -> None:
        login = self.login_edit.text().strip().lower()
        password = self.password_edit.text()
        if not login or not password:
            self.show_error(self.tr("Enter your login and your password."))
            return
        factor = self._second_factor(login)
        try:
            self.signed_in = sign_in(self._store, self._clock, login, password, factor)
        except EnrolmentRequired as required:
            enrolled = self.enrol(required.enrolment, login, password)
            if enrolled is None:
                self.show_error(
                    self.tr("Your authenticator app is not set up yet: sign in again to do it.")
                )
                return
            factor = enrolled
        except SecondFactorRequired as needed:
            self.show_code_field(True)
            self.code_edit.setFocus()
            self.show_info(str(needed))
            return
        except AuthenticationError as error:
            self.code_edit.clear()
            if self.code_edit.isVisible() and self.password_edit.text():
                # The password was right: only the code is asked again.
                self.code_edit.setFocus()
                self.show_error(str(error))
                return
            self.password_edit.clear()
            self.password_edit.setFocus()
            self.show_error(str(error))
            if isinstance(error, NotActivated):
                self.activation_button.setFocus()
                self.activation_button.setText(
                    self.tr("I have an &activation code: choose my password now")
                )
            return
        self._settings.last_login = login
        self._keep_or_forget(login, password)
        self._keep_device(login, factor)
        self.accept()

    def show_code_field(self, shown: bool) -> None:
        self._fields.setRowVisible(self.code_edit, shown)

    def _second_factor(self, login: str) -> SecondFactor:
        return SecondFactor(
            code=self.code_edit.text().strip() or None,
            device_token=credentials.recall_device(self._store_key, login),
            remember_device=self._keyring,
        )

    def _keep_device(self, login: str, factor: SecondFactor) -> None:
        if factor.new_device_token is not None:
            credentials.remember_device(self._store_key, login, factor.new_device_token)
        self.recovery_codes_left = factor.recovery_codes_left

    def new_enrolment_dialog(
        self, enrolment: Enrolment, confirm: Callable[[str], None]
    ) -> EnrolmentDialog:
        return EnrolmentDialog(enrolment, confirm, self)

    def enrol(self, enrolment: Enrolment, login: str, password: str) -> SecondFactor | None:
        """The account's first authenticator: its first code signs in. The factor that
        signed in, or None if the person gave up."""
        confirmed: list[SecondFactor] = []

        def confirm(code: str) -> None:
            factor = self._second_factor(login)
            factor.code = code
            self.signed_in = sign_in(self._store, self._clock, login, password, factor)
            confirmed.append(factor)

        dialog = self.new_enrolment_dialog(enrolment, confirm)
        dialog.exec()
        dialog.deleteLater()
        return confirmed[0] if confirmed and self.signed_in is not None else None

    def _keep_or_forget(self, login: str, password: str) -> None:
        wanted = self.remember_check.isChecked()
        self._settings.remember = wanted
        if not wanted:
            credentials.forget(self._store_key, login)
        elif not credentials.remember(self._store_key, login, password):
            self._settings.remember = False
            self.remember_failed = True
