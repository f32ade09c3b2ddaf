"""Gestion des comptes: create, modify, renew, unlock and delete accounts, under the rules.

`AccountEditor` works inside one unit of work, for one acting administrator; the functions at
the bottom are the use cases (one transaction each) that the GUI and the CLI call. The
account import reuses the editor so its rows obey exactly the same rules.
"""

from __future__ import annotations

import datetime as dt
import secrets
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from peps_desktop.core.accounts.account_list import no_such_account
from peps_desktop.core.accounts.administrators import (
    acting_administrator,
    ensure_an_active_administrator,
)
from peps_desktop.core.accounts.conflicts import changed_meanwhile
from peps_desktop.core.accounts.contact_details import checked_telephone
from peps_desktop.core.accounts.data_key_access import activation_code_issued
from peps_desktop.core.accounts.rules import (
    PROFILES,
    STATUS_ACTIF,
    STATUS_EXPIRE,
    STATUS_VERROUILLE,
    Identity,
    check_identity,
    expiry_from,
)
from peps_desktop.core.accounts.same_person import (
    PeopleIndex,
    SamePersonFound,
    people_of,
    remember_deleted,
)
from peps_desktop.core.accounts.second_factor import confirmed
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared import audit
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.security import code_hash
from peps_desktop.core.shared.services import RIGHT_AUCUN, RIGHT_LEVELS
from peps_desktop.core.shared.store_secrets import store_secret
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.models import AccessRight, Account, AuditEntry, Service

ACTIVATION_CODE_DAYS = 7
# No 0/O, 1/I/L: codes are read aloud and typed by hand.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12
DELETED = "compte_supprime"


@dataclass(frozen=True)
class AccountDraft:
    """A new account: identity and contact, profile, rights per service code."""

    nom: str
    prenom: str
    email: str
    telephone: str | None = None
    profile: str = "utilisateur"
    rights: Mapping[str, str] = field(default_factory=dict)
    # Accounts that look like this person's but that the administrator confirmed belong to
    # other people (see same_person).
    distinct_from: frozenset[str] = frozenset()


@dataclass(frozen=True)
class AccountChanges:
    """Fields to change; None leaves a field as it is."""

    nom: str | None = None
    prenom: str | None = None
    email: str | None = None
    telephone: str | None = None
    profile: str | None = None
    # The whole matrix, as the rights screen and the import give it: services not named are
    # set to `aucun`.
    rights: Mapping[str, str] | None = None
    expected_version: int | None = None


@dataclass(frozen=True)
class ActivationCode:
    login: str
    code: str
    expires_at: dt.datetime


def _slug(text: str) -> str:
    text = text.strip().lower().replace("œ", "oe").replace("æ", "ae")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in ascii_text if c.isalnum() or c == "-").strip("-")


def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def normalise_code(code: str) -> str:
    compact = "".join(c for c in code.upper() if c.isalnum())
    return "-".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def rights_of(account: Account) -> dict[str, str]:
    return {right.service.code: right.level for right in account.rights}


