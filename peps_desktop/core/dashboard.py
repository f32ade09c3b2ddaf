"""The dashboard's live figures, computed for one signed-in person: each one leads to the
view that lists what it counts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from peps_desktop.core.accounts.administrators import (
    RECOMMENDED_ADMINISTRATORS,
    count_active_administrators,
)
from peps_desktop.core.accounts.contact_details import contact_incomplete
from peps_desktop.core.accounts.review_due import next_review_due
from peps_desktop.core.accounts.rules import (
    EXPIRING_SOON_DAYS,
    STATUS_ACTIF,
    STATUS_EXPIRE,
    STATUS_VERROUILLE,
)
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.accounts.succession import SuccessionTask, pending_succession_tasks
from peps_desktop.core.courriers.visibility import unread_courriers, visible_courriers
from peps_desktop.core.shared.clock import Clock
from peps_desktop.store import Store
from peps_desktop.store.models import Account, Courrier, Echange, Service

ECHANGE_AWAITING_ANSWER = "envoye"
FIRST_TO_HANDLE = 12  # courriers listed under the figures, nearest due date first


@dataclass(frozen=True)
class CourrierToHandle:
    """A courrier needing an action, as the dashboard lists it."""

    id: int
    service: str
    reference: str
    objet: str
    echeance: dt.date | None


@dataclass(frozen=True)
class DashboardFigures:
    unread_courriers: int
    echanges_awaiting_answer: int
    # For administrators only; None for others.
    accounts_expiring_soon: int | None
    next_review_due: dt.date | None
    active_administrators: int | None = None
    # Administrators who left: their account is still to be deleted by their successor.
    succession_tasks: tuple[SuccessionTask, ...] = ()
    # Courriers needing an action (not archived): how many are overdue, the next due date.
    courriers_needing_action: int = 0
    nearest_due_date: dt.date | None = None
    courriers_overdue: int = 0
    first_to_handle: tuple[CourrierToHandle, ...] = ()
    # For administrators only; None for others.
    accounts_expired: int | None = None
    accounts_locked: int | None = None
    # Accounts lacking the e-mail or telephone PEP's requires (administrators only).
    accounts_without_contact: int | None = None

    @property
    def too_few_administrators(self) -> bool:
        """Two administrators are recommended (holidays, and to unlock accounts)."""
        return (
            self.active_administrators is not None
            and self.active_administrators < RECOMMENDED_ADMINISTRATORS
        )

    def as_dict(self) -> dict[str, object]:
        return {
            "unread_courriers": self.unread_courriers,
            "echanges_awaiting_answer": self.echanges_awaiting_answer,
            "accounts_expiring_soon": self.accounts_expiring_soon,
            "next_review_due": self.next_review_due.isoformat() if self.next_review_due else None,
            "active_administrators": self.active_administrators,
            "succession_tasks": [
                {"leaver": task.leaver_login, "departure_on": task.departure_on.isoformat()}
                for task in self.succession_tasks
            ],
            "courriers_needing_action": self.courriers_needing_action,
            "nearest_due_date": (
                self.nearest_due_date.isoformat() if self.nearest_due_date else None
            ),
            "courriers_overdue": self.courriers_overdue,
            "accounts_expired": self.accounts_expired,
            "accounts_locked": self.accounts_locked,
            "accounts_without_contact": self.accounts_without_contact,
        }


def _needing_action(user: SignedIn) -> Any:
    """The courriers this person may read that need an action and are not archived."""
    return (
        visible_courriers(user.account_id)
        .where(Courrier.archived.is_(False), Courrier.action_requise.is_(True))
        .with_only_columns(
            Courrier.id, Courrier.service_id, Courrier.reference, Courrier.objet, Courrier.echeance
        )
    )


def _courriers_to_handle(session: Session, user: SignedIn) -> tuple[CourrierToHandle, ...]:
    needing = _needing_action(user).subquery()
    rows = session.execute(
        select(needing.c.id, Service.code, needing.c.reference, needing.c.objet, needing.c.echeance)
        .join(Service, Service.id == needing.c.service_id)
        .order_by(needing.c.echeance.is_(None), needing.c.echeance, needing.c.id.desc())
        .limit(FIRST_TO_HANDLE)
    )
    return tuple(CourrierToHandle(*row) for row in rows)


def _accounts_count(session: Session, user: SignedIn, *conditions: Any) -> int:
    query = select(func.count()).select_from(Account)
    return session.scalar(query.where(Account.structure_id == user.structure_id, *conditions)) or 0


def figures(store: Store, clock: Clock, user: SignedIn) -> DashboardFigures:
    today = clock.now().date()
    with store.read_session() as session:
        unread = session.scalar(
            select(func.count()).select_from(unread_courriers(user.account_id).subquery())
        )
        awaiting = session.scalar(
            select(func.count())
            .select_from(Echange)
            .where(
                Echange.structure_id == user.structure_id,
                Echange.status == ECHANGE_AWAITING_ANSWER,
            )
        )
        needing = _needing_action(user).subquery()
        upcoming = case((needing.c.echeance >= today, needing.c.echeance))
        overdue = case((needing.c.echeance < today, 1), else_=0)
        needing_count, nearest, overdue_count = session.execute(
            select(func.count(), func.min(upcoming), func.sum(overdue))
        ).one()
        first = _courriers_to_handle(session, user)
        expiring: int | None = None
        review_due: dt.date | None = None
        administrators: int | None = None
        expired: int | None = None
        locked: int | None = None
        without_contact: int | None = None
        if user.is_administrator:
            locked = _accounts_count(session, user, Account.status == STATUS_VERROUILLE)
            expired = _accounts_count(
                session,
                user,
                Account.status != STATUS_VERROUILLE,
                or_(Account.status == STATUS_EXPIRE, Account.expires_on <= today),
            )
            expiring = session.scalar(
                select(func.count())
                .select_from(Account)
                .where(
                    Account.structure_id == user.structure_id,
                    Account.status == STATUS_ACTIF,
                    Account.expires_on > today,
                    Account.expires_on <= today + dt.timedelta(days=EXPIRING_SOON_DAYS),
                )
            )
            review_due = next_review_due(session, user.structure_id)
            administrators = count_active_administrators(session, user.structure_id, today)
            without_contact = session.scalar(
                select(func.count())
                .select_from(Account)
                .where(Account.structure_id == user.structure_id, contact_incomplete())
            )
    tasks = tuple(pending_succession_tasks(store, clock, user)) if user.is_administrator else ()
    return DashboardFigures(
        unread_courriers=unread or 0,
        echanges_awaiting_answer=awaiting or 0,
        accounts_expiring_soon=expiring,
        next_review_due=review_due,
        active_administrators=administrators,
        succession_tasks=tasks,
        courriers_needing_action=needing_count or 0,
        nearest_due_date=nearest,
        courriers_overdue=overdue_count or 0,
        first_to_handle=first,
        accounts_expired=expired,
        accounts_locked=locked,
        accounts_without_contact=without_contact,
    )
