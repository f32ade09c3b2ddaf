"""The data key a store made by an earlier version kept on its computer: still read, checked
and used (signing in then shares it per account), never made anew nor replaced."""

from __future__ import annotations

import base64
import logging
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring
import pytest
from keyring.errors import KeyringLocked
from sqlalchemy import delete, select

from peps_desktop.core.accounts.setup import create_structure
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.core.shared.data_key import (
    KEY_FILE,
    KEYRING_SERVICE,
    DataKey,
    open_with_data_key,
    store_identifier,
)
from peps_desktop.core.shared.locations import Location, resolve
from peps_desktop.errors import StoreError
from peps_desktop.store import Store
from peps_desktop.store.encrypted import new_data_key
from peps_desktop.store.models import AccountKey, Echange, EchangeAgent, StructureKey
from tests.conftest import ADMIN, ADMIN_PASSWORD, NOW, MemoryKeyring
from tests.factories import add_echange

NIR = "185057800608491"
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def location(tmp_path: Path) -> Location:
    return resolve(data_dir=tmp_path / "data")


@contextmanager
def _opened(location: Location) -> Iterator[tuple[Store, DataKey | None]]:
    store, data_key = open_with_data_key(location)
    try:
        yield store, data_key
    finally:
        store.dispose()


def _keep(location: Location, where: str) -> bytes:
    """A key kept as an earlier version kept it: in the keyring, or in the key file."""
    key = new_data_key()
    encoded = base64.b64encode(key).decode()
    if where == "keyring":
        keyring.set_password(KEYRING_SERVICE, store_identifier(location.db_url), encoded)
    else:
        location.data_dir.mkdir(parents=True, exist_ok=True)
        path = location.data_dir / KEY_FILE
        path.write_text(encoded + "\n")
        path.chmod(0o600)
    return key


def _with_an_agent(location: Location, where: str = "keyring") -> bytes:
    """A store of an earlier version: its computer's key, one encrypted agent."""
    key = _keep(location, where)
    with _opened(location) as (store, kept):
        assert kept is not None and kept.key == key
        create_structure(store, FixedClock(NOW), "Mairie de Saint-Aubin", ADMIN, ADMIN_PASSWORD)
        with store.session() as session:
            echange = add_echange(session, "brouillon")
            echange.agents.append(EchangeAgent(position=0, nir=NIR, nom="Dupont", prenom="Léa"))
    return key


def _agent_nirs(store: Store) -> list[str]:
    with store.read_session() as session:
        return [
            agent.nir for echange in session.scalars(select(Echange)) for agent in echange.agents
        ]


def _kept(backend: MemoryKeyring) -> dict[tuple[str, str], str]:
    return {
        entry: secret for entry, secret in backend.secrets.items() if entry[0] == KEYRING_SERVICE
    }


# --- a kept key is read, checked and used -------------------------------------------------------


def test_a_key_kept_in_the_keyring_is_used(
    location: Location, memory_keyring: MemoryKeyring
) -> None:
    key = _with_an_agent(location)
    with _opened(location) as (store, kept):
        assert kept == DataKey(key=key, kept_in="keyring")
        assert _agent_nirs(store) == [NIR]
    assert len(_kept(memory_keyring)) == 1
    assert not (location.data_dir / KEY_FILE).exists()


def test_a_key_in_the_keyring_wins_over_a_key_file(
    location: Location, memory_keyring: MemoryKeyring
) -> None:
    key = _with_an_agent(location)
    (location.data_dir / KEY_FILE).write_text(base64.b64encode(new_data_key()).decode())
    with _opened(location) as (store, kept):
        assert kept is not None and (kept.kept_in, kept.key) == ("keyring", key)
        assert _agent_nirs(store) == [NIR]


def test_the_store_is_named_the_same_from_any_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert store_identifier("sqlite:///data/store.sqlite3") == (
        f"sqlite:///{tmp_path / 'data' / 'store.sqlite3'}"
    )
    assert store_identifier("postgresql://peps:secret@db.mairie.fr/peps") == (
        "postgresql://peps:***@db.mairie.fr/peps"
    )


