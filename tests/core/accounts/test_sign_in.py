"""Sign-in: badges, failed attempts and lockout, expiry, logins, password hashing."""

from __future__ import annotations

import base64
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from peps_desktop.core.accounts.rules import MAX_FAILED_SIGN_INS
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.core.shared.security import hash_password, verify_password
from peps_desktop.errors import AuthenticationError, UserError
from peps_desktop.store import Store
from peps_desktop.store.models import Account, AuditEntry
from tests.conftest import ADMIN, ADMIN_PASSWORD, NOW
from tests.factories import add_account, set_account

USER_LOGIN = "jean.dupont"
USER_PASSWORD = "Jean-Dupont-1234"


def _add_user(store: Store, *, expires_on: dt.date = dt.date(2027, 6, 30)) -> int:
    """Jean Dupont, an active user signing in with USER_PASSWORD."""
    with store.session() as session:
        return add_account(session, USER_LOGIN, password=USER_PASSWORD, expires_on=expires_on).id


def _account(store: Store, login: str) -> Account:
    with store.read_session() as session:
        account = session.scalar(select(Account).where(Account.login == login))
    assert account is not None
    return account


# --- success -----------------------------------------------------------------------------------


def test_an_administrator_signs_in(store: Store, clock: FixedClock) -> None:
    set_account(store, ADMIN.login, failed_sign_ins=3)
    clock.advance(dt.timedelta(hours=2))
    signed = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    assert isinstance(signed, SignedIn)
    assert signed.badge == "a Claire Martin"
    assert signed.is_administrator
    assert (signed.login, signed.nom, signed.prenom, signed.profile) == (
        ADMIN.login,
        "Martin",
        "Claire",
        "administrateur",
    )
    account = _account(store, ADMIN.login)
    assert signed.account_id == account.id
    assert signed.structure_id == account.structure_id
    assert account.last_sign_in_at == NOW + dt.timedelta(hours=2)
    assert account.failed_sign_ins == 0
    assert account.status == "actif"


def test_a_user_signs_in_without_the_administrator_mark(store: Store, clock: FixedClock) -> None:
    account_id = _add_user(store)
    signed = sign_in(store, clock, USER_LOGIN, USER_PASSWORD)
    assert signed.account_id == account_id
    assert signed.badge == "Jean Dupont"
    assert not signed.badge.startswith("a ")
    assert not signed.is_administrator
    assert signed.profile == "utilisateur"
    assert _account(store, USER_LOGIN).last_sign_in_at == NOW


def test_a_sign_in_is_audited(store: Store, clock: FixedClock) -> None:
    sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    with store.read_session() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "connexion")).all()
    assert [(e.actor_login, e.at) for e in entries] == [(ADMIN.login, NOW)]


@pytest.mark.parametrize("typed", ["CLAIRE.MARTIN", "  claire.martin  ", "\tClaire.Martin\n"])
def test_the_login_is_case_insensitive_and_trimmed(
    typed: str, store: Store, clock: FixedClock
) -> None:
    assert sign_in(store, clock, typed, ADMIN_PASSWORD).login == ADMIN.login


def test_the_password_is_not_trimmed_nor_case_insensitive(store: Store, clock: FixedClock) -> None:
    for wrong in (ADMIN_PASSWORD.upper(), f" {ADMIN_PASSWORD}", f"{ADMIN_PASSWORD} "):
        with pytest.raises(AuthenticationError):
            sign_in(store, clock, ADMIN.login, wrong)


# --- failures and lockout ----------------------------------------------------------------------


REFUSED = (
    "Wrong login or password. After 5 failed sign-ins in a row an account is locked; "
    "an administrator of your structure can unlock it."
)


