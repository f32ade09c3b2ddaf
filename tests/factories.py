"""Rows for tests, written straight through a session (the use cases are tested elsewhere).

new_* build an unsaved row; add_* add one to the session's structure and flush it.
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.security import hash_password
from peps_desktop.store import Store
from peps_desktop.store.models import (
    AccessRight,
    Account,
    Authenticator,
    Courrier,
    Echange,
    Service,
    Structure,
)

_numbers = itertools.count(1)
_hashes: dict[str, str] = {}


def service_id(session: Session, code: str) -> int:
    return session.scalar(select(Service.id).where(Service.code == code))


def first_structure_id(session: Session) -> int:
    """The store's first structure: the one tests work in unless they name another."""
    return session.scalar(select(Structure.id).order_by(Structure.id).limit(1))


def new_account(
    login: str,
    *,
    structure_id: int | None = None,
    profile: str = "utilisateur",
    status: str = "actif",
    expires_on: dt.date = dt.date(2028, 1, 1),
    password: str | None = "Mot-de-passe-2026",
    nom: str | None = None,
    prenom: str | None = None,
    email: str | None = None,
    telephone: str | None = None,
    created_at: dt.datetime = dt.datetime(2026, 1, 5, 8, 0),
) -> Account:
    """An unsaved account: `jean.dupont` is Jean Dupont, jean.dupont@mairie.fr.

    password=None leaves it without a password hash, as before its activation.
    """
    if password is not None and password not in _hashes:  # Argon2id is slow on purpose
        _hashes[password] = hash_password(password)
    first, _, last = login.partition(".")
    return Account(
        structure_id=structure_id,
        login=login,
        nom=last.title() if nom is None else nom,
        prenom=first.title() if prenom is None else prenom,
        email=f"{login}@mairie.fr" if email is None else email,
        telephone=telephone,
        profile=profile,
        status=status,
        expires_on=expires_on,
        password_hash=None if password is None else _hashes[password],
        failed_sign_ins=0,
        created_at=created_at,
    )


def add_account(
    session: Session,
    login: str,
    *,
    rights: dict[str, str] | None = None,
    **fields: Any,
) -> Account:
    """A saved account of the structure, with `rights` by service code; `fields` as new_account."""
    fields.setdefault("structure_id", first_structure_id(session))
    account = new_account(login, **fields)
    for code, level in (rights or {}).items():
        account.rights.append(AccessRight(service_id=service_id(session, code), level=level))
    session.add(account)
    session.flush()
    return account


def set_account(store: Store, login: str, **values: object) -> None:
    """Overwrite columns of a saved account, in a unit of work of its own."""
    with store.session() as session:
        account = session.scalar(select(Account).where(Account.login == login))
        assert account is not None
        for name, value in values.items():
            setattr(account, name, value)


def add_courrier(
    session: Session,
    service_code: str,
    *,
    archived: bool = False,
    recu_le: dt.date = dt.date(2026, 11, 2),
    type: str = "facture",
    objet: str | None = None,
    reference: str | None = None,
    action_requise: bool = True,
    echeance: dt.date | None = None,
    montant: Decimal | None = None,
    assigned_to_id: int | None = None,
    document_sha256: str | None = None,
    structure_id: int | None = None,
) -> Courrier:
    number = next(_numbers)
    courrier = Courrier(
        structure_id=structure_id or first_structure_id(session),
        service_id=service_id(session, service_code),
        type=type,
        objet=objet or f"Facture de cotisations n° {number}",
        reference=reference or f"{service_code[:3]}-2026-{number:07d}",
        recu_le=recu_le,
        action_requise=action_requise,
        echeance=echeance,
        montant=montant,
        archived=archived,
        assigned_to_id=assigned_to_id,
        document_sha256=document_sha256,
        created_at=dt.datetime.combine(recu_le, dt.time(8)),
    )
    session.add(courrier)
    session.flush()
    return courrier


def new_echange(
    *,
    structure_id: int | None,
    status: str = "brouillon",
    author_id: int | None = None,
    reference: str | None = None,
    theme: str = "Vos courriers",
    motif: str = "Question sur un courrier",
    sous_motif: str = "Facture",
    fonds: str | None = None,
    objet: str = "Question sur une facture",
) -> Echange:
    """An unsaved échange; its reference is new each time unless given."""
    now = dt.datetime(2026, 11, 20, 14, 0)
    return Echange(
        structure_id=structure_id,
        reference=reference or f"ECH-2026-{next(_numbers):06d}",
        theme=theme,
        motif=motif,
        sous_motif=sous_motif,
        fonds=fonds,
        objet=objet,
        author_id=author_id,
        status=status,
        created_at=now,
        updated_at=now,
    )


def add_echange(
    session: Session, status: str, author: Account | None = None, **fields: Any
) -> Echange:
    """A saved échange of the structure; `fields` as new_echange."""
    fields.setdefault("structure_id", first_structure_id(session))
    echange = new_echange(
        status=status,
        author_id=author.id if author else None,
        **fields,
    )
    session.add(echange)
    session.flush()
    return echange


def add_authenticator(
    session: Session,
    account: Account,
    secret: str,
    *,
    confirmed_at: dt.datetime | None = dt.datetime(2026, 1, 5, 8, 0),
) -> Authenticator:
    """An authenticator app enrolled for the account (confirmed unless told otherwise)."""
    authenticator = Authenticator(
        account_id=account.id,
        secret=secret,
        created_at=dt.datetime(2026, 1, 5, 8, 0),
        confirmed_at=confirmed_at,
    )
    session.add(authenticator)
    session.flush()
    return authenticator


def signed_in_as(store: Store, login: str) -> SignedIn:
    """Who `login` is once signed in, without the sign-in (its password check, its audit)."""
    with store.read_session() as session:
        account = session.scalar(select(Account).where(Account.login == login))
        assert account is not None
        return SignedIn(
            account.id,
            account.structure_id,
            login,
            account.nom,
            account.prenom,
            account.profile,
            f"{account.prenom} {account.nom}",
        )


def hold_the_key(store: Store, login: str, password: str = "Mot-de-passe-2026") -> None:
    """Wrap the structure's data key (the one this store's engine holds) for the account,
    under its password, as its activation would have."""
    from peps_desktop.core.accounts.data_key_access import wrap_for_many
    from peps_desktop.core.shared.clock import FixedClock
    from peps_desktop.store.encrypted import attached_key

    key = attached_key(store.engine)
    assert key is not None, "the store was opened with its data key"
    with store.session() as session:
        account_id = session.scalar(select(Account.id).where(Account.login == login))
        assert account_id is not None
        wrap_for_many(session, FixedClock(dt.datetime(2026, 1, 5)), [account_id], key, password)
