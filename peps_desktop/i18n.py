"""Qt-free access to the application's translations.

Source strings are English; the French translation is the default. The GUI installs Qt's
translator here at start-up (gui/shared/translations.py), so `core` and `store` can translate
their messages without importing Qt; the command line installs the same messages read from
the .qm file without Qt (peps_desktop.qm_file). `translate("Context", "text")` is the call
pyside6-lupdate extracts.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]

FRENCH = "fr"
ENGLISH = "en"
LANGUAGES = (FRENCH, ENGLISH)
DEFAULT_LANGUAGE = FRENCH
TRANSLATION_FILE = "peps_desktop_{language}.qm"


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def install(translator: Translator) -> None:
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    return _translator(context, text)


def install_without_qt(language: str) -> None:
    """Speak `language` (English: the source texts) from its .qm file, read without Qt."""
    if language != FRENCH:
        install(_identity)
        return
    from importlib import import_module
    from pathlib import Path

    from peps_desktop.qm_file import read_catalogue

    # The resources' folder from their package: importlib.resources costs a start far more.
    resources = import_module("peps_desktop.resources")
    folder = Path(resources.__path__[0]) / "translations"
    catalogue = read_catalogue(folder / TRANSLATION_FILE.format(language=language))

    def from_catalogue(context: str, text: str) -> str:
        return catalogue.get((context, text)) or text

    install(from_catalogue)
