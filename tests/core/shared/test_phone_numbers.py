"""French telephone numbers: validated, kept in E.164, shown as the French write them."""

from __future__ import annotations

import pytest

from peps_desktop.core.accounts.contact_details import (
    EMAIL,
    TELEPHONE,
    checked_telephone,
    contact_problems,
)
from peps_desktop.core.shared.phone_numbers import (
    display_telephone,
    is_valid_telephone,
    normalise_telephone,
)
from peps_desktop.errors import UserError


@pytest.mark.parametrize(
    ("typed", "stored", "shown"),
    [
        ("06 12 34 56 78", "+33612345678", "06 12 34 56 78"),  # mobile
        ("02.41.00.00.01", "+33241000001", "02 41 00 00 01"),  # fixed, with dots
        ("+33 1 23 45 67 89", "+33123456789", "01 23 45 67 89"),
        ("0033612345678", "+33612345678", "06 12 34 56 78"),
        ("09 70 12 34 56", "+33970123456", "09 70 12 34 56"),  # an internet box's line
        ("0262 21 34 56", "+262262213456", "0262 21 34 56"),  # La Réunion
        ("0590 12 34 56", "+590590123456", "0590 12 34 56"),  # Guadeloupe
    ],
)
def test_french_numbers_are_kept_in_e164_and_shown_nationally(
    typed: str, stored: str, shown: str
) -> None:
    assert normalise_telephone(typed) == stored
    assert display_telephone(stored) == shown
    assert is_valid_telephone(stored)


@pytest.mark.parametrize(
    "typed",
    ["0612", "+44 20 7946 0958", "08 92 12 34 56", "0800 12 34 56", "pas un numéro", " "],
    ids=["short", "british", "premium-rate", "freephone", "words", "blank"],
)
def test_other_numbers_are_refused_with_the_number_in_the_message(typed: str) -> None:
    with pytest.raises(UserError, match="not a French fixed or mobile number"):
        normalise_telephone(typed)
    assert not is_valid_telephone(typed)


def test_a_stored_number_that_does_not_parse_is_shown_as_it_is() -> None:
    assert display_telephone("241 abc") == "241 abc"
    assert display_telephone(None) == ""


def test_a_telephone_is_required_where_asked() -> None:
    with pytest.raises(UserError, match="is required"):
        checked_telephone(None, required=True)
    assert checked_telephone("  ", required=False) is None
    assert checked_telephone("0612345678", required=True) == "+33612345678"


def test_contact_problems_name_what_is_missing() -> None:
    assert contact_problems("a@b.fr", "+33612345678") == ()
    assert contact_problems("a@b.fr", None) == (TELEPHONE,)
    assert contact_problems("a@b.fr", "06 12 34 56 78") == (TELEPHONE,)  # not checked yet
    assert contact_problems("ab.fr", "+33612345678") == (EMAIL,)
    assert contact_problems("", None) == (EMAIL, TELEPHONE)
