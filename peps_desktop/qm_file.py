"""Read a compiled Qt translation (.qm) without Qt, for the command line.

The command line speaks French as the application does, but most of its commands draw
nothing: importing QtCore only to translate its messages would cost it about a tenth of a
second. A command asks for a few messages out of thousands, so they are looked up as
QTranslator looks them up, through the file's hash table, rather than all read first.
tests/test_qm_file.py checks the answers are QTranslator's for every message of the French
file.

The format: a 16-byte magic number, then sections (a tag byte and a 32-bit big-endian
length). The hashes' section holds (hash, offset) pairs sorted by hash, the hash being Qt's
elfHash of the source text and its disambiguation; the offset points into the messages'
section, where a message is a sequence of fields, each a tag byte followed, but for the end
of the message, by a 32-bit length and that many bytes.
"""

from __future__ import annotations

import struct
from bisect import bisect_left
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_HASHES, _MESSAGES = 0x42, 0x69
_END, _TRANSLATION, _SOURCE_TEXT, _CONTEXT, _COMMENT = 0x01, 0x03, 0x06, 0x07, 0x08
_OBSOLETE = (0x05, 0x09)
_NULL = 0xFFFFFFFF
_LENGTH = struct.Struct(">I")
_PAIR = struct.Struct(">II")


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
    """A .qm file's messages, looked up by (context, source text), as QTranslator does."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(MAGIC):
            raise ValueError("not a Qt translation file")
        sections = _sections(data)
        hashes = sections.get(_HASHES, b"")
        self._messages = sections.get(_MESSAGES, b"")
        pairs = [_PAIR.unpack_from(hashes, at) for at in range(0, len(hashes) - 7, 8)]
        self._hashes = [value for value, _offset in pairs]
        self._offsets = [offset for _value, offset in pairs]

    def get(self, key: tuple[str, str], default: str | None = None) -> str | None:
        """The translation of `source` in `context` (no disambiguation), else `default`."""
        context, source = key
        wanted = source.encode("utf-8")
        value = elf_hash(wanted)
        at = bisect_left(self._hashes, value)
        while at < len(self._hashes) and self._hashes[at] == value:
            found = self._message(self._offsets[at], context.encode("utf-8"), wanted)
            if found is not None:
                return found
            at += 1
        return default

    def _message(self, position: int, context: bytes, source: bytes) -> str | None:
        """The first translation of the message at `position`, if it is (context, source)
        without a disambiguation."""
        messages = self._messages
        translation: str | None = None
        while position < len(messages):
            tag = messages[position]
            position += 1
            if tag == _END:
                return translation
            if tag in _OBSOLETE:
                continue
            (length,) = _LENGTH.unpack_from(messages, position)
            position += 4
            if length == _NULL:
                length = 0
            value = messages[position : position + length]
            position += length
            if tag == _TRANSLATION:
                if translation is None:
                    translation = value.decode("utf-16-be")
            elif tag == _SOURCE_TEXT and value != source:
                return None
            elif tag == _CONTEXT and value != context:
                return None
            elif tag == _COMMENT and value:
                return None
        return None


def read_catalogue(path: Path) -> Catalogue:
    return Catalogue(path.read_bytes())
