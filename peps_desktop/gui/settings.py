"""The user's preferences for one store, kept in an INI file in its data directory."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from peps_desktop.gui.translations import DEFAULT_LANGUAGE, LANGUAGES


class AppSettings:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = str(self._settings.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("ui/language", value)
        self._settings.sync()

    @property
    def last_login(self) -> str:
        return str(self._settings.value("signin/last_login", ""))

    @last_login.setter
    def last_login(self, value: str) -> None:
        self._settings.setValue("signin/last_login", value)
        self._settings.sync()

    @property
    def remember(self) -> bool:
        return self._settings.value("signin/remember", False, type=bool)  # type: ignore[return-value]

    @remember.setter
    def remember(self, value: bool) -> None:
        self._settings.setValue("signin/remember", value)
        self._settings.sync()

    @property
    def drop_folder(self) -> Path | None:
        """The folder polled for courriers to import; None when there is none."""
        value = str(self._settings.value("courriers/drop_folder", ""))
        return Path(value) if value else None

    @drop_folder.setter
    def drop_folder(self, value: Path | None) -> None:
        self._settings.setValue("courriers/drop_folder", str(value) if value else "")
        self._settings.sync()
