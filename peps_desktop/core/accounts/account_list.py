"""The structure's accounts as the accounts view and `accounts list` show them: plain rows
read at once (fast at 10,000 accounts), each with its rights by service and its status."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Result, select
from sqlalchemy.orm import Session

from peps_desktop.core.accounts.administrators import acting_administrator
from peps_desktop.core.accounts.contact_details import contact_problems
from peps_desktop.core.accounts.rules import EXPIRING_SOON_DAYS, status_on
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.services import RIGHT_AUCUN
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.models import AccessRight, Account, Service


def no_such_account(login: str) -> UserError:
    return UserError(
        translate("Accounts", "No account “{login}” in this structure.").format(login=login)
    )


@dataclass(frozen=True)
class AccountRow:
    """What the accounts view and `accounts list` show of one account."""

    id: int
    login: str
    nom: str
    prenom: str
    email: str
    telephone: str | None
    profile: str
    status: str  # actif | expire_bientot | expire | verrouille
    expires_on: dt.date
    last_sign_in_at: dt.datetime | None
    last_review_at: dt.datetime | None
    rights: Mapping[str, str]
    version: int
    activation_pending: bool

    @property
    def contact_problems(self) -> tuple[str, ...]:
        """The e-mail or telephone PEP's requires and this account lacks (see
        contact_details)."""
        return contact_problems(self.email, self.telephone)


def rights_by_account(
    session: Session, structure_id: int, *only: ColumnElement[bool]
) -> dict[int, dict[str, str]]:
    """Every account's rights by service code (of the accounts `only` keeps), `aucun`
    included (index it: an account with no right granted gets all `aucun`).

    Only the granted rights are read (most are `aucun`), through Core: no ORM row processing.
    """
    connection = session.connection()
    none_granted = dict.fromkeys(connection.execute(select(Service.code)).scalars(), RIGHT_AUCUN)
    rights: dict[int, dict[str, str]] = defaultdict(none_granted.copy)
    for account_id, code, level in connection.execute(
        select(AccessRight.account_id, Service.code, AccessRight.level)
        .join(Service, Service.id == AccessRight.service_id)
        .join(Account, Account.id == AccessRight.account_id)
        .where(Account.structure_id == structure_id, AccessRight.level != RIGHT_AUCUN, *only)
    ).all():
        rights[account_id][code] = level
    return rights


def structure_accounts(
    session: Session, structure_id: int, *more: Any, only: Sequence[ColumnElement[bool]] = ()
) -> Result[*tuple[Any, ...]]:
    """The structure's accounts (those `only` keeps) as plain rows, in the order of the
    accounts view: id, login, nom, prenom, email, telephone and profile, then the columns
    `more` names."""
    return session.connection().execute(
        select(
            Account.id,
            Account.login,
            Account.nom,
            Account.prenom,
            Account.email,
            Account.telephone,
            Account.profile,
            *more,
        )
        .where(Account.structure_id == structure_id, *only)
        .order_by(Account.nom, Account.prenom, Account.login)
    )


def list_accounts(store: Store, clock: Clock, actor: SignedIn) -> list[AccountRow]:
    """The structure's accounts; plain rows, not ORM objects: it stays fast at 10,000."""
    return _account_rows(store, clock, actor)


def account_row(store: Store, clock: Clock, actor: SignedIn, login: str) -> AccountRow:
    """One account of the structure as the accounts view shows it, read again."""
    rows = _account_rows(store, clock, actor, Account.login == login)
    if not rows:
        raise no_such_account(login)
    return rows[0]


def _account_rows(
    store: Store, clock: Clock, actor: SignedIn, *only: ColumnElement[bool]
) -> list[AccountRow]:
    today = clock.now().date()
    with store.read_session() as session:
        acting_administrator(session, actor, today)
        rights = rights_by_account(session, actor.structure_id, *only)
        accounts = structure_accounts(
            session,
            actor.structure_id,
            Account.status,
            Account.expires_on,
            Account.last_sign_in_at,
            Account.last_review_at,
            Account.version,
            Account.password_hash.is_(None).label("activation_pending"),
            only=only,
        )
        soon = today + dt.timedelta(days=EXPIRING_SOON_DAYS)
        # Unpacked tuples fetched at once: attribute access per row costs at 10,000 rows.
        return [
            AccountRow(
                id=account_id,
                login=login,
                nom=nom,
                prenom=prenom,
                email=email,
                telephone=telephone,
                profile=profile,
                status=status_on(status, expires_on, today, soon),
                expires_on=expires_on,
                last_sign_in_at=last_sign_in_at,
                last_review_at=last_review_at,
                rights=rights[account_id],
                version=version,
                activation_pending=bool(activation_pending),
            )
            for (
                account_id,
                login,
                nom,
                prenom,
                email,
                telephone,
                profile,
                status,
                expires_on,
                last_sign_in_at,
                last_review_at,
                version,
                activation_pending,
            ) in accounts.all()
        ]
