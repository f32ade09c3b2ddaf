"""Envelope encryption of a structure's data key: kept only wrapped, once per account.

The data key (store.encrypted) is wrapped with AES-256-GCM under a key derived by scrypt
from a secret the account's holder knows: their password, or the activation code an
administrator handed them until they choose one. The account and what the key is wrapped
under are authenticated with it, so a wrapped key moved to another account does not open.
Nothing here is stored in clear, logged, or copied between computers.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SALT_BYTES = 16
NONCE_BYTES = 12


@dataclass(frozen=True)
class Cost:
    """The derivation's parameters, stored with each wrapped key so that they can change:
    scrypt's for a password; HKDF (no stretching) for a random activation code."""

    n: int
    r: int = 8
    p: int = 1
    name: str = "scrypt"

    def text(self) -> str:
        if self.name == HKDF:
            return HKDF
        return f"scrypt${self.n}${self.r}${self.p}"

    @classmethod
    def parse(cls, text: str) -> Cost:
        if text == HKDF:
            return CODE_COST
        name, n, r, p = text.split("$")
        if name != "scrypt":
            raise ValueError(text)
        return cls(int(n), int(r), int(p))


HKDF = "hkdf-sha256"
# A password: as costly as its hash (once per sign-in). An activation code carries 59 random
# bits (core.accounts.admin), as many as its hash keyed in the store (security.code_hash)
# lets an attacker holding the database try: stretching would add no safety, and would cost
# an account file import of 10,000 lines minutes under the write lock.
PASSWORD_COST = Cost(2**14)
CODE_COST = Cost(0, 0, 0, HKDF)


@dataclass(frozen=True)
class WrappedKey:
    cost: Cost
    salt: bytes
    sealed: bytes = field(repr=False)  # nonce, then the key encrypted with its tag


def _kek(secret: str, salt: bytes, cost: Cost) -> bytes:
    if cost.name == HKDF:  # RFC 5869, one block: extract, then expand
        pseudo_random = hmac.new(salt, secret.encode("utf-8"), hashlib.sha256).digest()
        return hmac.new(pseudo_random, b"peps-desktop key wrap\x01", hashlib.sha256).digest()
    return hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=cost.n, r=cost.r, p=cost.p, dklen=32)


def wrap(key: bytes, secret: str, context: str, cost: Cost) -> WrappedKey:
    """`key` sealed under `secret`; `context` (whose key, under what) is authenticated."""
    salt = os.urandom(SALT_BYTES)
    return Wrapper(secret, cost, salt).wrap(key, context)


def unwrap(wrapped: WrappedKey, secret: str, context: str) -> bytes | None:
    """The key, or None when the secret or the context is not the one it was wrapped with
    (or the bytes were damaged)."""
    aead = AESGCM(_kek(secret, wrapped.salt, wrapped.cost))
    nonce, sealed = wrapped.sealed[:NONCE_BYTES], wrapped.sealed[NONCE_BYTES:]
    try:
        return aead.decrypt(nonce, sealed, context.encode("utf-8"))
    except InvalidTag:
        return None


class Wrapper:
    """One derivation for many wraps under the same secret (the demo's shared password)."""

    def __init__(self, secret: str, cost: Cost, salt: bytes | None = None) -> None:
        self.cost = cost
        self.salt = salt if salt is not None else os.urandom(SALT_BYTES)
        self._aead = AESGCM(_kek(secret, self.salt, cost))

    def wrap(self, key: bytes, context: str) -> WrappedKey:
        nonce = os.urandom(NONCE_BYTES)
        sealed = nonce + self._aead.encrypt(nonce, key, context.encode("utf-8"))
        return WrappedKey(self.cost, self.salt, sealed)


def fingerprint(key: bytes, structure_id: int) -> bytes:
    """What the store keeps to recognise a structure's key without keeping the key."""
    message = f"peps-desktop data key of structure {structure_id}".encode()
    return hmac.new(key, message, hashlib.sha256).digest()


def is_structure_key(key: bytes, structure_id: int, expected: bytes) -> bool:
    return hmac.compare_digest(fingerprint(key, structure_id), expected)
