"""Qt-free access to the application's translations.

Source strings are English; the French translation is the default. The GUI and the CLI
install Qt's translator here at start-up, so `core` and `store` can translate their messages
without importing Qt. `translate("Context", "text")` is the call pyside6-lupdate extracts.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def install(translator: Translator) -> None:
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    return _translator(context, text)
