"""NIR checking: keys (Corsica included), formats, lengths, separators; spaced and masked forms;
messages that never repeat the NIR."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peps_desktop.core.contact.nir import (
    REASON_EMPTY,
    REASON_FORMAT,
    REASON_KEY,
    REASON_LENGTH,
    NirError,
    check_nir,
    compact_nir,
    masked_nir,
    nir_key,
    spaced_nir,
)
from peps_desktop.errors import UserError

# Keys worked out by hand: 97 − (13 digits mod 97), 2A read as 19 and 2B as 18.
WIKIPEDIA = "255081416802538"  # the example of the French Wikipedia article, key 38
MAINLAND = "185057800608491"  # 1850578006084 mod 97 = 6
OTHER = "295106322014653"  # 2951063220146 mod 97 = 44
CORSE_DU_SUD = "185052A00608435"  # read as 1850519006084: mod 97 = 62
HAUTE_CORSE = "185052B00608462"  # read as 1850518006084: mod 97 = 35


def _key(body: str) -> int:
    """The key computed apart from the code under test."""
    return 97 - int(body.replace("2A", "19", 1).replace("2B", "18", 1)) % 97


def _refusal(text: str) -> NirError:
    with pytest.raises(NirError) as caught:
        check_nir(text)
    return caught.value


def _tells_nothing_of(error: NirError, nir: str) -> None:
    """Neither the message nor the exception's args or repr carry the NIR or a piece of it."""
    for shown in (str(error), repr(error), *map(str, error.args)):
        assert nir not in shown
        assert compact_nir(nir) not in shown
        assert re.search(r"[0-9]{3}", shown) is None, shown


@pytest.mark.parametrize("nir", [WIKIPEDIA, MAINLAND, OTHER, CORSE_DU_SUD, HAUTE_CORSE])
def test_valid_nirs_come_back_compact(nir: str) -> None:
    assert check_nir(nir) == nir
    assert nir_key(nir[:13]) == int(nir[13:]) == _key(nir[:13])


def test_corsica_is_read_as_19_and_18() -> None:
    assert nir_key("185052A006084") == nir_key("1850519006084") == 35
    assert nir_key("185052B006084") == nir_key("1850518006084") == 62
    # Corsica written with digits, as for people born there before 1976, stays valid.
    assert check_nir("185052000608408") == "185052000608408"
    assert _key("1850520006084") == 8


@pytest.mark.parametrize(
    "typed",
    [
        "1 85 05 78 006 084 91",
        "1.85.05.78.006.084.91",
        "1\u00a085\u00a005\u00a078\u00a0006\u00a0084\u00a091",  # non-breaking spaces
        "1\u202f85\u202f05 78.006.084 91",  # narrow non-breaking spaces, mixed
        "  185057800608491\t\n",
    ],
)
def test_spaces_dots_and_non_breaking_spaces_are_ignored(typed: str) -> None:
    assert check_nir(typed) == MAINLAND


def test_corsica_may_be_typed_in_lower_case() -> None:
    assert compact_nir("1 85 05 2a 006 084 35") == CORSE_DU_SUD
    assert check_nir("1 85 05 2a 006 084 35") == CORSE_DU_SUD
    assert check_nir("1 85 05 2b 006 084 62") == HAUTE_CORSE


@pytest.mark.parametrize(
    "typed",
    [
        "1 85 05 78 006 084 92",  # one off
        "1 85 05 78 006 084 00",  # a key is never 00
        "1 85 05 78 006 084 98",  # nor above 97
        "1 85 05 2A 006 084 62",  # Haute-Corse's key on Corse-du-Sud
        "1 85 05 2B 006 084 35",
        "1 85 05 78 060 084 91",  # two digits swapped
    ],
)
def test_a_wrong_key_is_told_apart(typed: str) -> None:
    error = _refusal(typed)
    assert error.reason == REASON_KEY
    assert str(error) == (
        "The key (last two digits) does not match the rest of the NIR: check it for a typing error."
    )
    _tells_nothing_of(error, typed)


