"""The machine's own faults said plainly, with nothing stored changed: a store locked by
another program, a read-only store, a full disk, a document folder gone."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from peps_desktop.core.accounts.account_list import list_accounts
from peps_desktop.core.accounts.admin import AccountDraft, create_account
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.courriers.folder_import import import_courriers
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.errors import DiskFull, MissingFolder, ReadOnlyPlace, StoreBusy, StoreError
from peps_desktop.store import Store, engine
from peps_desktop.store.migrate import open_store
from peps_desktop.store.models import Account, Courrier
from tests.commands.cli_helpers import one_clear_line, run
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.core.courriers.import_builders import GOOD, drop, files
from tests.second_factor import next_code

BUSY = "Another task is in progress on this folder; try again in a moment."
DRAFT = AccountDraft("Dupont", "Jean", "jean.dupont@mairie.fr", "02 41 00 00 04")

# The faults of a store file and its documents folder: a shared store has neither.
pytestmark = pytest.mark.sqlite_only


def accounts(store: Store) -> int:
    with store.read_session() as session:
        return session.scalar(select(func.count()).select_from(Account)) or 0


@pytest.fixture
def another_program_writing(
    store: Store, store_url: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[sqlite3.Connection]:
    """Another program holds the store's write lock; our writers wait 0.3 s, not 15."""
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
    store.engine.dispose()  # the next connections take the shorter wait
    other = sqlite3.connect(store_url.removeprefix("sqlite:///"), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE structure SET nom = nom")
    yield other
    other.execute("ROLLBACK")
    other.close()


def test_a_locked_store_refuses_writers_plainly_and_readers_go_on(
    store: Store, clock: FixedClock, another_program_writing: sqlite3.Connection
) -> None:
    with store.read_session() as session:
        admin_id = session.scalar(select(Account.id))
    from peps_desktop.core.accounts.signed_in import SignedIn

    admin = SignedIn(admin_id, 1, ADMIN.login, "Martin", "Claire", "administrateur", "a Claire")
    # Readers never fail, whoever writes.
    assert [row.login for row in list_accounts(store, clock, admin)] == [ADMIN.login]
    with pytest.raises(StoreBusy) as refused:
        create_account(store, clock, admin, next_code(clock), DRAFT)
    assert str(refused.value) == BUSY
    with pytest.raises(StoreBusy):
        sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    assert accounts(store) == 1


@pytest.mark.usefixtures("command_line")
def test_the_command_line_says_the_store_is_busy(
    store: Store,
    store_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    another_program_writing: sqlite3.Connection,
) -> None:
    monkeypatch.setenv("PEPS_PASSWORD", ADMIN_PASSWORD)
    code, _out, err = run(capsys, "--db", store_url, "dashboard", "--as", ADMIN.login)
    assert code == 1
    assert one_clear_line(err) == f"peps-desktop: {BUSY}"


def test_a_read_only_store_is_said_so(
    store: Store, store_url: str, clock: FixedClock, tmp_path: Path
) -> None:
    path = store_url.removeprefix("sqlite:///")
    read_only = open_store(
        f"sqlite:///file:{path}?mode=ro&uri=true", store.documents_dir, upgrade=False
    )
    try:
        with pytest.raises(ReadOnlyPlace) as refused:
            sign_in(read_only, clock, ADMIN.login, ADMIN_PASSWORD)
    finally:
        read_only.dispose()
    assert str(refused.value).startswith(f"The store {path} is read-only")
    assert accounts(store) == 1


def test_a_full_disk_is_said_so_and_nothing_is_half_written(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    """SQLite's own 'database or disk is full', from a store allowed no more pages."""
    inbox = tmp_path / "depot"
    for number in range(300):
        drop(inbox, f"c{number:03d}", GOOD | {"reference": f"R{number:03d}", "objet": "x" * 300})
    with store.read_session() as session:
        pages = session.connection().exec_driver_sql("PRAGMA page_count").scalar()

    @event.listens_for(store.engine, "connect")
    def _no_room(connection: object, _record: object) -> None:
        connection.execute(f"PRAGMA max_page_count={pages + 2}")  # type: ignore[attr-defined]

    store.engine.dispose()
    with pytest.raises(DiskFull) as refused:
        import_courriers(store, clock, inbox)
    assert "is full" in str(refused.value)
    event.remove(store.engine, "connect", _no_room)
    store.engine.dispose()
    with store.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Courrier)) == 0
    assert len(files(inbox)) == 600  # every pair still there, for the next run


def test_a_missing_document_folder_is_said_so_and_not_recreated(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    inbox = tmp_path / "depot"
    drop(inbox, "facture", GOOD)
    store.documents_dir.rmdir()
    with pytest.raises(MissingFolder) as refused:
        import_courriers(store, clock, inbox)
    assert str(refused.value).startswith(f"The folder {store.documents_dir} cannot be found")
    assert not store.documents_dir.exists()
    assert files(inbox) == {"facture.pdf", "facture.json"}


def test_a_store_in_a_missing_folder_cannot_be_opened_and_is_said_so(tmp_path: Path) -> None:
    from peps_desktop.store.engine import Store as StoreType
    from peps_desktop.store.engine import build_engine

    missing = tmp_path / "absent" / "store.sqlite3"
    unopened = StoreType(build_engine(f"sqlite:///{missing}"), tmp_path / "documents")
    with pytest.raises(StoreError) as refused, unopened.session() as session:
        session.execute(select(func.count()).select_from(Account))
    assert str(refused.value).startswith(f"The store {missing} cannot be opened")