def test_the_key_is_never_shown_nor_logged(
    location: Location, caplog: pytest.LogCaptureFixture, no_keyring: None
) -> None:
    caplog.set_level(logging.DEBUG)
    key = _with_an_agent(location, "file")
    with _opened(location) as (_store, kept):
        encoded = base64.b64encode(key).decode()
        assert encoded not in caplog.text
        assert NIR not in caplog.text
        assert encoded not in repr(kept)
        assert str(key) not in repr(kept)


@posix_only
def test_a_key_file_is_read_again_not_replaced(location: Location, no_keyring: None) -> None:
    key = _with_an_agent(location, "file")
    path = location.data_dir / KEY_FILE
    written = path.read_bytes()
    with _opened(location) as (store, kept):
        assert kept is not None and (kept.kept_in, kept.file, kept.key) == ("file", path, key)
        assert _agent_nirs(store) == [NIR]
    assert path.read_bytes() == written
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_key_file_stays_in_use_once_a_keyring_appears(tmp_path: Path) -> None:
    location = resolve(data_dir=tmp_path / "data")
    from keyring.backends.fail import Keyring as FailKeyring

    keyring.set_keyring(FailKeyring())
    key = _with_an_agent(location, "file")
    appeared = MemoryKeyring()
    keyring.set_keyring(appeared)
    with _opened(location) as (store, kept):
        assert kept is not None and (kept.kept_in, kept.key) == ("file", key)
        assert _agent_nirs(store) == [NIR]
    assert appeared.secrets == {}


# --- no key is made here any more ---------------------------------------------------------------


def test_a_new_store_keeps_no_key_on_its_computer(
    location: Location, memory_keyring: MemoryKeyring
) -> None:
    with _opened(location) as (store, kept):
        assert kept is None
        create_structure(store, FixedClock(NOW), "Mairie de Saint-Aubin", ADMIN, ADMIN_PASSWORD)
        with store.session() as session:
            echange = add_echange(session, "brouillon")
            echange.agents.append(EchangeAgent(position=0, nir=NIR, nom="Dupont", prenom="Léa"))
    assert _kept(memory_keyring) == {}
    assert not (location.data_dir / KEY_FILE).exists()
    with _opened(location) as (store, kept):
        assert kept is None
        sign_in(store, FixedClock(NOW), ADMIN.login, ADMIN_PASSWORD)
        assert _agent_nirs(store) == [NIR]


def test_a_lost_key_is_not_replaced(location: Location, memory_keyring: MemoryKeyring) -> None:
    _with_an_agent(location)
    with _opened(location) as (store, _kept_before):
        with store.session() as session:  # as if made before keys were wrapped per account
            session.execute(delete(AccountKey))
            session.execute(delete(StructureKey))
    memory_keyring.secrets.clear()
    with _opened(location) as (store, kept):
        assert kept is None
        sign_in(store, FixedClock(NOW), ADMIN.login, ADMIN_PASSWORD)
        with pytest.raises(StoreError, match="does not hold your structure's data key"):
            _agent_nirs(store)
    assert memory_keyring.secrets == {}
    assert not (location.data_dir / KEY_FILE).exists()


# --- a key damaged, wrong, or out of reach ------------------------------------------------------


def test_a_key_that_does_not_match_the_store_is_refused_at_opening(
    location: Location, memory_keyring: MemoryKeyring
) -> None:
    _with_an_agent(location)
    entry = (KEYRING_SERVICE, store_identifier(location.db_url))
    memory_keyring.secrets[entry] = base64.b64encode(new_data_key()).decode()
    with pytest.raises(StoreError, match="data key does not match this store"):
        open_with_data_key(location)


def test_a_damaged_key_file_is_reported_and_left_as_it_is(
    location: Location, no_keyring: None
) -> None:
    location.data_dir.mkdir(parents=True)
    path = location.data_dir / KEY_FILE
    path.write_text("pas une clé\n")
    with pytest.raises(StoreError, match="damaged"):
        open_with_data_key(location)
    assert path.read_text() == "pas une clé\n"


class _LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("locked")


def test_a_keyring_that_does_not_answer_is_passed_over_and_no_key_is_made(
    location: Location, caplog: pytest.LogCaptureFixture
) -> None:
    locked = _LockedKeyring()
    keyring.set_keyring(locked)
    with _opened(location) as (_store, kept):
        assert kept is None
    assert "keyring did not answer" in caplog.text
    assert locked.secrets == {}
    assert not (location.data_dir / KEY_FILE).exists()
