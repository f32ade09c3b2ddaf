"""First sign-in and forgotten passwords: the person chooses a password with a one-time code,
and enrols an authenticator app.

The administrator hands over the code and never knows the password. Activating takes two
steps: the code is checked and a new authenticator is made (its QR code shown); then the
authenticator's first code sets the password and uses up the activation code. Until then
the activation code stays valid, so the second step may come from another run of
`peps-desktop activate`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from peps_desktop.core.accounts.admin import normalise_code
from peps_desktop.core.accounts.administrators import is_last_active_administrator
from peps_desktop.core.accounts.data_key_access import activated, unlock_with_code
from peps_desktop.core.accounts.devices import trust
from peps_desktop.core.accounts.enrolment import confirm_first_code, start_enrolment
from peps_desktop.core.accounts.rules import (
    MAX_FAILED_SIGN_INS,
    STATUS_VERROUILLE,
    check_password_strength,
    is_expired,
)
from peps_desktop.core.accounts.second_factor import Enrolment
from peps_desktop.core.accounts.second_factor_sign_in import SecondFactor
from peps_desktop.core.shared import audit
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.security import hash_password, verify_code
from peps_desktop.core.shared.store_secrets import store_secret
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


@dataclass(frozen=True)
class ActivationStep:
    """`enrolment` after the first step; `device_token` (this computer, trusted for 7 days)
    once the account is activated."""

    login: str
    enrolment: Enrolment | None = None
    device_token: str | None = None

    @property
    def done(self) -> bool:
        return self.device_token is not None


def _code_refusal(
    session: Session, clock: Clock, account: Account | None, code: str
) -> AuthenticationError | None:
    """Why the activation code does not open this account, or None; wrong codes count."""
    now = clock.now()
    if account is None or account.activation_code_hash is None:
        return _refused()
    if account.status == STATUS_VERROUILLE:
        return AuthenticationError(
            translate(
                "Activation",
                "This account is locked. Ask an administrator of your structure to unlock "
                "it and give you a new code.",
            )
        )
    if is_expired(account, now.date()):
        return AuthenticationError(
            translate("Activation", "This account has expired: ask an administrator to renew it.")
        )
    if (
        account.activation_code_expires_at is None
        or account.activation_code_expires_at < now
        or not verify_code(
            store_secret(session), account.login, normalise_code(code), account.activation_code_hash
        )
    ):
        account.failed_sign_ins += 1
        account.last_failed_sign_in_at = now
        if account.failed_sign_ins >= MAX_FAILED_SIGN_INS and not (
            is_last_active_administrator(session, account, now.date())
        ):
            account.status = STATUS_VERROUILLE
            audit.record(session, clock, account.login, "compte_verrouille", account.login)
        return _refused()
    return None


def activate_account(
    store: Store,
    clock: Clock,
    login: str,
    code: str,
    password: str,
    first_code: str | None = None,
    device: SecondFactor | None = None,
) -> ActivationStep:
    """Without `first_code`: check the activation code and make a new authenticator to scan.
    With it: confirm that authenticator, set the password, and trust this computer (`device`
    says which)."""
    check_password_strength(password)
    device = device or SecondFactor()
    login = login.strip().lower()
    with store.session() as session:
        account = session.scalar(select(Account).where(Account.login == login))
        failure = _code_refusal(session, clock, account, code)
        if failure is None and account is not None:
            # The authenticator's secret is kept encrypted: the key the code unwraps, at hand.
            unlock_with_code(session, account, normalise_code(code))
            if first_code is None:
                return ActivationStep(login, enrolment=start_enrolment(session, clock, account))
            failure = confirm_first_code(session, clock, account, first_code)
            if failure is None:
                account.password_hash = hash_password(password)
                activated(session, clock, account, normalise_code(code), password)
                account.activation_code_hash = None
                account.activation_code_expires_at = None
                account.failed_sign_ins = 0
                audit.record(session, clock, account.login, "compte_active", account.login)
                token = trust(session, clock, account, device.device_token, device.device_label)
                return ActivationStep(login, device_token=token)
    assert failure is not None
    raise failure
