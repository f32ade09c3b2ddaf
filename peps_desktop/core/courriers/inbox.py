"""The inbox's reads: count, page and rows of courriers, built in SQL for a million rows.

Every query starts from the courriers the signed-in user may read (core.visibility): the rule
is in the SQL itself, never applied to rows afterwards.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import ColumnElement, Integer, and_, bindparam, exists, func, select
from sqlalchemy.orm import Session, aliased

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.courriers.actions import (
    archive,
    assign,
    colleagues_for,
    mark_read,
    mark_unread,
    unarchive,
)
from peps_desktop.core.courriers.query import InboxQuery
from peps_desktop.core.courriers.sorting import ordered_blocks
from peps_desktop.core.courriers.visibility import readable_service_ids, unread_courriers
from peps_desktop.core.shared.services import READING_RIGHTS, RIGHT_MODIFICATION, SERVICE_CODES
from peps_desktop.store import Store
from peps_desktop.store.id_lists import in_ids_given_as
from peps_desktop.store.in_subquery import in_subquery
from peps_desktop.store.models import AccessRight, Account, Courrier, CourrierRead, Service
from peps_desktop.store.search_fts import (
    SearchScope,
    fts_ready,
    scoped_match_count,
    search_clause,
)
from peps_desktop.store.walk_order import unindexed

if TYPE_CHECKING:
    from peps_desktop.store.driver_reads import AnySelect, DriverReads

__all__ = [
    "CourrierRow",
    "InboxQuery",
    "archive",
    "assign",
    "colleagues_for",
    "count",
    "first_page",
    "mark_read",
    "mark_unread",
    "page_ids",
    "rows",
    "services_of",
    "unarchive",
    "unread_count",
]


class CourrierRow(NamedTuple):
    """A courrier as a list shows it: a tuple, built from a row as fast as the row is read (a
    page has a hundred)."""

    id: int
    service: str  # the service's code
    type: str
    objet: str
    reference: str
    recu_le: dt.date
    action_requise: bool
    echeance: dt.date | None
    montant: Decimal | None
    assigned_to: str | None  # login
    archived: bool
    read: bool  # by the signed-in user
    assigned_name: str | None = None  # « Prénom Nom », as people are named on screen


def _read_by(account_id: int) -> ColumnElement[bool]:
    return exists().where(
        and_(CourrierRead.courrier_id == Courrier.id, CourrierRead.account_id == account_id)
    )


# From this many matches on, a page is read by walking the courriers in order and testing
# each against the matches; below, SQLite reads the matches and sorts them (fewer rows).
FREQUENT_MATCHES = 5000


def _search_scope(session: Session, user: SignedIn, query: InboxQuery) -> SearchScope:
    """The services (readable, and chosen if any) and the tab a search looks in; read once
    per session (a page asked without its count needs it twice)."""
    key = ("search_scope", user.account_id, query.services, query.tab)
    scope = session.info.get(key)
    if scope is None:
        services = select(Service.id).where(Service.id.in_(readable_service_ids(user.account_id)))
        if query.services:
            services = services.where(Service.code.in_(query.services))
        scope = SearchScope(tuple(sorted(session.scalars(services))), query.tab == "archives")
        session.info[key] = scope
    return scope


def _only_searched(query: InboxQuery) -> bool:
    """No filter but the tab, the services and the search (the sort never changes a count)."""
    unfiltered = replace(
        query, tab="courriers", services=(), search="", sort="recu_le", descending=True
    )
    return unfiltered == InboxQuery()


def _conditions(
    session: Session,
    user: SignedIn,
    query: InboxQuery,
    *,
    use_fts: bool,
    walk_in_order: bool = False,
) -> list[ColumnElement[bool]]:
    # Walking an index in order, the service is tested on each row walked, never used to
    # choose the rows (see store.walk_order).
    service_id = unindexed(Courrier.service_id) if walk_in_order else Courrier.service_id
    conditions: list[ColumnElement[bool]] = [
        Courrier.structure_id == user.structure_id,
        in_subquery(service_id, readable_service_ids(user.account_id)),
        Courrier.archived.is_(query.tab == "archives"),
    ]
    if query.services:
        conditions.append(
            service_id.in_(select(Service.id).where(Service.code.in_(query.services)))
        )
    if query.types:
        conditions.append(Courrier.type.in_(query.types))
    if query.requires_action is not None:
        conditions.append(Courrier.action_requise.is_(query.requires_action))
    if query.assignment == "me":
        conditions.append(Courrier.assigned_to_id == user.account_id)
    elif query.assignment == "unassigned":
        conditions.append(Courrier.assigned_to_id.is_(None))
    if query.read_state == "read":
        conditions.append(_read_by(user.account_id))
    elif query.read_state == "unread":
        conditions.append(~_read_by(user.account_id))
    if query.received_from is not None:
        conditions.append(Courrier.recu_le >= query.received_from)
    if query.received_to is not None:
        conditions.append(Courrier.recu_le <= query.received_to)
    if query.search.strip():
        # The index narrows a search to a scope only where it holds one (FTS5): no query for
        # it elsewhere.
        scope = _search_scope(session, user, query) if use_fts and fts_ready(session) else None
        conditions.append(
            search_clause(
                session, query.search, use_fts=use_fts, scope=scope, walk_in_order=walk_in_order
            )
        )
    return conditions


def count(store: Store, user: SignedIn, query: InboxQuery, *, use_fts: bool = True) -> int:
    """How many courriers the query holds for this user."""
    with store.read_session() as session:
        found = _counted_in_the_index(session, user, query, use_fts)
        return found if found is not None else _count(session, user, query, use_fts)


def _counted_in_the_index(
    session: Session, user: SignedIn, query: InboxQuery, use_fts: bool
) -> int | None:
    """A search's count from the index alone (no set of every courrier holding the words is
    built), when nothing but the words, services and tab narrows it; else None."""
    if use_fts and query.search.strip() and _only_searched(query):
        return scoped_match_count(session, query.search, _search_scope(session, user, query))
    return None


def _count(session: Session, user: SignedIn, query: InboxQuery, use_fts: bool) -> int:
    # count(*), not count(id): SQLite counts index entries without reading the column.
    total = session.scalar(
        select(func.count())
        .select_from(Courrier)
        .where(*_conditions(session, user, query, use_fts=use_fts))
    )
    return total or 0


def _walks_in_order(
    session: Session, user: SignedIn, query: InboxQuery, total: int | None, use_fts: bool
) -> bool:
    """Whether the query holds many courriers (see core.courriers.sorting). Without its
    count, a search is judged by its matches in the index alone (an upper bound, cheap)."""
    if total is None and use_fts and query.search.strip() and fts_ready(session):
        total = scoped_match_count(session, query.search, _search_scope(session, user, query))
    return total is not None and total >= FREQUENT_MATCHES


def page_ids(
    store: Store,
    user: SignedIn,
    query: InboxQuery,
    offset: int,
    limit: int,
    *,
    total: int | None = None,
    use_fts: bool = True,
) -> list[int]:
    """The ids of one page, in the query's order.

    Given the query's `total` (from count), a page in the second half is read from the other
    end in the reverse order: OFFSET walks every row it skips, so the last page would
    otherwise be the slowest.
    """
    offset, limit = max(offset, 0), max(limit, 0)
    reads = store.driver_reads
    with store.read_session() as session:
        walk_in_order = _walks_in_order(session, user, query, total, use_fts)
        if total is not None and offset > total // 2:
            end = min(offset + limit, total)
            if end <= offset:
                return []
            reverse = replace(query, descending=not query.descending)
            ids = _read_blocks(
                session, reads, user, reverse, total - end, end - offset, use_fts, walk_in_order
            )
            return ids[::-1]
        return _read_blocks(session, reads, user, query, offset, limit, use_fts, walk_in_order)


def first_page(
    store: Store, user: SignedIn, query: InboxQuery, limit: int, *, use_fts: bool = True
) -> tuple[list[int], int | None]:
    """The first page's ids, with the query's count when it costs less than the page: a few
    courriers (under FREQUENT_MATCHES) are counted whole, a search from its index. None for
    a long list: its count walks every row, and is read after its first page is shown."""
    reads = store.driver_reads
    with store.read_session() as session:
        total = _count_if_few(session, user, query, use_fts)
        walk_in_order = total is None or total >= FREQUENT_MATCHES
        ids = _read_blocks(session, reads, user, query, 0, max(limit, 0), use_fts, walk_in_order)
    return ids, total


def _count_if_few(session: Session, user: SignedIn, query: InboxQuery, use_fts: bool) -> int | None:
    """The query's count if it is below FREQUENT_MATCHES, comes from the search index or
    filters on the reading: None (many) otherwise. The courriers are counted no further than
    that bound, but for the reading: testing each courrier against the reads one by one
    costs more than the count's one pass over them (66 against 45 ms at a million)."""
    found = _counted_in_the_index(session, user, query, use_fts)
    if found is not None:
        return found
    if query.read_state is not None:
        return _count(session, user, query, use_fts)
    first = (
        select(Courrier.id)
        .where(*_conditions(session, user, query, use_fts=use_fts))
        .limit(FREQUENT_MATCHES)
    )
    counted = session.scalar(select(func.count()).select_from(first.subquery())) or 0
    return counted if counted < FREQUENT_MATCHES else None


