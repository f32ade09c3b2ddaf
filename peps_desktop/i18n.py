"""Qt-free access to the application's translations and its locale's formats.

Source strings are English; the French translation is the default. The GUI and the CLI
install Qt's translator and locale here at start-up, so `core` and `store` can translate their
messages, and write numbers and dates the way the user's language does, without importing Qt.
`translate("Context", "text")` is the call pyside6-lupdate extracts; `translate("Context",
"%n courrier(s)", None, count)` is a plural, whose forms each language gives (`%Ln` writes the
number with the locale's digit grouping).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

# (context, source text, disambiguation, count or -1) → the text, %n not yet replaced.
Translator = Callable[[str, str, str | None, int], str]


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
