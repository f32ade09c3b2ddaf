"""The shared store's promise, end to end: a second seat on a fresh data folder and keyring,
pointed at the same database, signs in, opens a PDF imported on the first, reads an échange's
agents' names, and hears of the first seat's changes."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from sqlalchemy import select

from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.contact.history import echange_detail
from peps_desktop.core.courriers.actions import archive
from peps_desktop.core.courriers.folder_import import import_courriers
from peps_desktop.core.courriers.reading import open_courrier, read_document
from peps_desktop.core.courriers.watching import CourrierWatch
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.core.shared.data_key import open_with_data_key
from peps_desktop.core.shared.locations import Location
from peps_desktop.store import Store
from peps_desktop.store.models import Courrier, EchangeAgent
from tests.conftest import ADMIN, ADMIN_PASSWORD, MemoryKeyring
from tests.core.courriers.import_builders import GOOD, drop, pdf
from tests.factories import add_echange

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def second_seat(store_url: str, tmp_path: Path) -> Iterator[Store]:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())  # nothing of the first seat's keyring
    store, kept = open_with_data_key(Location(data_dir=tmp_path / "second-seat", db_url=store_url))
    assert kept is None
    yield store
    store.dispose()
    keyring.set_keyring(previous)


def test_a_second_seat_works_on_what_the_first_one_did(
    store: Store, second_seat: Store, clock: FixedClock, tmp_path: Path
) -> None:
    folder = tmp_path / "depot"
    folder.mkdir()
    letter = pdf("Facture de cotisations de novembre")
    drop(folder, "facture", GOOD, letter)
    assert import_courriers(store, clock, folder).imported == 1
    with store.session() as session:
        courrier_id = session.scalar(select(Courrier.id))
        echange = add_echange(session, "envoye")
        echange.agents.append(
            EchangeAgent(position=0, nir="185057800608491", nom="Dupont", prenom="Léa")
        )
        session.flush()
        echange_id = echange.id
    assert courrier_id is not None

    user = sign_in(second_seat, clock, ADMIN.login, ADMIN_PASSWORD)
    assert read_document(open_courrier(second_seat, clock, user, courrier_id)) == letter
    detail = echange_detail(second_seat, user, echange_id)
    assert [(nom, prenom) for _nir, nom, prenom in detail.agents] == [("Dupont", "Léa")]

    watch = CourrierWatch(second_seat, user)
    try:
        archive(store, clock, user, [courrier_id])
        heard: list[tuple[str, int]] = []
        deadline = time.monotonic() + 10
        while ("archived", courrier_id) not in heard and time.monotonic() < deadline:
            heard += [(event.event, event.id) for event in watch.events(0.5)]
    finally:
        watch.close()
    assert ("archived", courrier_id) in heard
