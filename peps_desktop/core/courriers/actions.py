"""The inbox's actions: mark read or unread, assign, archive; rights checked here, whatever
the caller. Each is one unit of work: for several courriers, all change or none does."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.courriers.visibility import may_read, modifiable_service_ids
from peps_desktop.core.shared import audit
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.services import READING_RIGHTS
from peps_desktop.errors import PermissionDenied, UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.models import AccessRight, Account, Courrier, CourrierRead


def not_visible_error() -> PermissionDenied:
    return PermissionDenied(
        translate("Inbox", "Some of the selected courriers do not exist or are not yours to see.")
    )


def _visible(session: Session, user: SignedIn, ids: Sequence[int]) -> list[Courrier]:
    """The courriers, all readable by the user, or PermissionDenied with nothing changed."""
    wanted = set(ids)
    courriers = list(
        session.scalars(
            select(Courrier).where(
                Courrier.id.in_(wanted),
                may_read(user.account_id),
            )
        )
    )
    if len(courriers) != len(wanted):
        raise not_visible_error()
    return courriers


def _modifiable(session: Session, user: SignedIn, ids: Sequence[int]) -> list[Courrier]:
    courriers = _visible(session, user, ids)
    allowed = set(session.scalars(modifiable_service_ids(user.account_id)))
    if any(courrier.service_id not in allowed for courrier in courriers):
        raise PermissionDenied(
            translate(
                "Inbox",
                "You need the modification right on the service of every selected courrier.",
            )
        )
    return courriers


def mark_read(store: Store, clock: Clock, user: SignedIn, ids: Sequence[int]) -> None:
    if not ids:
        return
    with store.session() as session:
        _visible(session, user, ids)
        already = set(
            session.scalars(
                select(CourrierRead.courrier_id).where(
                    CourrierRead.account_id == user.account_id,
                    CourrierRead.courrier_id.in_(set(ids)),
                )
            )
        )
        now = clock.now()
        session.add_all(
            CourrierRead(account_id=user.account_id, courrier_id=courrier_id, read_at=now)
            for courrier_id in sorted(set(ids) - already)
        )


def mark_unread(store: Store, clock: Clock, user: SignedIn, ids: Sequence[int]) -> None:
    del clock  # the same signature as the other actions; unread needs no date
    if not ids:
        return
    with store.session() as session:
        _visible(session, user, ids)
        session.execute(
            delete(CourrierRead).where(
                CourrierRead.account_id == user.account_id,
                CourrierRead.courrier_id.in_(set(ids)),
            )
        )


def _may_be_assigned(user: SignedIn, service_ids: set[int]) -> Select[Any]:
    """Accounts of the structure with a reading right on every one of these services."""
    return (
        select(Account.id)
        .join(AccessRight, AccessRight.account_id == Account.id)
        .where(
            Account.structure_id == user.structure_id,
            AccessRight.service_id.in_(service_ids),
            AccessRight.level.in_(READING_RIGHTS),
        )
        .group_by(Account.id)
        .having(func.count(AccessRight.service_id) == len(service_ids))
    )


def colleagues_for(store: Store, user: SignedIn, ids: Sequence[int]) -> list[tuple[str, str, str]]:
    """(login, nom, prenom) of those who may be assigned all these courriers, by name."""
    with store.read_session() as session:
        courriers = _visible(session, user, ids)
        service_ids = {courrier.service_id for courrier in courriers}
        if not service_ids:
            return []
        statement = (
            select(Account.login, Account.nom, Account.prenom)
            .where(Account.id.in_(_may_be_assigned(user, service_ids)))
            .order_by(Account.nom, Account.prenom, Account.login)
        )
        return [(login, nom, prenom) for login, nom, prenom in session.execute(statement)]


def assign(
    store: Store, clock: Clock, user: SignedIn, ids: Sequence[int], assignee_login: str | None
) -> None:
    """Assign the courriers to a colleague with rights on their services, or unassign them."""
    if not ids:
        return
    with store.session() as session:
        courriers = _modifiable(session, user, ids)
        assignee_id: int | None = None
        if assignee_login is not None:
            service_ids = {courrier.service_id for courrier in courriers}
            assignee_id = session.scalar(
                select(Account.id).where(
                    Account.login == assignee_login,
                    Account.id.in_(_may_be_assigned(user, service_ids)),
                )
            )
            if assignee_id is None:
                raise UserError(
                    translate(
                        "Inbox",
                        "{login} cannot be assigned these courriers: "
                        "they need rights on the service of each one.",
                    ).format(login=assignee_login)
                )
        for courrier in courriers:
            courrier.assigned_to_id = assignee_id
        audit.record(
            session,
            clock,
            user.login,
            "courriers_assignes" if assignee_login else "courriers_desassignes",
            assignee_login,
            courriers=sorted(courrier.id for courrier in courriers),
        )


def _set_archived(
    store: Store, clock: Clock, user: SignedIn, ids: Sequence[int], archived: bool
) -> None:
    if not ids:
        return
    with store.session() as session:
        courriers = _modifiable(session, user, ids)
        for courrier in courriers:
            courrier.archived = archived
        audit.record(
            session,
            clock,
            user.login,
            "courriers_archives" if archived else "courriers_desarchives",
            None,
            courriers=sorted(courrier.id for courrier in courriers),
        )


def archive(store: Store, clock: Clock, user: SignedIn, ids: Sequence[int]) -> None:
    _set_archived(store, clock, user, ids, True)


def unarchive(store: Store, clock: Clock, user: SignedIn, ids: Sequence[int]) -> None:
    _set_archived(store, clock, user, ids, False)
