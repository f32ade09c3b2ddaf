"""Load the French translation (the default) or none for English, for Qt and for core."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from peps_desktop import i18n
from peps_desktop.i18n import DEFAULT_LANGUAGE, ENGLISH, FRENCH, LANGUAGES, TRANSLATION_FILE

__all__ = [
    "DEFAULT_LANGUAGE",
    "ENGLISH",
    "FRENCH",
    "LANGUAGES",
    "activate",
    "load",
    "translations_dir",
]


def translations_dir() -> Path:
    return Path(str(files("peps_desktop.resources") / "translations"))


def load(language: str) -> list[QTranslator]:
    """The application's and Qt's own translators for `language` (none for English)."""
    if language != FRENCH:
        return []
    app = QTranslator()
    name = TRANSLATION_FILE.format(language=language)
    if not app.load(name, str(translations_dir())):
        raise FileNotFoundError(f"missing translation {name}")
    translators = [app]
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    return translators


_installed: list[QTranslator] = []


def locale_for(language: str) -> QLocale:
    """French as written in France; English keeps the system's locale."""
    if language == FRENCH:
        return QLocale(QLocale.Language.French, QLocale.Country.France)
    return QLocale.system()


def activate(language: str) -> list[QTranslator]:
    """Make `language` the one core, CLI and widgets speak, replacing the previous one; its
    locale writes the numbers (`51 076` in French) in core's texts as in the widgets'."""
    translators = load(language)

    def translate(context: str, text: str, disambiguation: str | None, count: int) -> str:
        for translator in translators:
            found = translator.translate(context, text, disambiguation, count)
            if found:
                return found
        return text

    locale = locale_for(language)
    QLocale.setDefault(locale)
    i18n.install(translate, i18n.Formats(number=lambda value: QLocale().toString(value)))
    app = QCoreApplication.instance()
    if app is not None:
        for previous in _installed:
            app.removeTranslator(previous)
        for translator in translators:
            app.installTranslator(translator)
    _installed[:] = translators
    return translators
