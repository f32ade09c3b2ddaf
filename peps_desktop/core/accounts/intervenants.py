"""Mes intervenants: the structure's administrators and how to reach them, for everyone."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from peps_desktop.core.accounts.rules import PROFILE_ADMINISTRATEUR
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.store import Store
from peps_desktop.store.models import Account


@dataclass(frozen=True)
class Intervenant:
    nom: str
    prenom: str
    email: str
    telephone: str | None


def intervenants(store: Store, user: SignedIn) -> list[Intervenant]:
    with store.read_session() as session:
        rows = session.execute(
            select(Account.nom, Account.prenom, Account.email, Account.telephone)
            .where(
                Account.structure_id == user.structure_id,
                Account.profile == PROFILE_ADMINISTRATEUR,
            )
            .order_by(Account.nom, Account.prenom)
        )
        return [Intervenant(*row) for row in rows]
