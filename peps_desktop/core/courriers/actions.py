"""The inbox's actions: mark read or unread, assign, archive; rights checked here, whatever
the caller. Each is one unit of work: for several courriers, all change or none does.

Each action is one set-based statement whose WHERE clause holds the rights (a courrier the
person may not see, or not modify, is never touched), however many courriers are chosen.
When it touches fewer rows than were chosen, the reason is looked up and raised, which
rolls the whole unit of work back: the common case costs the one statement. They run on
the unit of work's connection, as SQL: no courrier is loaded as an object.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, delete, func, literal, select, update
from sqlalchemy.orm import Session

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.courriers.visibility import (
    may_read,
    modifiable_service_ids,
    readable_service_ids,
)
from peps_desktop.core.shared import audit
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.services import READING_RIGHTS
from peps_desktop.errors import PermissionDenied, UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.id_lists import in_ids
from peps_desktop.store.insert_new import insert_new
from peps_desktop.store.models import AccessRight, Account, Courrier, CourrierRead
from peps_desktop.store.walk_order import unindexed

# The chosen ids drive every statement: the service's rights are tested on those rows only.
# Left as an indexed condition, a list of a thousand ids looks dearer to SQLite's planner
# than a service's range, which it then walks whole.
_service_id = unindexed(Courrier.service_id)
_structure_id = unindexed(Courrier.structure_id)


def _own(user: SignedIn) -> ColumnElement[bool]:
    """Of the user's structure: a shared store holds several, which share the services."""
    return _structure_id == user.structure_id


def _modifiable(user: SignedIn) -> ColumnElement[bool]:
    return and_(_own(user), _service_id.in_(modifiable_service_ids(user.account_id)))


def not_visible_error() -> PermissionDenied:
    return PermissionDenied(
        translate("Inbox", "Some of the selected courriers do not exist or are not yours to see.")
    )


def _not_modifiable_error() -> PermissionDenied:
    return PermissionDenied(
        translate(
            "Inbox",
            "You need the modification right on the service of every selected courrier.",
        )
    )


def _cannot_be_assigned(login: str) -> UserError:
    return UserError(
        translate(
            "Inbox",
            "{login} cannot be assigned these courriers: "
            "they need rights on the service of each one.",
        ).format(login=login)
    )


def _count(session: Session, *conditions: Any) -> int:
    return session.scalar(select(func.count()).select_from(Courrier).where(*conditions)) or 0


def _refuse_unless_visible(session: Session, user: SignedIn, wanted: set[int]) -> None:
    """PermissionDenied unless every courrier exists and the user may read it."""
    if _count(session, in_ids(Courrier.id, wanted), may_read(user.account_id)) != len(wanted):
        raise not_visible_error()


def _refuse_unless_modifiable(session: Session, user: SignedIn, wanted: set[int]) -> None:
    """As _refuse_unless_visible, and the modification right on each one's service."""
    _refuse_unless_visible(session, user, wanted)
    if _count(session, in_ids(Courrier.id, wanted), _modifiable(user)) != len(wanted):
        raise _not_modifiable_error()


def _readable(user: SignedIn) -> ColumnElement[bool]:
    return and_(_own(user), _service_id.in_(readable_service_ids(user.account_id)))


def mark_read(store: Store, clock: Clock, user: SignedIn, ids: Sequence[int]) -> None:
    if not ids:
        return
    wanted = set(ids)
    chosen = select(Courrier.id, literal(user.account_id), literal(clock.now())).where(
        in_ids(Courrier.id, wanted), _readable(user)
    )
    columns = [CourrierRead.courrier_id, CourrierRead.account_id, CourrierRead.read_at]
    with store.session() as session:
        connection = session.connection()
        # A courrier read already keeps its first read mark.
        marked = connection.execute(
            insert_new(connection, CourrierRead).from_select(columns, chosen)
        ).rowcount
        if marked != len(wanted):  # some were read already, or are not to be seen
            _refuse_unless_visible(session, user, wanted)


def mark_unread(store: Store, clock: Clock, user: SignedIn, ids: Sequence[int]) -> None:
    del clock  # the same signature as the other actions; unread needs no date
    if not ids:
        return
    wanted = set(ids)
    visible = select(Courrier.id).where(in_ids(Courrier.id, wanted), _readable(user))
    with store.session() as session:
        unmarked = (
            session.connection()
            .execute(
                delete(CourrierRead).where(
                    CourrierRead.account_id == user.account_id,
                    CourrierRead.courrier_id.in_(visible),
                )
            )
            .rowcount
        )
        if unmarked != len(wanted):  # some were unread already, or are not to be seen
            _refuse_unless_visible(session, user, wanted)


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
    if not ids:
        return []
    wanted = set(ids)
    with store.read_session() as session:
        _refuse_unless_visible(session, user, wanted)
        service_ids = set(
            session.scalars(
                select(Courrier.service_id)
                .where(in_ids(Courrier.id, wanted), _own(user))
                .distinct()
            )
        )
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
    wanted = set(ids)
    with store.session() as session:
        rights = [
            in_ids(Courrier.id, wanted),
            _modifiable(user),
        ]
        assignee_id: int | None = None
        if assignee_login is not None:
            assignee_id = session.scalar(
                select(Account.id).where(
                    Account.login == assignee_login, Account.structure_id == user.structure_id
                )
            )
            if assignee_id is None:
                _refuse_unless_modifiable(session, user, wanted)
                raise _cannot_be_assigned(assignee_login)
            # The assignee must be able to read every one of them.
            rights.append(_service_id.in_(readable_service_ids(assignee_id)))
        assigned = (
            session.connection()
            .execute(update(Courrier).where(*rights).values(assigned_to_id=assignee_id))
            .rowcount
        )
        if assigned != len(wanted):
            _refuse_unless_modifiable(session, user, wanted)
            raise _cannot_be_assigned(assignee_login or "")
        audit.record(
            session,
            clock,
            user.login,
            "courriers_assignes" if assignee_login else "courriers_desassignes",
            assignee_login,
            structure_id=user.structure_id,
            courriers=sorted(wanted),
        )


def _set_archived(
    store: Store, clock: Clock, user: SignedIn, ids: Sequence[int], archived: bool
) -> None:
    if not ids:
        return
    wanted = set(ids)
    with store.session() as session:
        changed = (
            session.connection()
            .execute(
                update(Courrier)
                .where(
                    in_ids(Courrier.id, wanted),
                    _modifiable(user),
                )
                .values(archived=archived)
            )
            .rowcount
        )
        if changed != len(wanted):
            _refuse_unless_modifiable(session, user, wanted)
        audit.record(
            session,
            clock,
            user.login,
            "courriers_archives" if archived else "courriers_desarchives",
            None,
            structure_id=user.structure_id,
            courriers=sorted(wanted),
        )


def archive(store: Store, clock: Clock, user: SignedIn, ids: Sequence[int]) -> None:
    _set_archived(store, clock, user, ids, True)


def unarchive(store: Store, clock: Clock, user: SignedIn, ids: Sequence[int]) -> None:
    _set_archived(store, clock, user, ids, False)