class AccountEditor:
    """Changes accounts for one acting administrator inside the caller's unit of work."""

    def __init__(self, session: Session, clock: Clock, actor: Account) -> None:
        self.session = session
        self.clock = clock
        self.actor = actor
        self.now = clock.now()
        self.today = self.now.date()
        self._services = {s.code: s for s in session.scalars(select(Service))}
        self._code_secret: bytes | None = None
        self._people: PeopleIndex | None = None

    @property
    def people(self) -> PeopleIndex:
        """Who holds or held an account, read once: an import checks thousands of lines."""
        if self._people is None:
            self._people = people_of(self.session, self.actor.structure_id, self.now)
        return self._people

    # --- reading -------------------------------------------------------------------------

    @property
    def service_codes(self) -> set[str]:
        return set(self._services)

    def account(self, login: str) -> Account:
        account = self.session.scalar(
            select(Account)
            .where(Account.login == login.strip().lower())
            .where(Account.structure_id == self.actor.structure_id)
            .options(selectinload(Account.rights).selectinload(AccessRight.service))
        )
        if account is None:
            raise no_such_account(login)
        return account

    def login_taken(self, login: str) -> bool:
        """Logins are never reused, not even those of deleted accounts."""
        if self.session.scalar(select(Account.id).where(Account.login == login)) is not None:
            return True
        tombstone = select(AuditEntry.id).where(
            AuditEntry.action == DELETED, AuditEntry.target == login
        )
        return self.session.scalar(tombstone.limit(1)) is not None

    def generate_login(self, prenom: str, nom: str) -> str:
        base = f"{_slug(prenom)}.{_slug(nom).replace(' ', '')}"[:60].strip(".")
        login, number = base, 1
        while self.login_taken(login):
            number += 1
            login = f"{base}{number}"
        return login

    # --- checks --------------------------------------------------------------------------

    def _check_rights(self, rights: Mapping[str, str]) -> dict[str, str]:
        checked = {code: RIGHT_AUCUN for code in self._services}
        for code, level in rights.items():
            code = code.strip().upper()
            if code not in self._services:
                raise UserError(
                    translate("Accounts", "Unknown service “{code}”.").format(code=code)
                )
            if level not in RIGHT_LEVELS:
                raise UserError(
                    translate(
                        "Accounts",
                        "Unknown right “{level}” for {code}: aucun, lecture or modification.",
                    ).format(level=level, code=code)
                )
            checked[code] = level
        return checked

    @staticmethod
    def _check_profile(profile: str) -> None:
        if profile not in PROFILES:
            raise UserError(
                translate(
                    "Accounts", "Unknown profile “{profile}”: utilisateur or administrateur."
                ).format(profile=profile)
            )

    def _set_rights(self, account: Account, rights: dict[str, str]) -> None:
        current = {right.service.code: right for right in account.rights}
        for code, level in rights.items():
            if code in current:
                current[code].level = level
            else:
                account.rights.append(
                    AccessRight(
                        service_id=self._services[code].id,
                        level=level,
                        service=self._services[code],
                    )
                )

    def _record(self, action: str, target: str, **details: Any) -> None:
        audit.record(
            self.session,
            self.clock,
            self.actor.login,
            action,
            target,
            structure_id=self.actor.structure_id,
            **details,
        )

    # --- changes -------------------------------------------------------------------------

    def create(
        self, draft: AccountDraft, login: str | None = None, require_telephone: bool = True
    ) -> ActivationCode:
        """`require_telephone=False` for an import: a line without one is flagged instead."""
        self._check_profile(draft.profile)
        rights = self._check_rights(draft.rights)
        login = (login or self.generate_login(draft.prenom, draft.nom)).strip().lower()
        check_identity(
            Identity(login, draft.nom, draft.prenom, draft.email.strip(), draft.telephone)
        )
        if self.login_taken(login):
            raise UserError(
                translate(
                    "Accounts",
                    "The login “{login}” is already used, or was used by a deleted account: "
                    "logins are never reused.",
                ).format(login=login)
            )
        confirmed: dict[str, str] = {}
        match = self.people.find(draft.nom, draft.prenom, draft.email)
        if match is not None:
            if match.login not in draft.distinct_from:
                raise SamePersonFound(match)
            confirmed["autre_personne_que"] = match.login
        account = Account(
            structure_id=self.actor.structure_id,
            login=login,
            nom=draft.nom.strip(),
            prenom=draft.prenom.strip(),
            email=draft.email.strip(),
            telephone=checked_telephone(draft.telephone, required=require_telephone),
            profile=draft.profile,
            status=STATUS_ACTIF,
            expires_on=expiry_from(self.today),
            failed_sign_ins=0,
            created_at=self.now,
        )
        self._set_rights(account, rights)
        self.session.add(account)
        code = self._issue_code(account)
        self._record("compte_cree", login, profil=draft.profile, droits=rights, **confirmed)
        return code

    def modify(self, account: Account, changes: AccountChanges) -> None:
        if changes.profile is not None:
            self._check_profile(changes.profile)
        rights = self._check_rights(changes.rights) if changes.rights is not None else None
        if changes.expected_version is not None and changes.expected_version != account.version:
            raise changed_meanwhile(self.session, account)
        new_nom = changes.nom.strip() if changes.nom is not None else account.nom
        new_prenom = changes.prenom.strip() if changes.prenom is not None else account.prenom
        if new_nom.lower() != account.nom.lower() and new_prenom.lower() != account.prenom.lower():
            raise UserError(
                translate(
                    "Accounts",
                    "An account is personal: it cannot be given to another person. Create a "
                    "new account for {prenom} {nom}, and delete this one when its holder has "
                    "left.",
                ).format(prenom=new_prenom, nom=new_nom)
            )
        before: dict[str, object] = {}
        after: dict[str, object] = {}

        def change(name: str, old: object, new: object) -> None:
            if old != new:
                before[name], after[name] = old, new

        email = changes.email.strip() if changes.email is not None else account.email
        telephone = (
            checked_telephone(changes.telephone, required=account.telephone is not None)
            if changes.telephone is not None
            else account.telephone
        )
        check_identity(Identity(account.login, new_nom, new_prenom, email, telephone))
        change("nom", account.nom, new_nom)
        change("prenom", account.prenom, new_prenom)
        change("email", account.email, email)
        change("telephone", account.telephone, telephone)
        account.nom, account.prenom, account.email, account.telephone = (
            new_nom,
            new_prenom,
            email,
            telephone,
        )
        if changes.profile is not None:
            change("profil", account.profile, changes.profile)
            account.profile = changes.profile
        if rights is not None:
            old_rights = rights_of(account)
            changed = {
                code: level
                for code, level in rights.items()
                if old_rights.get(code, RIGHT_AUCUN) != level
            }
            if changed:
                before["droits"] = {code: old_rights.get(code, RIGHT_AUCUN) for code in changed}
                after["droits"] = changed
                self._set_rights(account, rights)
        if after:
            self._record("compte_modifie", account.login, avant=before, apres=after)

    def renew(self, account: Account) -> None:
        before = account.expires_on
        account.expires_on = expiry_from(self.today)
        if account.status == STATUS_EXPIRE:
            account.status = STATUS_ACTIF
        self._record(
            "compte_renouvele",
            account.login,
            avant={"expiration": before},
            apres={"expiration": account.expires_on},
        )

    def unlock(self, account: Account) -> bool:
        """False when the account was not locked: nothing to do."""
        if account.status != STATUS_VERROUILLE:
            return False
        account.status = STATUS_ACTIF
        account.failed_sign_ins = 0
        account.failed_second_factors = 0
        self._record("compte_deverrouille", account.login)
        return True

    def delete(self, account: Account) -> None:
        # The tombstone keeps the login (never reused) and the profile; who held the account
        # is remembered apart, for a while only.
        self._record(DELETED, account.login, profil=account.profile)
        remember_deleted(self.session, account, self.now)
        self.session.delete(account)

    def issue_code(self, account: Account) -> ActivationCode:
        """A forgotten password: a new one-time code; the old password stops working."""
        code = self._issue_code(account)
        account.password_hash = None
        account.failed_sign_ins = 0
        account.failed_second_factors = 0
        if account.status == STATUS_VERROUILLE:
            account.status = STATUS_ACTIF
        self._record("code_activation_emis", account.login)
        return code

    def _issue_code(self, account: Account) -> ActivationCode:
        code = new_code()
        if self._code_secret is None:
            self._code_secret = store_secret(self.session)
        # A keyed hash, not a password KDF: codes are random, and an import makes thousands.
        account.activation_code_hash = code_hash(self._code_secret, account.login, code)
        account.activation_code_expires_at = self.now + dt.timedelta(days=ACTIVATION_CODE_DAYS)
        self.session.flush()  # the account's id, for the key wrapped under the code
        activation_code_issued(self.session, self.clock, account, code)
        return ActivationCode(account.login, code, account.activation_code_expires_at)

    def finish(self) -> None:
        """The invariant every change must keep; raising here rolls everything back."""
        ensure_an_active_administrator(self.session, self.actor.structure_id, self.today)


