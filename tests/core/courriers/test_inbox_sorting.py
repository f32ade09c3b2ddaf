"""Sorting a large tab: every column walks an index in order and stops after a page, and gives
the same pages as the planner's own way (read the rows, then sort them)."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace

import pytest
from sqlalchemy import event

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.courriers import inbox
from peps_desktop.core.courriers.inbox import InboxQuery, count, page_ids
from peps_desktop.core.courriers.query import SORT_COLUMNS
from peps_desktop.store import Store
from peps_desktop.store.models import Account
from tests.core.courriers.inbox_builders import courrier, person

TYPES = ("facture", "notification", "attestation")


@pytest.fixture
def reader(store: Store) -> SignedIn:
    """Léa reads CNRACL and IRCANTEC, not RAFP; ties on every column, NULLs, assignees."""
    with store.session() as session:
        lea = person(session, "lea.petit", {"CNRACL": "modification", "IRCANTEC": "lecture"})
        marc = person(session, "marc.roux", {"CNRACL": "lecture", "IRCANTEC": "lecture"})
        # First by login, last by name: the inbox names people, it does not show logins.
        yves = person(session, "agent.sud", {"CNRACL": "lecture"})
        session.get_one(Account, yves.account_id).prenom = "Yves"
        assignees = itertools.cycle((None, lea.account_id, yves.account_id, None, marc.account_id))
        for number in range(60):
            courrier(
                session,
                ("CNRACL", "IRCANTEC", "RAFP")[number % 3],
                objet=f"Objet {number % 7}",
                recu_le=dt.date(2026, 11, 1 + number % 4),
                type=TYPES[number % 3],
                action_requise=number % 2 == 0,
                echeance=None if number % 5 else dt.date(2026, 12, 1 + number % 3),
                montant=None if number % 4 == 0 else number % 6,
                assigned_to_id=next(assignees),
                archived=number % 5 == 4,
            )
    return lea


def _pages(store: Store, user: SignedIn, query: InboxQuery, size: int) -> list[int]:
    """Every page, each asked with the query's total, as the inbox's model asks."""
    total = count(store, user, query)
    ids: list[int] = []
    for offset in range(0, total + size, size):
        ids.extend(page_ids(store, user, query, offset, size, total=total))
    return ids


QUERIES = [
    InboxQuery(),
    InboxQuery(tab="archives"),
    InboxQuery(requires_action=True),
    InboxQuery(services=("IRCANTEC",)),
    InboxQuery(search="objet"),
]


@pytest.mark.parametrize("column", SORT_COLUMNS)
@pytest.mark.parametrize("descending", [False, True])
def test_walking_in_order_gives_the_same_pages_as_sorting(
    store: Store,
    reader: SignedIn,
    column: str,
    descending: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for base in QUERIES:
        query = replace(base, sort=column, descending=descending)  # type: ignore[arg-type]
        monkeypatch.setattr(inbox, "FREQUENT_MATCHES", 10**9)
        sorted_after = _pages(store, reader, query, 100)
        monkeypatch.setattr(inbox, "FREQUENT_MATCHES", 1)
        assert sorted_after, query
        for size in (1, 7, 100):
            assert _pages(store, reader, query, size) == sorted_after, (query, size)


def test_the_unassigned_come_first_ascending_and_last_descending(
    store: Store, reader: SignedIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inbox, "FREQUENT_MATCHES", 1)
    query = InboxQuery(sort="assigned", descending=False)
    ascending = inbox.rows(store, reader, _pages(store, reader, query, 7))
    descending = inbox.rows(
        store, reader, _pages(store, reader, replace(query, descending=True), 7)
    )
    names = [row.assigned_name for row in ascending]
    first_assigned = names.index("Lea Petit")
    assert set(names[:first_assigned]) == {None}
    assert names[first_assigned:] == sorted(names[first_assigned:])  # type: ignore[type-var]
    assert names[-1] == "Yves Sud"  # whose login, agent.sud, comes first
    assert [row.id for row in descending] == [row.id for row in ascending][::-1]


@pytest.mark.sqlite_only  # SQLite's plans; PostgreSQL's: benchmarks/inbox_postgres.py
@pytest.mark.parametrize("column", SORT_COLUMNS)
@pytest.mark.parametrize("tab", ["courriers", "archives"])
def test_a_large_tab_is_never_sorted_whole(
    store: Store, reader: SignedIn, column: str, tab: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's plan for a page of a large tab walks an index: no temporary B-tree."""
    monkeypatch.setattr(inbox, "FREQUENT_MATCHES", 1)
    plans: list[str] = []

    def explain(connection, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if statement.startswith("SELECT courrier.id") and "LIMIT" in statement:
            raw = connection.connection.driver_connection
            rows = raw.execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall()
            plans.append("\n".join(row[-1] for row in rows))

    event.listen(store.engine, "before_cursor_execute", explain)
    try:
        for descending in (False, True):
            query = InboxQuery(tab=tab, sort=column, descending=descending)  # type: ignore[arg-type]
            page_ids(store, reader, query, 0, 10, total=count(store, reader, query))
    finally:
        event.remove(store.engine, "before_cursor_execute", explain)
    assert plans
    for plan in plans:
        assert "TEMP B-TREE" not in plan, plan


@pytest.mark.parametrize("base", [*QUERIES, InboxQuery(read_state="unread")])
def test_a_first_page_comes_with_its_count_only_when_few(
    store: Store, reader: SignedIn, base: InboxQuery, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first page is the one the count's pages begin with; its count comes with it below
    FREQUENT_MATCHES (or from SQLite's search index, or for a filter on the reading), and is
    left for later above."""
    for descending in (False, True):
        query = replace(base, sort="objet", descending=descending)
        total = count(store, reader, query)
        first = page_ids(store, reader, query, 0, 7, total=total)
        for frequent, told in ((total + 1, total), (total, None), (1, None)):
            monkeypatch.setattr(inbox, "FREQUENT_MATCHES", frequent)
            ids, known = inbox.first_page(store, reader, query, 7)
            assert ids == first, (query, frequent)
            if query.read_state or (query.search and store.engine.dialect.name == "sqlite"):
                assert known == total, query  # counted whole, or from the FTS5 index
            else:
                assert known == told, (query, frequent)
