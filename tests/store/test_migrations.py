"""Migrations: fresh stores, upgrades that keep data, and files refused without being touched."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select, text

from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.errors import StoreError
from peps_desktop.store import Store, build_engine
from peps_desktop.store.backup import backup_sqlite
from peps_desktop.store.migrate import (
    current_revision,
    head_revision,
    known_revisions,
    open_store,
    upgrade_to,
)
from peps_desktop.store.models import (
    Account,
    AuditEntry,
    Base,
    Courrier,
    Service,
    Structure,
)
from peps_desktop.store.search_fts import include_name
from tests.conftest import ADMIN, ADMIN_PASSWORD, NOW
from tests.factories import add_courrier

FIRST_REVISION = "0001"
SIDE_FILES = ("-wal", "-shm", "-journal")


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in SIDE_FILES]


def _assert_untouched(path: Path, before: bytes) -> None:
    assert path.read_bytes() == before
    assert [side for side in _side_files(path) if side.exists()] == []


@contextmanager
def _opened(url: str, documents_dir: Path, *, upgrade: bool = True) -> Iterator[Store]:
    """open_store, disposed of on leaving."""
    store = open_store(url, documents_dir, upgrade=upgrade)
    try:
        yield store
    finally:
        store.dispose()


@pytest.fixture
def first_revision_path(tmp_path: Path) -> Path:
    """A store as version 0001 of the application left it, with a structure and an account."""
    path = tmp_path / "old.sqlite3"
    engine = build_engine(_url(path))
    try:
        upgrade_to(engine, FIRST_REVISION)
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO structure (id, nom, created_at) "
                    "VALUES (1, 'CCAS de Lunel', '2025-03-01 08:00:00')"
                )
            )
            connection.execute(
                text(
                    "INSERT INTO account (id, structure_id, login, nom, prenom, email, profile, "
                    "status, expires_on, password_hash, failed_sign_ins, created_at, version) "
                    "VALUES (1, 1, 'anne.roux', 'Roux', 'Anne', 'anne.roux@ccas.fr', "
                    "'administrateur', 'actif', '2026-09-01', NULL, 2, '2025-03-01 08:00:00', 3)"
                )
            )
        with engine.connect() as connection:
            revision = MigrationContext.configure(connection).get_current_revision()
            services = connection.execute(text("SELECT count(*) FROM service")).scalar()
        assert revision == FIRST_REVISION
        assert services == 0  # the funds arrive with a later revision
    finally:
        engine.dispose()
    return path


def _populated_store(path: Path) -> None:
    """A store written by this version, closed, with no WAL left beside it."""
    from peps_desktop.core.accounts.setup import create_structure

    store = open_store(_url(path), path.parent / "documents")
    try:
        create_structure(store, FixedClock(NOW), "Mairie de Saint-Aubin", ADMIN, ADMIN_PASSWORD)
    finally:
        store.dispose()
    assert [side for side in _side_files(path) if side.exists()] == []


# --- reaching head -----------------------------------------------------------------------------


def test_a_fresh_store_is_at_head(empty_store: Store) -> None:
    assert current_revision(empty_store) == head_revision()
    assert head_revision() in known_revisions()
    assert FIRST_REVISION in known_revisions()
    with empty_store.engine.connect() as connection:
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    assert [row[0] for row in rows] == [head_revision()]


def test_reopening_a_store_at_head_keeps_its_rows(
    store: Store, store_url: str, tmp_path: Path
) -> None:
    with _opened(store_url, tmp_path / "documents") as again:
        assert current_revision(again) == head_revision()
        with again.read_session() as session:
            assert session.scalars(select(Account.login)).all() == [ADMIN.login]
            assert session.scalar(select(func.count()).select_from(Service)) == 9


def test_a_store_at_the_first_revision_is_upgraded_with_its_rows(
    first_revision_path: Path, tmp_path: Path
) -> None:
    with _opened(_url(first_revision_path), tmp_path / "documents") as store:
        assert current_revision(store) == head_revision() != FIRST_REVISION
        with store.read_session() as session:
            structure = session.get(Structure, 1)
            assert structure is not None
            assert structure.nom == "CCAS de Lunel"
            assert structure.created_at.isoformat() == "2025-03-01T08:00:00"
            account = session.get(Account, 1)
            assert account is not None
            assert (account.login, account.nom, account.prenom) == ("anne.roux", "Roux", "Anne")
            assert (account.profile, account.status) == ("administrateur", "actif")
            assert account.expires_on.isoformat() == "2026-09-01"
            assert (account.failed_sign_ins, account.version) == (2, 3)
            codes = set(session.scalars(select(Service.code)))
        assert codes == {
            "CNRACL",
            "IRCANTEC",
            "RAFP",
            "FSPOEIE",
            "ATIACL",
            "FIPHFP",
            "FNC",
            "FEH",
            "FAEFM",
        }


def test_open_store_without_upgrade_leaves_the_revision(
    first_revision_path: Path, tmp_path: Path
) -> None:
    with _opened(_url(first_revision_path), tmp_path / "documents", upgrade=False) as store:
        assert current_revision(store) == FIRST_REVISION


def test_the_migrated_schema_matches_the_models(first_revision_path: Path, tmp_path: Path) -> None:
    with (
        _opened(_url(first_revision_path), tmp_path / "documents") as store,
        store.engine.connect() as connection,
    ):
        # The FTS5 search tables live outside the ORM metadata on purpose (SQLite-only).
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_a_relative_sqlite_url_opens_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`sqlite:///store.sqlite3` (relative to the working folder) is a valid SQLAlchemy URL."""
    monkeypatch.chdir(tmp_path)
    first = open_store("sqlite:///relative.sqlite3", tmp_path / "documents")
    first.dispose()
    assert (tmp_path / "relative.sqlite3").stat().st_size > 0
    with _opened("sqlite:///relative.sqlite3", tmp_path / "documents") as second:
        assert current_revision(second) == head_revision()


