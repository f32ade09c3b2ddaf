"""The second factor's rules: a code from the authenticator app, or a single-use recovery code.

6 digits, 30-second steps, one step of drift either way; a code already accepted (and every
older one) is refused; 5 wrong codes in a row lock the account like 5 wrong passwords (the
structure's last administrator is slowed down instead). Sensitive actions run through
`confirmed`: the code is checked, and spent, in the action's own unit of work.
"""

from __future__ import annotations

import datetime as dt
import hmac
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peps_desktop.core.accounts.administrators import is_last_active_administrator
from peps_desktop.core.accounts.rules import MAX_FAILED_SIGN_INS, STATUS_VERROUILLE
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared import audit, totp
from peps_desktop.core.shared.clock import Clock
from peps_desktop.errors import AuthenticationError, PermissionDenied
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.models import Account, Authenticator, RecoveryCode

MAX_FAILED_CODES = MAX_FAILED_SIGN_INS
THROTTLE = dt.timedelta(minutes=15)
# No 0/O, 1/I/L: recovery codes are copied by hand from paper.
RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
RECOVERY_LENGTH = 10
LOCKED_BY_CODES = "compte_verrouille"


class SecondFactorRequired(AuthenticationError):
    """The password is right; a code from the authenticator app is needed on this computer."""


@dataclass(frozen=True)
class Enrolment:
    """A new authenticator waiting for its first code: shown once, never kept in clear."""

    login: str
    secret: str
    otpauth_uri: str
    recovery_codes: tuple[str, ...]


class EnrolmentRequired(AuthenticationError):
    """The password is right; the account has no authenticator yet: `enrolment` is its new
    one, to scan and confirm with a first code."""

    def __init__(self, message: str, enrolment: Enrolment) -> None:
        super().__init__(message)
        self.enrolment = enrolment


@dataclass(frozen=True)
class Verdict:
    """What a code was worth: a refusal, or accepted (telling what is left of recovery codes
    when one was spent)."""

    refusal: AuthenticationError | None = None
    recovery_codes_left: int | None = None


def confirmed_authenticator(session: Session, account_id: int) -> Authenticator | None:
    return session.scalar(
        select(Authenticator)
        .where(Authenticator.account_id == account_id, Authenticator.confirmed_at.is_not(None))
        .order_by(Authenticator.confirmed_at.desc())
        .limit(1)
    )


def pending_authenticator(session: Session, account_id: int) -> Authenticator | None:
    return session.scalar(
        select(Authenticator)
        .where(Authenticator.account_id == account_id, Authenticator.confirmed_at.is_(None))
        .order_by(Authenticator.id.desc())
        .limit(1)
    )


def normalised_recovery_code(code: str) -> str:
    return "".join(character for character in code.upper() if character.isalnum())


def recovery_code_hash(secret: str, code: str) -> str:
    """HMAC-SHA-256 keyed by the authenticator's secret, which is itself encrypted at rest:
    the hashes alone cannot be tried against every possible code."""
    key = hmac.new(totp.secret_bytes(secret), b"peps-desktop recovery codes", "sha256").digest()
    return hmac.new(key, normalised_recovery_code(code).encode("ascii"), "sha256").hexdigest()


def recovery_codes_left(session: Session, authenticator: Authenticator) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(RecoveryCode)
            .where(
                RecoveryCode.authenticator_id == authenticator.id, RecoveryCode.used_at.is_(None)
            )
        )
        or 0
    )


# --- refusals ----------------------------------------------------------------------------------


def _wrong_code() -> AuthenticationError:
    return AuthenticationError(
        translate(
            "SecondFactor",
            "Wrong code. Enter the 6-digit code your authenticator app shows now, or one of "
            "your recovery codes.",
        )
    )


def _used_code() -> AuthenticationError:
    return AuthenticationError(
        translate(
            "SecondFactor",
            "This code was already used. Wait for the next code in your authenticator app.",
        )
    )


def _no_code() -> AuthenticationError:
    return SecondFactorRequired(
        translate("SecondFactor", "Enter the code of your authenticator app to confirm.")
    )


def _no_authenticator() -> AuthenticationError:
    return AuthenticationError(
        translate(
            "SecondFactor",
            "Your account has no authenticator yet: sign out, then sign in again to set one up.",
        )
    )