def test_wrong_passwords_lock_the_account_without_counting_down_aloud(
    store: Store, clock: FixedClock
) -> None:
    _add_user(store)
    for attempt in range(1, MAX_FAILED_SIGN_INS):
        with pytest.raises(AuthenticationError) as refused:
            sign_in(store, clock, USER_LOGIN, "Pas-le-bon-2026")
        assert str(refused.value) == REFUSED  # nothing about what is left
        account = _account(store, USER_LOGIN)
        assert account.failed_sign_ins == attempt
        assert account.status == "actif"
    with pytest.raises(AuthenticationError) as refused:
        sign_in(store, clock, USER_LOGIN, "Pas-le-bon-2026")
    assert str(refused.value) == REFUSED
    account = _account(store, USER_LOGIN)
    assert account.status == "verrouille"
    assert account.failed_sign_ins == MAX_FAILED_SIGN_INS
    assert account.last_sign_in_at is None
    with store.read_session() as session:
        locked = session.scalars(
            select(AuditEntry.target).where(AuditEntry.action == "compte_verrouille")
        ).all()
    assert locked == [USER_LOGIN]


def test_the_last_administrator_is_slowed_down_not_locked(store: Store, clock: FixedClock) -> None:
    for _ in range(MAX_FAILED_SIGN_INS):
        with pytest.raises(AuthenticationError):
            sign_in(store, clock, ADMIN.login, "Pas-le-bon-2026")
    with pytest.raises(AuthenticationError) as refused:
        sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)  # even the right one, for now
    assert str(refused.value) == REFUSED  # the hold-off is not announced to whoever tries
    assert _account(store, ADMIN.login).status == "actif"
    clock.advance(dt.timedelta(minutes=15))
    assert sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD).is_administrator


def test_an_expired_last_administrator_is_renewed_at_sign_in(
    store: Store, clock: FixedClock
) -> None:
    set_account(store, ADMIN.login, expires_on=clock.now().date())
    assert sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD).is_administrator
    assert _account(store, ADMIN.login).expires_on == dt.date(2028, 5, 25)


def test_a_locked_account_refuses_even_the_right_password(store: Store, clock: FixedClock) -> None:
    _add_user(store)
    for _ in range(MAX_FAILED_SIGN_INS):
        with pytest.raises(AuthenticationError):
            sign_in(store, clock, USER_LOGIN, "mauvais")
    with pytest.raises(AuthenticationError) as refused:
        sign_in(store, clock, USER_LOGIN, USER_PASSWORD)
    # The same words as any refusal: they name the lockout and who unlocks it.
    assert str(refused.value) == REFUSED
    account = _account(store, USER_LOGIN)
    assert account.status == "verrouille"
    assert account.last_sign_in_at is None
    # The administrator is not affected by someone else's lockout.
    assert sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD).login == ADMIN.login


def test_a_success_resets_the_counter(store: Store, clock: FixedClock) -> None:
    for _ in range(MAX_FAILED_SIGN_INS - 1):
        with pytest.raises(AuthenticationError):
            sign_in(store, clock, ADMIN.login, "mauvais")
    sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    assert _account(store, ADMIN.login).failed_sign_ins == 0
    # Four more failures in a row do not lock: the earlier ones were forgotten.
    for _ in range(MAX_FAILED_SIGN_INS - 1):
        with pytest.raises(AuthenticationError):
            sign_in(store, clock, ADMIN.login, "mauvais")
    assert _account(store, ADMIN.login).failed_sign_ins == MAX_FAILED_SIGN_INS - 1
    assert _account(store, ADMIN.login).status == "actif"


def test_an_unknown_login_gets_the_generic_message(store: Store, clock: FixedClock) -> None:
    before = _account(store, ADMIN.login)
    with pytest.raises(AuthenticationError) as refused:
        sign_in(store, clock, "personne.inconnue", ADMIN_PASSWORD)
    assert str(refused.value) == REFUSED
    after = _account(store, ADMIN.login)
    assert (after.failed_sign_ins, after.version) == (before.failed_sign_ins, before.version)


def test_an_authentication_error_is_a_user_error() -> None:
    assert issubclass(AuthenticationError, UserError)


# --- expiry ------------------------------------------------------------------------------------


