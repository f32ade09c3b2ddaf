"""Sign-in: scrypt-checked passwords, lockout after five failures, expired accounts refused."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from peps_desktop.core.accounts.administrators import is_last_active_administrator
from peps_desktop.core.accounts.data_key_access import unlock_at_sign_in
from peps_desktop.core.accounts.expiry import keep_an_administrator
from peps_desktop.core.accounts.rules import (
    MAX_FAILED_SIGN_INS,
    STATUS_EXPIRE,
    STATUS_VERROUILLE,
    badge,
    is_expired,
)
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared import audit
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.security import verify_password
from peps_desktop.errors import AuthenticationError, NotActivated
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.models import Account


def _wrong_credentials() -> AuthenticationError:
    return AuthenticationError(translate("Auth", "Wrong login or password."))


def _locked() -> AuthenticationError:
    return AuthenticationError(
        translate(
            "Auth",
            "This account is locked after too many failed sign-ins. "
            "Ask an administrator of your structure to unlock it.",
        )
    )


THROTTLE = dt.timedelta(minutes=15)


def _throttled() -> AuthenticationError:
    return AuthenticationError(
        translate(
            "Auth",
            "Too many failed sign-ins. This account is the structure's last administrator, so "
            "it is not locked: try again in 15 minutes.",
        )
    )


def _wrong_password(session: Session, clock: Clock, account: Account) -> AuthenticationError:
    now = clock.now()
    account.failed_sign_ins += 1
    account.last_failed_sign_in_at = now
    if account.failed_sign_ins < MAX_FAILED_SIGN_INS:
        left = MAX_FAILED_SIGN_INS - account.failed_sign_ins
        return AuthenticationError(
            translate(
                "Auth",
                "Wrong login or password. {left} attempt(s) left before the account is locked.",
            ).format(left=left)
        )
    if is_last_active_administrator(session, account, now.date()):
        # Locking the last administrator would leave the structure without one: slow down.
        return _throttled()
    account.status = STATUS_VERROUILLE
    audit.record(session, clock, account.login, "compte_verrouille", account.login)
    return _locked()


def _check(
    session: Session, clock: Clock, account: Account | None, password: str
) -> AuthenticationError | None:
    """The reason to refuse, or None; failures are counted on the account."""
    now = clock.now()
    if account is None:
        return _wrong_credentials()
    if account.status == STATUS_VERROUILLE:
        return _locked()
    if account.password_hash is None:
        return NotActivated(
            translate(
                "Auth",
                "This account is not activated yet: choose your password with the activation "
                "code your administrator gave you.",
            )
        )
    if (
        account.failed_sign_ins >= MAX_FAILED_SIGN_INS
        and account.last_failed_sign_in_at is not None
        and now - account.last_failed_sign_in_at < THROTTLE
    ):
        return _throttled()
    if not verify_password(password, account.password_hash):
        return _wrong_password(session, clock, account)
    if is_expired(account, now.date()) and not keep_an_administrator(session, clock, account):
        account.status = STATUS_EXPIRE
        return AuthenticationError(
            translate(
                "Auth",
                "This account expired on {date}. Ask an administrator of your structure "
                "to renew it.",
            ).format(date=account.expires_on.strftime("%d/%m/%Y"))
        )
    return None


def sign_in(store: Store, clock: Clock, login: str, password: str) -> SignedIn:
    """Check the credentials; every outcome is committed (a failure counts even if refused)."""
    with store.session() as session:
        account = session.scalar(select(Account).where(Account.login == login.strip().lower()))
        refusal = _check(session, clock, account, password)
        if refusal is None:
            assert account is not None
            account.failed_sign_ins = 0
            account.last_sign_in_at = clock.now()
            unlock_at_sign_in(session, clock, account, password)
            audit.record(session, clock, account.login, "connexion")
            signed_in = SignedIn(
                account_id=account.id,
                structure_id=account.structure_id,
                login=account.login,
                nom=account.nom,
                prenom=account.prenom,
                profile=account.profile,
                badge=badge(account),
            )
    if refusal is not None:
        raise refusal
    return signed_in
