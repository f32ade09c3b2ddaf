"""TOTP against the test vectors of RFC 6238 (appendix B) and HOTP's of RFC 4226."""

from __future__ import annotations

import base64
import datetime as dt

import pytest

from peps_desktop.core.shared import totp

# RFC 6238's seeds: the ASCII digits repeated to the hash's size.
SEEDS = {
    "sha1": b"12345678901234567890",
    "sha256": b"12345678901234567890123456789012",
    "sha512": b"1234567890123456789012345678901234567890123456789012345678901234",
}
VECTORS = [
    (59, "94287082", "46119246", "90693936"),
    (1111111109, "07081804", "68084774", "25091201"),
    (1111111111, "14050471", "67062674", "99943326"),
    (1234567890, "89005924", "91819424", "93441116"),
    (2000000000, "69279037", "90698825", "38618901"),
    (20000000000, "65353130", "77737706", "47863826"),
]


@pytest.mark.parametrize(("unix_time", "sha1", "sha256", "sha512"), VECTORS)
def test_the_rfc_6238_vectors(unix_time: int, sha1: str, sha256: str, sha512: str) -> None:
    step = totp.step_at(unix_time)
    assert totp.hotp(SEEDS["sha1"], step, 8, "sha1") == sha1
    assert totp.hotp(SEEDS["sha256"], step, 8, "sha256") == sha256
    assert totp.hotp(SEEDS["sha512"], step, 8, "sha512") == sha512


def test_the_rfc_4226_vectors() -> None:
    expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922"]
    assert [totp.hotp(SEEDS["sha1"], counter) for counter in range(7)] == expected


def test_a_base32_secret_gives_the_same_codes_as_its_bytes() -> None:
    secret = base64.b32encode(SEEDS["sha1"]).decode()
    moment = dt.datetime.fromtimestamp(1111111109)
    assert totp.code_at(secret, moment) == totp.hotp(SEEDS["sha1"], totp.step_at(1111111109))
    assert totp.code_at(totp.grouped(secret).lower(), moment) == totp.code_at(secret, moment)


def test_one_step_of_drift_is_accepted_either_way_two_are_not() -> None:
    secret = totp.new_secret()
    now = dt.datetime(2026, 11, 25, 9, 30, 10)
    current = totp.step_at(totp.unix_time(now))
    for steps in (-1, 0, 1):
        assert totp.matching_step(secret, totp.code_at(secret, now, steps), now) == current + steps
    for steps in (-2, 2):
        assert totp.matching_step(secret, totp.code_at(secret, now, steps), now) is None


def test_codes_may_carry_spaces_but_nothing_else() -> None:
    secret = totp.new_secret()
    now = dt.datetime(2026, 11, 25, 9, 30)
    code = totp.code_at(secret, now)
    assert totp.matching_step(secret, f"{code[:3]} {code[3:]}", now) is not None
    assert totp.matching_step(secret, code[:5], now) is None
    assert totp.matching_step(secret, "abcdef", now) is None


def test_the_uri_names_the_issuer_the_account_and_the_parameters() -> None:
    uri = totp.otpauth_uri("JBSWY3DPEHPK3PXP", "claire.martin")
    assert uri.startswith("otpauth://totp/PEP%27s%20Desktop%3Aclaire.martin?")
    assert "secret=JBSWY3DPEHPK3PXP" in uri
    assert "digits=6" in uri and "period=30" in uri and "algorithm=SHA1" in uri


def test_new_secrets_are_160_bits_and_differ() -> None:
    first, second = totp.new_secret(), totp.new_secret()
    assert first != second
    assert len(totp.secret_bytes(first)) == 20
