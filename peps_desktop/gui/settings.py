"""The user's preferences for one store, kept in an INI file in its data directory.

Secrets never land here: the mail server's password lives in the OS keyring
(core/credentials.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from peps_desktop.gui.translations import DEFAULT_LANGUAGE, LANGUAGES

SEND_BY_OUTBOX = "outbox"
SEND_BY_SMTP = "smtp"
SEND_METHODS = (SEND_BY_OUTBOX, SEND_BY_SMTP)
DEFAULT_SMTP_PORT = 587
# Next to the store's data, beside the settings file.
OUTBOX_FOLDER_NAME = "envoi"


class AppSettings:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._path = path
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def _set(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)
        self._settings.sync()

    @property
    def language(self) -> str:
        value = str(self._settings.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._set("ui/language", value)

    @property
    def last_login(self) -> str:
        return str(self._settings.value("signin/last_login", ""))

    @last_login.setter
    def last_login(self, value: str) -> None:
        self._set("signin/last_login", value)

    @property
    def remember(self) -> bool:
        return self._settings.value("signin/remember", False, type=bool)  # type: ignore[return-value]

    @remember.setter
    def remember(self, value: bool) -> None:
        self._set("signin/remember", value)

    @property
    def drop_folder(self) -> Path | None:
        """The folder polled for courriers to import; None when there is none."""
        value = str(self._settings.value("courriers/drop_folder", ""))
        return Path(value) if value else None

    @drop_folder.setter
    def drop_folder(self, value: Path | None) -> None:
        self._set("courriers/drop_folder", str(value) if value else "")

    # --- sending requests (Nous contacter) ---------------------------------------------------

    @property
    def send_method(self) -> str:
        """`outbox` (the default: .eml files in a folder) or `smtp`."""
        value = str(self._settings.value("sending/method", SEND_BY_OUTBOX))
        return value if value in SEND_METHODS else SEND_BY_OUTBOX

    @send_method.setter
    def send_method(self, value: str) -> None:
        self._set("sending/method", value)

    @property
    def default_outbox_folder(self) -> Path:
        return self._path.parent / OUTBOX_FOLDER_NAME

    @property
    def outbox_folder(self) -> Path:
        value = str(self._settings.value("sending/outbox_folder", ""))
        return Path(value) if value else self.default_outbox_folder

    @outbox_folder.setter
    def outbox_folder(self, value: Path | None) -> None:
        """None (or the default folder) follows the data folder wherever it goes."""
        kept = "" if value is None or value == self.default_outbox_folder else str(value)
        self._set("sending/outbox_folder", kept)

    @property
    def contact_recipient(self) -> str:
        """The address requests go to; empty until it is set."""
        return str(self._settings.value("sending/recipient", ""))

    @contact_recipient.setter
    def contact_recipient(self, value: str) -> None:
        self._set("sending/recipient", value.strip())

    @property
    def smtp_host(self) -> str:
        return str(self._settings.value("smtp/host", ""))

    @smtp_host.setter
    def smtp_host(self, value: str) -> None:
        self._set("smtp/host", value.strip())

    @property
    def smtp_port(self) -> int:
        try:
            port = int(str(self._settings.value("smtp/port", DEFAULT_SMTP_PORT)))
        except ValueError:
            return DEFAULT_SMTP_PORT
        return port if 1 <= port <= 65535 else DEFAULT_SMTP_PORT

    @smtp_port.setter
    def smtp_port(self, value: int) -> None:
        self._set("smtp/port", value)

    @property
    def smtp_username(self) -> str:
        return str(self._settings.value("smtp/username", ""))

    @smtp_username.setter
    def smtp_username(self, value: str) -> None:
        self._set("smtp/username", value.strip())

    @property
    def smtp_starttls(self) -> bool:
        return self._settings.value("smtp/starttls", True, type=bool)  # type: ignore[return-value]

    @smtp_starttls.setter
    def smtp_starttls(self, value: bool) -> None:
        self._set("smtp/starttls", value)

    @property
    def data_key_notice_given(self) -> bool:
        """The user was told the data key is kept in a file (no keyring)."""
        return self._settings.value("data_key/notice_given", False, type=bool)  # type: ignore[return-value]

    @data_key_notice_given.setter
    def data_key_notice_given(self, value: bool) -> None:
        self._settings.setValue("data_key/notice_given", value)
        self._settings.sync()
