"""Mon compte: what a person sees of their own account, and what they change of it.

Changing one's password, e-mail or telephone is a sensitive action: the second factor
confirms it (and the current password, for the password).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from peps_desktop.core.accounts.admin import rights_of
from peps_desktop.core.accounts.administrators import is_last_active_administrator
from peps_desktop.core.accounts.contact_details import (
    EMAIL,
    checked_telephone,
    contact_problems,
)
from peps_desktop.core.accounts.data_key_access import password_changed
from peps_desktop.core.accounts.devices import DeviceRow, devices_of
from peps_desktop.core.accounts.rules import (
    MAX_FAILED_SIGN_INS,
    STATUS_VERROUILLE,
    Identity,
    check_identity,
    check_password_strength,
    displayed_status,
)
from peps_desktop.core.accounts.second_factor import (
    check_code,
    confirmed,
    confirmed_authenticator,
    recovery_codes_left,
)
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared import audit
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.security import hash_password, verify_password
from peps_desktop.errors import AuthenticationError, PermissionDenied, UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.models import AccessRight, Account, AuditEntry

SIGN_INS_SHOWN = 5
SIGN_IN = "connexion"
PASSWORD_CHANGED = "mot_de_passe_change"
CONTACT_CHANGED = "coordonnees_modifiees"


@dataclass(frozen=True)
class MyAccount:
    login: str
    nom: str
    prenom: str
    email: str
    telephone: str | None  # E.164, as stored
    profile: str
    status: str
    rights: Mapping[str, str]
    expires_on: dt.date
    last_sign_ins: tuple[dt.datetime, ...]
    devices: tuple[DeviceRow, ...]
    has_authenticator: bool
    recovery_codes_left: int

    @property
    def contact_problems(self) -> tuple[str, ...]:
        return contact_problems(self.email, self.telephone)


def _own_account(session: Session, user: SignedIn) -> Account:
    account = session.get(
        Account,
        user.account_id,
        options=[selectinload(Account.rights).selectinload(AccessRight.service)],
    )
    if account is None:
        raise PermissionDenied(translate("MyAccount", "Your account no longer exists."))
    return account


def my_account(store: Store, clock: Clock, user: SignedIn) -> MyAccount:
    with store.read_session() as session:
        account = _own_account(session, user)
        sign_ins = session.scalars(
            select(AuditEntry.at)
            .where(AuditEntry.action == SIGN_IN, AuditEntry.actor_login == account.login)
            .order_by(AuditEntry.at.desc())
            .limit(SIGN_INS_SHOWN)
        ).all()
        authenticator = confirmed_authenticator(session, account.id)
        return MyAccount(
            login=account.login,
            nom=account.nom,
            prenom=account.prenom,
            email=account.email,
            telephone=account.telephone,
            profile=account.profile,
            status=displayed_status(account, clock.now().date()),
            rights=rights_of(account),
            expires_on=account.expires_on,
            last_sign_ins=tuple(sign_ins),
            devices=tuple(devices_of(session, account.id)),
            has_authenticator=authenticator is not None,
            recovery_codes_left=(
                recovery_codes_left(session, authenticator) if authenticator else 0
            ),
        )


def change_password(
    store: Store,
    clock: Clock,
    user: SignedIn,
    current_password: str,
    code: str | None,
    new_password: str,
) -> None:
    """Changer mon mot de passe: the current password, then a code, then the same strength
    rules as at activation. Wrong current passwords count like failed sign-ins."""
    check_password_strength(new_password)
    if new_password == current_password:
        raise UserError(
            translate("MyAccount", "The new password must differ from the current one.")
        )
    refusal: AuthenticationError | None = None
    with store.session() as session:
        account = _own_account(session, user)
        if not verify_password(current_password, account.password_hash):
            refusal = _wrong_current_password(session, clock, account)
        else:
            refusal = check_code(session, clock, account, code).refusal
        if refusal is None:
            account.password_hash = hash_password(new_password)
            # The structure's data key, wrapped under the password, follows it.
            password_changed(session, clock, account, current_password, new_password)
            audit.record(session, clock, account.login, PASSWORD_CHANGED, account.login)
    if refusal is not None:
        raise refusal


def _wrong_current_password(
    session: Session, clock: Clock, account: Account
) -> AuthenticationError:
    account.failed_sign_ins += 1
    account.last_failed_sign_in_at = clock.now()
    if account.failed_sign_ins >= MAX_FAILED_SIGN_INS:
        if not is_last_active_administrator(session, account, clock.now().date()):
            account.status = STATUS_VERROUILLE
            audit.record(session, clock, account.login, "compte_verrouille", account.login)
    return AuthenticationError(
        translate("MyAccount", "Your current password is wrong: the password was not changed.")
    )


def change_contact_details(
    store: Store,
    clock: Clock,
    user: SignedIn,
    code: str | None,
    email: str,
    telephone: str,
) -> None:
    """One's own e-mail and telephone (both required by PEP's), after a code."""
    email = email.strip()
    new_telephone = checked_telephone(telephone, required=True)
    if EMAIL in contact_problems(email, new_telephone):
        raise UserError(
            translate("Accounts", "The email address “{email}” is not valid.").format(email=email)
        )

    def change(session: Session) -> None:
        account = _own_account(session, user)
        check_identity(Identity(account.login, account.nom, account.prenom, email, new_telephone))
        before = {"email": account.email, "telephone": account.telephone}
        after = {"email": email, "telephone": new_telephone}
        if before == after:
            return
        account.email, account.telephone = email, new_telephone
        audit.record(
            session, clock, account.login, CONTACT_CHANGED, account.login, avant=before, apres=after
        )

    confirmed(store, clock, user, code, change)
