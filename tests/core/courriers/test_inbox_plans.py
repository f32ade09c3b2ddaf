"""On a shared store, the inbox keeps one plan only where its values cannot change the best
one: its rows and its first pages without words, dates, services or types. A search is
planned for its own words every time (one plan for any words made a count seven times
slower at a million courriers)."""

from __future__ import annotations

import pytest
from sqlalchemy import column, select, table

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.courriers.inbox import InboxQuery, page_ids, rows
from peps_desktop.store import Store
from tests.core.courriers.inbox_builders import courrier, person

pytestmark = pytest.mark.postgresql_only

PREPARED = table("pg_prepared_statements", column("statement"))


@pytest.fixture
def reader(store: Store) -> SignedIn:
    with store.session() as session:
        user = person(session, "lea.petit", {"CNRACL": "lecture"})
        for number in range(12):
            courrier(session, "CNRACL", objet=f"Appel de cotisations {number}")
    return user


def _prepared(store: Store) -> list[str]:
    assert store.driver_reads is not None
    found = store.driver_reads.all(select(PREPARED.c.statement))
    return [statement for (statement,) in found if statement.startswith("SELECT")]


def test_rows_and_a_first_page_keep_a_plan_a_search_and_a_later_page_never(
    store: Store, reader: SignedIn
) -> None:
    store.engine.dispose()  # one connection, no statement prepared yet
    for _ in range(3):
        page_ids(store, reader, InboxQuery(search="cotisations"), 0, 5)
        page_ids(store, reader, InboxQuery(), 5, 5)
    assert _prepared(store) == []

    ids = page_ids(store, reader, InboxQuery(), 0, 5)
    assert len(rows(store, reader, ids)) == 5
    prepared = _prepared(store)
    assert len(prepared) == 2
    assert all("LIMIT 5 OFFSET 0" in sql or "ANY(" in sql for sql in prepared)
    assert not any("search_vector" in sql for sql in prepared)
