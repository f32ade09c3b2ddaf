"""Who may see which courriers: the rule lives in the query itself, applied once, here.

A courrier is readable by an account of its own structure with a reading right on its
service: a server may hold several structures, which share the services (the funds)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, Select, and_, exists, select

from peps_desktop.core.shared.services import READING_RIGHTS, RIGHT_MODIFICATION
from peps_desktop.store.in_subquery import in_subquery
from peps_desktop.store.models import AccessRight, Account, Courrier, CourrierRead


def readable_service_ids(account_id: int) -> Select[Any]:
    return select(AccessRight.service_id).where(
        AccessRight.account_id == account_id, AccessRight.level.in_(READING_RIGHTS)
    )


def structure_of(account_id: int) -> ScalarSelect[Any]:
    return select(Account.structure_id).where(Account.id == account_id).scalar_subquery()


def visible_courriers(account_id: int) -> Select[Any]:
    """Ids of the courriers this account may read: its structure's, of services it has
    rights on."""
    return select(Courrier.id).where(
        Courrier.structure_id == structure_of(account_id),
        in_subquery(Courrier.service_id, readable_service_ids(account_id)),
    )


def unread_courriers(account_id: int) -> Select[Any]:
    """Visible, not archived, and without a read mark for this account."""
    read = exists().where(
        and_(CourrierRead.courrier_id == Courrier.id, CourrierRead.account_id == account_id)
    )
    return visible_courriers(account_id).where(Courrier.archived.is_(False), ~read)


def modifiable_service_ids(account_id: int) -> Select[Any]:
    """Services on which this account may change courriers (assign, archive)."""
    return select(AccessRight.service_id).where(
        AccessRight.account_id == account_id, AccessRight.level == RIGHT_MODIFICATION
    )


def may_read(account_id: int) -> ColumnElement[bool]:
    """The same rule row by row: for a few courriers known by id (a page), not for a scan."""
    return and_(
        Courrier.structure_id == structure_of(account_id),
        exists().where(
            AccessRight.account_id == account_id,
            AccessRight.service_id == Courrier.service_id,
            AccessRight.level.in_(READING_RIGHTS),
        ),
    )