def _plans_alike(query: InboxQuery) -> bool:
    """Whether every run of the query's pages is best planned alike: no value in it (words,
    dates, services, types) whose rows may be a handful or most of the store."""
    return not (
        query.search.strip()
        or query.services
        or query.types
        or query.received_from
        or query.received_to
    )


# A page's place in a block, written into the SQL at each run (a block is built and compiled
# once): PostgreSQL keeps one plan for a statement only if it knows how many rows it wants.
_PAGE_OFFSET = bindparam("page_offset", type_=Integer, literal_execute=True)
_PAGE_LIMIT = bindparam("page_limit", type_=Integer, literal_execute=True)


@dataclass(frozen=True)
class _Block:
    whole: AnySelect  # every id of the block, in order
    paged: AnySelect  # the same, from page_offset, at most page_limit


def _blocks(
    session: Session,
    reads: DriverReads | None,
    user: SignedIn,
    query: InboxQuery,
    use_fts: bool,
    walk_in_order: bool,
) -> list[_Block]:
    """The query's blocks. A shared store keeps them per user and query: they hold no state
    of the store (the rights are a subquery), and building them costs as much as a page's
    answer from the server. Scrolling a list reads the same blocks at other offsets."""

    def build() -> list[_Block]:
        conditions = _conditions(session, user, query, use_fts=use_fts, walk_in_order=walk_in_order)
        return [
            _Block(block, block.offset(_PAGE_OFFSET).limit(_PAGE_LIMIT))
            for block in ordered_blocks(conditions, query, walk_in_order=walk_in_order)
        ]

    if reads is None:
        return build()
    shape = ("inbox blocks", user.account_id, user.structure_id, query, use_fts, walk_in_order)
    return reads.kept(shape, build)