@pytest.mark.parametrize("days", [0, -1, -400], ids=["on-the-day", "day-after", "long-ago"])
def test_an_expired_account_is_refused_with_its_expiry_date(
    days: int, store: Store, clock: FixedClock
) -> None:
    expires_on = NOW.date() + dt.timedelta(days=days)
    _add_user(store, expires_on=expires_on)
    with pytest.raises(AuthenticationError) as refused:
        sign_in(store, clock, USER_LOGIN, USER_PASSWORD)
    assert expires_on.strftime("%d/%m/%Y") in str(refused.value)
    assert "expired" in str(refused.value)
    account = _account(store, USER_LOGIN)
    assert account.status == "expire"
    assert account.last_sign_in_at is None


def test_an_account_expiring_tomorrow_still_signs_in(store: Store, clock: FixedClock) -> None:
    _add_user(store, expires_on=NOW.date() + dt.timedelta(days=1))
    assert sign_in(store, clock, USER_LOGIN, USER_PASSWORD).login == USER_LOGIN
    clock.advance(dt.timedelta(days=1))
    with pytest.raises(AuthenticationError, match="expired"):
        sign_in(store, clock, USER_LOGIN, USER_PASSWORD)


# --- password hashing --------------------------------------------------------------------------


def test_passwords_are_never_stored_in_clear(store: Store, clock: FixedClock) -> None:
    stored = _account(store, ADMIN.login).password_hash
    assert stored is not None
    assert ADMIN_PASSWORD not in stored
    assert ADMIN_PASSWORD.encode().hex() not in stored
    assert base64.b64encode(ADMIN_PASSWORD.encode()).decode() not in stored
    assert stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert verify_password(ADMIN_PASSWORD, stored)
    assert not verify_password(ADMIN_PASSWORD + "x", stored)


def test_the_same_password_hashes_differently_each_time() -> None:
    first, second = hash_password("Mot-de-passe-2026"), hash_password("Mot-de-passe-2026")
    assert first != second  # salted
    assert verify_password("Mot-de-passe-2026", first)
    assert verify_password("Mot-de-passe-2026", second)


def _tamper(stored: str, field: int, change: str) -> str:
    parts = stored.split("$")
    value = parts[field]
    if change == "flip":
        decoded = bytearray(base64.b64decode(value + "=" * (-len(value) % 4)))
        decoded[0] ^= 0x01
        parts[field] = base64.b64encode(bytes(decoded)).decode().rstrip("=")
    elif change == "truncate":
        parts[field] = value[:-3]
    elif change == "replace":
        parts[field] = "argon2"
    return "$".join(parts)


@pytest.mark.parametrize(
    ("field", "change"),
    [(5, "flip"), (4, "flip"), (0, "replace"), (5, "truncate"), (4, "truncate")],
    ids=["digest-flipped", "salt-flipped", "other-scheme", "digest-truncated", "salt-truncated"],
)
def test_a_tampered_hash_fails(field: int, change: str) -> None:
    stored = hash_password("Mot-de-passe-2026")
    tampered = _tamper(stored, field, change)
    assert tampered != stored
    assert verify_password("Mot-de-passe-2026", tampered) is False


@pytest.mark.parametrize(
    "stored",
    [
        None,
        "",
        "n'importe quoi",
        "scrypt$1$2$3",
        "scrypt$x$8$1$a$b",
        "scrypt$1099511627776$8$1$YQ==$YQ==",  # would ask for terabytes: refused, not run
        "$argon2id$v=19$m=99999999999,t=2,p=1$YWFhYQ$YWFhYQ",
        "$argon2id$v=16$m=19456,t=2,p=1$YWFhYQ$YWFhYQ",
    ],
)
def test_a_malformed_hash_fails(stored: str | None) -> None:
    assert verify_password("Mot-de-passe-2026", stored) is False


def test_a_tampered_hash_in_the_store_refuses_the_sign_in(store: Store, clock: FixedClock) -> None:
    stored = _account(store, ADMIN.login).password_hash
    assert stored is not None
    set_account(store, ADMIN.login, password_hash=_tamper(stored, 5, "flip"))
    with pytest.raises(AuthenticationError):
        sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)


