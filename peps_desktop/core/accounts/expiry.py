"""Account expiry: notice dates, what is due on a day, and the switch to `expiré`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from peps_desktop.core.accounts.administrators import (
    acting_administrator,
    count_active_administrators,
)
from peps_desktop.core.accounts.review_due import next_review_due
from peps_desktop.core.accounts.rules import (
    PROFILE_ADMINISTRATEUR,
    STATUS_ACTIF,
    STATUS_EXPIRE,
    expiry_from,
)
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared import audit
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.dates import add_months
from peps_desktop.store import Store
from peps_desktop.store.models import Account

NOTICE_DAY = 20
EXPIRY_NOTICE = "expiry_notice"
EXPIRED = "expired"
REVIEW_DUE = "review_due"


def expiry_notice_date(expires_on: dt.date) -> dt.date:
    """The 20th of the month before the month of expiry (15/03/2027 → 20/02/2027)."""
    return (expires_on.replace(day=1) - dt.timedelta(days=1)).replace(day=NOTICE_DAY)


@dataclass(frozen=True)
class DueItem:
    kind: str  # expiry_notice | expired | review_due
    login: str | None
    date: dt.date  # the expiry date, or the review's due date


def due_on(session: Session, structure_id: int, day: dt.date) -> list[DueItem]:
    """What administrators are to be told on `day`."""
    items: list[DueItem] = []
    if day.day == NOTICE_DAY:
        next_month = add_months(day.replace(day=1), 1)
        rows = session.execute(
            select(Account.login, Account.expires_on)
            .where(
                Account.structure_id == structure_id,
                Account.expires_on >= next_month,
                Account.expires_on < add_months(next_month, 1),
            )
            .order_by(Account.expires_on, Account.login)
        )
        items += [DueItem(EXPIRY_NOTICE, login, expires) for login, expires in rows]
    expired = session.execute(
        select(Account.login, Account.expires_on)
        .where(Account.structure_id == structure_id, Account.expires_on <= day)
        .order_by(Account.expires_on, Account.login)
    )
    items += [DueItem(EXPIRED, login, expires) for login, expires in expired]
    review = next_review_due(session, structure_id)
    if review is not None and review <= day:
        items.append(DueItem(REVIEW_DUE, None, review))
    return items


def due_for_administrator(
    store: Store, clock: Clock, actor: SignedIn, day: dt.date
) -> list[DueItem]:
    """What the structure's administrators are to be told on `day`."""
    with store.read_session() as session:
        acting_administrator(session, actor, clock.now().date())
        return due_on(session, actor.structure_id, day)


def keep_an_administrator(session: Session, clock: Clock, account: Account) -> bool:
    """Renew an expiring administrator when the structure would otherwise have none.

    Time cannot be refused, but a structure must keep an administrator who can sign in: the
    last one is renewed rather than expired, and the audit log says so.
    """
    today = clock.now().date()
    if (
        account.profile != PROFILE_ADMINISTRATEUR
        or account.status not in (STATUS_ACTIF, STATUS_EXPIRE)
        or count_active_administrators(session, account.structure_id, today) > 0
    ):
        return False
    before = account.expires_on
    account.expires_on = expiry_from(today)
    account.status = STATUS_ACTIF
    audit.record(
        session,
        clock,
        None,
        "dernier_administrateur_renouvele",
        account.login,
        structure_id=account.structure_id,
        avant={"expiration": before},
        apres={"expiration": account.expires_on},
    )
    return True


@dataclass(frozen=True)
class ExpirySweep:
    expired: list[str]
    renewed: list[str]  # last administrators kept rather than expired


def expire_due_accounts(store: Store, clock: Clock) -> ExpirySweep:
    """Switch accounts past their expiry date to `expiré`, in one transaction."""
    today = clock.now().date()
    expired: list[str] = []
    renewed: list[str] = []
    with store.session() as session:
        due = session.scalars(
            select(Account)
            .where(Account.status == STATUS_ACTIF, Account.expires_on <= today)
            .order_by(Account.structure_id, Account.id)
        ).all()
        for account in due:
            account.status = STATUS_EXPIRE
            audit.record(
                session,
                clock,
                None,
                "compte_expire",
                account.login,
                structure_id=account.structure_id,
            )
            expired.append(account.login)
        for account in due:
            if keep_an_administrator(session, clock, account):
                expired.remove(account.login)
                renewed.append(account.login)
    return ExpirySweep(expired, renewed)
