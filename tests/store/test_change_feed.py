"""The change feed: every change recorded by the database itself, whatever statement made
it; a listener woken on PostgreSQL, that comes back by itself after a server restart."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, update

from peps_desktop.core.accounts.rules import Identity
from peps_desktop.core.accounts.setup import create_structure
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.core.shared.live import StructureChanges
from peps_desktop.store import Store
from peps_desktop.store.change_feed import changes_after, last_change_id
from peps_desktop.store.migrate import open_store
from peps_desktop.store.models import Account, Courrier, CourrierRead, EchangeMessage
from tests.conftest import ADMIN_PASSWORD, NOW
from tests.core.courriers.inbox_builders import courrier, person
from tests.factories import add_echange
from tests.private_server import PrivateServer, private_server


def _recorded(store: Store, after: int) -> list[tuple[str, int, str]]:
    with store.engine.connect() as connection:
        structure_id = connection.execute(
            Account.__table__.select().with_only_columns(Account.structure_id).limit(1)
        ).scalar_one()
        return [
            (change.kind, change.row_id, change.event)
            for change in changes_after(connection, after, structure_id)
        ]


def test_each_kind_of_change_is_recorded(store: Store) -> None:
    with store.engine.connect() as connection:
        start = last_change_id(connection)
    with store.session() as session:
        lea = person(session, "lea.petit", {"CNRACL": "modification"})
        first = courrier(session, "CNRACL")
        second = courrier(session, "CNRACL")
        echange = add_echange(session, "envoye")
        echange_id = echange.id
    with store.session() as session:
        session.add(CourrierRead(account_id=lea.account_id, courrier_id=first, read_at=NOW))
        # One statement, several rows: a change each.
        session.execute(update(Courrier).values(archived=True))
        session.execute(
            update(Courrier).where(Courrier.id == first).values(assigned_to_id=lea.account_id)
        )
        session.add(EchangeMessage(echange_id=echange_id, direction="recu", body="Oui", at=NOW))
    with store.session() as session:
        session.execute(delete(CourrierRead))
        session.execute(delete(Courrier).where(Courrier.id == second))
    assert _recorded(store, start) == [
        ("account", lea.account_id, "created"),
        ("courrier", first, "imported"),
        ("courrier", second, "imported"),
        ("echange", echange_id, "created"),
        ("courrier", first, "read"),
        ("courrier", first, "archived"),
        ("courrier", second, "archived"),
        ("courrier", first, "assigned"),
        ("echange", echange_id, "answered"),
        ("courrier", first, "unread"),
        ("courrier", second, "deleted"),
    ]


@pytest.fixture
def restartable(tmp_path: Path) -> Iterator[tuple[PrivateServer, Store]]:
    with private_server() as server:
        store = open_store(server.database("peps"), tmp_path / "documents")
        try:
            yield server, store
        finally:
            store.dispose()


def _wait_for(changes: StructureChanges, kind: str, timeout: float = 20) -> list[str]:
    heard: list[str] = []
    deadline = time.monotonic() + timeout
    while kind not in heard and time.monotonic() < deadline:
        heard += [change.kind for change in changes.wait(0.5)]
    return heard


@pytest.mark.postgresql_only
def test_the_listener_comes_back_by_itself_after_a_server_restart(
    restartable: tuple[PrivateServer, Store], clock: FixedClock
) -> None:
    server, store = restartable
    structure_id = create_structure(
        store, clock, "Mairie", Identity("a.b", "B", "A", "a@b.fr"), ADMIN_PASSWORD
    )
    changes = StructureChanges(store, structure_id)
    try:
        with store.session() as session:
            courrier(session, "CNRACL")
        assert "courrier" in _wait_for(changes, "courrier")

        server.stop()
        assert changes.wait(0.5) == []
        assert not changes.connected
        server.start()

        # The application's pool reconnects by itself (pre-ping); so does the listener.
        with store.session() as session:
            courrier(session, "CNRACL")
        assert "courrier" in _wait_for(changes, "courrier")
        assert changes.connected
    finally:
        changes.close()