@pytest.mark.parametrize("url", ["nope://x", "not a url", "sqlite+nodriver:///x.db"])
def test_an_invalid_url_is_refused_with_a_store_error(url: str, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="Invalid database URL"):
        open_store(url, tmp_path / "documents")
    assert not (tmp_path / "documents").exists()


# --- files refused and left untouched ----------------------------------------------------------


def test_a_store_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    _populated_store(path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    assert [side for side in _side_files(path) if side.exists()] == []
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version") as refused:
        open_store(_url(path), tmp_path / "other-documents")
    assert "9999_from_the_future" in str(refused.value)
    _assert_untouched(path, before)
    assert not (tmp_path / "other-documents").exists()


def _real_store_bytes(tmp_path: Path) -> bytes:
    path = tmp_path / "model" / "store.sqlite3"
    path.parent.mkdir()
    _populated_store(path)
    return path.read_bytes()


NOT_DATABASES = {
    "random-bytes": lambda real: random.Random(20261125).randbytes(8192),
    "text-file": lambda real: "Nom;Prénom\nMartin;Claire\n".encode() * 50,
    "header-cut-at-10": lambda real: real[:10],
    "header-cut-at-16": lambda real: real[:16],
    "header-cut-at-60": lambda real: real[:60],
    "database-cut-at-5000": lambda real: real[:5000],
}


@pytest.mark.parametrize("kind", list(NOT_DATABASES))
def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(
    kind: str, tmp_path: Path
) -> None:
    content = NOT_DATABASES[kind](_real_store_bytes(tmp_path))
    path = tmp_path / "store.sqlite3"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="not a PEP's Desktop"):
        open_store(_url(path), tmp_path / "documents")
    _assert_untouched(path, content)
    assert not (tmp_path / "documents").exists()


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_a_foreign_sqlite_database_is_refused_and_left_untouched(
    journal_mode: str, tmp_path: Path
) -> None:
    path = tmp_path / "clients.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA journal_mode={journal_mode}")
    connection.execute("CREATE TABLE client (id INTEGER PRIMARY KEY, nom TEXT)")
    connection.execute("INSERT INTO client (nom) VALUES ('Dupont')")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a PEP's Desktop store"):
        open_store(_url(path), tmp_path / "documents")
    _assert_untouched(path, before)


def test_an_empty_file_is_accepted_as_a_new_store(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    path.touch()
    with _opened(_url(path), tmp_path / "documents") as store:
        assert current_revision(store) == head_revision()
        with store.read_session() as session:
            assert session.scalar(select(func.count()).select_from(Service)) == 9
    assert path.stat().st_size > 0
    assert (tmp_path / "documents").is_dir()


# --- backups -----------------------------------------------------------------------------------


def _snapshot(store: Store) -> dict[str, list[tuple[object, ...]]]:
    with store.read_session() as session:
        return {
            "structure": [(s.id, s.nom, s.created_at) for s in session.scalars(select(Structure))],
            "account": [
                (a.id, a.login, a.password_hash, a.expires_on, a.version)
                for a in session.scalars(select(Account).order_by(Account.id))
            ],
            "service": [
                (s.id, s.code) for s in session.scalars(select(Service).order_by(Service.id))
            ],
            "courrier": [
                (c.id, c.reference, c.montant)
                for c in session.scalars(select(Courrier).order_by(Courrier.id))
            ],
            "audit": [
                (e.id, e.action, e.target)
                for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))
            ],
        }


@pytest.mark.sqlite_only
def test_a_backup_of_a_running_store_opens_with_the_same_rows(
    store: Store, store_url: str, tmp_path: Path, clock: FixedClock
) -> None:
    from decimal import Decimal

    with store.session() as session:
        for number in range(3):
            add_courrier(session, "CNRACL", montant=Decimal(f"{number}00.50"))
    expected = _snapshot(store)
    target = tmp_path / "backups" / "copy.sqlite3"
    target.parent.mkdir()
    backup_sqlite(store_url, target)  # the store's engine is still open
    assert not target.with_name(target.name + ".partial").exists()
    with _opened(_url(target), tmp_path / "copy-documents") as copy:
        assert current_revision(copy) == head_revision()
        assert _snapshot(copy) == expected
        assert sign_in(copy, clock, ADMIN.login, ADMIN_PASSWORD).login == ADMIN.login


@pytest.mark.sqlite_only
def test_a_backup_never_overwrites_a_file(store: Store, store_url: str, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite3"
    target.write_bytes(b"precious")
    with pytest.raises(StoreError, match="already exists"):
        backup_sqlite(store_url, target)
    assert target.read_bytes() == b"precious"


@pytest.mark.parametrize("url", ["postgresql://peps@localhost/peps", "sqlite://"])
def test_a_backup_needs_a_sqlite_file(url: str, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="Only a SQLite store"):
        backup_sqlite(url, tmp_path / "copy.sqlite3")
    assert not (tmp_path / "copy.sqlite3").exists()


def test_a_backup_of_a_missing_store_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="There is no store"):
        backup_sqlite(_url(tmp_path / "missing.sqlite3"), tmp_path / "copy.sqlite3")
    assert not (tmp_path / "copy.sqlite3").exists()
    assert not (tmp_path / "missing.sqlite3").exists()


def test_a_backup_of_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("pas une base\n")
    with pytest.raises(StoreError, match="not a PEP's Desktop database"):
        backup_sqlite(_url(source), tmp_path / "copy.sqlite3")
    assert not (tmp_path / "copy.sqlite3").exists()
    assert source.read_text() == "pas une base\n"
