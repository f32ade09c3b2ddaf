"""First sign-in, or a forgotten password: choose a password with the one-time code, and set
up an authenticator app.

The administrator gave the code and never knows the password; the core checks the code and
the password's strength (`activate_account`), then the app's first code sets the password.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.accounts.activation import ActivationStep, activate_account
from peps_desktop.core.accounts.rules import MIN_PASSWORD_LENGTH, check_password_strength
from peps_desktop.core.accounts.second_factor import Enrolment
from peps_desktop.core.accounts.second_factor_sign_in import SecondFactor
from peps_desktop.core.shared import credentials
from peps_desktop.core.shared.clock import Clock
from peps_desktop.errors import UserError
from peps_desktop.gui.accounts.enrolment_dialog import EnrolmentDialog
from peps_desktop.gui.shared.fields import error_label, line_edit
from peps_desktop.gui.shared.tasks import TaskRunner
from peps_desktop.store import Store


class ActivationDialog(QDialog):
    """`activated_login` is set once the password is chosen and the app set up."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        login: str = "",
        parent: QWidget | None = None,
        store_key: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("activationDialog")
        self.setWindowTitle(self.tr("PEP's Desktop – Activate your account"))
        self._store = store
        self._clock = clock
        self._store_key = store_key
        self.activated_login: str | None = None
        self.runner = TaskRunner(self)
        self.runner.refused.connect(self.show_error)
        self.runner.finished.connect(self._idle)

        intro = QLabel(
            self.tr(
                "<h3>Choose your password</h3>Enter your login and the activation code an "
                "administrator of your structure gave you, then choose your password. Nobody "
                "else will know it. You will then set up an authenticator app on your phone."
            )
        )
        intro.setWordWrap(True)
        self.login_edit = line_edit("activationLoginEdit")
        self.login_edit.setText(login)
        self.login_edit.setPlaceholderText(self.tr("firstname.lastname"))
        self.code_edit = line_edit("activationCodeEdit")
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX")
        self.password_edit = line_edit("newPasswordEdit", password=True)
        self.confirm_edit = line_edit("confirmNewPasswordEdit", password=True)
        self.strength_label = QLabel()
        self.strength_label.setObjectName("passwordStrengthLabel")
        self.strength_label.setWordWrap(True)
        self.strength_label.setStyleSheet("color: #5a6470;")
        self.strength_label.setText(
            self.tr("At least {count} characters, with letters and digits.").format(
                count=MIN_PASSWORD_LENGTH
            )
        )
        self.password_edit.textChanged.connect(self._check_strength)
        form = QFormLayout()
        form.addRow(self.tr("&Login"), self.login_edit)
        form.addRow(self.tr("Activation &code"), self.code_edit)
        form.addRow(self.tr("&New password"), self.password_edit)
        form.addRow("", self.strength_label)
        form.addRow(self.tr("&Confirm the password"), self.confirm_edit)
        self.error_label = error_label("activationErrorLabel")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Next"))
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        (self.code_edit if login else self.login_edit).setFocus()

    def _check_strength(self, password: str) -> None:
        try:
            check_password_strength(password)
        except UserError as error:
            self.strength_label.setText(str(error))
            self.strength_label.setStyleSheet("color: #5a6470;")
        else:
            self.strength_label.setText(self.tr("This password is strong enough."))
            self.strength_label.setStyleSheet("color: #1e6b34;")

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def attempt(self) -> None:
        login = self.login_edit.text().strip().lower()
        code = self.code_edit.text().strip()
        password = self.password_edit.text()
        if not login or not code or not password:
            self.show_error(self.tr("Enter your login, your activation code and a password."))
            return
        if password != self.confirm_edit.text():
            self.confirm_edit.clear()
            self.confirm_edit.setFocus()
            self.show_error(self.tr("The two passwords differ."))
            return
        self.error_label.hide()
        store, clock = self._store, self._clock
        if self.runner.run(
            lambda: activate_account(store, clock, login, code, password),
            lambda step: self._enrol(step, code, password),
        ):
            self.buttons.setEnabled(False)
            self.setCursor(Qt.CursorShape.BusyCursor)

    def new_enrolment_dialog(
        self, enrolment: Enrolment, confirm: Callable[[str], None]
    ) -> EnrolmentDialog:
        return EnrolmentDialog(enrolment, confirm, self)

    def _enrol(self, step: ActivationStep, code: str, password: str) -> None:
        """The code was right: the app's first code now sets the password."""
        assert step.enrolment is not None
        store, clock, login = self._store, self._clock, step.login
        keyring = self._store_key is not None and credentials.keyring_available()
        device = SecondFactor(
            device_token=(
                credentials.recall_device(self._store_key, login) if self._store_key else None
            ),
            remember_device=keyring,
        )

        def confirm(first_code: str) -> None:
            done = activate_account(store, clock, login, code, password, first_code, device)
            if self._store_key is not None and done.device_token is not None and keyring:
                credentials.remember_device(self._store_key, login, done.device_token)

        dialog = self.new_enrolment_dialog(step.enrolment, confirm)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted or dialog.confirmed
        dialog.deleteLater()
        if accepted:
            self._activated(login)
        else:
            self.show_error(
                self.tr(
                    "Your account is not activated yet: set up your authenticator app to finish. "
                    "Your activation code still works."
                )
            )

    def _activated(self, login: str) -> None:
        self.activated_login = login
        self.password_edit.clear()
        self.confirm_edit.clear()
        self.accept()

    def _idle(self) -> None:
        self.buttons.setEnabled(True)
        self.unsetCursor()

    def reject(self) -> None:
        if not self.runner.busy:
            super().reject()
