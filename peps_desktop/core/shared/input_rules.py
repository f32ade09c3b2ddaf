"""Rules every text read from a person or a file obeys before it is written, on any engine.

SQLite stores a 150-character name in a column of 100 and keeps a NUL; PostgreSQL refuses
both with an error of its own. So the checks happen here, before any write: lengths against
the schema's own column lengths, no control character in a one-line field (a free-text
message keeps only what a person can type: line breaks and tabs), and numbers written with
ASCII digits only (`١٢٣` is not an amount, whatever `int()` thinks of it).
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import InstrumentedAttribute

from peps_desktop.i18n import translate

# One line of text: no C0/C1 control character, no lone UTF-16 surrogate (not encodable).
_NOT_IN_A_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
# A free text keeps tabs and line breaks; the rest a keyboard cannot type is taken out.
_NOT_TYPABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
ASCII_DIGITS = frozenset("0123456789")
_SHOWN_LENGTH = 40


def column_length(column: InstrumentedAttribute[Any]) -> int:
    """The length a model's String column was declared with: the limit every engine gets."""
    kind = column.property.columns[0].type
    assert isinstance(kind, String) and kind.length is not None, column
    return kind.length


def control_character(text: str) -> str | None:
    """The first character of `text` that has no place in one line of text, or None."""
    found = _NOT_IN_A_LINE.search(text)
    return found.group() if found else None


def typable(text: str) -> str:
    """A free text as a person could have typed it: line breaks as \\n, tabs kept, other
    control characters and lone surrogates taken out."""
    return _NOT_TYPABLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def is_ascii_number(text: str) -> bool:
    """Only ASCII digits: `int()` and `Decimal()` also take Arabic-Indic or full-width ones."""
    return bool(text) and ASCII_DIGITS.issuperset(text)


def character_name(char: str) -> str:
    """`U+0000` and the character's name when Unicode gives one: never the raw character."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" {name}" if name else "")


def shown(value: object) -> str:
    """A value read from a file, safe to put in a message: JSON-like, control characters and
    lone surrogates escaped, cut to a few dozen characters."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**30:
        text = "…"  # its decimal form alone may exceed what Python converts
    else:
        try:
            text = json.dumps(value, ensure_ascii=False, default=str)
        except (RecursionError, ValueError):
            text = type(value).__name__
    text = "".join(
        char if not _NOT_IN_A_LINE.match(char) else char.encode("unicode_escape").decode("ascii")
        for char in text
    )
    return text if len(text) <= _SHOWN_LENGTH else text[: _SHOWN_LENGTH - 1] + "…"


def printable(text: str, limit: int = 60) -> str:
    """Text from a file, as a message may quote it: control characters and lone surrogates
    escaped (`\\x00`), cut to `limit` characters."""
    escaped = "".join(
        char if not _NOT_IN_A_LINE.match(char) else char.encode("unicode_escape").decode("ascii")
        for char in text
    )
    return escaped if len(escaped) <= limit else escaped[: limit - 1] + "…"


def safe_text(text: str) -> str:
    """Text that any encoder takes: lone surrogates (from undecodable file names) escaped."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def text_faults(label: str, value: str, max_length: int | None) -> list[str]:
    """Why `value` cannot be the one-line field `label`: empty list when it can."""
    faults: list[str] = []
    char = control_character(value)
    if char is not None:
        faults.append(
            translate("InputRules", "“{field}” contains a control character ({character}).").format(
                field=label, character=character_name(char)
            )
        )
    if max_length is not None and len(value) > max_length:
        faults.append(too_long(label, max_length, len(value)))
    return faults


def too_long(label: str, max_length: int, length: int) -> str:
    return translate(
        "InputRules", "“{field}” is longer than {length} characters ({count})."
    ).format(field=label, length=max_length, count=length)


def not_text(label: str, value: object) -> str:
    """A number, true/false, a list… where text is expected."""
    return translate("InputRules", "“{field}” must be text, not {value}.").format(
        field=label, value=shown(value)
    )
