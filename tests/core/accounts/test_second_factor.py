"""The second factor at sign-in, with a fixed clock: enrolment, drift, replay, lockout,
recovery codes, the 7 days of a trusted device, an administrator's reset."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from peps_desktop.core.accounts.enrolment import (
    has_authenticator,
    recover_last_administrator,
    reset_second_factor,
)
from peps_desktop.core.accounts.second_factor import (
    Enrolment,
    EnrolmentRequired,
    SecondFactorRequired,
)
from peps_desktop.core.accounts.second_factor_sign_in import SecondFactor
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared import totp
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.errors import AuthenticationError, PermissionDenied, UserError
from peps_desktop.store import Store
from peps_desktop.store.models import Account, AuditEntry
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.factories import add_account
from tests.second_factor import ADMIN_SECRET, USER_SECRET, code, enrol

PASSWORD = "Mot-de-passe-2026"


@pytest.fixture
def paul(store: Store) -> str:
    """A colleague with a password and an authenticator enrolled (USER_SECRET)."""
    with store.session() as session:
        add_account(session, "paul.durand")
    enrol(store, "paul.durand", USER_SECRET)
    return "paul.durand"


def newcomer_enrolment(store: Store, clock: FixedClock) -> Enrolment:
    """Léa Petit, an account from before the second factor: her first sign-in's new app."""
    with store.session() as session:
        add_account(session, "lea.petit")
    with pytest.raises(EnrolmentRequired) as asked:
        signs_in(store, clock, "lea.petit", SecondFactor())
    return asked.value.enrolment


def signs_in(store: Store, clock: FixedClock, login: str, factor: SecondFactor) -> SignedIn:
    return sign_in(store, clock, login, PASSWORD, factor)


def account(store: Store, login: str) -> Account:
    with store.read_session() as session:
        found = session.scalar(select(Account).where(Account.login == login))
        assert found is not None
        return found


def actions(store: Store) -> list[str]:
    with store.read_session() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


# --- enrolment ---------------------------------------------------------------------------------


def test_an_account_without_authenticator_enrols_at_its_next_sign_in(
    store: Store, clock: FixedClock
) -> None:
    enrolment = newcomer_enrolment(store, clock)
    assert enrolment.otpauth_uri.startswith("otpauth://totp/")
    assert f"secret={enrolment.secret}" in enrolment.otpauth_uri
    assert len(enrolment.recovery_codes) == 10 == len(set(enrolment.recovery_codes))
    assert not has_authenticator(store, "lea.petit")  # waiting for its first code

    wrong = SecondFactor(code="000000" if code(clock, enrolment.secret) != "000000" else "111111")
    with pytest.raises(AuthenticationError, match="Wrong code"):
        signs_in(store, clock, "lea.petit", wrong)
    factor = SecondFactor(code=code(clock, enrolment.secret))
    user = signs_in(store, clock, "lea.petit", factor)
    assert user.login == "lea.petit"
    assert has_authenticator(store, "lea.petit")
    assert factor.new_device_token  # this computer is trusted from now on
    assert "authentificateur_enregistre" in actions(store)


def test_the_secret_is_encrypted_at_rest_and_recovery_codes_hashed(
    store: Store, clock: FixedClock
) -> None:
    enrolment = newcomer_enrolment(store, clock)
    with store.engine.connect() as connection:
        raw = connection.execute(text("SELECT secret FROM authenticator")).scalars().all()
        hashes = connection.execute(text("SELECT code_hash FROM recovery_code")).scalars().all()
    secret_bytes = totp.secret_bytes(enrolment.secret)
    assert all(secret_bytes not in bytes(value) for value in raw)
    assert all(enrolment.secret.encode() not in bytes(value) for value in raw)
    dump = " ".join(hashes)
    assert all(
        recovery.replace("-", "") not in dump and recovery not in dump
        for recovery in enrolment.recovery_codes
    )


def test_signing_in_again_without_the_first_code_gives_a_new_qr_code(
    store: Store, clock: FixedClock
) -> None:
    first = newcomer_enrolment(store, clock)
    with pytest.raises(EnrolmentRequired) as again:
        signs_in(store, clock, "lea.petit", SecondFactor())
    second = again.value.enrolment
    assert first.secret != second.secret
    with pytest.raises(AuthenticationError, match="Wrong code"):
        signs_in(store, clock, "lea.petit", SecondFactor(code=code(clock, first.secret)))
    signs_in(store, clock, "lea.petit", SecondFactor(code=code(clock, second.secret)))


# --- the rules of the code ---------------------------------------------------------------------