@settings(max_examples=8, deadline=None)
@given(password=st.text(max_size=40), other=st.text(min_size=1, max_size=5))
def test_hash_and_verify_round_trip(password: str, other: str) -> None:
    stored = hash_password(password)
    assert verify_password(password, stored)
    _, kind, version, parameters, salt, digest = stored.split("$")
    assert (kind, version, parameters) == ("argon2id", "v=19", "m=19456,t=2,p=1")
    assert len(base64.b64decode(salt + "==")) == 16 and len(base64.b64decode(digest + "=")) == 32
    assert not verify_password(password + other, stored)


# --- no guessing of logins, and today's hash parameters ------------------------------------------


def _legacy_scrypt_hash(password: str) -> str:
    """A hash as earlier versions made them: scrypt, n=2**14, r=8, p=1."""
    import hashlib

    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    encode = base64.b64encode
    return f"scrypt${2**14}$8$1${encode(salt).decode()}${encode(digest).decode()}"


def test_an_older_hash_still_signs_in_and_is_replaced_by_argon2id(
    store: Store, clock: FixedClock
) -> None:
    _add_user(store)
    set_account(store, USER_LOGIN, password_hash=_legacy_scrypt_hash(USER_PASSWORD))
    sign_in(store, clock, USER_LOGIN, USER_PASSWORD)
    rehashed = _account(store, USER_LOGIN).password_hash
    assert rehashed is not None and rehashed.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert verify_password(USER_PASSWORD, rehashed)
    # Once replaced, it is kept: the next sign-in does not hash again.
    sign_in(store, clock, USER_LOGIN, USER_PASSWORD)
    assert _account(store, USER_LOGIN).password_hash == rehashed


def test_a_wrong_password_leaves_an_older_hash_as_it_is(store: Store, clock: FixedClock) -> None:
    _add_user(store)
    legacy = _legacy_scrypt_hash(USER_PASSWORD)
    set_account(store, USER_LOGIN, password_hash=legacy)
    with pytest.raises(AuthenticationError):
        sign_in(store, clock, USER_LOGIN, "Pas-le-bon-2026")
    assert _account(store, USER_LOGIN).password_hash == legacy


@pytest.fixture
def argon2_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int, int]]:
    """The parameters of every Argon2id computation, in order."""
    from peps_desktop.core.shared import security

    calls: list[tuple[int, int, int]] = []
    compute = security._argon2

    def counted(password: str, salt: bytes, memory: int, iterations: int, lanes: int) -> bytes:
        calls.append((memory, iterations, lanes))
        return compute(password, salt, memory, iterations, lanes)

    monkeypatch.setattr(security, "_argon2", counted)
    return calls


def test_an_unknown_login_and_a_wrong_password_get_the_same_answer_after_the_same_work(
    store: Store, clock: FixedClock, argon2_calls: list[tuple[int, int, int]]
) -> None:
    from peps_desktop.core.shared.security import (
        ARGON2_ITERATIONS,
        ARGON2_LANES,
        ARGON2_MEMORY_KIB,
    )

    _add_user(store)
    answers = {}
    for login in (USER_LOGIN, "personne.inconnue"):
        argon2_calls.clear()
        with pytest.raises(AuthenticationError) as refused:
            sign_in(store, clock, login, "Pas-le-bon-2026")
        answers[login] = (type(refused.value), str(refused.value), list(argon2_calls))
    today = (ARGON2_MEMORY_KIB, ARGON2_ITERATIONS, ARGON2_LANES)
    assert answers[USER_LOGIN] == answers["personne.inconnue"]
    assert answers[USER_LOGIN] == (AuthenticationError, REFUSED, [today])


def test_a_locked_account_costs_the_same_work_as_any_refusal(
    store: Store, clock: FixedClock, argon2_calls: list[tuple[int, int, int]]
) -> None:
    _add_user(store)
    set_account(store, USER_LOGIN, status="verrouille", failed_sign_ins=MAX_FAILED_SIGN_INS)
    with pytest.raises(AuthenticationError) as refused:
        sign_in(store, clock, USER_LOGIN, USER_PASSWORD)
    assert str(refused.value) == REFUSED
    assert len(argon2_calls) == 1
