"""The search's scope in the index (service, archived or not): frequent and rare words give
what the LIKE fallback gives by every path, and the scope follows archiving and moves."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import update

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.courriers import inbox
from peps_desktop.core.courriers.inbox import InboxQuery, archive, count, page_ids, unarchive
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.store import Store
from peps_desktop.store.models import Courrier
from tests.core.courriers.inbox_builders import courrier, person, service_id

SERVICES = ("CNRACL", "IRCANTEC", "RAFP")  # the reader reads the first two only
SEARCHES = (
    "cotisations",  # in four courriers out of five
    "pension",  # in one out of five
    "cotis",
    "titre pension",
    "IRC-2026",
    "introuvable",
    # The index's scope words are not the courriers' words.
    "service1live",
    "live",
    "archived",
    "scope",
)
BASES = (
    InboxQuery(),
    InboxQuery(tab="archives"),
    InboxQuery(services=("IRCANTEC",)),
    InboxQuery(services=("RAFP",)),  # not readable: nothing
    InboxQuery(requires_action=True),
    InboxQuery(sort="objet", descending=False),
    InboxQuery(tab="archives", sort="recu_le", descending=False),
)


@pytest.fixture
def reader(store: Store) -> SignedIn:
    with store.session() as session:
        user = person(session, "lea.petit", {"CNRACL": "lecture", "IRCANTEC": "modification"})
        for number in range(60):
            objet = "Titre de pension" if number % 5 == 0 else "Appel de cotisations"
            courrier(
                session,
                SERVICES[number % 3],
                objet=f"{objet} {number}",
                archived=number % 4 == 0,
                action_requise=number % 2 == 0,
                recu_le=dt.date(2026, 1, 1) + dt.timedelta(days=number % 17),
            )
    return user


def _pages(store: Store, user: SignedIn, query: InboxQuery, *, use_fts: bool) -> list[int]:
    """Every page of 7, each asked with the query's total, as the inbox's model asks."""
    total = count(store, user, query, use_fts=use_fts)
    ids: list[int] = []
    for offset in range(0, total + 7, 7):
        ids.extend(page_ids(store, user, query, offset, 7, total=total, use_fts=use_fts))
    return ids


@pytest.mark.parametrize("search", SEARCHES)
@pytest.mark.parametrize("frequent_from", [1, 10**9], ids=["walk-in-order", "from-the-matches"])
def test_every_path_finds_what_the_fallback_finds(
    store: Store,
    reader: SignedIn,
    search: str,
    frequent_from: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(inbox, "FREQUENT_MATCHES", frequent_from)
    for base in BASES:
        query = replace(base, search=search)
        expected = _pages(store, reader, query, use_fts=False)
        assert _pages(store, reader, query, use_fts=True) == expected, query
        assert count(store, reader, query) == len(expected), query
        assert len(set(expected)) == len(expected)


def test_the_fixture_gives_frequent_rare_and_empty_searches(store: Store, reader: SignedIn) -> None:
    found = {search: count(store, reader, InboxQuery(search=search)) for search in SEARCHES}
    assert found["cotisations"] == 24
    assert found["pension"] == 6
    assert found["introuvable"] == found["live"] == found["service1live"] == 0
    archived = count(store, reader, InboxQuery(tab="archives", search="cotisations"))
    assert archived == 8


def _found(store: Store, user: SignedIn, tab: str, search: str) -> tuple[int, list[int]]:
    query = InboxQuery(tab="archives" if tab == "archives" else "courriers", search=search)
    total = count(store, user, query)
    return total, page_ids(store, user, query, 0, 100, total=total)


def test_archiving_and_unarchiving_move_a_courrier_between_the_tabs_searches(
    store: Store, reader: SignedIn, clock: FixedClock
) -> None:
    with store.session() as session:
        new = courrier(session, "IRCANTEC", objet="Avis de virement")
    assert _found(store, reader, "courriers", "virement") == (1, [new])
    assert _found(store, reader, "archives", "virement") == (0, [])
    archive(store, clock, reader, [new])
    assert _found(store, reader, "courriers", "virement") == (0, [])
    assert _found(store, reader, "archives", "virement") == (1, [new])
    unarchive(store, clock, reader, [new])
    assert _found(store, reader, "courriers", "virement") == (1, [new])
    assert _found(store, reader, "archives", "virement") == (0, [])


def test_a_courrier_moved_to_another_service_is_searched_there(
    store: Store, reader: SignedIn
) -> None:
    with store.session() as session:
        new = courrier(session, "CNRACL", objet="Avis de virement")
        rafp = service_id(session, "RAFP")
        ircantec = service_id(session, "IRCANTEC")
    with store.session() as session:
        session.execute(update(Courrier).where(Courrier.id == new).values(service_id=rafp))
    assert _found(store, reader, "courriers", "virement") == (0, [])
    with store.session() as session:
        session.execute(update(Courrier).where(Courrier.id == new).values(service_id=ircantec))
    assert _found(store, reader, "courriers", "virement") == (1, [new])
    only_ircantec = InboxQuery(services=("IRCANTEC",), search="virement")
    assert count(store, reader, only_ircantec) == 1
    assert count(store, reader, replace(only_ircantec, services=("CNRACL",))) == 0


def test_a_changed_objet_and_archived_flag_at_once_keep_the_index_right(
    store: Store, reader: SignedIn
) -> None:
    with store.session() as session:
        new = courrier(session, "CNRACL", objet="Avis de virement")
    with store.session() as session:
        session.execute(
            update(Courrier).where(Courrier.id == new).values(objet="Titre de rente", archived=True)
        )
    assert _found(store, reader, "archives", "virement") == (0, [])
    assert _found(store, reader, "archives", "rente") == (1, [new])
    with store.session() as session:
        session.delete(session.get(Courrier, new))
    assert _found(store, reader, "archives", "rente") == (0, [])
