"""The store's data key: made once, kept in the keyring or a private file, never replaced."""

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
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked
from sqlalchemy import select

from peps_desktop.core.accounts.setup import create_structure
from peps_desktop.core.shared import data_key as data_key_module
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.core.shared.data_key import (
    KEY_FILE,
    KEYRING_SERVICE,
    DataKey,
    find_data_key,
    open_with_data_key,
    store_identifier,
)
from peps_desktop.core.shared.locations import Location, resolve
from peps_desktop.errors import StoreError
from peps_desktop.store import Store
from peps_desktop.store.encrypted import new_data_key
from peps_desktop.store.models import Echange, EchangeAgent
from tests.conftest import ADMIN, ADMIN_PASSWORD, NOW, MemoryKeyring
from tests.factories import add_echange

NIR = "185057800608491"
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def location(tmp_path: Path) -> Location:
    return resolve(data_dir=tmp_path / "data")


@contextmanager
def _opened(location: Location) -> Iterator[tuple[Store, DataKey]]:
    store, data_key = open_with_data_key(location)
    try:
        yield store, data_key
    finally:
        store.dispose()


def _with_an_agent(location: Location) -> DataKey:
    """Open the store, write one encrypted agent, close it."""
    with _opened(location) as (store, data_key):
        create_structure(store, FixedClock(NOW), "Mairie de Saint-Aubin", ADMIN, ADMIN_PASSWORD)
        with store.session() as session:
            echange = add_echange(session, "brouillon")
            echange.agents.append(EchangeAgent(position=0, nir=NIR, nom="Dupont", prenom="Léa"))
    return data_key


def _agent_nirs(store: Store) -> list[str]:
    with store.read_session() as session:
        return [
            agent.nir for echange in session.scalars(select(Echange)) for agent in echange.agents
        ]


def _kept(backend: MemoryKeyring) -> dict[tuple[str, str], str]:
    return {
        entry: secret for entry, secret in backend.secrets.items() if entry[0] == KEYRING_SERVICE
    }


# --- where a keyring exists ---------------------------------------------------------------------


def test_the_key_is_made_once_and_kept_in_the_keyring(
    location: Location, memory_keyring: MemoryKeyring
) -> None:
    first = _with_an_agent(location)
    assert first.kept_in == "keyring"
    assert first.file is None
    assert len(first.key) == 32
    assert _kept(memory_keyring) == {
        (KEYRING_SERVICE, store_identifier(location.db_url)): base64.b64encode(first.key).decode()
    }
    assert not (location.data_dir / KEY_FILE).exists()
    with _opened(location) as (store, again):
        assert again == first
        assert _agent_nirs(store) == [NIR]
    assert len(_kept(memory_keyring)) == 1


def test_a_key_in_the_keyring_wins_over_a_key_file(
    location: Location, memory_keyring: MemoryKeyring
) -> None:
    first = _with_an_agent(location)
    (location.data_dir / KEY_FILE).write_text(base64.b64encode(new_data_key()).decode())
    with _opened(location) as (store, again):
        assert again.kept_in == "keyring"
        assert again.key == first.key
        assert _agent_nirs(store) == [NIR]


