"""The NIR (French social security number): checking it, and its compact, spaced and masked
forms.

15 characters: sex (1), year (2), month (2), département (2, `2A`/`2B` for Corsica), commune
(3), order (3), key (2). Key = 97 − (the first 13 digits mod 97), `2A` read as 19 and `2B` as
18. Only the length, the characters and the key are checked: temporary numbers and special
months exist, so the other fields are not second-guessed.

A NIR is sensitive personal data: no message or exception raised here contains its digits.
"""

from __future__ import annotations

import re

from peps_desktop.errors import UserError
from peps_desktop.i18n import translate

NIR_LENGTH = 15
BODY_LENGTH = 13
MASK = "•"
CORSICA = {"2A": "19", "2B": "18"}

# NirError.reason
REASON_EMPTY = "vide"
REASON_LENGTH = "longueur"
REASON_FORMAT = "format"
REASON_KEY = "cle"

_ALLOWED = frozenset("0123456789AB")
_BODY = re.compile(r"[0-9]{5}(?:[0-9]{2}|2A|2B)[0-9]{6}")
_NIR = re.compile(_BODY.pattern + r"[0-9]{2}")
# Lengths of sex, year, month, département, commune, order and key; which are masked.
_GROUPS = (1, 2, 2, 2, 3, 3, 2)
_MASKED_GROUPS = frozenset({3, 4, 5})


class NirError(UserError):
    """Not a valid NIR; `reason` is one of the REASON_* codes, str(error) the message."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def compact_nir(text: str) -> str:
    """`text` without its spaces (non-breaking ones too) and dots, in upper case."""
    return "".join(char for char in text if not char.isspace() and char != ".").upper()


def nir_key(body: str) -> int:
    """The key of a NIR's first 13 characters (compact, upper case): 1 to 97."""
    if not _BODY.fullmatch(body):
        raise ValueError("not the first 13 characters of a compact NIR")
    number = body[:5] + CORSICA.get(body[5:7], body[5:7]) + body[7:]
    return 97 - int(number) % 97


def check_nir(text: str) -> str:
    """The compact form of the NIR typed in `text`; NirError says what is wrong with it."""
    nir = compact_nir(text)
    if not nir:
        raise NirError(REASON_EMPTY, translate("Nir", "No NIR was given."))
    if not _ALLOWED.issuperset(nir) or (len(nir) == NIR_LENGTH and not _NIR.fullmatch(nir)):
        raise NirError(
            REASON_FORMAT,
            translate(
                "Nir", "A NIR is made of digits, with 2A or 2B for a département of Corsica."
            ),
        )
    if len(nir) != NIR_LENGTH:
        raise NirError(
            REASON_LENGTH,
            translate("Nir", "A NIR has 15 characters; this one has {count}.").format(
                count=len(nir)
            ),
        )
    if nir_key(nir[:BODY_LENGTH]) != int(nir[BODY_LENGTH:]):
        raise NirError(
            REASON_KEY,
            translate(
                "Nir",
                "The key (last two digits) does not match the rest of the NIR: "
                "check it for a typing error.",
            ),
        )
    return nir


def _groups(nir: str) -> list[str]:
    compact = compact_nir(nir)
    if len(compact) != NIR_LENGTH:
        raise ValueError("not a 15-character NIR")
    groups, start = [], 0
    for length in _GROUPS:
        groups.append(compact[start : start + length])
        start += length
    return groups


def spaced_nir(nir: str) -> str:
    """The NIR as people write it: `2 95 10 63 220 146 93`."""
    return " ".join(_groups(nir))


def masked_nir(nir: str) -> str:
    """The NIR shown outside the field editing it: `2 95 10 •• ••• ••• 93` (sex, year, month
    and key kept)."""
    return " ".join(
        MASK * len(group) if index in _MASKED_GROUPS else group
        for index, group in enumerate(_groups(nir))
    )
