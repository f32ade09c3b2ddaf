"""Password hashing: secrets are never stored nor logged in clear.

Passwords are hashed with Argon2id at OWASP's parameters (19 MiB, 2 passes, 1 lane): about
50 ms per hash on a 2-core machine, memory-hard against guessing on graphics cards. Hashes
made earlier (scrypt, `scrypt$N$r$p$salt$digest`) still verify; `needs_rehash` tells the
sign-in to replace them with the current kind, transparently, while it holds the password.

Activation codes are random and short-lived: a password KDF would only slow an import down
(one hash per new account), so they get a keyed hash, HMAC-SHA-256 under a per-store secret
(`code_hash`); codes hashed before with scrypt still verify.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

# OWASP Password Storage Cheat Sheet: Argon2id, m=19 MiB, t=2, p=1.
ARGON2_MEMORY_KIB = 19 * 1024
ARGON2_ITERATIONS = 2
ARGON2_LANES = 1
_ARGON2 = "argon2id"
_ARGON2_VERSION = "v=19"
_SCRYPT = "scrypt"
_CODE = "hmac-sha256"
_HASH_BYTES = 32
_SALT_BYTES = 16
# Stored scrypt hashes ask for n up to 2**20 at most: a damaged hash never costs more.
_SCRYPT_MAX_N = 2**20


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)


def _argon2(password: str, salt: bytes, memory: int, iterations: int, lanes: int) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=_HASH_BYTES,
        iterations=iterations,
        lanes=lanes,
        memory_cost=memory,
    )
    return kdf.derive(password.encode("utf-8", "surrogatepass"))


def hash_password(password: str) -> str:
    """`$argon2id$v=19$m=19456,t=2,p=1$salt$hash` (PHC string format)."""
    salt = secrets.token_bytes(_SALT_BYTES)
    digest = _argon2(password, salt, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS, ARGON2_LANES)
    parameters = f"m={ARGON2_MEMORY_KIB},t={ARGON2_ITERATIONS},p={ARGON2_LANES}"
    return f"${_ARGON2}${_ARGON2_VERSION}${parameters}${_b64(salt)}${_b64(digest)}"


# A hash of nothing anyone knows, at the current parameters: checked against when the login
# is unknown, so that an unknown login costs the same time as a wrong password.
_DECOY = (
    f"${_ARGON2}${_ARGON2_VERSION}$m={ARGON2_MEMORY_KIB},t={ARGON2_ITERATIONS},p={ARGON2_LANES}$"
)
_DECOY += f"{_b64(b'peps-desktop-decoy')}${_b64(bytes(_HASH_BYTES))}"


def spend_a_verification(password: str) -> None:
    """Cost what verifying a password costs, and match nothing."""
    verify_password(password, _DECOY)


def verify_password(password: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        if stored.startswith(f"${_ARGON2}$"):
            return _verify_argon2(password, stored)
        if stored.startswith(f"{_SCRYPT}$"):
            return _verify_scrypt(password, stored)
    except (ValueError, binascii.Error):  # a damaged hash never matches
        return False
    return False


def _verify_argon2(password: str, stored: str) -> bool:
    _, _, version, parameters, salt, digest = stored.split("$")
    if version != _ARGON2_VERSION:
        return False
    values = dict(item.split("=", 1) for item in parameters.split(","))
    memory, iterations, lanes = (int(values[key]) for key in ("m", "t", "p"))
    if not (8 * lanes <= memory <= 4 * 1024 * 1024 and 1 <= iterations <= 16 and lanes <= 16):
        return False
    expected = _unb64(digest)
    computed = _argon2(password, _unb64(salt), memory, iterations, lanes)
    return hmac.compare_digest(computed, expected)


def _verify_scrypt(password: str, stored: str) -> bool:
    _, n_text, r_text, p_text, salt, digest = stored.split("$")
    n, r, p = int(n_text), int(r_text), int(p_text)
    if not (2 <= n <= _SCRYPT_MAX_N and 1 <= r <= 16 and 1 <= p <= 4):
        return False
    expected = base64.b64decode(digest, validate=True)
    computed = hashlib.scrypt(
        password.encode("utf-8", "surrogatepass"),
        salt=base64.b64decode(salt),
        n=n,
        r=r,
        p=p,
        dklen=_HASH_BYTES,
        maxmem=2 * 128 * n * r * p,
    )
    return hmac.compare_digest(computed, expected)


def needs_rehash(stored: str | None) -> bool:
    """True for a hash of an older kind or weaker parameters than today's."""
    if not stored:
        return False
    current = f"m={ARGON2_MEMORY_KIB},t={ARGON2_ITERATIONS},p={ARGON2_LANES}"
    parts = stored.split("$")
    return not (
        len(parts) == 6
        and parts[1] == _ARGON2
        and parts[2] == _ARGON2_VERSION
        and parts[3] == current
    )


# --- one-time activation codes ---------------------------------------------------------------


def new_store_secret() -> bytes:
    return secrets.token_bytes(32)


def code_hash(secret: bytes, login: str, code: str) -> str:
    """`hmac-sha256$…`: the code under the store's secret, bound to the login it was made for."""
    digest = hmac.new(secret, f"{login}\x00{code}".encode(), hashlib.sha256).digest()
    return f"{_CODE}${_b64(digest)}"


def verify_code(secret: bytes | None, login: str, code: str, stored: str | None) -> bool:
    """A code against its stored hash: a keyed hash, or scrypt for codes issued earlier."""
    if not stored:
        return False
    if stored.startswith(f"{_CODE}$"):
        if secret is None:
            return False
        return hmac.compare_digest(code_hash(secret, login, code), stored)
    return verify_password(code, stored)
