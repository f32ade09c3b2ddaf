"""The new accounts of an imported list, created in bulk under the editor's rules.

Creating 10,000 accounts one ORM object at a time (two look-ups, a flush, a savepoint each)
held the store's write lock for half a minute. Here everything that can be worked out
beforehand is, outside the write lock: each line is checked by the same rules as
`AccountEditor.create` (profile, rights, identity, a login never used before, an expiry no
later than 18 months), its activation code made and hashed (HMAC, see core/shared/security),
its rows built. Inside the unit of work, the accounts, their rights and their audit entries
are then written by three set-based statements.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from peps_desktop.core.accounts.admin import ACTIVATION_CODE_DAYS, DELETED, ActivationCode, new_code
from peps_desktop.core.accounts.data_key_access import codes_issued
from peps_desktop.core.accounts.file_rows import DATE_FORMAT, AccountLine
from peps_desktop.core.accounts.rules import STATUS_ACTIF, expiry_from
from peps_desktop.core.accounts.same_person import SamePersonFound, people_of
from peps_desktop.core.shared import audit
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.security import code_hash
from peps_desktop.core.shared.services import RIGHT_AUCUN
from peps_desktop.i18n import translate
from peps_desktop.store.bulk import PreparedInsert, prepare_insert
from peps_desktop.store.models import AccessRight, Account, AuditEntry, Base, Service

CREATED = "compte_cree"
MODIFIED = "compte_modifie"
ID_CHUNK = 500  # logins per IN (...), below SQLite's limit on bound parameters


@dataclass(frozen=True)
class Fingerprint:
    """What a plan of new accounts made outside the write lock depends on: the logins taken
    (an account added or deleted meanwhile). A sign-in or a change to an account leaves it
    as it is: logins never change. If it changed, the plan is made again."""

    accounts: tuple[int, int]  # count, highest id
    deleted: int


def fingerprint(session: Session) -> Fingerprint:
    count, highest = session.execute(select(func.count(), func.max(Account.id))).one()
    deleted = session.scalar(
        select(func.count()).select_from(AuditEntry).where(AuditEntry.action == DELETED)
    )
    return Fingerprint((count, highest or 0), deleted or 0)


@dataclass(frozen=True)
class NewAccounts:
    """The rows to write, the codes to hand over, the lines refused (line, login, reason)."""

    accounts: PreparedInsert
    rights: list[tuple[str, dict[str, str]]]  # by login: every service's level
    entries: PreparedInsert
    codes: list[ActivationCode]
    items: list[AccountLine]
    refused: list[tuple[int, str, str, str | None]]  # line, login, reason, same person as
    depends_on: Fingerprint
    structure_id: int


def plan_new_accounts(
    session: Session,
    clock: Clock,
    actor_login: str,
    structure_id: int,
    items: Sequence[AccountLine],
    secret: bytes,
    distinct_from: frozenset[str] = frozenset(),
) -> NewAccounts:
    """The new accounts of `items` (lines whose login is not in the store), checked; a line
    whose person seems to hold or have held an account is refused unless that account's
    login is in `distinct_from`."""
    now = clock.now()
    today = now.date()
    latest_expiry = expiry_from(today)
    services = list(session.scalars(select(Service.code).order_by(Service.id)))
    taken = set(session.scalars(select(Account.login)))
    taken |= set(session.scalars(select(AuditEntry.target).where(AuditEntry.action == DELETED)))
    code_expiry = now + dt.timedelta(days=ACTIVATION_CODE_DAYS)
    accounts: list[dict[str, Any]] = []
    entries: list[dict[str, Any]] = []
    rights: list[tuple[str, dict[str, str]]] = []
    codes: list[ActivationCode] = []
    planned: list[AccountLine] = []
    refused: list[tuple[int, str, str, str | None]] = []
    depends_on = fingerprint(session)
    people = people_of(session, structure_id, now)
    for item in items:
        if item.login in taken:
            refused.append((item.line, item.login, _login_taken(item.login), None))
            continue
        if item.expires_on is not None and item.expires_on > latest_expiry:
            refused.append((item.line, item.login, _too_late(item.expires_on, latest_expiry), None))
            continue
        confirmed: dict[str, str] = {}
        match = people.find(item.nom, item.prenom, item.email)
        if match is not None:
            if match.login not in distinct_from:
                refused.append((item.line, item.login, str(SamePersonFound(match)), match.login))
                continue
            confirmed["autre_personne_que"] = match.login
        taken.add(item.login)
        levels = {code: item.rights.get(code, RIGHT_AUCUN) for code in services}
        code = new_code()
        codes.append(ActivationCode(item.login, code, code_expiry))
        planned.append(item)
        accounts.append(
            {
                "structure_id": structure_id,
                "login": item.login,
                "nom": item.nom,
                "prenom": item.prenom,
                "email": item.email,
                "telephone": item.telephone,
                "profile": item.profile,
                "status": STATUS_ACTIF,
                "expires_on": item.expires_on or latest_expiry,
                "failed_sign_ins": 0,
                "activation_code_hash": code_hash(secret, item.login, code),
                "activation_code_expires_at": code_expiry,
                "created_at": now,
                "version": 1,
            }
        )
        rights.append((item.login, levels))
        entries.append(
            audit.entry(
                clock,
                actor_login,
                CREATED,
                item.login,
                structure_id=structure_id,
                profil=item.profile,
                droits=levels,
                **confirmed,
            )
        )
        if item.expires_on is not None and item.expires_on != latest_expiry:
            entries.append(
                audit.entry(
                    clock,
                    actor_login,
                    MODIFIED,
                    item.login,
                    structure_id=structure_id,
                    avant={"expiration": latest_expiry},
                    apres={"expiration": item.expires_on},
                )
            )
    bind = session.get_bind()
    return NewAccounts(
        accounts=prepare_insert(bind, _table(Account), accounts),
        rights=rights,
        entries=prepare_insert(bind, _table(AuditEntry), entries),
        codes=codes,
        items=planned,
        refused=refused,
        depends_on=depends_on,
        structure_id=structure_id,
    )


def _table(model: type[Base]) -> Table:
    return Base.metadata.tables[model.__tablename__]


def write_new_accounts(session: Session, clock: Clock, plan: NewAccounts) -> None:
    """The plan's rows, in four statements (and a look-up of the new ids), each row
    converted for the driver beforehand (store/bulk.py); the data key wrapped under each
    new account's code."""
    if not plan.items:
        return
    connection = session.connection()
    plan.accounts.execute(connection)
    service_ids: Mapping[str, int] = {
        code: id_ for code, id_ in session.execute(select(Service.code, Service.id))
    }
    logins = [login for login, _ in plan.rights]
    ids: dict[str, int] = {}
    for start in range(0, len(logins), ID_CHUNK):
        chunk = logins[start : start + ID_CHUNK]
        query = select(Account.login, Account.id).where(Account.login.in_(chunk))
        ids.update({login: id_ for login, id_ in session.execute(query)})
    granted = [
        {"account_id": ids[login], "service_id": service_ids[code], "level": level}
        for login, rights in plan.rights
        for code, level in rights.items()
        # A missing row reads as `aucun` everywhere; the editor adds it when one is granted.
        if level != RIGHT_AUCUN
    ]
    prepare_insert(connection, _table(AccessRight), granted).execute(connection)
    plan.entries.execute(connection)
    codes_issued(
        session, clock, plan.structure_id, [(ids[code.login], code.code) for code in plan.codes]
    )


def _login_taken(login: str) -> str:
    return translate(
        "Accounts",
        "The login “{login}” is already used, or was used by a deleted account: "
        "logins are never reused.",
    ).format(login=login)


def _too_late(day: dt.date, latest: dt.date) -> str:
    return translate(
        "AccountFile",
        "The expiration {date} is too late: an account is valid for 18 months at "
        "most, that is until {latest} for an account renewed today.",
    ).format(date=day.strftime(DATE_FORMAT), latest=latest.strftime(DATE_FORMAT))