@pytest.mark.parametrize(
    "typed",
    [
        "1 85 05 78 006 O84 91",  # letter O for zero
        "A 85 05 78 006 084 91",
        "1 85 05 78 2A6 084 91",  # 2A outside the département
        "1 85 05 78 006 084 2A",
        "1 85 05 3A 006 084 91",  # only 2A and 2B
        "1 85 05 2C 006 084 91",
        "1 85 05 A2 006 084 91",
        "1-85-05-78-006-084-91",  # only spaces and dots separate
        "1 85 05 78 006 084 9!",  # a foreign character decides before the length
        "1850578006084９1",  # a full-width digit is not a digit here
        "1 85 05 78 006 084 91 ?",
    ],
)
def test_a_bad_format_is_told_apart(typed: str) -> None:
    error = _refusal(typed)
    assert error.reason == REASON_FORMAT
    assert str(error) == "A NIR is made of digits, with 2A or 2B for a département of Corsica."
    _tells_nothing_of(error, typed)


@pytest.mark.parametrize(
    ("typed", "count"),
    [
        ("1 85 05 78 006 084 9", 14),
        ("1 85 05 78 006 084 911", 16),
        ("1 85 05 78 006 084", 13),
        ("9 8.7", 3),
        ("1 85 05 2A 006 084", 13),
        ("1850578006084910000", 19),
    ],
)
def test_a_wrong_length_says_how_many_characters_were_typed(typed: str, count: int) -> None:
    error = _refusal(typed)
    assert error.reason == REASON_LENGTH
    assert str(error) == f"A NIR has 15 characters; this one has {count}."
    _tells_nothing_of(error, typed)


@pytest.mark.parametrize("typed", ["", "   ", " . . ", "\u00a0"])
def test_nothing_typed(typed: str) -> None:
    error = _refusal(typed)
    assert error.reason == REASON_EMPTY
    assert str(error) == "No NIR was given."


def test_a_nir_error_is_a_user_error() -> None:
    assert isinstance(_refusal("1"), UserError)


def test_spaced_and_masked_forms() -> None:
    assert spaced_nir(OTHER) == "2 95 10 63 220 146 53"
    assert masked_nir(OTHER) == "2 95 10 •• ••• ••• 53"
    assert spaced_nir(CORSE_DU_SUD) == "1 85 05 2A 006 084 35"
    assert masked_nir(CORSE_DU_SUD) == "1 85 05 •• ••• ••• 35"
    # Either form of the same NIR gives the same result.
    assert masked_nir(spaced_nir(OTHER)) == masked_nir(OTHER)


def test_spaced_and_masked_forms_refuse_what_is_not_15_characters() -> None:
    for shown in (spaced_nir, masked_nir):
        with pytest.raises(ValueError) as caught:
            shown("2951063220146")
        assert "2951063220146" not in str(caught.value)


def test_nir_key_takes_exactly_13_characters() -> None:
    for body in ("185057800608", "18505780060849", "1850578O06084", "185057820068A"):
        with pytest.raises(ValueError):
            nir_key(body)


_BODIES = st.builds(
    lambda start, department, end: start + department + end,
    st.text("0123456789", min_size=5, max_size=5),
    st.one_of(st.text("0123456789", min_size=2, max_size=2), st.sampled_from(["2A", "2B"])),
    st.text("0123456789", min_size=6, max_size=6),
)


@given(_BODIES)
def test_any_body_with_its_key_is_valid(body: str) -> None:
    nir = f"{body}{_key(body):02d}"
    assert check_nir(nir) == nir
    assert check_nir(spaced_nir(nir)) == nir
    assert nir_key(body) == _key(body)


@given(_BODIES, st.data())
def test_changing_one_digit_of_a_valid_nir_makes_it_fail(body: str, data: st.DataObject) -> None:
    nir = f"{body}{_key(body):02d}"
    position = data.draw(st.sampled_from([i for i, char in enumerate(nir) if char.isdigit()]))
    digit = data.draw(st.sampled_from([d for d in "0123456789" if d != nir[position]]))
    changed = nir[:position] + digit + nir[position + 1 :]
    error = _refusal(changed)
    assert error.reason in (REASON_KEY, REASON_FORMAT)  # format: the 2 of 2A changed
    _tells_nothing_of(error, changed)
