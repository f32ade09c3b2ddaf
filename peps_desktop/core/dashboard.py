"""The dashboard's live figures, computed for one signed-in person."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from peps_desktop.core.accounts.administrators import (
    RECOMMENDED_ADMINISTRATORS,
    count_active_administrators,
)
from peps_desktop.core.accounts.contact_details import contact_incomplete
from peps_desktop.core.accounts.review_due import next_review_due
from peps_desktop.core.accounts.rules import EXPIRING_SOON_DAYS, STATUS_ACTIF
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.accounts.succession import SuccessionTask, pending_succession_tasks
from peps_desktop.core.courriers.visibility import unread_courriers
from peps_desktop.core.shared.clock import Clock
from peps_desktop.store import Store
from peps_desktop.store.models import Account, Echange

ECHANGE_AWAITING_ANSWER = "envoye"


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
            "accounts_without_contact": self.accounts_without_contact,
        }


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
        expiring: int | None = None
        review_due: dt.date | None = None
        administrators: int | None = None
        without_contact: int | None = None
        if user.is_administrator:
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
        accounts_without_contact=without_contact,
    )
