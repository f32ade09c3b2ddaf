"""Changer mon mot de passe: the current password, the new one twice (the same strength rules
as at activation), and a code of the authenticator app."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.accounts.my_account import change_password
from peps_desktop.core.accounts.rules import MIN_PASSWORD_LENGTH
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import Clock
from peps_desktop.gui.accounts.code_prompt import CODE_MAX_LENGTH
from peps_desktop.gui.shared.fields import error_label, line_edit, wrapped_label
from peps_desktop.gui.shared.tasks import TaskRunner
from peps_desktop.store import Store


class PasswordChangeDialog(QDialog):
    """`new_password` is set once the change is written (to update a remembered one)."""

    def __init__(
        self, store: Store, clock: Clock, user: SignedIn, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passwordChangeDialog")
        self.setWindowTitle(self.tr("Change my password"))
        self._store, self._clock, self._user = store, clock, user
        self.new_password: str | None = None
        self.runner = TaskRunner(self)
        self.runner.refused.connect(self._refused)
        self.runner.finished.connect(self.unsetCursor)
        self.current_edit = line_edit("currentPasswordEdit", password=True)
        self.new_edit = line_edit("changedPasswordEdit", password=True)
        self.again_edit = line_edit("changedPasswordAgainEdit", password=True)
        self.code_edit = line_edit("passwordCodeEdit")
        self.code_edit.setMaxLength(CODE_MAX_LENGTH)
        self.code_edit.setPlaceholderText(self.tr("e.g. 123 456"))
        rules = wrapped_label(
            self.tr("At least {count} characters, with letters and digits.").format(
                count=MIN_PASSWORD_LENGTH
            )
        )
        rules.setStyleSheet("color: #5a6470;")
        form = QFormLayout()
        form.addRow(self.tr("C&urrent password"), self.current_edit)
        form.addRow(self.tr("&New password"), self.new_edit)
        form.addRow("", rules)
        form.addRow(self.tr("New password &again"), self.again_edit)
        form.addRow(self.tr("&Code of your app"), self.code_edit)
        self.error_label = error_label("passwordChangeErrorLabel")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Change my password")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def save(self) -> None:
        if self.runner.busy:
            return
        new = self.new_edit.text()
        if new != self.again_edit.text():
            self.again_edit.clear()
            self.again_edit.setFocus()
            self.error_label.setText(self.tr("The two new passwords differ."))
            return
        store, clock, user = self._store, self._clock, self._user
        current, code = self.current_edit.text(), self.code_edit.text().strip()
        self.error_label.setText("")
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.runner.run(
            lambda: change_password(store, clock, user, current, code, new),
            lambda _none: self._changed(new),
        )

    def _changed(self, new: str) -> None:
        self.new_password = new
        for edit in (self.current_edit, self.new_edit, self.again_edit, self.code_edit):
            edit.clear()
        self.accept()

    def _refused(self, message: str) -> None:
        self.code_edit.clear()
        self.error_label.setText(message)

    def reject(self) -> None:
        if not self.runner.busy:
            super().reject()
