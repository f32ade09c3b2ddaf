"""The sign-in dialog: login + password, 'Se souvenir de moi' through the OS keyring."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared import credentials
from peps_desktop.core.shared.clock import Clock
from peps_desktop.errors import AuthenticationError, NotActivated
from peps_desktop.gui.accounts.activation_dialog import ActivationDialog
from peps_desktop.gui.settings.preferences import AppSettings
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
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._prefill()

    def _prefill(self) -> None:
        if not credentials.keyring_available():
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
            self._store, self._clock, self.login_edit.text().strip().lower(), self
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
        self.show_info(self.tr("Your password is set. Sign in with it."))

    def attempt(self) -> None:
        login = self.login_edit.text().strip().lower()
        password = self.password_edit.text()
        if not login or not password:
            self.show_error(self.tr("Enter your login and your password."))
            return
        try:
            self.signed_in = sign_in(self._store, self._clock, login, password)
        except AuthenticationError as error:
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
        self.accept()

    def _keep_or_forget(self, login: str, password: str) -> None:
        wanted = self.remember_check.isChecked()
        self._settings.remember = wanted
        if not wanted:
            credentials.forget(self._store_key, login)
        elif not credentials.remember(self._store_key, login, password):
            self._settings.remember = False
            self.remember_failed = True
