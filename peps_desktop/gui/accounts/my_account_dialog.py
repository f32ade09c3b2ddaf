"""Mon compte, from the badge's menu: my identity and rights (read-only), my contact details,
my password, my authenticator app and recovery codes, my sign-ins and trusted computers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.accounts.contact_details import EMAIL, TELEPHONE
from peps_desktop.core.accounts.devices import DeviceRow, revoke_device
from peps_desktop.core.accounts.enrolment import (
    finish_authenticator_change,
    start_authenticator_change,
)
from peps_desktop.core.accounts.my_account import MyAccount, my_account
from peps_desktop.core.accounts.second_factor import Enrolment
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.phone_numbers import display_telephone
from peps_desktop.errors import UserError
from peps_desktop.gui.accounts.code_prompt import CodePrompt
from peps_desktop.gui.accounts.contact_details_dialog import ContactDetailsDialog
from peps_desktop.gui.accounts.enrolment_dialog import EnrolmentDialog
from peps_desktop.gui.accounts.password_change_dialog import PasswordChangeDialog
from peps_desktop.gui.accounts.words import profile_label, right_label, status_label
from peps_desktop.gui.shared.fields import error_label, wrapped_label
from peps_desktop.gui.shared.focus_ring import FOCUS_COLOUR
from peps_desktop.store import Store

DATE_TIME = "%d/%m/%Y %H:%M"
MISSING_STYLE = "color: #b00020; font-weight: bold;"


def _table(name: str, accessible_name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(accessible_name)
    table.setTabKeyNavigation(False)  # Tab leaves the table: the arrows move in it
    # Without a current row, nothing else would show that the keyboard is on the table.
    table.setStyleSheet(f"QTableWidget:focus {{ border: 2px solid {FOCUS_COLOUR}; }}")
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class MyAccountDialog(QDialog):
    password_changed = Signal(str)  # the new password, to update a remembered one
    device_revoked = Signal()

    def __init__(
        self, store: Store, clock: Clock, user: SignedIn, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("myAccountDialog")
        self.setWindowTitle(self.tr("My account"))
        self._store, self._clock, self._user = store, clock, user
        self.account: MyAccount = my_account(store, clock, user)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("myAccountTabs")
        self.error_label = error_label("myAccountErrorLabel")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(760, 560)
        self._fill()

    # --- pages ---------------------------------------------------------------------------------

    def _fill(self) -> None:
        current = self.tabs.currentIndex()
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if page is not None:
                page.setParent(None)  # out of the dialog at once: its labels are replaced
                page.deleteLater()
        self.tabs.addTab(self._identity_page(), self.tr("&Identity and rights"))
        self.tabs.addTab(self._security_page(), self.tr("&Security"))
        self.tabs.addTab(self._devices_page(), self.tr("My &devices"))
        self.tabs.setCurrentIndex(max(current, 0))

    def _identity_page(self) -> QWidget:
        mine = self.account
        page = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("Name"), QLabel(f"{mine.prenom} {mine.nom}"))
        form.addRow(self.tr("Login"), QLabel(mine.login))
        form.addRow(self.tr("Profile"), QLabel(profile_label(mine.profile)))
        form.addRow(self.tr("Status"), QLabel(status_label(mine.status)))
        form.addRow(self.tr("Expires on"), QLabel(mine.expires_on.strftime("%d/%m/%Y")))
        form.addRow(self.tr("E-mail"), self._contact_label(mine.email, EMAIL))
        form.addRow(
            self.tr("Telephone"),
            self._contact_label(display_telephone(mine.telephone), TELEPHONE),
        )
        edit = QPushButton(self.tr("Change my &contact details…"))
        edit.setObjectName("changeContactButton")
        edit.clicked.connect(self.change_contact_details)
        rights = _table(
            "myRightsTable", self.tr("My rights"), [self.tr("Service"), self.tr("Right")]
        )
        for code, level in sorted(mine.rights.items()):
            row = rights.rowCount()
            rights.insertRow(row)
            rights.setItem(row, 0, QTableWidgetItem(code))
            rights.setItem(row, 1, QTableWidgetItem(right_label(level)))
        column = QVBoxLayout(page)
        column.addLayout(form)
        column.addWidget(edit, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(wrapped_label(self.tr("<b>My rights per service</b> (read-only)")))
        column.addWidget(rights, 1)
        return page

    def _contact_label(self, text: str, kind: str) -> QLabel:
        if kind in self.account.contact_problems:
            label = QLabel(
                self.tr("{value} — to complete").format(value=text)
                if text
                else self.tr("missing: to complete")
            )
            label.setStyleSheet(MISSING_STYLE)
        else:
            label = QLabel(text)
        label.setObjectName(f"my{kind.title()}Label")
        return label

    def _security_page(self) -> QWidget:
        mine = self.account
        page = QWidget()
        password = QPushButton(self.tr("Change my &password…"))
        password.setObjectName("changePasswordButton")
        password.clicked.connect(self.change_password)
        authenticator = QPushButton(self.tr("Change my &authenticator app…"))
        authenticator.setObjectName("changeAuthenticatorButton")
        authenticator.clicked.connect(self.change_authenticator)
        self.recovery_label = wrapped_label(
            self.tr(
                "Recovery codes left: <b>{count}</b> of 10. Each replaces a code of your app "
                "once; changing your app gives you 10 new ones."
            ).format(count=mine.recovery_codes_left),
            "recoveryCodesLeftLabel",
        )
        sign_ins = _table(
            "lastSignInsTable", self.tr("My last sign-ins"), [self.tr("Last sign-ins")]
        )
        for at in mine.last_sign_ins:
            row = sign_ins.rowCount()
            sign_ins.insertRow(row)
            sign_ins.setItem(row, 0, QTableWidgetItem(at.strftime(DATE_TIME)))
        buttons = QHBoxLayout()
        buttons.addWidget(password)
        buttons.addWidget(authenticator)
        buttons.addStretch()
        column = QVBoxLayout(page)
        column.addLayout(buttons)
        column.addWidget(self.recovery_label)
        column.addWidget(sign_ins, 1)
        return page

    def _devices_page(self) -> QWidget:
        page = QWidget()
        intro = wrapped_label(
            self.tr(
                "On these computers, no code is asked at sign-in for 7 days after a code was "
                "entered. Revoke one you no longer use or do not recognise."
            )
        )
        self.devices_table = _table(
            "myDevicesTable",
            self.tr("My trusted computers"),
            [
                self.tr("Computer"),
                self.tr("Added on"),
                self.tr("Last used"),
                self.tr("No code until"),
            ],
        )
        self._devices: list[DeviceRow] = list(self.account.devices)
        for device in self._devices:
            row = self.devices_table.rowCount()
            self.devices_table.insertRow(row)
            for cell, text in enumerate(
                (
                    device.label,
                    device.created_at.strftime(DATE_TIME),
                    device.last_used_at.strftime(DATE_TIME),
                    device.trusted_until.strftime(DATE_TIME),
                )
            ):
                self.devices_table.setItem(row, cell, QTableWidgetItem(text))
        revoke = QPushButton(self.tr("&Revoke this computer"))
        revoke.setObjectName("revokeDeviceButton")
        revoke.setEnabled(False)
        self.devices_table.itemSelectionChanged.connect(
            lambda: revoke.setEnabled(bool(self.devices_table.selectedItems()))
        )
        revoke.clicked.connect(self.revoke_selected_device)
        column = QVBoxLayout(page)
        column.addWidget(intro)
        column.addWidget(self.devices_table, 1)
        column.addWidget(revoke, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    # --- actions -------------------------------------------------------------------------------

    def reload(self) -> None:
        self.account = my_account(self._store, self._clock, self._user)
        self._fill()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)

    def change_contact_details(self) -> None:
        mine = self.account
        dialog = ContactDetailsDialog(
            self._store, self._clock, self._user, mine.email, mine.telephone, parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
        dialog.deleteLater()

    def change_password(self) -> None:
        dialog = PasswordChangeDialog(self._store, self._clock, self._user, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.new_password is not None:
            self.password_changed.emit(dialog.new_password)
            self.show_error("")
        dialog.deleteLater()

    def ask_code(self, action: str) -> str | None:
        """A code of the current app, or None if cancelled (tests replace this)."""
        return CodePrompt.ask(action, self._user.login, self)

    def new_enrolment_dialog(
        self, enrolment: Enrolment, confirm: Callable[[str], None]
    ) -> EnrolmentDialog:
        return EnrolmentDialog(enrolment, confirm, self)

    def change_authenticator(self) -> None:
        code = self.ask_code(self.tr("Changing your authenticator app"))
        if code is None:
            return
        store, clock, user = self._store, self._clock, self._user
        try:
            enrolment = start_authenticator_change(store, clock, user, code)
        except UserError as error:
            self.show_error(str(error))
            return
        dialog = self.new_enrolment_dialog(
            enrolment, lambda first: finish_authenticator_change(store, clock, user, first)
        )
        dialog.exec()
        if dialog.confirmed:
            self.show_error("")
            self.reload()
        dialog.deleteLater()

    def revoke_selected_device(self) -> None:
        rows = {index.row() for index in self.devices_table.selectedIndexes()}
        if len(rows) != 1:
            return
        device = self._devices[rows.pop()]
        try:
            revoke_device(self._store, self._clock, self._user, device.id)
        except UserError as error:
            self.show_error(str(error))
            return
        self.device_revoked.emit()
        self.reload()
        self.tabs.setCurrentIndex(2)
