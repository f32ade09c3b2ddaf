"""Courrier events from another seat: what a person may see, and only that."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from peps_desktop.core.accounts.rules import Identity
from peps_desktop.core.accounts.setup import create_structure
from peps_desktop.core.courriers.actions import archive, assign, mark_read
from peps_desktop.core.courriers.watching import CourrierWatch
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.store import Store
from peps_desktop.store.migrate import open_store
from peps_desktop.store.models import Courrier
from tests.conftest import ADMIN_PASSWORD
from tests.core.courriers.inbox_builders import courrier, person


@pytest.fixture
def seat_two(store_url: str, tmp_path: Path) -> Iterator[Store]:
    store = open_store(store_url, tmp_path / "seat-two", upgrade=False)
    yield store
    store.dispose()


def _collect(watch: CourrierWatch, count: int, timeout: float = 10) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    deadline = time.monotonic() + timeout
    while len(found) < count and time.monotonic() < deadline:
        found += [(event.event, event.id) for event in watch.events(0.5)]
    return found


def test_a_watcher_hears_what_another_seat_does_to_the_courriers_it_may_see(
    store: Store, seat_two: Store, clock: FixedClock
) -> None:
    with store.session() as session:
        sophie = person(session, "sophie.laurent", {"CNRACL": "modification"})
        louis = person(session, "louis.petit", {"CNRACL": "modification", "RAFP": "lecture"})
    watch = CourrierWatch(seat_two, sophie)  # on the other seat
    try:
        with store.session() as session:
            cnracl = courrier(session, "CNRACL", objet="Facture")
            rafp = courrier(session, "RAFP", objet="Invisible pour Sophie")
        mark_read(store, clock, louis, [cnracl])  # someone else's read mark: not hers
        assign(store, clock, louis, [cnracl], louis.login)
        mark_read(store, clock, sophie, [cnracl])  # her own, from the other seat
        archive(store, clock, louis, [cnracl])
        with store.session() as session:
            session.execute(update(Courrier).where(Courrier.id == rafp).values(archived=True))
            session.execute(update(Courrier).where(Courrier.id == cnracl).values(objet="Bis"))
        events = _collect(watch, 5)
    finally:
        watch.close()
    assert events == [
        ("imported", cnracl),
        ("assigned", cnracl),
        ("read", cnracl),
        ("archived", cnracl),
        ("changed", cnracl),
    ]
    assert all(courrier_id != rafp for _event, courrier_id in events)


def test_nothing_is_heard_of_another_structures_courriers(
    store: Store, seat_two: Store, clock: FixedClock
) -> None:
    other = create_structure(
        store,
        clock,
        "CCAS de Lunel",
        Identity("bea.roux", "Roux", "Béa", "bea@lunel.fr"),
        ADMIN_PASSWORD,
        beside_others=True,
    )
    with store.session() as session:
        sophie = person(session, "sophie.laurent", {"CNRACL": "lecture"})
    watch = CourrierWatch(seat_two, sophie)
    try:
        with store.session() as session:
            courrier(session, "CNRACL", structure_id=other)
            mine = courrier(session, "CNRACL")
        events = _collect(watch, 2, timeout=3)
    finally:
        watch.close()
    assert events == [("imported", mine)]
    with store.read_session() as session:
        assert session.scalar(select(Courrier.structure_id).where(Courrier.id == mine)) != other
