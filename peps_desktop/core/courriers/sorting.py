"""The inbox's order: the statements that give a query's ids in the order of its column.

A sort is one or two *blocks*, statements read one after the other, each ordered by its
column and then the id (which breaks ties, so that pages never overlap nor skip rows):

- a courrier's own column (date, type, subject…): one block, which can walk the tab's index
  on that column (migration 0030) and stop after a page;
- the fund: one block ordered by the service's code, the funds walked by code and each
  one's courriers by id;
- the assignee: the unassigned courriers (first when ascending, as SQLite has always put
  NULL), then the assigned ones as people are named on screen (« Prénom Nom »); the
  accounts walked by first name, name and login (unique), and each one's courriers by id.

With `walk_in_order`, the statements carry the hints of store.walk_order: the caller asks
for it when the query holds many courriers, where walking in order and stopping beats
sorting them all; for a few, the planner's own choice (read them, then sort) is better.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, join, select
from sqlalchemy.orm import InstrumentedAttribute

from peps_desktop.core.courriers.query import InboxQuery
from peps_desktop.store.models import Account, Courrier, Service
from peps_desktop.store.walk_order import walk_join

# The courrier's own columns a query may sort on.
_OWN_COLUMNS: dict[str, InstrumentedAttribute[Any]] = {
    "recu_le": Courrier.recu_le,
    "type": Courrier.type,
    "objet": Courrier.objet,
    "reference": Courrier.reference,
    "action_requise": Courrier.action_requise,
    "echeance": Courrier.echeance,
    "montant": Courrier.montant,
}


# Columns that hold NULLs (no due date, no amount): NULL sorts as the smallest value on
# every engine (SQLite's own order; PostgreSQL is told, and its indexes say the same).
_NULLABLE = (Courrier.echeance, Courrier.montant)


def _ordered(statement: Select[Any], keys: Sequence[Any], descending: bool) -> Select[Any]:
    def order(key: Any) -> Any:
        if any(key is column for column in _NULLABLE):
            return key.desc().nulls_last() if descending else key.asc().nulls_first()
        return key.desc() if descending else key.asc()

    return statement.order_by(*(order(key) for key in keys))


def ordered_blocks(
    conditions: Sequence[ColumnElement[bool]], query: InboxQuery, *, walk_in_order: bool
) -> list[Select[Any]]:
    """The ids meeting `conditions`, in the query's order, as blocks read one after another."""
    descending = query.descending
    if query.sort == "service":
        joined = (
            walk_join(Service, Courrier, Service.id == Courrier.service_id)
            if walk_in_order
            else join(Courrier, Service, Service.id == Courrier.service_id)
        )
        statement = select(Courrier.id).select_from(joined).where(*conditions)
        return [_ordered(statement, (Service.code, Courrier.id), descending)]
    if query.sort == "assigned":
        unassigned = _ordered(
            select(Courrier.id).where(*conditions, Courrier.assigned_to_id.is_(None)),
            (Courrier.id,),
            descending,
        )
        joined = (
            walk_join(Account, Courrier, Account.id == Courrier.assigned_to_id)
            if walk_in_order
            else join(Courrier, Account, Account.id == Courrier.assigned_to_id)
        )
        assigned = _ordered(
            select(Courrier.id).select_from(joined).where(*conditions),
            (Account.prenom, Account.nom, Account.login, Courrier.id),
            descending,
        )
        return [assigned, unassigned] if descending else [unassigned, assigned]
    key = _OWN_COLUMNS[query.sort]
    return [_ordered(select(Courrier.id).where(*conditions), (key, Courrier.id), descending)]