def _editor(session: Session, clock: Clock, actor: SignedIn) -> AccountEditor:
    return AccountEditor(session, clock, acting_administrator(session, actor, clock.now().date()))


def create_account(
    store: Store,
    clock: Clock,
    actor: SignedIn,
    actor_code: str | None,
    draft: AccountDraft,
    login: str | None = None,
) -> ActivationCode:
    """Create an account; the login is generated from the name unless one is given."""

    def create(session: Session) -> ActivationCode:
        editor = _editor(session, clock, actor)
        code = editor.create(draft, login=login)
        editor.finish()
        return code

    return confirmed(store, clock, actor, actor_code, create)


def modify_account(
    store: Store,
    clock: Clock,
    actor: SignedIn,
    login: str,
    changes: AccountChanges,
    actor_code: str | None,
) -> None:
    """Every change to an account is a sensitive action: the actor's code confirms it."""

    def modify(session: Session) -> None:
        editor = _editor(session, clock, actor)
        editor.modify(editor.account(login), changes)
        editor.finish()

    confirmed(store, clock, actor, actor_code, modify)


def _for_each(
    store: Store,
    clock: Clock,
    actor: SignedIn,
    logins: Iterable[str],
    actor_code: str | None,
    action: str,
) -> int:
    """Apply one editor action to several accounts, all or nothing, after the actor's code;
    count those it changed."""

    def apply(session: Session) -> int:
        count = 0
        editor = _editor(session, clock, actor)
        for login in logins:
            if getattr(editor, action)(editor.account(login)) is not False:
                count += 1
        editor.finish()
        return count

    return confirmed(store, clock, actor, actor_code, apply)


def renew_accounts(
    store: Store, clock: Clock, actor: SignedIn, logins: Iterable[str], actor_code: str | None
) -> int:
    return _for_each(store, clock, actor, logins, actor_code, "renew")


def unlock_accounts(
    store: Store, clock: Clock, actor: SignedIn, logins: Iterable[str], actor_code: str | None
) -> int:
    return _for_each(store, clock, actor, logins, actor_code, "unlock")


def delete_accounts(
    store: Store, clock: Clock, actor: SignedIn, logins: Iterable[str], actor_code: str | None
) -> int:
    return _for_each(store, clock, actor, logins, actor_code, "delete")


def issue_activation_code(
    store: Store, clock: Clock, actor: SignedIn, login: str, actor_code: str | None
) -> ActivationCode:
    """A forgotten password: a new one-time code, the password stops working."""

    def issue(session: Session) -> ActivationCode:
        editor = _editor(session, clock, actor)
        code = editor.issue_code(editor.account(login))
        editor.finish()
        return code

    return confirmed(store, clock, actor, actor_code, issue)
