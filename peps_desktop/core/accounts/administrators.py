"""A structure always keeps at least one active administrator.

Every use case that can lower the number of administrators (delete, demote, lock, expire,
import) calls `ensure_an_active_administrator` in its unit of work before it commits: a change
that would leave none raises, and the whole unit of work is rolled back.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from peps_desktop.core.accounts.rules import PROFILE_ADMINISTRATEUR, STATUS_ACTIF
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.errors import PermissionDenied, UserError
from peps_desktop.i18n import translate
from peps_desktop.store.models import Account, Structure

RECOMMENDED_ADMINISTRATORS = 2


def is_active_administrator(today: dt.date) -> ColumnElement[bool]:
    """SQL condition: an administrator who can sign in today."""
    return and_(
        Account.profile == PROFILE_ADMINISTRATEUR,
        Account.status == STATUS_ACTIF,
        Account.expires_on > today,
    )


def count_active_administrators(session: Session, structure_id: int, today: dt.date) -> int:
    session.flush()
    return (
        session.scalar(
            select(func.count())
            .select_from(Account)
            .where(Account.structure_id == structure_id, is_active_administrator(today))
        )
        or 0
    )


def last_administrator_error() -> UserError:
    return UserError(
        translate(
            "Administrators",
            "The structure must keep at least one active administrator: give the administrator "
            "profile to another account first.",
        )
    )


def ensure_an_active_administrator(session: Session, structure_id: int, today: dt.date) -> None:
    """Raises when the structure would be left without one. The structure's row is locked
    first (on a server): two seats demoting or deleting each other's administrators at the
    same moment count one after the other, the second seeing what the first committed."""
    session.flush()
    session.execute(select(Structure.id).where(Structure.id == structure_id).with_for_update())
    if count_active_administrators(session, structure_id, today) == 0:
        raise last_administrator_error()


def is_last_active_administrator(session: Session, account: Account, today: dt.date) -> bool:
    """True when this account is the only administrator of its structure who can sign in."""
    if not (
        account.profile == PROFILE_ADMINISTRATEUR
        and account.status == STATUS_ACTIF
        and account.expires_on > today
    ):
        return False
    return count_active_administrators(session, account.structure_id, today) == 1


def acting_administrator(session: Session, actor: SignedIn, today: dt.date) -> Account:
    """The actor, re-read from the store: rights are checked on current data, not a cache."""
    account = session.get(Account, actor.account_id)
    if (
        account is None
        or account.profile != PROFILE_ADMINISTRATEUR
        or account.status != STATUS_ACTIF
        or account.expires_on <= today
    ):
        raise PermissionDenied(
            translate("Accounts", "Only an active administrator can manage the accounts.")
        )
    return account
