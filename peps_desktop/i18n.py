"""Qt-free access to the application's translations and its locale's formats.

Source strings are English; the French translation is the default. The GUI installs Qt's
translator and locale here at start-up (gui/shared/translations.py), so `core` and `store` can
translate their messages, and write numbers and dates the way the user's language does, without
importing Qt; the command line installs the same messages read from the .qm file without Qt
(peps_desktop.qm_file), and the same numbers. `translate("Context", "text")` is the call
pyside6-lupdate extracts; `translate("Context", "%n courrier(s)", None, count)` is a plural,
whose forms each language gives (`%Ln` writes the number with the locale's digit grouping).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# (context, source text, disambiguation, count or -1) → the text, %n not yet replaced.
Translator = Callable[[str, str, str | None, int], str]

FRENCH = "fr"
ENGLISH = "en"
LANGUAGES = (FRENCH, ENGLISH)
DEFAULT_LANGUAGE = FRENCH
TRANSLATION_FILE = "peps_desktop_{language}.qm"


def _identity(context: str, text: str, disambiguation: str | None, count: int) -> str:
    return text


@dataclass(frozen=True)
class Formats:
    """How numbers and dates are written; the GUI and the CLI install the locale's own."""

    number: Callable[[int], str] = str
    date: Callable[[dt.date], str] = lambda day: day.strftime("%d/%m/%Y")
    date_time: Callable[[dt.datetime], str] = lambda moment: moment.strftime("%d/%m/%Y %H:%M")


_translator: Translator = _identity
_formats = Formats()


def install(translator: Translator, formats: Formats | None = None) -> None:
    global _translator, _formats
    _translator = translator
    if formats is not None:
        _formats = formats


def reset() -> None:
    """Back to the source texts and plain formats (what runs before any language is chosen)."""
    install(_identity, Formats())


def translate(context: str, text: str, disambiguation: str | None = None, count: int = -1) -> str:
    translated = _translator(context, text, disambiguation, count)
    if count < 0:
        return translated
    return translated.replace("%Ln", _formats.number(count)).replace("%n", str(count))


_ELIDING = frozenset("aeiouyhàâäéèêëîïôöùûüÿœæ")


def french_of(name: str) -> str:
    """« d’Élodie Lefèvre », « d’Hélène Roux », « de Thomas Henry »: French elides « de »
    before a vowel or a mute h (first names lead, and theirs is mute). For translations that
    need it as `{of_holder}`."""
    name = name.strip()
    return f"d’{name}" if name[:1].casefold() in _ELIDING else f"de {name}"


def format_number(value: int) -> str:
    """`51 076` in French: the locale's digit grouping."""
    return _formats.number(value)


def format_date(day: dt.date) -> str:
    return _formats.date(day)


def format_date_time(moment: dt.datetime) -> str:
    return _formats.date_time(moment)


# French as Qt's locale for France writes a number: groups of three, narrow no-break spaces.
FRENCH_GROUP_SEPARATOR = "\u202f"
_NO_MORE_GROUPS = 127  # CHAR_MAX in a C locale's grouping


def grouped_digits(value: int, separator: str, grouping: Sequence[int] = (3, 0)) -> str:
    """`value` with its digits grouped as a C locale's `grouping` says (sizes from the right;
    0 repeats the last size, CHAR_MAX ends the grouping)."""
    rest = str(abs(value))
    parts: list[str] = []
    sizes = iter(grouping)
    size = 0
    while True:
        step = next(sizes, 0)
        if step == _NO_MORE_GROUPS:
            break
        if step > 0:
            size = step
        if size <= 0 or len(rest) <= size:
            break
        parts.append(rest[-size:])
        rest = rest[:-size]
    parts.append(rest)
    text = separator.join(reversed(parts))
    return f"-{text}" if value < 0 else text


def _system_numbers() -> Callable[[int], str]:
    """Numbers as the system's locale writes them (what Qt's system locale does for the GUI
    in English), read through the C library rather than Qt."""
    import locale

    previous = locale.setlocale(locale.LC_NUMERIC)
    try:
        locale.setlocale(locale.LC_NUMERIC, "")
        conventions = locale.localeconv()
    except locale.Error:
        return str
    finally:
        locale.setlocale(locale.LC_NUMERIC, previous)
    separator = str(conventions["thousands_sep"])
    grouping = list(conventions["grouping"])
    if not separator or not grouping:
        return str
    return lambda value: grouped_digits(value, separator, grouping)


def install_without_qt(language: str) -> None:
    """Speak `language` (English: the source texts) from its .qm file, read without Qt, and
    write numbers as its locale does."""
    if language != FRENCH:
        install(_identity, Formats(number=_system_numbers()))
        return
    from importlib import import_module
    from pathlib import Path

    from peps_desktop.qm_file import read_catalogue

    # The resources' folder from their package: importlib.resources costs a start far more.
    resources = import_module("peps_desktop.resources")
    folder = Path(resources.__path__[0]) / "translations"
    catalogue = read_catalogue(folder / TRANSLATION_FILE.format(language=language))

    def from_catalogue(context: str, text: str, disambiguation: str | None, count: int) -> str:
        return catalogue.translate(context, text, disambiguation, count) or text

    install(
        from_catalogue,
        Formats(number=lambda value: grouped_digits(value, FRENCH_GROUP_SEPARATOR)),
    )