def test_a_new_computer_needs_a_code(store: Store, clock: FixedClock, paul: str) -> None:
    with pytest.raises(SecondFactorRequired):
        signs_in(store, clock, paul, SecondFactor())
    with pytest.raises(SecondFactorRequired):
        signs_in(store, clock, paul, SecondFactor(device_token="made-up-token"))
    assert signs_in(store, clock, paul, SecondFactor(code=code(clock, USER_SECRET))).login == paul


@pytest.mark.parametrize("steps", [-1, 1])
def test_one_step_of_drift_is_accepted(
    store: Store, clock: FixedClock, paul: str, steps: int
) -> None:
    assert signs_in(store, clock, paul, SecondFactor(code=code(clock, USER_SECRET, steps)))


@pytest.mark.parametrize("steps", [-2, 2])
def test_two_steps_of_drift_are_refused(
    store: Store, clock: FixedClock, paul: str, steps: int
) -> None:
    with pytest.raises(AuthenticationError, match="Wrong code"):
        signs_in(store, clock, paul, SecondFactor(code=code(clock, USER_SECRET, steps)))


def test_a_code_already_used_is_refused_and_so_are_older_ones(
    store: Store, clock: FixedClock, paul: str
) -> None:
    used = code(clock, USER_SECRET)
    signs_in(store, clock, paul, SecondFactor(code=used))
    with pytest.raises(AuthenticationError, match="already used"):
        signs_in(store, clock, paul, SecondFactor(code=used))
    with pytest.raises(AuthenticationError, match="already used"):
        signs_in(store, clock, paul, SecondFactor(code=code(clock, USER_SECRET, -1)))
    # Within its window still, but the next step's code is new.
    assert signs_in(store, clock, paul, SecondFactor(code=code(clock, USER_SECRET, 1)))


def test_five_wrong_codes_lock_the_account(store: Store, clock: FixedClock, paul: str) -> None:
    right = code(clock, USER_SECRET)
    wrong = "123456" if right != "123456" else "654321"
    for _ in range(4):
        with pytest.raises(AuthenticationError, match="Wrong code"):
            signs_in(store, clock, paul, SecondFactor(code=wrong))
    assert account(store, paul).failed_second_factors == 4
    with pytest.raises(AuthenticationError, match="locked"):
        signs_in(store, clock, paul, SecondFactor(code=wrong))
    assert account(store, paul).status == "verrouille"
    # The right password and the right code no longer open it.
    with pytest.raises(AuthenticationError, match="locked"):
        signs_in(store, clock, paul, SecondFactor(code=right))
    assert "compte_verrouille" in actions(store)


def test_a_right_password_does_not_reset_the_count_of_wrong_codes(
    store: Store, clock: FixedClock, paul: str
) -> None:
    wrong = "123456" if code(clock, USER_SECRET) != "123456" else "654321"
    for _ in range(3):
        with pytest.raises(AuthenticationError):
            signs_in(store, clock, paul, SecondFactor(code=wrong))
        with pytest.raises(SecondFactorRequired):
            signs_in(store, clock, paul, SecondFactor())
    assert account(store, paul).failed_second_factors == 3
    signs_in(store, clock, paul, SecondFactor(code=code(clock, USER_SECRET)))
    assert account(store, paul).failed_second_factors == 0


def test_the_last_administrator_is_slowed_down_not_locked(store: Store, clock: FixedClock) -> None:
    wrong = "123456" if code(clock) != "123456" else "654321"
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD, SecondFactor(code=wrong))
    assert account(store, ADMIN.login).status == "actif"
    with pytest.raises(AuthenticationError, match="15 minutes"):
        sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD, SecondFactor(code=code(clock)))
    clock.advance(dt.timedelta(minutes=16))
    assert sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD, SecondFactor(code=code(clock)))


def test_a_recovery_code_works_once_and_tells_how_many_are_left(
    store: Store, clock: FixedClock
) -> None:
    enrolment = newcomer_enrolment(store, clock)
    signs_in(store, clock, "lea.petit", SecondFactor(code=code(clock, enrolment.secret)))

    first = SecondFactor(code=enrolment.recovery_codes[0].lower().replace("-", " "))
    signs_in(store, clock, "lea.petit", first)
    assert first.recovery_codes_left == 9
    with pytest.raises(AuthenticationError, match="Wrong code"):
        signs_in(store, clock, "lea.petit", SecondFactor(code=enrolment.recovery_codes[0]))
    second = SecondFactor(code=enrolment.recovery_codes[1])
    signs_in(store, clock, "lea.petit", second)
    assert second.recovery_codes_left == 8
    assert actions(store).count("code_secours_utilise") == 2


# --- trusted devices ---------------------------------------------------------------------------


