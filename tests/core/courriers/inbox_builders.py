"""Builders for the inbox tests: people with rights and courriers with chosen fields."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.courriers.inbox import InboxQuery, page_ids
from peps_desktop.store import Store
from peps_desktop.store.models import AccessRight, Account, Service, Structure
from tests.factories import add_courrier

_numbers = itertools.count(1)


def service_id(session: Session, code: str) -> int:
    found = session.scalar(select(Service.id).where(Service.code == code))
    assert found is not None
    return found


def person(
    session: Session, login: str, rights: dict[str, str], *, structure_id: int | None = None
) -> SignedIn:
    """A saved account (no password: none is needed here) and who it is once signed in."""
    structure_id = structure_id or session.scalar(select(func.min(Structure.id)))
    assert structure_id is not None
    first, _, last = login.partition(".")
    account = Account(
        structure_id=structure_id,
        login=login,
        nom=last.capitalize(),
        prenom=first.capitalize(),
        email=f"{login}@mairie.fr",
        profile="utilisateur",
        status="actif",
        expires_on=dt.date(2028, 1, 1),
        created_at=dt.datetime(2026, 1, 5, 8),
        version=1,
    )
    for code, level in rights.items():
        account.rights.append(AccessRight(service_id=service_id(session, code), level=level))
    session.add(account)
    session.flush()
    return SignedIn(
        account_id=account.id,
        structure_id=structure_id,
        login=login,
        nom=account.nom,
        prenom=account.prenom,
        profile="utilisateur",
        badge=f"{account.prenom} {account.nom}",
    )


def courrier(
    session: Session,
    service_code: str,
    *,
    objet: str | None = None,
    action_requise: bool = False,
    **fields: Any,
) -> int:
    """A courrier's id; by default no action required and a neutral objet."""
    row = add_courrier(
        session,
        service_code,
        objet=objet or f"Courrier numéro {next(_numbers)}",
        action_requise=action_requise,
        **fields,
    )
    return row.id


def all_pages(
    store: Store, user: SignedIn, query: InboxQuery, size: int, *, use_fts: bool = True
) -> list[int]:
    """Every page of the query, one after the other."""
    ids: list[int] = []
    offset = 0
    while page := page_ids(store, user, query, offset, size, use_fts=use_fts):
        ids.extend(page)
        offset += size
    return ids
