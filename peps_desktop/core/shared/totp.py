"""One-time codes of an authenticator app: HOTP (RFC 4226) and TOTP (RFC 6238).

Secrets are 160 random bits written in base32, as authenticator apps read them from an
`otpauth://` URI or typed by hand. Codes are compared in constant time.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets
import struct
from urllib.parse import quote, urlencode

DIGITS = 6
STEP_SECONDS = 30
# One step of clock drift accepted either way: the phone's clock and the desktop's differ.
DRIFT_STEPS = 1
SECRET_BYTES = 20  # 160 bits, the size RFC 4226 recommends for HMAC-SHA-1
ISSUER = "PEP's Desktop"

_ALGORITHMS = {"sha1": hashlib.sha1, "sha256": hashlib.sha256, "sha512": hashlib.sha512}


def new_secret() -> str:
    """A new secret, in base32 without padding."""
    return base64.b32encode(secrets.token_bytes(SECRET_BYTES)).decode("ascii").rstrip("=")


def secret_bytes(secret: str) -> bytes:
    compact = "".join(secret.split()).upper()
    return base64.b32decode(compact + "=" * (-len(compact) % 8))


def grouped(secret: str) -> str:
    """The secret in groups of four, easier to type by hand."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def hotp(key: bytes, counter: int, digits: int = DIGITS, algorithm: str = "sha1") -> str:
    """RFC 4226: an HMAC of the counter, dynamically truncated to `digits` decimal digits."""
    digest = hmac.new(key, struct.pack(">Q", counter), _ALGORITHMS[algorithm]).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(number % 10**digits).zfill(digits)


def step_at(unix_time: float) -> int:
    return int(unix_time // STEP_SECONDS)


def unix_time(moment: dt.datetime) -> float:
    """The clock's naive local time as Unix time, which TOTP counts in."""
    return moment.timestamp()


def code_at(secret: str, moment: dt.datetime, steps: int = 0) -> str:
    """The code an app shows at `moment` (`steps` later or earlier)."""
    return hotp(secret_bytes(secret), step_at(unix_time(moment)) + steps)


def normalised_code(code: str) -> str:
    """Spaces and dashes are allowed between digits ("123 456")."""
    return "".join(character for character in code if character not in " -\u00a0\u202f")


def looks_like_code(code: str) -> bool:
    compact = normalised_code(code)
    return len(compact) == DIGITS and compact.isascii() and compact.isdigit()


def matching_step(secret: str, code: str, moment: dt.datetime) -> int | None:
    """The time step whose code is `code`, within the drift allowed; None if none matches.

    Every candidate is computed and compared, so the time taken says nothing of which one.
    """
    if not looks_like_code(code):
        return None
    given = normalised_code(code).encode("ascii")
    key = secret_bytes(secret)
    current = step_at(unix_time(moment))
    found: int | None = None
    for step in range(current - DRIFT_STEPS, current + DRIFT_STEPS + 1):
        if hmac.compare_digest(hotp(key, step).encode("ascii"), given):
            found = step if found is None else found
    return found


def otpauth_uri(secret: str, account_name: str, issuer: str = ISSUER) -> str:
    """The Key URI format authenticator apps read from a QR code."""
    label = quote(f"{issuer}:{account_name}", safe="@")
    parameters = urlencode(
        {
            "secret": secret,
            "issuer": issuer,
            "algorithm": "SHA1",
            "digits": DIGITS,
            "period": STEP_SECONDS,
        },
        quote_via=quote,
    )
    return f"otpauth://totp/{label}?{parameters}"
