"""Rows for tests, written straight through a session (the use cases are tested elsewhere)."""

from __future__ import annotations

import datetime as dt
import itertools

from sqlalchemy import select
from sqlalchemy.orm import Session

from peps_desktop.core.security import hash_password
from peps_desktop.store.models import AccessRight, Account, Courrier, Echange, Service, Structure

_numbers = itertools.count(1)
_hashes: dict[str, str] = {}


def service_id(session: Session, code: str) -> int:
    return session.scalar(select(Service.id).where(Service.code == code))


def add_account(
    session: Session,
    login: str,
    *,
    profile: str = "utilisateur",
    rights: dict[str, str] | None = None,
    expires_on: dt.date = dt.date(2028, 1, 1),
    status: str = "actif",
    password: str = "Mot-de-passe-2026",
) -> Account:
    structure_id = session.scalar(select(Structure.id))
    if password not in _hashes:  # scrypt is slow on purpose
        _hashes[password] = hash_password(password)
    prenom, _, nom = login.partition(".")
    account = Account(
        structure_id=structure_id,
        login=login,
        nom=nom.title(),
        prenom=prenom.title(),
        email=f"{login}@mairie.fr",
        profile=profile,
        status=status,
        expires_on=expires_on,
        password_hash=_hashes[password],
        failed_sign_ins=0,
        created_at=dt.datetime(2026, 1, 5, 8, 0),
    )
    for code, level in (rights or {}).items():
        account.rights.append(AccessRight(service_id=service_id(session, code), level=level))
    session.add(account)
    session.flush()
    return account


def add_courrier(
    session: Session,
    service_code: str,
    *,
    archived: bool = False,
    recu_le: dt.date = dt.date(2026, 11, 2),
    type: str = "facture",
) -> Courrier:
    number = next(_numbers)
    courrier = Courrier(
        structure_id=session.scalar(select(Structure.id)),
        service_id=service_id(session, service_code),
        type=type,
        objet=f"Facture de cotisations n° {number}",
        reference=f"{service_code[:3]}-2026-{number:07d}",
        recu_le=recu_le,
        action_requise=True,
        archived=archived,
        created_at=dt.datetime.combine(recu_le, dt.time(8)),
    )
    session.add(courrier)
    session.flush()
    return courrier


def add_echange(session: Session, status: str, author: Account | None = None) -> Echange:
    number = next(_numbers)
    now = dt.datetime(2026, 11, 20, 14, 0)
    echange = Echange(
        structure_id=session.scalar(select(Structure.id)),
        reference=f"ECH-2026-{number:06d}",
        theme="Vos courriers",
        motif="Question sur un courrier",
        sous_motif="Facture",
        objet="Question sur une facture",
        author_id=author.id if author else None,
        status=status,
        created_at=now,
        updated_at=now,
    )
    session.add(echange)
    session.flush()
    return echange
