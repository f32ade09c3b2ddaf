"""French telephone numbers, fixed or mobile: validated, stored in E.164, shown nationally.

`phonenumbers` is imported on first use: its metadata is not needed to start the application.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from peps_desktop.errors import UserError
from peps_desktop.i18n import translate

# Metropolitan France first, then the overseas departments and collectivities whose numbers
# are dialled nationally with a 0 too (0262 for La Réunion…).
REGIONS = ("FR", "RE", "GP", "MQ", "GF", "YT", "PM", "BL", "MF")


@cache
def _library() -> Any:
    import phonenumbers

    return phonenumbers


def _accepted_types() -> set[int]:
    kinds = _library().PhoneNumberType
    # 09 numbers are the fixed lines of internet boxes: VOIP to the library.
    return {kinds.FIXED_LINE, kinds.MOBILE, kinds.FIXED_LINE_OR_MOBILE, kinds.VOIP}


def _parsed(text: str) -> Any | None:
    if any(character.isalpha() for character in text):
        return None  # the library would read letters as a keypad's digits
    library = _library()
    for region in REGIONS:
        try:
            number = library.parse(text, region)
        except library.NumberParseException:
            return None
        if (
            library.is_valid_number(number)
            and library.region_code_for_number(number) in REGIONS
            and library.number_type(number) in _accepted_types()
        ):
            return number
    return None


def normalise_telephone(text: str) -> str:
    """The number in E.164 (+33612345678); a UserError naming the number when it is not a
    French fixed or mobile number."""
    number = _parsed(text.strip()) if text.strip() else None
    if number is None:
        raise UserError(
            translate(
                "Telephone",
                "The telephone number “{number}” is not a French fixed or mobile number "
                "(e.g. 06 12 34 56 78 or 02 41 00 00 00).",
            ).format(number=text.strip())
        )
    library = _library()
    return str(library.format_number(number, library.PhoneNumberFormat.E164))


def is_valid_telephone(stored: str | None) -> bool:
    return bool(stored) and _parsed(stored or "") is not None


def display_telephone(stored: str | None) -> str:
    """As the French write it (06 12 34 56 78); a number that does not parse as it is."""
    if not stored:
        return ""
    number = _parsed(stored)
    if number is None:
        return stored
    library = _library()
    return str(library.format_number(number, library.PhoneNumberFormat.NATIONAL))
