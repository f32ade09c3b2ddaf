"""Read a compiled Qt translation (.qm) without Qt, for the command line.

The command line speaks French as the application does, but most of its commands draw
nothing: importing QtCore only to translate its messages would cost it about a tenth of a
second. A command asks for a few messages out of thousands, so they are looked up as
QTranslator looks them up, through the file's hash table, rather than all read first.
tests/test_qm_file.py checks the answers are QTranslator's for every message of the French
file, with its disambiguation and, for a plural, at many counts.

The format: a 16-byte magic number, then sections (a tag byte and a 32-bit big-endian
length). The hashes' section holds (hash, offset) pairs sorted by hash, the hash being Qt's
elfHash of the source text and its disambiguation; the offset points into the messages'
section, where a message is a sequence of fields, each a tag byte followed, but for the end
of the message, by a 32-bit length and that many bytes; a plural message has one translation
field per form, and the numerus rules' section says which form a count takes.
"""

from __future__ import annotations

import struct
from bisect import bisect_left
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_HASHES, _MESSAGES, _NUMERUS_RULES = 0x42, 0x69, 0x88
_END, _TRANSLATION, _OBSOLETE_1 = 0x01, 0x03, 0x05
_SOURCE_TEXT, _CONTEXT, _COMMENT = 0x06, 0x07, 0x08
_LENGTH = struct.Struct(">I")
_PAIR = struct.Struct(">II")

# The numerus rules' byte code (qtranslator.cpp): which plural form a count takes.
_EQ, _LT, _LEQ, _BETWEEN = 0x01, 0x02, 0x03, 0x04
_NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x08, 0x10, 0x20, 0x40
_AND, _OR, _NEW_RULE, _OP_MASK = 0xFD, 0xFE, 0xFF, 0x07


def elf_hash(data: bytes) -> int:
    """Qt's elfHash (qtranslator.cpp), by which a .qm file finds a message."""
    value = 0
    for byte in data:
        value = ((value << 4) + byte) & 0xFFFFFFFF
        high = value & 0xF0000000
        if high:
            value ^= high >> 24
        value &= ~high & 0xFFFFFFFF
    return value or 1


def numerus_form(count: int, rules: bytes) -> int:
    """The plural form `count` takes under the file's numerus rules, as Qt's numerusHelper
    reads them: the number of the first rule it meets, else the form after the last rule
    (0 for rules it cannot read)."""
    size = len(rules)
    if size == 0:
        return 0
    form = 0
    at = 0
    while True:
        any_true = False
        while True:  # rules joined by OR
            all_true = True
            while True:  # conditions joined by AND
                opcode = rules[at]
                at += 1
                left = count
                if opcode & _MOD_10:
                    left %= 10
                elif opcode & _MOD_100:
                    left %= 100
                elif opcode & _LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                if at >= size:
                    return 0
                right = rules[at]
                at += 1
                operation = opcode & _OP_MASK
                truth = True
                if operation == _EQ:
                    truth = left == right
                elif operation == _LT:
                    truth = left < right
                elif operation == _LEQ:
                    truth = left <= right
                elif operation == _BETWEEN:
                    if at >= size:
                        return 0
                    truth = right <= left <= rules[at]
                    at += 1
                if opcode & _NOT:
                    truth = not truth
                all_true = all_true and truth
                if at == size or rules[at] != _AND:
                    break
                at += 1
                if at >= size:
                    return 0
            any_true = any_true or all_true
            if at == size or rules[at] != _OR:
                break
            at += 1
            if at >= size:
                return 0
        if any_true:
            return form
        form += 1
        if at == size:
            return form
        if rules[at] != _NEW_RULE:
            return 0
        at += 1
        if at >= size:
            return 0


def _sections(data: bytes) -> dict[int, bytes]:
    found: dict[int, bytes] = {}
    position = len(MAGIC)
    while position + 5 <= len(data):
        tag = data[position]
        (length,) = _LENGTH.unpack_from(data, position + 1)
        start = position + 5
        found[tag] = data[start : start + length]
        position = start + length
    return found


class Catalogue:
    """A .qm file's messages, looked up as QTranslator looks them up: by context, source
    text and disambiguation, and for a count, in the plural form the file's rules give it."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(MAGIC):
            raise ValueError("not a Qt translation file")
        sections = _sections(data)
        hashes = sections.get(_HASHES, b"")
        self._messages = sections.get(_MESSAGES, b"")
        self._numerus_rules = sections.get(_NUMERUS_RULES, b"")
        pairs = [_PAIR.unpack_from(hashes, at) for at in range(0, len(hashes) - 7, 8)]
        self._hashes = [value for value, _offset in pairs]
        self._offsets = [offset for _value, offset in pairs]

    def get(self, key: tuple[str, str], default: str | None = None) -> str | None:
        """The translation of `source` in `context` (no disambiguation, no count), else
        `default`."""
        found = self.translate(*key)
        return default if found is None else found

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, count: int = -1
    ) -> str | None:
        """As QTranslator.translate: the translation, its `%n` left for the caller; None
        where the file has none. A message asked with a disambiguation the file does not
        have is looked up without it, as Qt does."""
        form = numerus_form(count, self._numerus_rules) if count >= 0 else 0
        wanted_context = context.encode("utf-8")
        wanted_source = source.encode("utf-8")
        comment = (disambiguation or "").encode("utf-8")
        while True:
            value = elf_hash(wanted_source + comment)
            at = bisect_left(self._hashes, value)
            while at < len(self._hashes) and self._hashes[at] == value:
                found = self._message(
                    self._offsets[at], wanted_context, wanted_source, comment, form
                )
                if found is not None:
                    return found
                at += 1
            if not comment:
                return None
            comment = b""

    def _message(
        self, position: int, context: bytes, source: bytes, comment: bytes, form: int
    ) -> str | None:
        """The `form`-th translation of the message at `position`, if it is (context, source,
        comment); a message without a comment matches any."""
        messages = self._messages
        translation: str | None = None
        while position < len(messages):
            tag = messages[position]
            position += 1
            if tag == _END:
                return translation
            if tag == _OBSOLETE_1:
                position += 4
                continue
            if tag not in (_TRANSLATION, _SOURCE_TEXT, _CONTEXT, _COMMENT):
                return None
            (length,) = _LENGTH.unpack_from(messages, position)
            position += 4
            if tag == _TRANSLATION:
                if length & 1:  # a null translation (0xFFFFFFFF) or damaged
                    return None
                if form == 0:
                    translation = messages[position : position + length].decode("utf-16-be")
                form -= 1
                position += length
                continue
            value = messages[position : position + length]
            position += length
            if tag == _SOURCE_TEXT and value != source:
                return None
            if tag == _CONTEXT and value != context:
                return None
            if tag == _COMMENT and value and value != comment:
                return None
        return None


def read_catalogue(path: Path) -> Catalogue:
    return Catalogue(path.read_bytes())