def locked_by_codes() -> AuthenticationError:
    return AuthenticationError(
        translate(
            "SecondFactor",
            "This account is locked after too many wrong codes. Ask an administrator of your "
            "structure to unlock it.",
        )
    )


def _throttled() -> AuthenticationError:
    return AuthenticationError(
        translate(
            "SecondFactor",
            "Too many wrong codes. This account is the structure's last administrator, so it "
            "is not locked: try again in 15 minutes.",
        )
    )


# --- checking a code ---------------------------------------------------------------------------


def _count_failure(session: Session, clock: Clock, account: Account) -> AuthenticationError | None:
    """Count a wrong code; the refusal to give instead of the plain one when it locks."""
    now = clock.now()
    account.failed_second_factors += 1
    account.last_failed_second_factor_at = now
    if account.failed_second_factors < MAX_FAILED_CODES:
        return None
    if is_last_active_administrator(session, account, now.date()):
        return _throttled()
    account.status = STATUS_VERROUILLE
    audit.record(
        session, clock, account.login, LOCKED_BY_CODES, account.login, motif="codes errones"
    )
    return locked_by_codes()


def is_throttled(account: Account, now: dt.datetime) -> bool:
    return (
        account.failed_second_factors >= MAX_FAILED_CODES
        and account.last_failed_second_factor_at is not None
        and now - account.last_failed_second_factor_at < THROTTLE
    )


def _spend_recovery_code(
    session: Session, clock: Clock, authenticator: Authenticator, code: str, spend: bool
) -> bool:
    digest = recovery_code_hash(authenticator.secret, code)
    found = session.scalar(
        select(RecoveryCode).where(
            RecoveryCode.authenticator_id == authenticator.id,
            RecoveryCode.code_hash == digest,
            RecoveryCode.used_at.is_(None),
        )
    )
    if found is None:
        return False
    if spend:
        found.used_at = clock.now()
    return True


def check_code(
    session: Session,
    clock: Clock,
    account: Account,
    code: str | None,
    *,
    authenticator: Authenticator | None = None,
    spend: bool = True,
) -> Verdict:
    """Check `code` against the account's confirmed authenticator (or `authenticator`, one
    being enrolled); wrong codes are counted and a right one resets the count.

    With spend=False a right code is not marked used: the caller's next step spends it.
    """
    if not (code or "").strip():
        return Verdict(_no_code())
    assert code is not None
    target = authenticator or confirmed_authenticator(session, account.id)
    if target is None:
        return Verdict(_no_authenticator())
    now = clock.now()
    if account.status == STATUS_VERROUILLE:
        return Verdict(locked_by_codes())
    if is_throttled(account, now):
        return Verdict(_throttled())
    left: int | None = None
    if totp.looks_like_code(code):
        step = totp.matching_step(target.secret, code, now)
        accepted = step is not None and (
            target.last_used_step is None or step > target.last_used_step
        )
        if step is not None and not accepted:
            return Verdict(_count_failure(session, clock, account) or _used_code())
        if accepted and spend:
            target.last_used_step = step
    else:
        # Recovery codes belong to a confirmed authenticator only.
        accepted = target.confirmed_at is not None and _spend_recovery_code(
            session, clock, target, code, spend
        )
        if accepted:
            session.flush()
            left = recovery_codes_left(session, target)
            audit.record(session, clock, account.login, "code_secours_utilise", account.login)
    if not accepted:
        return Verdict(_count_failure(session, clock, account) or _wrong_code())
    account.failed_second_factors = 0
    return Verdict(recovery_codes_left=left)


T = TypeVar("T")


def confirmed(
    store: Store,
    clock: Clock,
    actor: SignedIn,
    code: str | None,
    work: Callable[[Session], T],
) -> T:
    """Run a sensitive action's `work` in one unit of work, after the actor's code.

    A refused code is counted (and committed) and the work is not run; when the work raises,
    everything is rolled back, the code's use too: nothing was done with it.
    """
    with store.session() as session:
        account = session.get(Account, actor.account_id)
        if account is None:
            raise PermissionDenied(translate("SecondFactor", "Your account no longer exists."))
        verdict = check_code(session, clock, account, code)
        if verdict.refusal is None:
            return work(session)
    raise verdict.refusal
