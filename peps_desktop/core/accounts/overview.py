"""What the accounts view shows at once: the rows, the services and the administrators' count.

Loaded in one call off the GUI thread; the permission is checked by `list_accounts` and again
for the count, on current data.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from peps_desktop.core.accounts.account_list import AccountRow, list_accounts
from peps_desktop.core.accounts.admin import acting_administrator
from peps_desktop.core.accounts.administrators import (
    RECOMMENDED_ADMINISTRATORS,
    count_active_administrators,
)
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import Clock
from peps_desktop.store import Store
from peps_desktop.store.models import Service


@dataclass(frozen=True)
class ServiceLabel:
    code: str
    libelle: str


@dataclass(frozen=True)
class AccountsOverview:
    rows: list[AccountRow]
    services: list[ServiceLabel]
    active_administrators: int

    @property
    def needs_more_administrators(self) -> bool:
        """Two administrators are recommended: holidays, and someone to unlock accounts."""
        return self.active_administrators < RECOMMENDED_ADMINISTRATORS


def list_services(store: Store) -> list[ServiceLabel]:
    """The funds, in their reference order (the order they were created in)."""
    with store.read_session() as session:
        rows = session.execute(select(Service.code, Service.libelle).order_by(Service.id))
        return [ServiceLabel(code, libelle) for code, libelle in rows]


def active_administrators(store: Store, clock: Clock, actor: SignedIn) -> int:
    today = clock.now().date()
    with store.read_session() as session:
        acting_administrator(session, actor, today)
        return count_active_administrators(session, actor.structure_id, today)


def load_accounts_overview(store: Store, clock: Clock, actor: SignedIn) -> AccountsOverview:
    rows = list_accounts(store, clock, actor)
    return AccountsOverview(
        rows=rows,
        services=list_services(store),
        active_administrators=active_administrators(store, clock, actor),
    )
