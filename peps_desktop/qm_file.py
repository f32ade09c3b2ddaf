"""Read a compiled Qt translation (.qm) without Qt, for the command line.

The command line speaks French as the application does, but most of its commands draw
nothing: importing QtCore only to translate its messages would cost it about a tenth of a
second. The .qm file that pyside6-lrelease writes keeps, for each message, its context,
source text and translation; this reads them into a dictionary. tests/test_qm_file.py checks
it answers as QTranslator does for every message of the French file.

The format: a 16-byte magic number, then sections (a tag byte and a 32-bit big-endian
length); the messages' section is a sequence of fields, each a tag byte followed, but for the
end of a message, by a 32-bit length and that many bytes.
"""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES_SECTION = 0x69
_END, _TRANSLATION, _SOURCE_TEXT, _CONTEXT, _COMMENT = 0x01, 0x03, 0x06, 0x07, 0x08
_OBSOLETE = (0x05, 0x09)
_LENGTH = struct.Struct(">I")

Catalogue = dict[tuple[str, str], str]


def _section(data: bytes, wanted: int) -> bytes:
    position = len(MAGIC)
    while position + 5 <= len(data):
        tag = data[position]
        (length,) = _LENGTH.unpack_from(data, position + 1)
        start = position + 5
        if tag == wanted:
            return data[start : start + length]
        position = start + length
    return b""


def read_catalogue(path: Path) -> Catalogue:
    """{(context, source text): translation} of the messages without a disambiguation."""
    data = path.read_bytes()
    if not data.startswith(MAGIC):
        raise ValueError(f"{path} is not a Qt translation file")
    messages = _section(data, _MESSAGES_SECTION)
    catalogue: Catalogue = {}
    translations: list[str] = []
    context = source = comment = ""
    position = 0
    while position < len(messages):
        tag = messages[position]
        position += 1
        if tag == _END:
            if translations and not comment:
                catalogue.setdefault((context, source), translations[0])
            translations, source, comment = [], "", ""
            continue
        if tag in _OBSOLETE:
            continue
        (length,) = _LENGTH.unpack_from(messages, position)
        position += 4
        if length == 0xFFFFFFFF:  # a null string
            length = 0
        value = messages[position : position + length]
        position += length
        if tag == _TRANSLATION:
            translations.append(value.decode("utf-16-be"))
        elif tag == _SOURCE_TEXT:
            source = value.decode("utf-8")
        elif tag == _CONTEXT:
            context = value.decode("utf-8")
        elif tag == _COMMENT:
            comment = value.decode("utf-8")
    return catalogue