def _all(
    session: Session,
    reads: DriverReads | None,
    statement: AnySelect,
    parameters: dict[str, Any] | None = None,
    *,
    plan_once: bool = False,
) -> list[tuple[Any, ...]]:
    """The statement's rows: through the driver where the store offers it (a shared store),
    else through the session."""
    if reads is not None:
        return reads.all(statement, parameters, plan_once=plan_once)
    return [tuple(row) for row in session.execute(statement, parameters)]


def _read_blocks(
    session: Session,
    reads: DriverReads | None,
    user: SignedIn,
    query: InboxQuery,
    offset: int,
    limit: int,
    use_fts: bool,
    walk_in_order: bool,
) -> list[int]:
    """`limit` ids from `offset` across the sort's blocks, read one after the other."""
    blocks = _blocks(session, reads, user, query, use_fts, walk_in_order)
    ids: list[int] = []
    skip = offset
    for number, block in enumerate(blocks):
        wanted = limit - len(ids)
        if wanted <= 0:
            break
        page = {"page_offset": skip, "page_limit": wanted}
        # A first page (of either end) is asked most, and its plan kept; one further in is a
        # statement of its own.
        first_page = skip == 0 and _plans_alike(query)
        found = [row[0] for row in _all(session, reads, block.paged, page, plan_once=first_page)]
        ids.extend(found)
        if found or number == len(blocks) - 1:
            skip = 0
            continue
        # The whole block lies before the page: how much of the offset it took.
        size = select(func.count()).select_from(block.whole.order_by(None).subquery())
        skip = max(skip - _all(session, reads, size)[0][0], 0)
    return ids


