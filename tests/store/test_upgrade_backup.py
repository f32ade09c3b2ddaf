"""The copy of a store taken before its upgrade: when, where, how many, and when it fails."""

from __future__ import annotations

import datetime as dt
import errno
from pathlib import Path

import pytest
from sqlalchemy import select, text

from peps_desktop.errors import StoreError
from peps_desktop.store import build_engine, upgrade_backup
from peps_desktop.store.migrate import (
    current_revision,
    head_revision,
    open_store,
    read_sqlite_state,
    upgrade_to,
)
from peps_desktop.store.models import Account, Structure
from peps_desktop.store.upgrade_backup import upgrade_backups
from tests.commands.cli_helpers import one_clear_line, run

OLD_REVISION = "0004"
STORE_FILE = "peps-desktop.sqlite3"
TAKEN_AT = dt.datetime(2026, 11, 25, 9, 30, 0)
SIDE_FILES = ("-wal", "-shm", "-journal")


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture
def taken_at(monkeypatch: pytest.MonkeyPatch) -> dt.datetime:
    """The copies' clock, fixed so their names are known."""
    monkeypatch.setattr(upgrade_backup, "_now", lambda: TAKEN_AT)
    return TAKEN_AT


@pytest.fixture
def old_store(tmp_path: Path) -> Path:
    """A store left at OLD_REVISION by an earlier version, with a structure and an account."""
    path = tmp_path / "data" / STORE_FILE
    path.parent.mkdir()
    engine = build_engine(_url(path))
    try:
        upgrade_to(engine, OLD_REVISION)
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
                    "status, expires_on, failed_sign_ins, created_at, version) "
                    "VALUES (1, 1, 'anne.roux', 'Roux', 'Anne', 'anne.roux@ccas.fr', "
                    "'administrateur', 'actif', '2027-09-01', 0, '2025-03-01 08:00:00', 1)"
                )
            )
    finally:
        engine.dispose()
    assert read_sqlite_state(path).revision == OLD_REVISION
    return path


def _open_and_close(path: Path, *, upgrade: bool = True) -> None:
    store = open_store(_url(path), path.parent / "documents", upgrade=upgrade)
    store.dispose()


def _backup(path: Path, revision: str, at: dt.datetime, number: int = 1) -> Path:
    return path.with_name(upgrade_backup.backup_name(path, revision, at, number))


def _fake_backups(path: Path, stamps: list[str]) -> dict[Path, bytes]:
    """Copies as earlier upgrades left them (only their names matter here)."""
    made = {}
    for stamp in stamps:
        fake = path.with_name(f"{path.name}.avant-0003.{stamp}.bak")
        content = f"copy of {stamp}".encode()
        fake.write_bytes(content)
        made[fake] = content
    return made


# --- when a copy is taken ----------------------------------------------------------------------


def test_an_upgrade_first_copies_the_store_at_its_old_revision(
    old_store: Path, taken_at: dt.datetime
) -> None:
    _open_and_close(old_store)

    expected = old_store.with_name("peps-desktop.sqlite3.avant-0004.20261125-093000.bak")
    assert upgrade_backups(old_store) == [expected]
    assert read_sqlite_state(old_store).revision == head_revision()
    assert read_sqlite_state(expected).revision == OLD_REVISION
    copy = open_store(_url(expected), old_store.parent / "documents", upgrade=False)
    try:
        assert current_revision(copy) == OLD_REVISION
        with copy.read_session() as session:
            assert session.scalars(select(Structure.nom)).all() == ["CCAS de Lunel"]
            assert session.scalars(select(Account.login)).all() == ["anne.roux"]
    finally:
        copy.dispose()


@pytest.mark.parametrize("kind", ["missing-file", "empty-file"])
def test_a_new_store_is_not_copied(kind: str, tmp_path: Path) -> None:
    path = tmp_path / STORE_FILE
    if kind == "empty-file":
        path.touch()
    _open_and_close(path)
    assert read_sqlite_state(path).revision == head_revision()
    assert upgrade_backups(path) == []
    assert sorted(entry.name for entry in tmp_path.iterdir()) == ["documents", STORE_FILE]


def test_a_store_at_head_is_not_copied(old_store: Path) -> None:
    _open_and_close(old_store)
    (only,) = upgrade_backups(old_store)
    only.unlink()
    _open_and_close(old_store)
    assert upgrade_backups(old_store) == []
    assert sorted(entry.name for entry in old_store.parent.iterdir()) == ["documents", STORE_FILE]


def test_a_store_opened_without_upgrade_is_not_copied(old_store: Path) -> None:
    _open_and_close(old_store, upgrade=False)
    assert upgrade_backups(old_store) == []
    assert read_sqlite_state(old_store).revision == OLD_REVISION


