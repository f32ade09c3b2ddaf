"""Password hashing with scrypt: secrets are never stored nor logged in clear."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

# n=2**14, r=8, p=1: about 50 ms per hash, within the stdlib's default memory limit.
_N, _R, _P = 2**14, 8, 1
_PREFIX = "scrypt"


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt, _N, _R, _P)
    encode = base64.b64encode
    return f"{_PREFIX}${_N}${_R}${_P}${encode(salt).decode()}${encode(digest).decode()}"


def verify_password(password: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        prefix, n, r, p, salt, digest = stored.split("$")
        if prefix != _PREFIX:
            return False
        expected = base64.b64decode(digest, validate=True)
        computed = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p))
    except ValueError:  # binascii.Error is a ValueError: a damaged hash never matches
        return False
    return hmac.compare_digest(computed, expected)