def _rows_statement() -> AnySelect:
    """Built once: the user and the ids are parameters, so each page reuses the compiled SQL."""
    me = bindparam("me", type_=Integer)
    assignee = aliased(Account)
    read = exists().where(
        and_(CourrierRead.courrier_id == Courrier.id, CourrierRead.account_id == me)
    )
    readable = exists().where(
        AccessRight.account_id == me,
        AccessRight.service_id == Courrier.service_id,
        AccessRight.level.in_(READING_RIGHTS),
    )
    return (
        select(
            Courrier.id,
            Service.code,
            Courrier.type,
            Courrier.objet,
            Courrier.reference,
            Courrier.recu_le,
            Courrier.action_requise,
            Courrier.echeance,
            Courrier.montant,
            assignee.login,
            Courrier.archived,
            read,
            func.trim(assignee.prenom + " " + assignee.nom),
        )
        .join(Service, Service.id == Courrier.service_id)
        .outerjoin(assignee, assignee.id == Courrier.assigned_to_id)
        .where(
            in_ids_given_as(Courrier.id, "ids"),
            Courrier.structure_id == bindparam("structure", type_=Integer),
            readable,
        )
    )


_ROWS = _rows_statement()


def rows(store: Store, user: SignedIn, ids: Sequence[int]) -> list[CourrierRow]:
    """The rows for these ids, in the same order; ids the user may not read are left out."""
    if not ids:
        return []
    parameters = {"me": user.account_id, "structure": user.structure_id, "ids": list(ids)}
    with store.read_session() as session:  # connected only without driver reads
        found_rows = _all(session, store.driver_reads, _ROWS, parameters, plan_once=True)
    found = {row[0]: CourrierRow(*row) for row in found_rows}
    return [found[courrier_id] for courrier_id in ids if courrier_id in found]


def services_of(store: Store, user: SignedIn) -> list[tuple[str, bool]]:
    """(code, may modify) of each service this user may read, in the funds' usual order."""
    with store.read_session() as session:
        levels: dict[str, str] = {
            code: level
            for code, level in session.execute(
                select(Service.code, AccessRight.level)
                .join(AccessRight, AccessRight.service_id == Service.id)
                .where(
                    AccessRight.account_id == user.account_id,
                    AccessRight.level.in_(READING_RIGHTS),
                )
            )
        }
    order = {code: number for number, code in enumerate(SERVICE_CODES)}
    return [
        (code, levels[code] == RIGHT_MODIFICATION)
        for code in sorted(levels, key=lambda code: (order.get(code, len(order)), code))
    ]


def unread_count(store: Store, user: SignedIn) -> int:
    """Courriers not archived that this user may read and has not read."""
    with store.read_session() as session:
        total = session.scalar(
            select(func.count()).select_from(unread_courriers(user.account_id).subquery())
        )
    return total or 0