def test_a_trusted_computer_needs_no_code_on_day_6_and_one_on_day_8(
    store: Store, clock: FixedClock, paul: str
) -> None:
    first = SecondFactor(code=code(clock, USER_SECRET))
    signs_in(store, clock, paul, first)
    token = first.new_device_token
    assert token is not None

    clock.advance(dt.timedelta(days=6))
    again = SecondFactor(device_token=token)
    assert signs_in(store, clock, paul, again).login == paul
    assert again.new_device_token is None  # nothing new to keep

    clock.advance(dt.timedelta(days=2))  # day 8
    with pytest.raises(SecondFactorRequired):
        signs_in(store, clock, paul, SecondFactor(device_token=token))
    renewed = SecondFactor(code=code(clock, USER_SECRET), device_token=token)
    signs_in(store, clock, paul, renewed)
    assert renewed.new_device_token == token  # the same device, trusted 7 more days
    clock.advance(dt.timedelta(days=6))
    signs_in(store, clock, paul, SecondFactor(device_token=token))


def test_a_device_token_is_bound_to_its_account(store: Store, clock: FixedClock, paul: str) -> None:
    with store.session() as session:
        add_account(session, "lea.petit")
    enrol(store, "lea.petit", ADMIN_SECRET)
    first = SecondFactor(code=code(clock, USER_SECRET))
    signs_in(store, clock, paul, first)
    with pytest.raises(SecondFactorRequired):
        signs_in(store, clock, "lea.petit", SecondFactor(device_token=first.new_device_token))


def test_a_device_token_without_the_password_opens_nothing(
    store: Store, clock: FixedClock, paul: str
) -> None:
    first = SecondFactor(code=code(clock, USER_SECRET))
    signs_in(store, clock, paul, first)
    with pytest.raises(AuthenticationError, match="Wrong login or password"):
        sign_in(
            store, clock, paul, "pas-le-bon-1", SecondFactor(device_token=first.new_device_token)
        )


# --- an administrator's reset, and the last administrator's way back ---------------------------


def test_an_administrator_resets_a_second_factor_and_the_holder_enrols_again(
    store: Store, clock: FixedClock, paul: str
) -> None:
    first = SecondFactor(code=code(clock, USER_SECRET))
    signs_in(store, clock, paul, first)
    admin = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    with pytest.raises(SecondFactorRequired):
        reset_second_factor(store, clock, admin, None, paul)
    assert has_authenticator(store, paul)

    reset_second_factor(store, clock, admin, code(clock), paul)
    assert not has_authenticator(store, paul)
    assert "second_facteur_reinitialise" in actions(store)
    # Devices went with it: the next sign-in enrols a new authenticator.
    with pytest.raises(EnrolmentRequired):
        signs_in(store, clock, paul, SecondFactor(device_token=first.new_device_token))


def test_a_reset_by_someone_who_is_not_an_administrator_is_refused(
    store: Store, clock: FixedClock, paul: str
) -> None:
    user = sign_in(store, clock, paul, PASSWORD)
    with pytest.raises(PermissionDenied):
        reset_second_factor(store, clock, user, code(clock, USER_SECRET), ADMIN.login)
    assert has_authenticator(store, ADMIN.login)


def test_the_last_administrator_gets_back_with_the_password_on_the_store_s_computer(
    store: Store, clock: FixedClock, paul: str
) -> None:
    with pytest.raises(AuthenticationError):
        recover_last_administrator(store, clock, ADMIN.login, "pas-le-bon-1", "PC-MAIRIE")
    with pytest.raises(PermissionDenied):
        recover_last_administrator(store, clock, paul, PASSWORD, "PC-MAIRIE")
    assert has_authenticator(store, ADMIN.login)

    recover_last_administrator(store, clock, ADMIN.login, ADMIN_PASSWORD, "PC-MAIRIE")
    assert not has_authenticator(store, ADMIN.login)
    with store.read_session() as session:
        entry = session.scalar(
            select(AuditEntry).where(AuditEntry.action == "second_facteur_reinitialise_hors_ligne")
        )
        assert entry is not None and "PC-MAIRIE" in (entry.details or "")
    with pytest.raises(EnrolmentRequired):
        sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD, SecondFactor())


def test_the_way_back_is_refused_while_another_administrator_can_reset(
    store: Store, clock: FixedClock
) -> None:
    with store.session() as session:
        add_account(session, "marc.blanc", profile="administrateur")
    with pytest.raises(UserError, match="marc.blanc"):
        recover_last_administrator(store, clock, ADMIN.login, ADMIN_PASSWORD, "PC-MAIRIE")
    assert has_authenticator(store, ADMIN.login)


def test_a_code_for_no_app_waiting_starts_the_enrolment_and_counts_nothing(
    store: Store, clock: FixedClock
) -> None:
    with store.session() as session:
        add_account(session, "lea.petit")
    with pytest.raises(EnrolmentRequired):
        signs_in(store, clock, "lea.petit", SecondFactor(code="123456"))
    assert account(store, "lea.petit").failed_second_factors == 0
