"""The documents interface: in a folder beside a local store, in the database of a shared one;
content-addressed, deduplicated, streamed a chunk at a time."""

from __future__ import annotations

import hashlib
import os
import threading
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import func, select

from peps_desktop.store import Store
from peps_desktop.store.document_files import document_path
from peps_desktop.store.documents import (
    CHUNK_BYTES,
    DatabaseDocuments,
    Documents,
    FolderDocuments,
    copy_verified,
    read_all,
)
from peps_desktop.store.migrate import open_store
from peps_desktop.store.models import Document, DocumentChunk
from tests.documents import overwrite_document


@pytest.fixture(params=["folder", "database"])
def documents(request: pytest.FixtureRequest, store: Store, tmp_path: Path) -> Documents:
    """Both places, whatever the engine under test (the database kind runs on SQLite too)."""
    if request.param == "folder":
        return FolderDocuments(tmp_path / "folder")
    return DatabaseDocuments(store.engine)


def _big_file(path: Path, size: int) -> str:
    digest = hashlib.sha256()
    with path.open("wb") as file:
        for start in range(0, size, CHUNK_BYTES):
            block = os.urandom(min(CHUNK_BYTES, size - start))
            digest.update(block)
            file.write(block)
    return digest.hexdigest()


def test_the_store_chooses_the_database_on_postgresql_and_a_folder_on_sqlite(
    store: Store,
) -> None:
    expected = DatabaseDocuments if store.engine.dialect.name == "postgresql" else FolderDocuments
    assert isinstance(store.documents, expected)


def test_a_document_comes_back_as_kept_under_its_sha256(documents: Documents) -> None:
    content = b"%PDF-1.7 une lettre"
    sha = documents.put(content)
    assert sha == hashlib.sha256(content).hexdigest()
    assert documents.has(sha)
    assert read_all(documents, sha) == content
    assert documents.put(content) == sha  # kept once
    assert not documents.has("0" * 64)
    with pytest.raises(FileNotFoundError):
        read_all(documents, "0" * 64)


def test_a_large_file_is_kept_and_copied_a_chunk_at_a_time(
    documents: Documents, tmp_path: Path
) -> None:
    size = 12 * CHUNK_BYTES + 12345
    source = tmp_path / "gros.pdf"
    expected = _big_file(source, size)
    tracemalloc.start()
    try:
        sha = documents.put_file(source)
        target = tmp_path / "copie" / "gros.pdf"
        assert copy_verified(documents, sha, target)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sha == expected
    assert target.stat().st_size == size
    assert hashlib.sha256(target.read_bytes()).hexdigest() == sha
    # Never the whole file in memory: a few chunks at most.
    assert peak < 5 * CHUNK_BYTES, peak


def test_in_the_database_a_document_is_rows_of_chunks(store: Store, tmp_path: Path) -> None:
    documents = DatabaseDocuments(store.engine)
    source = tmp_path / "trois.pdf"
    sha = _big_file(source, 2 * CHUNK_BYTES + 1)
    documents.put_file(source)
    documents.put_file(source)
    with store.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(Document)).scalar() == 1
        positions = connection.execute(
            select(DocumentChunk.position).where(DocumentChunk.sha256 == sha)
        ).scalars()
        assert list(positions) == [0, 1, 2]


def test_a_damaged_copy_is_not_written(store: Store, tmp_path: Path) -> None:
    sha = store.documents.put(b"%PDF-1.7 original")
    overwrite_document(store, sha, b"%PDF-1.7 altered")
    target = tmp_path / "copie.pdf"
    assert not copy_verified(store.documents, sha, target)
    assert not target.exists()
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []


def test_two_seats_keeping_the_same_document_at_once_keep_it_once(
    store: Store, store_url: str, tmp_path: Path
) -> None:
    second = open_store(store_url, tmp_path / "second-seat", upgrade=False)
    content = os.urandom(3 * CHUNK_BYTES)
    barrier = threading.Barrier(2)
    results: list[str] = []

    def keep(documents: Documents) -> None:
        barrier.wait()
        results.append(documents.put(content))

    seats = [DatabaseDocuments(store.engine), DatabaseDocuments(second.engine)]
    threads = [threading.Thread(target=keep, args=(seat,)) for seat in seats]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    finally:
        second.dispose()
    assert results == [hashlib.sha256(content).hexdigest()] * 2
    assert read_all(DatabaseDocuments(store.engine), results[0]) == content


@pytest.mark.postgresql_only
def test_a_document_left_in_this_seats_folder_moves_into_the_database(
    store: Store, tmp_path: Path
) -> None:
    content = b"%PDF-1.4 lettre importee avant le magasin partage"
    sha = FolderDocuments(store.documents_dir).put(content)
    assert read_all(store.documents, sha) == content
    assert store.documents.has(sha)
    # Another seat, without that folder, now reads it from the database.
    other = DatabaseDocuments(store.engine, former_folder=tmp_path / "ailleurs")
    assert read_all(other, sha) == content
    assert document_path(store.documents_dir, sha).exists()  # the old copy is left alone