def test_each_store_has_its_own_key(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    one = _with_an_agent(resolve(data_dir=tmp_path / "one"))
    two = _with_an_agent(resolve(data_dir=tmp_path / "two"))
    assert one.key != two.key
    assert len(_kept(memory_keyring)) == 2


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
    data_key = _with_an_agent(location)
    encoded = base64.b64encode(data_key.key).decode()
    assert encoded not in caplog.text
    assert NIR not in caplog.text
    assert encoded not in repr(data_key)
    assert str(data_key.key) not in repr(data_key)


# --- where no keyring exists --------------------------------------------------------------------


@posix_only
def test_without_a_keyring_the_key_goes_to_a_file_only_its_owner_reads(
    location: Location, no_keyring: None, caplog: pytest.LogCaptureFixture
) -> None:
    data_key = _with_an_agent(location)
    path = location.data_dir / KEY_FILE
    assert (data_key.kept_in, data_key.file) == ("file", path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert base64.b64decode(path.read_text()) == data_key.key
    assert "no keyring" in caplog.text


def test_without_a_keyring_the_key_file_is_read_again_not_replaced(
    location: Location, no_keyring: None
) -> None:
    first = _with_an_agent(location)
    path = location.data_dir / KEY_FILE
    written = path.read_bytes()
    with _opened(location) as (store, again):
        assert again == first
        assert again.kept_in == "file"
        assert _agent_nirs(store) == [NIR]
    assert path.read_bytes() == written


def test_a_key_file_stays_in_use_once_a_keyring_appears(tmp_path: Path) -> None:
    location = resolve(data_dir=tmp_path / "data")
    from keyring.backends.fail import Keyring as FailKeyring

    keyring.set_keyring(FailKeyring())
    first = _with_an_agent(location)
    appeared = MemoryKeyring()
    keyring.set_keyring(appeared)
    with _opened(location) as (store, again):
        assert (again.kept_in, again.key) == ("file", first.key)
        assert _agent_nirs(store) == [NIR]
    assert appeared.secrets == {}


class _ForgetfulKeyring(KeyringBackend):
    """Says yes to every secret and keeps none."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        pass

    def delete_password(self, service: str, username: str) -> None:
        pass


def test_a_keyring_that_does_not_keep_the_key_is_not_trusted(location: Location) -> None:
    keyring.set_keyring(_ForgetfulKeyring())
    first = _with_an_agent(location)
    assert first.kept_in == "file"
    with _opened(location) as (store, _again):
        assert _agent_nirs(store) == [NIR]


# --- a key lost, damaged or wrong ---------------------------------------------------------------


def test_a_lost_key_is_not_replaced_while_encrypted_data_exists(
    location: Location, memory_keyring: MemoryKeyring
) -> None:
    _with_an_agent(location)
    memory_keyring.secrets.clear()
    with pytest.raises(StoreError, match="data key of this store cannot be found") as refused:
        open_with_data_key(location)
    assert "encrypted personal data" in str(refused.value)
    assert memory_keyring.secrets == {}
    assert not (location.data_dir / KEY_FILE).exists()
    assert find_data_key(location) is None


def test_a_lost_key_file_is_not_replaced_while_encrypted_data_exists(
    location: Location, no_keyring: None
) -> None:
    _with_an_agent(location)
    (location.data_dir / KEY_FILE).unlink()
    with pytest.raises(StoreError, match="cannot be found"):
        open_with_data_key(location)
    assert not (location.data_dir / KEY_FILE).exists()


def test_a_lost_key_is_replaced_when_no_encrypted_data_depends_on_it(
    location: Location, memory_keyring: MemoryKeyring
) -> None:
    with _opened(location) as (store, first):
        create_structure(store, FixedClock(NOW), "Mairie de Saint-Aubin", ADMIN, ADMIN_PASSWORD)
    memory_keyring.secrets.clear()
    with _opened(location) as (_store, second):
        assert second.kept_in == "keyring"
        assert second.key != first.key


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


def test_a_keyring_that_does_not_answer_is_reported_and_no_key_is_made(
    location: Location,
) -> None:
    locked = _LockedKeyring()
    keyring.set_keyring(locked)
    with pytest.raises(StoreError, match="keyring did not answer"):
        open_with_data_key(location)
    assert locked.secrets == {}
    assert not (location.data_dir / KEY_FILE).exists()


def test_a_key_made_meanwhile_by_another_program_is_taken_not_replaced(
    location: Location, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two programs opening a new store at once: the second must use the first one's key,
    or the data the first writes with it could never be read again."""
    theirs = new_data_key()
    real_open_store = data_key_module.open_store

    def open_while_another_program_makes_the_key(*args: object, **kwargs: object) -> Store:
        store = real_open_store(*args, **kwargs)  # type: ignore[arg-type]
        memory_keyring.set_password(
            KEYRING_SERVICE,
            store_identifier(location.db_url),
            base64.b64encode(theirs).decode("ascii"),
        )
        return store

    monkeypatch.setattr(data_key_module, "open_store", open_while_another_program_makes_the_key)
    with _opened(location) as (_store, data_key):
        assert data_key.key == theirs
    kept = memory_keyring.get_password(KEYRING_SERVICE, store_identifier(location.db_url))
    assert kept is not None and base64.b64decode(kept) == theirs
