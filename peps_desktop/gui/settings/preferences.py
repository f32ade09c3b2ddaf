"""The user's preferences for one store, kept in an INI file in its data directory.

Secrets never land here: the mail server's password lives in the OS keyring
(core/shared/credentials.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from peps_desktop.core.contact.transports import SmtpSecurity
from peps_desktop.gui.notifications.core_api import KINDS
from peps_desktop.gui.shared.translations import DEFAULT_LANGUAGE, LANGUAGES

SEND_BY_OUTBOX = "outbox"
SEND_BY_SMTP = "smtp"
SEND_METHODS = (SEND_BY_OUTBOX, SEND_BY_SMTP)
DEFAULT_SMTP_PORT = SmtpSecurity.STARTTLS.default_port
_OLD_STARTTLS_KEY = "smtp/starttls"
# Next to the store's data, beside the settings file.
OUTBOX_FOLDER_NAME = "envoi"
DEFAULT_CHECK_INTERVAL_MINUTES = 5
CHECK_INTERVAL_MINUTES_RANGE = (1, 120)


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

    # --- Vos courriers: how the user arranged the list ----------------------------------------

    @property
    def reading_pane(self) -> str:
        """Where the reading pane sits: `right`, `below` or `off` (gui/inbox/layout_memory)."""
        return str(self._settings.value("inbox/reading_pane", "off"))

    @reading_pane.setter
    def reading_pane(self, value: str) -> None:
        self._set("inbox/reading_pane", value)

    @property
    def inbox_columns(self) -> bytes:
        """The list's columns (widths, order) as Qt saves a header; empty: as designed."""
        value = self._settings.value("inbox/columns", QByteArray())
        return bytes(value.data()) if isinstance(value, QByteArray) else b""

    @inbox_columns.setter
    def inbox_columns(self, value: bytes) -> None:
        self._set("inbox/columns", QByteArray(value))

    @property
    def pane_shares(self) -> dict[str, float]:
        """The list's share of the room beside or above the reading pane, by position."""
        shares = {}
        for position in ("right", "below"):
            try:
                share = float(str(self._settings.value(f"inbox/pane_share_{position}", "")))
            except ValueError:
                continue  # never moved, or not a number: as designed
            if 0 < share < 1:
                shares[position] = share
        return shares

    @pane_shares.setter
    def pane_shares(self, value: dict[str, float]) -> None:
        for position, share in value.items():
            self._set(f"inbox/pane_share_{position}", round(share, 4))

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
    def smtp_security(self) -> SmtpSecurity:
        """STARTTLS by default. Files written before TLS from the start could be chosen have
        only `starttls`, a yes/no: yes is STARTTLS, no is no encryption."""
        value = self._settings.value("smtp/security")
        if value is None:
            starttls = self._settings.value(_OLD_STARTTLS_KEY, True, type=bool)
            return SmtpSecurity.STARTTLS if starttls else SmtpSecurity.NONE
        try:
            return SmtpSecurity(str(value))
        except ValueError:
            return SmtpSecurity.STARTTLS

    @smtp_security.setter
    def smtp_security(self, value: SmtpSecurity) -> None:
        self._settings.remove(_OLD_STARTTLS_KEY)  # superseded: the file says it once
        self._set("smtp/security", SmtpSecurity(value).value)

    @property
    def data_key_notice_given(self) -> bool:
        """The user was told the data key is kept in a file (no keyring)."""
        return self._settings.value("data_key/notice_given", False, type=bool)  # type: ignore[return-value]

    @data_key_notice_given.setter
    def data_key_notice_given(self, value: bool) -> None:
        self._settings.setValue("data_key/notice_given", value)
        self._settings.sync()

    # --- notifications -----------------------------------------------------------------------

    @property
    def check_interval_minutes(self) -> int:
        """How often the background service checks for what to notify."""
        lowest, highest = CHECK_INTERVAL_MINUTES_RANGE
        try:
            minutes = int(str(self._settings.value("notifications/check_interval_minutes", "")))
        except ValueError:
            return DEFAULT_CHECK_INTERVAL_MINUTES
        return minutes if lowest <= minutes <= highest else DEFAULT_CHECK_INTERVAL_MINUTES

    @check_interval_minutes.setter
    def check_interval_minutes(self, value: int) -> None:
        self._set("notifications/check_interval_minutes", value)

    @property
    def notification_kinds(self) -> frozenset[str]:
        """The kinds of notification to show: all but those turned off (so a kind a later
        version adds is shown)."""
        turned_off = str(self._settings.value("notifications/kinds_off", "")).split()
        return frozenset(kind for kind in KINDS if kind not in turned_off)

    @notification_kinds.setter
    def notification_kinds(self, value: frozenset[str] | set[str]) -> None:
        self._set("notifications/kinds_off", " ".join(kind for kind in KINDS if kind not in value))

    @property
    def do_not_disturb(self) -> bool:
        """Nothing pops up; the notification centre still keeps everything."""
        return self._settings.value("notifications/do_not_disturb", False, type=bool)  # type: ignore[return-value]

    @do_not_disturb.setter
    def do_not_disturb(self, value: bool) -> None:
        self._set("notifications/do_not_disturb", value)

    @property
    def close_to_tray(self) -> bool:
        """Closing the window keeps the application in the system tray (where one exists)."""
        return self._settings.value("notifications/close_to_tray", True, type=bool)  # type: ignore[return-value]

    @close_to_tray.setter
    def close_to_tray(self, value: bool) -> None:
        self._set("notifications/close_to_tray", value)

    @property
    def close_to_tray_told(self) -> bool:
        """The user was told, once, that closing the window keeps the application running."""
        return self._settings.value("notifications/close_to_tray_told", False, type=bool)  # type: ignore[return-value]

    @close_to_tray_told.setter
    def close_to_tray_told(self, value: bool) -> None:
        self._set("notifications/close_to_tray_told", value)
