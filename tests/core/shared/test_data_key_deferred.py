"""A store at head opened without asking the keyring: the data key an earlier version kept on
this computer is looked up once, when personal data is first written or read, with the same
refusals as at opening. New stores keep no key on the computer (core.accounts.
data_key_access wraps it per account)."""

from __future__ import annotations

import base64
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from peps_desktop.core.accounts.setup import create_structure
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.core.shared.data_key import (
    KEYRING_SERVICE,
    open_deferring_data_key,
    open_with_data_key,
    store_identifier,
)
from peps_desktop.core.shared.locations import Location, resolve
from peps_desktop.errors import StoreError
from peps_desktop.store.encrypted import DataKeyError, new_data_key
from peps_desktop.store.models import Account, EchangeAgent
from tests.conftest import ADMIN, ADMIN_PASSWORD, NOW, MemoryKeyring
from tests.factories import add_echange

NIR = "185057800608491"


class CountingKeyring(MemoryKeyring):
    """The memory keyring, counting the lookups."""

    def __init__(self, secrets: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self.secrets = secrets
        self.lookups = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.lookups += 1
        return super().get_password(service, username)


@pytest.fixture
def location(tmp_path: Path, memory_keyring: MemoryKeyring) -> Location:
    """A store at head with a structure and one encrypted agent, its key in the keyring as an
    earlier version kept it."""
    where = resolve(data_dir=tmp_path / "data")
    key = new_data_key()
    entry = (KEYRING_SERVICE, store_identifier(where.db_url))
    memory_keyring.secrets[entry] = base64.b64encode(key).decode()
    store, found = open_with_data_key(where)
    assert found is not None and found.key == key
    create_structure(store, FixedClock(NOW), "Mairie de Saint-Aubin", ADMIN, ADMIN_PASSWORD)
    with store.session() as session:
        echange = add_echange(session, "brouillon")
        echange.agents.append(EchangeAgent(position=0, nir=NIR, nom="Dupont", prenom="Léa"))
    store.dispose()
    return where


@pytest.fixture
def counting(memory_keyring: MemoryKeyring) -> Iterator[CountingKeyring]:
    import keyring

    backend = CountingKeyring(memory_keyring.secrets)
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(memory_keyring)


def _nirs(store) -> list[str]:  # type: ignore[no-untyped-def]
    with store.read_session() as session:
        return list(session.scalars(select(EchangeAgent.nir)))


def test_the_keyring_is_asked_once_and_only_for_personal_data(
    location: Location, counting: CountingKeyring
) -> None:
    store, deferred = open_deferring_data_key(location)
    try:
        with store.read_session() as session:
            assert session.scalar(select(Account.login)) == ADMIN.login
        assert counting.lookups == 0
        assert deferred.found is None
        assert _nirs(store) == [NIR]
        assert counting.lookups == 1
        assert deferred.found is not None and deferred.found.kept_in == "keyring"
        assert deferred.resolve() == deferred.found
        with store.session() as session:  # writing inside a unit of work: no second lookup
            session.add(EchangeAgent(echange_id=1, position=1, nir=NIR, nom="Martin", prenom="Jo"))
        assert _nirs(store) == [NIR, NIR]
        assert counting.lookups == 1
    finally:
        store.dispose()


def test_threads_asking_at_once_share_one_lookup(
    location: Location, counting: CountingKeyring
) -> None:
    store, _deferred = open_deferring_data_key(location)
    found: list[list[str]] = []
    try:
        threads = [threading.Thread(target=lambda: found.append(_nirs(store))) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        store.dispose()
    assert found == [[NIR]] * 4
    assert counting.lookups == 1


def test_a_lost_key_is_refused_when_needed_and_asked_again_after(
    location: Location, memory_keyring: MemoryKeyring
) -> None:
    entry = (KEYRING_SERVICE, store_identifier(location.db_url))
    kept = memory_keyring.secrets.pop(entry)
    store, deferred = open_deferring_data_key(location)
    try:
        with pytest.raises(DataKeyError, match="does not hold your structure's data key"):
            _nirs(store)
        assert memory_keyring.secrets == {}  # no new key made over encrypted data
        assert deferred.resolve() is None
    finally:
        store.dispose()
    memory_keyring.secrets[entry] = kept  # the keyring restored from a backup
    store, deferred = open_deferring_data_key(location)
    try:
        assert _nirs(store) == [NIR]
        found = deferred.resolve()
        assert found is not None and found.key == base64.b64decode(kept)
    finally:
        store.dispose()


def test_a_wrong_key_is_refused_when_needed(
    location: Location, memory_keyring: MemoryKeyring
) -> None:
    entry = (KEYRING_SERVICE, store_identifier(location.db_url))
    memory_keyring.secrets[entry] = base64.b64encode(new_data_key()).decode()
    store, deferred = open_deferring_data_key(location)
    try:
        with pytest.raises(StoreError, match="does not match this store"):
            deferred.resolve()
        with pytest.raises(StoreError, match="does not match this store"):
            _nirs(store)
    finally:
        store.dispose()


def test_a_new_store_keeps_no_key_on_the_computer(
    tmp_path: Path, counting: CountingKeyring
) -> None:
    where = resolve(data_dir=tmp_path / "new")
    store, deferred = open_deferring_data_key(where)
    try:
        assert deferred.found is None
        create_structure(store, FixedClock(NOW), "Mairie de Saint-Aubin", ADMIN, ADMIN_PASSWORD)
        assert not any(service == KEYRING_SERVICE for service, _user in counting.secrets)
        assert not (where.data_dir / "data.key").exists()
        with store.session() as session:  # the structure's key, wrapped for Claire, at hand
            echange = add_echange(session, "brouillon")
            echange.agents.append(EchangeAgent(position=0, nir=NIR, nom="Dupont", prenom="Léa"))
        assert _nirs(store) == [NIR]
    finally:
        store.dispose()


def test_the_first_need_may_come_inside_a_unit_of_work(
    location: Location, counting: CountingKeyring
) -> None:
    """The lookup reads the store beside the unit of work holding the write lock: no wait."""
    store, deferred = open_deferring_data_key(location)
    try:
        with store.session() as session:
            session.add(EchangeAgent(echange_id=1, position=1, nir=NIR, nom="Martin", prenom="Jo"))
        assert deferred.found is not None
        assert _nirs(store) == [NIR, NIR]
        assert counting.lookups == 1
    finally:
        store.dispose()
