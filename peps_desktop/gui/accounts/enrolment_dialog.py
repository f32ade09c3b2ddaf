"""Setting up an authenticator app: a QR code and the key to type, one code to confirm, then
the 10 recovery codes, shown once.

The dialog does not know what the code confirms (a sign-in, an activation, a change of app):
`confirm` is given the code and raises a UserError to refuse it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.accounts.second_factor import Enrolment
from peps_desktop.core.shared.totp import DIGITS, grouped
from peps_desktop.errors import UserError
from peps_desktop.gui.accounts.qr_code import QrCodeLabel
from peps_desktop.gui.shared.fields import error_label, line_edit, wrapped_label


def _monospace(label: QLabel, points: int = 12) -> None:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(points)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)


class EnrolmentDialog(QDialog):
    def __init__(
        self,
        enrolment: Enrolment,
        confirm: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enrolmentDialog")
        self.setWindowTitle(self.tr("Set up your authenticator app"))
        self.enrolment = enrolment
        self._confirm = confirm
        self.confirmed = False
        self.pages = QStackedWidget()
        self.pages.addWidget(self._scan_page())
        self.pages.addWidget(self._codes_page())
        self.buttons = QDialogButtonBox()
        self.next_button = self.buttons.addButton(
            self.tr("&Confirm"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.next_button.setObjectName("enrolmentConfirmButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.next_button.clicked.connect(self._next)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)
        self._update_buttons()

    def _scan_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("enrolmentScanPage")
        intro = wrapped_label(
            self.tr(
                "<h3>Protect your account with a second factor</h3>"
                "PEP's asks for a one-time code at your first sign-in on a computer, then every "
                "7 days, and before sensitive actions. Install an authenticator app on your "
                "professional phone (Microsoft Authenticator, FreeOTP, Google Authenticator…), "
                "then scan this QR code with it."
            )
        )
        qr = QrCodeLabel(
            self.enrolment.otpauth_uri,
            self.tr("QR code to scan with your authenticator app"),
        )
        key = QLabel(grouped(self.enrolment.secret))
        key.setObjectName("enrolmentKeyLabel")
        key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        _monospace(key, 11)
        manual = wrapped_label(
            self.tr(
                "No camera? In the app, choose to enter a key by hand, then type this key "
                "(account: {login}, time-based):"
            ).format(login=self.enrolment.login)
        )
        self.code_edit = line_edit("enrolmentCodeEdit")
        self.code_edit.setMaxLength(DIGITS + 2)
        self.code_edit.setPlaceholderText(self.tr("e.g. 123 456"))
        self.code_edit.textChanged.connect(self._update_buttons)
        self.error_label = error_label("enrolmentErrorLabel")
        form = QFormLayout()
        form.addRow(self.tr("&Code shown by the app"), self.code_edit)
        side = QVBoxLayout()
        side.addWidget(manual)
        side.addWidget(key)
        side.addSpacing(12)
        side.addLayout(form)
        side.addWidget(self.error_label)
        side.addStretch()
        row = QHBoxLayout()
        row.addWidget(qr)
        row.addSpacing(12)
        row.addLayout(side, 1)
        column = QVBoxLayout(page)
        column.addWidget(intro)
        column.addLayout(row)
        return page

    def _codes_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("enrolmentCodesPage")
        intro = wrapped_label(
            self.tr(
                "<h3>Your app is set up. Keep your recovery codes</h3>"
                "Without your phone, each of these codes replaces the app's code once. Write "
                "them down or print them, and keep them apart from your computer: they are "
                "shown only now."
            )
        )
        grid = QGridLayout()
        half = (len(self.enrolment.recovery_codes) + 1) // 2
        for index, code in enumerate(self.enrolment.recovery_codes):
            label = QLabel(code)
            label.setObjectName(f"recoveryCode{index}")
            _monospace(label)
            grid.addWidget(label, index % half, index // half)
        copy = QPushButton(self.tr("Co&py the codes"))
        copy.setObjectName("copyRecoveryCodesButton")
        copy.clicked.connect(self._copy_codes)
        self.kept_check = QCheckBox(self.tr("I have &written down my recovery codes"))
        self.kept_check.setObjectName("recoveryCodesKeptCheck")
        self.kept_check.toggled.connect(self._update_buttons)
        column = QVBoxLayout(page)
        column.addWidget(intro)
        column.addLayout(grid)
        column.addWidget(copy)
        column.addWidget(self.kept_check)
        column.addStretch()
        return page

    def _copy_codes(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.enrolment.recovery_codes))

    def _update_buttons(self) -> None:
        if self.pages.currentIndex() == 0:
            self.next_button.setEnabled(bool(self.code_edit.text().strip()))
        else:
            self.next_button.setEnabled(self.kept_check.isChecked())

    def _next(self) -> None:
        if self.pages.currentIndex() == 1:
            self.accept()
            return
        try:
            self._confirm(self.code_edit.text().strip())
        except UserError as error:
            self.code_edit.clear()
            self.code_edit.setFocus()
            self.error_label.setText(str(error))
            self.error_label.setVisible(True)
            return
        self.confirmed = True
        self.pages.setCurrentIndex(1)
        self.next_button.setText(self.tr("&Finish"))
        self.cancel_button.setVisible(False)
        self._update_buttons()

    def reject(self) -> None:
        if self.confirmed:
            return  # the app is set up: the recovery codes must be seen before closing
        super().reject()
