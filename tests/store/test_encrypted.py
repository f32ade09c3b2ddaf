"""Agents' NIRs and names at rest: AES-GCM with the store's data key, never in clear bytes."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from peps_desktop.core.accounts.setup import create_structure
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.errors import StoreError
from peps_desktop.store import Store
from peps_desktop.store.encrypted import (
    FORMAT_AES_GCM_V1,
    NONCE_BYTES,
    DataCipher,
    attach_cipher,
    has_cipher,
    new_data_key,
)
from peps_desktop.store.migrate import open_store
from peps_desktop.store.models import Echange, EchangeAgent
from tests import databases
from tests.conftest import ADMIN, ADMIN_PASSWORD, NOW
from tests.factories import add_echange

NIR = "185057800608491"
SPACED_NIR = "1 85 05 78 006 084 91"
DOTTED_NIR = "1.85.05.78.006.084.91"
NOM = "Dupont-Lefèvre"
PRENOM = "Anaïs"
MARKER = "Objet-en-clair-témoin"  # a plain column: proves the raw scan sees what is written


def _add_agents(store: Store, *agents: tuple[str, str, str], objet: str = "Demande") -> int:
    with store.session() as session:
        echange = add_echange(session, "brouillon", objet=objet)
        for position, (nir, nom, prenom) in enumerate(agents):
            echange.agents.append(EchangeAgent(position=position, nir=nir, nom=nom, prenom=prenom))
        session.flush()
        return echange.id


def _raw_column(store: Store, column: str) -> list[bytes]:
    with store.engine.connect() as connection:
        rows = connection.exec_driver_sql(f"SELECT {column} FROM echange_agent ORDER BY position")
        return [bytes(row[0]) for row in rows]


def _agents(store: Store, echange_id: int) -> list[tuple[str, str, str]]:
    with store.read_session() as session:
        echange = session.get(Echange, echange_id)
        assert echange is not None
        return [(agent.nir, agent.nom, agent.prenom) for agent in echange.agents]


@pytest.fixture
def other_store(tmp_path: Path) -> Iterator[Store]:
    """A second store, open at the same time, with a key of its own."""
    with databases.database_url(tmp_path, "other") as url:
        store = open_store(url, tmp_path / "other-docs", data_key=new_data_key())
        create_structure(store, FixedClock(NOW), "CCAS de Lunel", ADMIN, ADMIN_PASSWORD)
        yield store
        store.dispose()


# --- round trip ---------------------------------------------------------------------------------


def test_agents_read_back_as_written_in_their_order(store: Store) -> None:
    echange_id = _add_agents(
        store, (NIR, NOM, PRENOM), ("295072A01234567", "Martin", "Éloïse"), ("", "X", "Y")
    )
    assert _agents(store, echange_id) == [
        (NIR, NOM, PRENOM),
        ("295072A01234567", "Martin", "Éloïse"),
        ("", "X", "Y"),
    ]
    stored = _raw_column(store, "nir")
    assert all(value[:1] == FORMAT_AES_GCM_V1 for value in stored)
    # Format byte, nonce, the text's bytes, a 16-byte tag.
    assert len(stored[0]) == 1 + NONCE_BYTES + len(NIR) + 16


def test_the_same_nir_written_twice_gives_different_bytes(store: Store) -> None:
    _add_agents(store, (NIR, NOM, PRENOM), (NIR, NOM, PRENOM))
    first, second = _raw_column(store, "nir")
    assert first != second
    assert first[1 : 1 + NONCE_BYTES] != second[1 : 1 + NONCE_BYTES]
    noms = _raw_column(store, "nom")
    assert noms[0] != noms[1]


def test_several_stores_in_one_process_each_use_their_own_key(
    store: Store, other_store: Store
) -> None:
    mine = _add_agents(store, (NIR, NOM, PRENOM))
    theirs = _add_agents(other_store, ("295072A01234567", "Martin", "Éloïse"))
    assert _agents(store, mine) == [(NIR, NOM, PRENOM)]
    assert _agents(other_store, theirs) == [("295072A01234567", "Martin", "Éloïse")]
    # Each store's bytes only open with its own key.
    mine_sealed = _raw_column(store, "nir")[0]
    with other_store.engine.begin() as connection:
        connection.execute(text("UPDATE echange_agent SET nir = :sealed"), {"sealed": mine_sealed})
    with pytest.raises(StoreError, match="data key does not match"):
        _agents(other_store, theirs)


# --- wrong key, no key, tampering ---------------------------------------------------------------


def test_a_wrong_key_is_refused_with_a_clear_store_error(
    store: Store, store_url: str, tmp_path: Path
) -> None:
    _add_agents(store, (NIR, NOM, PRENOM))
    stored = _raw_column(store, "nir")[0]
    with pytest.raises(StoreError, match="data key does not match this store") as refused:
        open_store(store_url, tmp_path / "documents", data_key=new_data_key())
    assert stored.hex() not in str(refused.value)
    assert NIR not in str(refused.value)


def test_reading_with_a_wrong_key_raises_the_store_error_itself(store: Store) -> None:
    echange_id = _add_agents(store, (NIR, NOM, PRENOM))
    attach_cipher(store.engine, DataCipher(new_data_key()))
    with pytest.raises(StoreError, match="data key does not match") as refused:
        _agents(store, echange_id)
    assert type(refused.value).__module__ == "peps_desktop.store.encrypted"  # not wrapped


def test_a_value_moved_to_another_column_does_not_decrypt(store: Store) -> None:
    echange_id = _add_agents(store, (NIR, NOM, PRENOM))
    with store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE echange_agent SET prenom = nom")
    with pytest.raises(StoreError, match="data key does not match"):
        _agents(store, echange_id)


def test_a_store_opened_without_its_key_refuses_to_write_and_stores_nothing(
    store: Store, store_url: str, tmp_path: Path
) -> None:
    keyless = open_store(store_url, tmp_path / "documents")
    try:
        assert not has_cipher(keyless.engine)
        with pytest.raises(StoreError, match="does not hold your structure's data key") as refused:
            _add_agents(keyless, (NIR, NOM, PRENOM), objet="Jamais enregistré")
        assert NIR not in str(refused.value)
        with keyless.read_session() as session:
            assert session.scalar(select(func.count()).select_from(EchangeAgent)) == 0
            assert session.scalar(select(func.count()).select_from(Echange)) == 0
    finally:
        keyless.dispose()
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM echange_agent")).scalar() == 0


def test_a_store_opened_without_its_key_refuses_to_read(
    store: Store, store_url: str, tmp_path: Path
) -> None:
    echange_id = _add_agents(store, (NIR, NOM, PRENOM))
    keyless = open_store(store_url, tmp_path / "documents")
    try:
        with pytest.raises(StoreError, match="does not hold your structure's data key"):
            _agents(keyless, echange_id)
    finally:
        keyless.dispose()


def test_a_key_of_the_wrong_size_is_refused() -> None:
    with pytest.raises(StoreError, match="32 bytes"):
        DataCipher(b"short")
    assert "short" not in repr(DataCipher(new_data_key()))


def test_nirs_and_names_never_reach_the_logs(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("sqlalchemy.engine", "sqlalchemy.orm"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        echange_id = _add_agents(store, (NIR, NOM, PRENOM))
        assert _agents(store, echange_id) == [(NIR, NOM, PRENOM)]
        attach_cipher(store.engine, None)
        with pytest.raises(StoreError):
            _add_agents(store, (NIR, NOM, PRENOM))
    finally:
        for name in ("sqlalchemy.engine", "sqlalchemy.orm"):
            logging.getLogger(name).setLevel(logging.NOTSET)
    # The statements and (DEBUG) the rows' columns were logged…
    assert "INSERT INTO echange_agent" in caplog.text
    assert "'nir', 'nom', 'prenom'" in caplog.text
    for secret in (NIR, SPACED_NIR, NOM, PRENOM):
        assert secret not in caplog.text  # …never the values


# --- the bytes on disk --------------------------------------------------------------------------


def _forms(*secrets: str) -> list[bytes]:
    texts = {variant for secret in secrets for variant in (secret, secret.upper())}
    return [t.encode(encoding) for t in texts for encoding in ("utf-8", "utf-16-le", "utf-16-be")]


SECRETS = _forms(NIR, SPACED_NIR, DOTTED_NIR, NOM, PRENOM)


def _found(secrets: list[bytes], raw: bytes) -> list[bytes]:
    return [secret for secret in secrets if secret in raw]


@pytest.mark.sqlite_only
def test_nirs_and_names_are_not_in_the_store_file_nor_its_wal(store: Store, store_url: str) -> None:
    path = Path(store.engine.url.database or "")
    wal = path.with_name(path.name + "-wal")
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    _add_agents(store, (NIR, NOM, PRENOM), (SPACED_NIR, NOM.upper(), PRENOM), objet=MARKER)

    # Committed, the store still open: the new pages are in the WAL.
    assert wal.exists()
    wal_bytes = wal.read_bytes()
    assert _found(_forms(MARKER), wal_bytes) != []
    assert _found(SECRETS, wal_bytes) == []
    assert _found(SECRETS, path.read_bytes()) == []

    store.dispose()  # the last connection checkpoints the WAL into the file
    assert not wal.exists()
    main_bytes = path.read_bytes()
    assert _found(_forms(MARKER), main_bytes) != []
    assert _found(SECRETS, main_bytes) == []
