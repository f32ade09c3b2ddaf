"""Sign-in: Argon2id-checked passwords, lockout after five failures, expired accounts refused.

No guessing of logins: an unknown login, a wrong password, a locked account and the last
administrator's hold-off all get the same message, after the same work (one password
verification); what is left before the lockout is never told. A hash of an older kind is
replaced at the next successful sign-in, while the password is at hand.
"""

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
from peps_desktop.core.accounts.second_factor_sign_in import SecondFactor
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared import audit
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.security import (
    hash_password,
    needs_rehash,
    spend_a_verification,
    verify_password,
)
from peps_desktop.errors import AuthenticationError, NotActivated
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.models import Account


def _refused() -> AuthenticationError:
    """The one answer to every refused password: it tells no login from another."""
    return AuthenticationError(
        translate(
            "Auth",
            "Wrong login or password. After 5 failed sign-ins in a row an account is locked; "
            "an administrator of your structure can unlock it.",
        )
    )


THROTTLE = dt.timedelta(minutes=15)


def _wrong_password(session: Session, clock: Clock, account: Account) -> AuthenticationError:
    now = clock.now()
    account.failed_sign_ins += 1
    account.last_failed_sign_in_at = now
    if account.failed_sign_ins < MAX_FAILED_SIGN_INS:
        return _refused()
    if is_last_active_administrator(session, account, now.date()):
        # Locking the last administrator would leave the structure without one: slow down
        # instead (told to no one: the same answer as any wrong password).
        return _refused()
    account.status = STATUS_VERROUILLE
    audit.record(session, clock, account.login, "compte_verrouille", account.login)
    return _refused()


def _check(
    session: Session, clock: Clock, account: Account | None, password: str
) -> AuthenticationError | None:
    """The reason to refuse, or None; failures are counted on the account."""
    now = clock.now()
    if account is None or account.status == STATUS_VERROUILLE:
        spend_a_verification(password)  # as long as a wrong password takes
        return _refused()
    if account.password_hash is None:
        spend_a_verification(password)
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
        spend_a_verification(password)
        return _refused()
    if not verify_password(password, account.password_hash):
        return _wrong_password(session, clock, account)
    if needs_rehash(account.password_hash):
        account.password_hash = hash_password(password)
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


def sign_in(
    store: Store,
    clock: Clock,
    login: str,
    password: str,
    second_factor: SecondFactor | None = None,
) -> SignedIn:
    """Check the credentials; every outcome is committed (a failure counts even if refused).

    The GUI and the command line always pass `second_factor` (the code or this computer's
    token); without it only the password is checked, as set-up code and tests do.
    """
    with store.session() as session:
        account = session.scalar(select(Account).where(Account.login == login.strip().lower()))
        refusal = _check(session, clock, account, password)
        if refusal is None:
            assert account is not None
            # The password unwraps the structure's key, which the authenticator's secret
            # (encrypted with it) needs before the code is checked.
            unlock_at_sign_in(session, clock, account, password)
        if refusal is None and second_factor is not None:
            assert account is not None
            refusal = second_factor.check(session, clock, account)
        if refusal is None:
            assert account is not None
            account.failed_sign_ins = 0
            account.last_sign_in_at = clock.now()
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
