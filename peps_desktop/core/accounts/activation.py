"""First sign-in and forgotten passwords: the person chooses a password with a one-time code.

The administrator hands over the code and never knows the password.
"""

from __future__ import annotations

from sqlalchemy import select

from peps_desktop.core.accounts.admin import normalise_code
from peps_desktop.core.accounts.administrators import is_last_active_administrator
from peps_desktop.core.accounts.data_key_access import activated
from peps_desktop.core.accounts.rules import (
    MAX_FAILED_SIGN_INS,
    STATUS_VERROUILLE,
    check_password_strength,
    is_expired,
)
from peps_desktop.core.shared import audit
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.security import hash_password, verify_password
from peps_desktop.errors import AuthenticationError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.models import Account


def _refused() -> AuthenticationError:
    return AuthenticationError(
        translate(
            "Activation",
            "This activation code is not valid for this login, or it has expired. Ask an "
            "administrator of your structure for a new one.",
        )
    )


def activate_account(store: Store, clock: Clock, login: str, code: str, password: str) -> None:
    """Set the password with a valid code; wrong codes count like wrong passwords."""
    check_password_strength(password)
    now = clock.now()
    failure: AuthenticationError | None = None
    with store.session() as session:
        account = session.scalar(select(Account).where(Account.login == login.strip().lower()))
        if account is None or account.activation_code_hash is None:
            failure = _refused()
        elif account.status == STATUS_VERROUILLE:
            failure = AuthenticationError(
                translate(
                    "Activation",
                    "This account is locked. Ask an administrator of your structure to unlock "
                    "it and give you a new code.",
                )
            )
        elif is_expired(account, now.date()):
            failure = AuthenticationError(
                translate(
                    "Activation", "This account has expired: ask an administrator to renew it."
                )
            )
        elif (
            account.activation_code_expires_at is None
            or account.activation_code_expires_at < now
            or not verify_password(normalise_code(code), account.activation_code_hash)
        ):
            account.failed_sign_ins += 1
            account.last_failed_sign_in_at = now
            if account.failed_sign_ins >= MAX_FAILED_SIGN_INS and not (
                is_last_active_administrator(session, account, now.date())
            ):
                account.status = STATUS_VERROUILLE
                audit.record(session, clock, account.login, "compte_verrouille", account.login)
            failure = _refused()
        else:
            account.password_hash = hash_password(password)
            activated(session, clock, account, normalise_code(code), password)
            account.activation_code_hash = None
            account.activation_code_expires_at = None
            account.failed_sign_ins = 0
            audit.record(session, clock, account.login, "compte_active", account.login)
    if failure is not None:
        raise failure
