"""Sign-in: scrypt-checked passwords, lockout after five failures, expired accounts refused."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from peps_desktop.core import audit
from peps_desktop.core.accounts import (
    MAX_FAILED_SIGN_INS,
    PROFILE_ADMINISTRATEUR,
    STATUS_EXPIRE,
    STATUS_VERROUILLE,
    badge,
    is_expired,
)
from peps_desktop.core.clock import Clock
from peps_desktop.core.security import verify_password
from peps_desktop.errors import AuthenticationError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.models import Account


@dataclass(frozen=True)
class SignedIn:
    """Who is signed in: what the rest of the application may know of them."""

    account_id: int
    structure_id: int
    login: str
    nom: str
    prenom: str
    profile: str
    badge: str

    @property
    def is_administrator(self) -> bool:
        return self.profile == PROFILE_ADMINISTRATEUR


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


def sign_in(store: Store, clock: Clock, login: str, password: str) -> SignedIn:
    """Check the credentials; every outcome is committed (a failure counts even if refused)."""
    now = clock.now()
    outcome: SignedIn | AuthenticationError
    with store.session() as session:
        account = session.scalar(select(Account).where(Account.login == login.strip().lower()))
        if account is None:
            outcome = _wrong_credentials()
        elif account.status == STATUS_VERROUILLE:
            outcome = _locked()
        elif not verify_password(password, account.password_hash):
            account.failed_sign_ins += 1
            if account.failed_sign_ins >= MAX_FAILED_SIGN_INS:
                account.status = STATUS_VERROUILLE
                audit.record(session, clock, account.login, "compte_verrouille", account.login)
                outcome = _locked()
            else:
                left = MAX_FAILED_SIGN_INS - account.failed_sign_ins
                outcome = AuthenticationError(
                    translate(
                        "Auth",
                        "Wrong login or password. {left} attempt(s) left before the account "
                        "is locked.",
                    ).format(left=left)
                )
        elif is_expired(account, now.date()):
            account.status = STATUS_EXPIRE
            outcome = AuthenticationError(
                translate(
                    "Auth",
                    "This account expired on {date}. Ask an administrator of your structure "
                    "to renew it.",
                ).format(date=account.expires_on.strftime("%d/%m/%Y"))
            )
        else:
            account.failed_sign_ins = 0
            account.last_sign_in_at = now
            audit.record(session, clock, account.login, "connexion")
            outcome = SignedIn(
                account_id=account.id,
                structure_id=account.structure_id,
                login=account.login,
                nom=account.nom,
                prenom=account.prenom,
                profile=account.profile,
                badge=badge(account),
            )
    if isinstance(outcome, AuthenticationError):
        raise outcome
    return outcome