@pytest.mark.usefixtures("command_line")
def test_db_upgrade_copies_the_store_first(
    old_store: Path, taken_at: dt.datetime, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--data-dir", str(old_store.parent), "db", "upgrade")
    assert (code, err) == (0, "")
    assert out.strip() == f"The store is at schema {head_revision()}."
    copy = _backup(old_store, OLD_REVISION, taken_at)
    assert upgrade_backups(old_store) == [copy]
    assert read_sqlite_state(copy).revision == OLD_REVISION


# --- how many are kept -------------------------------------------------------------------------


def test_the_three_latest_copies_are_kept(old_store: Path, taken_at: dt.datetime) -> None:
    folder = old_store.parent
    older = _fake_backups(
        old_store,
        ["20250101-080000", "20250601-080000", "20251001-080000", "20260301-080000-2"],
    )
    _fake_backups(old_store, ["20260301-080000"])  # the same second's first copy
    unrelated = {
        # Another store's copies, the user's own copies, and near misses of the scheme.
        folder / "archive.sqlite3.avant-0003.20200101-080000.bak": b"another store",
        folder / "peps-desktop.sqlite3.bak": b"the user's own copy",
        folder / "peps-desktop.sqlite3.avant-0003.20200101-080000.bak.partial": b"partial",
        folder / "peps-desktop.sqlite3.avant-0003.2020-01-01.bak": b"not our stamp",
        folder / "old-peps-desktop.sqlite3.avant-0003.20200101-080000.bak": b"prefixed",
        folder / "notes.txt": b"Mot de passe du coffre : voir Claire\n",
    }
    for path, content in unrelated.items():
        path.write_bytes(content)
    a_folder = folder / "peps-desktop.sqlite3.avant-0003.20200101-080000.bak"
    a_folder.mkdir()

    _open_and_close(old_store)

    new = _backup(old_store, OLD_REVISION, taken_at)
    second_of_the_same_second = old_store.with_name(
        "peps-desktop.sqlite3.avant-0003.20260301-080000-2.bak"
    )
    assert upgrade_backups(old_store) == [
        old_store.with_name("peps-desktop.sqlite3.avant-0003.20260301-080000.bak"),
        second_of_the_same_second,
        new,
    ]
    assert second_of_the_same_second.read_bytes() == older[second_of_the_same_second]
    for path, content in unrelated.items():
        assert path.read_bytes() == content
    assert a_folder.is_dir()


def test_the_copy_just_taken_is_kept_even_when_others_look_newer(
    old_store: Path, taken_at: dt.datetime
) -> None:
    """A clock set back must not make the upgrade delete the copy it has just taken."""
    future = ["20300101-080000", "20300201-080000", "20300301-080000"]
    _fake_backups(old_store, future)
    _open_and_close(old_store)
    names = [path.name for path in upgrade_backups(old_store)]
    assert names == [
        "peps-desktop.sqlite3.avant-0004.20261125-093000.bak",
        "peps-desktop.sqlite3.avant-0003.20300201-080000.bak",
        "peps-desktop.sqlite3.avant-0003.20300301-080000.bak",
    ]


def test_a_second_copy_in_the_same_second_gets_its_own_name(
    old_store: Path, taken_at: dt.datetime
) -> None:
    first = _backup(old_store, OLD_REVISION, taken_at)
    first.write_bytes(b"an earlier attempt, the same second")
    _open_and_close(old_store)
    second = old_store.with_name("peps-desktop.sqlite3.avant-0004.20261125-093000-2.bak")
    assert upgrade_backups(old_store) == [first, second]
    assert first.read_bytes() == b"an earlier attempt, the same second"
    assert read_sqlite_state(second).revision == OLD_REVISION


# --- when the copy cannot be written -----------------------------------------------------------

FAILURES = {
    "disk-full": OSError(errno.ENOSPC, "No space left on device"),
    "sqlite-refused": StoreError("The backup failed: database or disk is full"),
}


@pytest.mark.parametrize("failure", list(FAILURES))
def test_no_upgrade_without_its_copy(
    failure: str, old_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_backup(url: str, target: Path) -> None:
        raise FAILURES[failure]

    monkeypatch.setattr(upgrade_backup, "backup_sqlite", failing_backup)
    before = old_store.read_bytes()

    with pytest.raises(StoreError) as refused:
        _open_and_close(old_store)

    message = str(refused.value)
    assert "was not upgraded" in message and "left as it was" in message
    assert str(FAILURES[failure]) in message
    assert str(old_store) in message
    assert old_store.read_bytes() == before
    assert read_sqlite_state(old_store).revision == OLD_REVISION
    assert [entry.name for entry in old_store.parent.iterdir()] == [STORE_FILE]
    for suffix in SIDE_FILES:
        assert not old_store.with_name(old_store.name + suffix).exists()


@pytest.mark.usefixtures("command_line")
def test_db_upgrade_says_why_it_did_not_upgrade(
    old_store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def failing_backup(url: str, target: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(upgrade_backup, "backup_sqlite", failing_backup)
    before = old_store.read_bytes()
    code, out, err = run(capsys, "--data-dir", str(old_store.parent), "db", "upgrade")
    assert (code, out) == (1, "")
    assert "was not upgraded" in one_clear_line(err)
    assert "No space left on device" in err
    assert old_store.read_bytes() == before
    assert read_sqlite_state(old_store).revision == OLD_REVISION
