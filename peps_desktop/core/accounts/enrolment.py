"""Enrolling an authenticator app, changing it, and resetting a person's second factor.

A new authenticator waits for its first code before it counts; its secret is encrypted at
rest with the store's data key (the column's type), its 10 recovery codes are kept hashed
and shown once.
"""

from __future__ import annotations

import secrets

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from peps_desktop.core.accounts.administrators import (
    acting_administrator,
    is_active_administrator,
)
from peps_desktop.core.accounts.rules import (
    PROFILE_ADMINISTRATEUR,
    STATUS_ACTIF,
    STATUS_VERROUILLE,
)
from peps_desktop.core.accounts.second_factor import (
    RECOVERY_ALPHABET,
    RECOVERY_LENGTH,
    Enrolment,
    check_code,
    confirmed,
    confirmed_authenticator,
    pending_authenticator,
    recovery_code_hash,
)
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared import audit, totp
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.security import verify_password
from peps_desktop.errors import AuthenticationError, PermissionDenied, UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.models import Account, Authenticator, RecoveryCode, TrustedDevice

RECOVERY_CODES = 10
ENROLLED = "authentificateur_enregistre"
RESET = "second_facteur_reinitialise"
RECOVERED_OFFLINE = "second_facteur_reinitialise_hors_ligne"


def new_recovery_code() -> str:
    raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_LENGTH))
    half = RECOVERY_LENGTH // 2
    return f"{raw[:half]}-{raw[half:]}"


def start_enrolment(session: Session, clock: Clock, account: Account) -> Enrolment:
    """A new authenticator waiting for its first code; an older one waiting is dropped."""
    session.execute(
        delete(Authenticator).where(
            Authenticator.account_id == account.id, Authenticator.confirmed_at.is_(None)
        )
    )
    secret = totp.new_secret()
    codes = tuple(new_recovery_code() for _ in range(RECOVERY_CODES))
    pending = Authenticator(account_id=account.id, secret=secret, created_at=clock.now())
    pending.recovery_codes = [
        RecoveryCode(code_hash=recovery_code_hash(secret, code)) for code in codes
    ]
    session.add(pending)
    session.flush()
    return Enrolment(account.login, secret, totp.otpauth_uri(secret, account.login), codes)


def confirm_enrolment(
    session: Session, clock: Clock, account: Account, pending: Authenticator
) -> None:
    """The first code was right: the new authenticator replaces the previous one (and its
    recovery codes)."""
    session.execute(
        delete(Authenticator).where(
            Authenticator.account_id == account.id, Authenticator.id != pending.id
        )
    )
    pending.confirmed_at = clock.now()
    audit.record(session, clock, account.login, ENROLLED, account.login)


def confirm_first_code(
    session: Session, clock: Clock, account: Account, code: str | None, spend: bool = True
) -> AuthenticationError | None:
    """Check the first code of the account's waiting authenticator and confirm it; the
    refusal otherwise (wrong codes count)."""
    pending = pending_authenticator(session, account.id)
    if pending is None:
        return AuthenticationError(
            translate(
                "Enrolment",
                "No new authenticator is waiting for its first code: start again to get a new "
                "QR code.",
            )
        )
    verdict = check_code(session, clock, account, code, authenticator=pending, spend=spend)
    if verdict.refusal is None:
        confirm_enrolment(session, clock, account, pending)
    return verdict.refusal


# --- Mon compte: changing one's authenticator --------------------------------------------------


def start_authenticator_change(
    store: Store, clock: Clock, user: SignedIn, code: str | None
) -> Enrolment:
    """A new authenticator for oneself, after a code of the current one (or a recovery
    code); the current one keeps working until the new one's first code."""

    def start(session: Session) -> Enrolment:
        account = session.get(Account, user.account_id)
        assert account is not None
        return start_enrolment(session, clock, account)

    return confirmed(store, clock, user, code, start)


def finish_authenticator_change(
    store: Store, clock: Clock, user: SignedIn, first_code: str | None
) -> None:
    with store.session() as session:
        account = session.get(Account, user.account_id)
        assert account is not None
        refusal = confirm_first_code(session, clock, account, first_code)
    if refusal is not None:
        raise refusal


# --- an administrator resets someone's second factor -------------------------------------------


def _forget_second_factor(session: Session, account: Account) -> None:
    session.execute(delete(Authenticator).where(Authenticator.account_id == account.id))
    session.execute(delete(TrustedDevice).where(TrustedDevice.account_id == account.id))
    account.failed_second_factors = 0
    account.last_failed_second_factor_at = None


def reset_second_factor(
    store: Store, clock: Clock, actor: SignedIn, code: str | None, login: str
) -> None:
    """A lost phone: the holder enrols a new authenticator at their next sign-in. Their
    recovery codes and trusted devices go with the old one. A sensitive action."""

    def reset(session: Session) -> None:
        administrator = acting_administrator(session, actor, clock.now().date())
        account = session.scalar(
            select(Account).where(
                Account.login == login.strip().lower(),
                Account.structure_id == administrator.structure_id,
            )
        )
        if account is None:
            raise UserError(
                translate("Accounts", "No account “{login}” in this structure.").format(login=login)
            )
        if account.id == administrator.id:
            raise UserError(
                translate(
                    "Enrolment",
                    "To change your own authenticator, use “My account”: a code of your "
                    "current one, or a recovery code, is enough.",
                )
            )
        _forget_second_factor(session, account)
        audit.record(session, clock, administrator.login, RESET, account.login)

    confirmed(store, clock, actor, code, reset)


def has_authenticator(store: Store, login: str) -> bool:
    with store.read_session() as session:
        account_id = session.scalar(select(Account.id).where(Account.login == login))
        return account_id is not None and confirmed_authenticator(session, account_id) is not None


# --- the last administrator's way back ---------------------------------------------------------


def recover_last_administrator(
    store: Store, clock: Clock, login: str, password: str, where: str
) -> None:
    """The structure's last active administrator lost both authenticator and recovery codes.

    Run from the command line on a computer that opens the store with its data key (the
    keyring or key file of the machine holding it, or the server's credentials); it needs
    the password, is refused while another active administrator could reset the second
    factor instead, and is written in the audit log with the computer (`where`).
    """
    today = clock.now().date()
    refusal: UserError | None = None
    with store.session() as session:
        account = session.scalar(select(Account).where(Account.login == login.strip().lower()))
        if account is None or not verify_password(password, account.password_hash):
            if account is not None:
                account.failed_sign_ins += 1
                account.last_failed_sign_in_at = clock.now()
            refusal = AuthenticationError(translate("Auth", "Wrong login or password."))
        elif account.profile != PROFILE_ADMINISTRATEUR:
            refusal = PermissionDenied(
                translate(
                    "Enrolment",
                    "Only an administrator can reset their own second factor this way; ask an "
                    "administrator of your structure.",
                )
            )
        else:
            others = session.scalars(
                select(Account.login).where(
                    Account.structure_id == account.structure_id,
                    Account.id != account.id,
                    is_active_administrator(today),
                )
            ).all()
            if others:
                refusal = UserError(
                    translate(
                        "Enrolment",
                        "Another administrator can reset your second factor: ask {logins}.",
                    ).format(logins=", ".join(sorted(others)))
                )
            else:
                _forget_second_factor(session, account)
                account.failed_sign_ins = 0
                if account.status == STATUS_VERROUILLE:
                    account.status = STATUS_ACTIF
                audit.record(
                    session, clock, account.login, RECOVERED_OFFLINE, account.login, poste=where
                )
    if refusal is not None:
        raise refusal
