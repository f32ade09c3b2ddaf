"""Settings: the interface language (French by default, English on request), the courrier
drop folder, how requests to the funds are sent (an outbox folder, or a mail server whose
password goes to the system keyring, never to the settings file), and notifications."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.contact.mail import parse_address
from peps_desktop.core.contact.transports import SmtpSecurity
from peps_desktop.core.shared.clock import Clock, SystemClock
from peps_desktop.core.shared.credentials import (
    keyring_available,
    save_smtp_password,
    smtp_password,
)
from peps_desktop.core.shared.store_choice import current_choice
from peps_desktop.errors import UserError
from peps_desktop.gui.contact.sending import SendingSettings
from peps_desktop.gui.notifications.core_api import KINDS
from peps_desktop.gui.notifications.views import kind_label
from peps_desktop.gui.settings.preferences import SEND_BY_OUTBOX, SEND_BY_SMTP, AppSettings
from peps_desktop.gui.settings.send_test import SendTest
from peps_desktop.gui.settings.store_dialog import StoreChoiceDialog
from peps_desktop.gui.shared.forms import child, load_form
from peps_desktop.gui.shared.translations import ENGLISH, FRENCH


class SettingsDialog(QDialog):
    def __init__(
        self, settings: AppSettings, parent: QWidget | None = None, clock: Clock | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._clock = clock or SystemClock()
        form = load_form("settings_form", self)
        self.language_combo = child(form, QComboBox, "languageCombo")
        # Each language is named in itself, so anyone can find their way back.
        self.language_combo.addItem("Français", FRENCH)
        self.language_combo.addItem("English", ENGLISH)
        self.language_combo.setCurrentIndex(self.language_combo.findData(settings.language))
        self.drop_folder_edit = child(form, QLineEdit, "dropFolderEdit")
        self.drop_folder_edit.setText(str(settings.drop_folder or ""))
        self.drop_folder_error = child(form, QLabel, "dropFolderError")
        child(form, QPushButton, "dropFolderBrowse").clicked.connect(self._choose_drop_folder)
        self._build_sending(form)
        self._build_notifications(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(self._build_store())
        layout.addWidget(buttons)

    def _build_store(self) -> QGroupBox:
        box = QGroupBox(self.tr("Where the data lives"))
        box.setObjectName("storeBox")
        self.store_label = QLabel()
        self.store_label.setObjectName("storeLabel")
        self.store_label.setWordWrap(True)
        change = QPushButton(self.tr("C&hange…"))
        change.setObjectName("storeChangeButton")
        change.clicked.connect(self._change_store)
        row = QHBoxLayout(box)
        row.addWidget(self.store_label, 1)
        row.addWidget(change)
        self._describe_store()
        return box

    def _describe_store(self) -> None:
        choice = current_choice()
        if choice.server is None:
            text = self.tr("Local base on this computer")
        else:
            text = self.tr("The structure's server: {server}").format(
                server=choice.server.describe()
            )
        if choice.origin == "machine":
            text += " " + self.tr("(set for every user of this computer)")
        self.store_label.setText(text)

    def _change_store(self) -> None:
        dialog = StoreChoiceDialog(current_choice(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._describe_store()

    def _build_sending(self, form: QWidget) -> None:
        settings = self._settings
        self.recipient_edit = child(form, QLineEdit, "recipientEdit")
        self.recipient_edit.setText(settings.contact_recipient)
        self.send_method_combo = child(form, QComboBox, "sendMethodCombo")
        self.send_method_combo.addItem(
            self.tr("An outbox folder (.eml files to send by hand)"), SEND_BY_OUTBOX
        )
        self.send_method_combo.addItem(self.tr("A mail server (SMTP)"), SEND_BY_SMTP)
        self.send_method_combo.setCurrentIndex(
            self.send_method_combo.findData(settings.send_method)
        )
        self.outbox_folder_edit = child(form, QLineEdit, "outboxFolderEdit")
        self.outbox_folder_edit.setPlaceholderText(str(settings.default_outbox_folder))
        self.outbox_folder_edit.setText(str(settings.outbox_folder))
        self.outbox_folder_browse = child(form, QPushButton, "outboxFolderBrowse")
        self.outbox_folder_browse.clicked.connect(self._choose_outbox_folder)
        self.smtp_host_edit = child(form, QLineEdit, "smtpHostEdit")
        self.smtp_host_edit.setText(settings.smtp_host)
        self.smtp_port_spin = child(form, QSpinBox, "smtpPortSpin")
        self.smtp_port_spin.setValue(settings.smtp_port)
        self.smtp_username_edit = child(form, QLineEdit, "smtpUsernameEdit")
        self.smtp_username_edit.setText(settings.smtp_username)
        self.smtp_password_edit = child(form, QLineEdit, "smtpPasswordEdit")
        self._build_security(form)
        self.keyring_note = child(form, QLabel, "smtpKeyringNote")
        self.sending_error = child(form, QLabel, "sendingError")
        self._keyring = keyring_available()
        if self._keyring:
            saved = settings.smtp_username and smtp_password(
                settings.smtp_host, settings.smtp_username
            )
            self.smtp_password_edit.setPlaceholderText(
                self.tr("Saved in the system keyring: type to replace it")
                if saved
                else self.tr("Kept in the system keyring")
            )
        else:
            self.keyring_note.setText(
                self.tr(
                    "No system keyring is available on this computer: the mail server's "
                    "password cannot be kept. A mail server that asks for a user name cannot be "
                    "used; send through the outbox folder instead."
                )
            )
        self._outbox_widgets: list[QWidget] = [
            child(form, QLabel, "outboxFolderLabel"),
            self.outbox_folder_edit,
            self.outbox_folder_browse,
        ]
        self._smtp_widgets: list[QWidget] = [
            child(form, QLabel, "smtpHostLabel"),
            self.smtp_host_edit,
            child(form, QLabel, "smtpPortLabel"),
            self.smtp_port_spin,
            child(form, QLabel, "smtpSecurityLabel"),
            self.smtp_security_combo,
            child(form, QLabel, "smtpUsernameLabel"),
            self.smtp_username_edit,
        ]
        self._password_widgets: list[QWidget] = [
            child(form, QLabel, "smtpPasswordLabel"),
            self.smtp_password_edit,
        ]
        self.send_method_combo.currentIndexChanged.connect(self._update_sending)
        self._update_sending()
        self.send_test = SendTest(self._typed_sending, self._clock)
        sending_layout = child(form, QGroupBox, "sendingGroup").layout()
        assert sending_layout is not None
        sending_layout.addWidget(self.send_test)

    def _typed_sending(self) -> tuple[SendingSettings, str]:
        """The sending settings as they stand in the dialog, and the password typed."""
        typed = SendingSettings(
            method=self.send_method_combo.currentData(),
            outbox_folder=self._outbox_folder(),
            recipient=self.recipient_edit.text().strip(),
            smtp_host=self.smtp_host_edit.text().strip(),
            smtp_port=self.smtp_port_spin.value(),
            smtp_username=self.smtp_username_edit.text().strip(),
            smtp_security=self._smtp_security(),
        )
        return typed, self.smtp_password_edit.text()

    def _build_security(self, form: QWidget) -> None:
        self.smtp_security_combo = child(form, QComboBox, "smtpSecurityCombo")
        combo = self.smtp_security_combo
        combo.addItem(self.tr("STARTTLS (port 587)"), SmtpSecurity.STARTTLS.value)
        combo.addItem(self.tr("TLS from the start (port 465)"), SmtpSecurity.TLS.value)
        combo.addItem(self.tr("None, not encrypted"), SmtpSecurity.NONE.value)
        combo.setCurrentIndex(combo.findData(self._settings.smtp_security.value))
        # Connected once the saved choice is shown: opening the dialog never moves the port.
        combo.currentIndexChanged.connect(self._security_changed)

    def _smtp_security(self) -> SmtpSecurity:
        return SmtpSecurity(self.smtp_security_combo.currentData())

    def _security_changed(self) -> None:
        """A port left at one of the usual ones (587, 465, 25) moves to the one the new choice
        usually takes; any other port was typed on purpose and stays."""
        usual_ports = {security.default_port for security in SmtpSecurity}
        if self.smtp_port_spin.value() in usual_ports:
            self.smtp_port_spin.setValue(self._smtp_security().default_port)

    def _build_notifications(self, form: QWidget) -> None:
        settings = self._settings
        self.check_interval_spin = child(form, QSpinBox, "checkIntervalSpin")
        self.check_interval_spin.setValue(settings.check_interval_minutes)
        box = child(form, QWidget, "notificationKindsBox")
        grid = box.layout()
        assert isinstance(grid, QGridLayout)
        shown = settings.notification_kinds
        self.notification_kind_checks: dict[str, QCheckBox] = {}
        for number, kind in enumerate(KINDS):
            check = QCheckBox(kind_label(kind))
            check.setObjectName(f"notificationKind_{kind}")
            check.setChecked(kind in shown)
            grid.addWidget(check, number // 2, number % 2)
            self.notification_kind_checks[kind] = check
        self.do_not_disturb_check = child(form, QCheckBox, "doNotDisturbCheck")
        self.do_not_disturb_check.setChecked(settings.do_not_disturb)
        self.close_to_tray_check = child(form, QCheckBox, "closeToTrayCheck")
        self.close_to_tray_check.setChecked(settings.close_to_tray)

    def _keep_notifications(self) -> None:
        settings = self._settings
        settings.check_interval_minutes = self.check_interval_spin.value()
        settings.notification_kinds = frozenset(
            kind for kind, check in self.notification_kind_checks.items() if check.isChecked()
        )
        settings.do_not_disturb = self.do_not_disturb_check.isChecked()
        settings.close_to_tray = self.close_to_tray_check.isChecked()

    def _smtp_chosen(self) -> bool:
        return self.send_method_combo.currentData() == SEND_BY_SMTP

    def _update_sending(self) -> None:
        smtp = self._smtp_chosen()
        for widget in self._outbox_widgets:
            widget.setEnabled(not smtp)
        for widget in self._smtp_widgets:
            widget.setEnabled(smtp)
        for widget in self._password_widgets:
            widget.setEnabled(smtp and self._keyring)
        self.keyring_note.setVisible(smtp and not self._keyring)

    def _choose_drop_folder(self) -> None:
        chosen = self._ask_folder(self.drop_folder_edit.text())
        if chosen:
            self.drop_folder_edit.setText(chosen)

    def _ask_folder(self, start: str) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Courrier drop folder"), start)

    def _choose_outbox_folder(self) -> None:
        chosen = self._ask_outbox_folder(self.outbox_folder_edit.text())
        if chosen:
            self.outbox_folder_edit.setText(chosen)

    def _ask_outbox_folder(self, start: str) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Outbox folder"), start)

    # --- checking and keeping -----------------------------------------------------------------

    def accept(self) -> None:
        self.drop_folder_error.hide()
        self.sending_error.hide()
        text = self.drop_folder_edit.text().strip()
        drop_folder = Path(text).expanduser() if text else None
        if drop_folder is not None and not drop_folder.is_dir():
            self.drop_folder_error.setText(
                self.tr("The folder {folder} does not exist.").format(folder=drop_folder)
            )
            self.drop_folder_error.show()
            self.drop_folder_edit.setFocus()
            return
        if not self._sending_checked():
            return
        self._settings.language = self.language_combo.currentData()
        self._settings.drop_folder = drop_folder
        self._keep_sending()
        self._keep_notifications()
        super().accept()

    def _outbox_folder(self) -> Path:
        text = self.outbox_folder_edit.text().strip()
        return Path(text).expanduser() if text else self._settings.default_outbox_folder

    def _sending_checked(self) -> bool:
        """True when the sending settings can be kept; else the problem is shown, the field
        to correct has the focus, and nothing is kept (the password neither)."""
        recipient = self.recipient_edit.text().strip()
        if recipient:
            try:
                parse_address(recipient)
            except UserError as error:
                return self._sending_problem(str(error), self.recipient_edit)
        if not self._smtp_chosen():
            folder = self._outbox_folder()
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                return self._sending_problem(
                    self.tr("The folder {folder} cannot be created: {reason}").format(
                        folder=folder, reason=error.strerror or type(error).__name__
                    ),
                    self.outbox_folder_edit,
                )
            return True
        host = self.smtp_host_edit.text().strip()
        username = self.smtp_username_edit.text().strip()
        password = self.smtp_password_edit.text()
        if not host or any(character.isspace() for character in host):
            return self._sending_problem(
                self.tr("Enter the name of the mail server, e.g. smtp.mairie.fr."),
                self.smtp_host_edit,
            )
        if password and not username:
            return self._sending_problem(
                self.tr("Enter the user name that goes with the password."),
                self.smtp_username_edit,
            )
        if not username:
            return True
        if not self._keyring:
            return self._sending_problem(
                self.tr(
                    "No system keyring is available to keep the password of {user}: this mail "
                    "server cannot be used. Send through the outbox folder instead."
                ).format(user=username),
                self.send_method_combo,
            )
        if password:
            if not save_smtp_password(host, username, password):
                return self._sending_problem(
                    self.tr("The system keyring refused to keep the password."),
                    self.smtp_password_edit,
                )
            self.smtp_password_edit.clear()
        elif smtp_password(host, username) is None:
            return self._sending_problem(
                self.tr("Enter the password of {user} on {host}.").format(user=username, host=host),
                self.smtp_password_edit,
            )
        return True

    def _sending_problem(self, message: str, field: QWidget) -> bool:
        self.sending_error.setText(message)
        self.sending_error.show()
        field.setFocus()
        return False

    def _keep_sending(self) -> None:
        settings = self._settings
        settings.contact_recipient = self.recipient_edit.text()
        settings.send_method = self.send_method_combo.currentData()
        settings.outbox_folder = self._outbox_folder()
        settings.smtp_host = self.smtp_host_edit.text()
        settings.smtp_port = self.smtp_port_spin.value()
        settings.smtp_username = self.smtp_username_edit.text()
        settings.smtp_security = self._smtp_security()
