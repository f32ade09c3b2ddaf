"""Where this computer's data lives: « Base locale sur ce poste », or « Serveur de la
structure (PostgreSQL) » shared by every seat, with a connection test that says in plain
words what is wrong. Shown at the first start, and from the settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.shared.server_check import ConnectionTest, check_connection
from peps_desktop.core.shared.store_choice import (
    DEFAULT_PORT,
    ServerSettings,
    StoreChoice,
    remember_password,
    save_user_choice,
)
from peps_desktop.gui.shared.tasks import TaskRunner

OK_STYLE = "color: #1e6b34;"
PROBLEM_STYLE = "color: #a4262c;"


class StoreChoiceDialog(QDialog):
    """`chosen` is the server settings, or None for the local base, once accepted."""

    def __init__(
        self, current: StoreChoice, *, first_start: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("storeChoiceDialog")
        self.setWindowTitle(self.tr("Where the data lives"))
        self.chosen: ServerSettings | None = None
        self.runner = TaskRunner(self)

        intro = QLabel(
            self.tr(
                "Work alone on this computer, or with your colleagues on your structure's "
                "server: every computer connected to it sees the same courriers, accounts and "
                "requests."
            )
            if first_start
            else self.tr("The new choice takes effect at the next start of PEP's Desktop.")
        )
        intro.setWordWrap(True)
        self.local_radio = QRadioButton(self.tr("Local base on this computer"))
        self.local_radio.setObjectName("localRadio")
        self.server_radio = QRadioButton(self.tr("The structure's server (PostgreSQL)"))
        self.server_radio.setObjectName("serverRadio")
        choice = QButtonGroup(self)
        choice.addButton(self.local_radio)
        choice.addButton(self.server_radio)

        self.server_box = QGroupBox(self.tr("Server"))
        self.host_edit = QLineEdit()
        self.host_edit.setObjectName("hostEdit")
        self.host_edit.setPlaceholderText("db.mairie.fr")
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("portSpin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit()
        self.database_edit.setObjectName("databaseEdit")
        self.database_edit.setPlaceholderText("peps")
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("userEdit")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("serverPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Kept in the system keyring"))
        self.tls_combo = QComboBox()
        self.tls_combo.setObjectName("tlsCombo")
        for mode, label in (
            ("verify-full", self.tr("Required, certificate and name checked (verify-full)")),
            ("verify-ca", self.tr("Required, certificate checked (verify-ca)")),
            ("require", self.tr("Required, not checked (require)")),
            ("prefer", self.tr("If the server offers it (prefer)")),
            ("disable", self.tr("Never (disable)")),
        ):
            self.tls_combo.addItem(label, mode)
        fields = QFormLayout(self.server_box)
        fields.addRow(self.tr("Host:"), self.host_edit)
        fields.addRow(self.tr("Port:"), self.port_spin)
        fields.addRow(self.tr("Database:"), self.database_edit)
        fields.addRow(self.tr("User:"), self.user_edit)
        fields.addRow(self.tr("Password:"), self.password_edit)
        fields.addRow(self.tr("Secure connection (TLS):"), self.tls_combo)
        self.test_button = QPushButton(self.tr("&Test the connection"))
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.clicked.connect(self.test)
        self.runner.finished.connect(lambda: self.test_button.setEnabled(True))
        self.result_label = QLabel()
        self.result_label.setObjectName("connectionResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Room for a diagnosis of three lines: the form would not grow for a wrapped label.
        self.result_label.setMinimumHeight(3 * self.result_label.fontMetrics().lineSpacing())
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch()
        fields.addRow(test_row)
        fields.addRow(self.result_label)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.local_radio)
        layout.addWidget(self.server_radio)
        layout.addWidget(self.server_box)
        layout.addStretch()
        layout.addWidget(buttons)
        self.local_radio.toggled.connect(self._follow_choice)
        self._show(current)
        self.resize(640, 520)

    def _show(self, current: StoreChoice) -> None:
        server = current.server
        if server is None:
            self.local_radio.setChecked(True)
        else:
            self.server_radio.setChecked(True)
            self.host_edit.setText(server.host)
            self.port_spin.setValue(server.port)
            self.database_edit.setText(server.database)
            self.user_edit.setText(server.user)
            index = self.tls_combo.findData(server.sslmode or "prefer")
            self.tls_combo.setCurrentIndex(max(index, 0))
        self._follow_choice()

    def _follow_choice(self) -> None:
        self.server_box.setEnabled(self.server_radio.isChecked())

    def server(self) -> ServerSettings:
        return ServerSettings(
            host=self.host_edit.text().strip(),
            database=self.database_edit.text().strip(),
            port=self.port_spin.value(),
            user=self.user_edit.text().strip(),
            sslmode=str(self.tls_combo.currentData()),
        )

    def _missing(self) -> str | None:
        server = self.server()
        if not server.host:
            return self.tr("Give the server's name (host).")
        if not server.database:
            return self.tr("Give the database's name.")
        return None

    def _say(self, ok: bool, message: str) -> None:
        self.result_label.setStyleSheet(OK_STYLE if ok else PROBLEM_STYLE)
        self.result_label.setText(message)

    def test(self) -> None:
        missing = self._missing()
        if missing is not None:
            self._say(False, missing)
            return
        url, password = self.server().url(), self.password_edit.text() or None
        self._say(True, self.tr("Connecting…"))
        self.test_button.setEnabled(False)
        self.runner.run(lambda: check_connection(url, password), self._tested)

    def _tested(self, result: ConnectionTest) -> None:
        self._say(result.ok, result.message)

    def accept(self) -> None:
        if self.local_radio.isChecked():
            self.chosen = None
            save_user_choice(None)
            super().accept()
            return
        missing = self._missing()
        if missing is not None:
            self._say(False, missing)
            return
        self.chosen = self.server()
        if self.password_edit.text() and not remember_password(
            self.chosen.url(), self.password_edit.text()
        ):
            self._say(
                False,
                self.tr(
                    "This computer has no keyring to keep the password: give it to libpq "
                    "instead (a .pgpass file, or PGPASSWORD)."
                ),
            )
            return
        save_user_choice(self.chosen)
        super().accept()
