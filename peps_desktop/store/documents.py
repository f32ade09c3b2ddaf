"""The store's documents (courrier PDFs, échange attachments), kept by the SHA-256 of their
bytes: one interface, two places, chosen by the store.

- Beside a local store, a folder (store.document_files): one file per document.
- In a shared store, the database itself, so that every seat opens what another imported:
  a `document` row per content (deduplicated by its hash) and its bytes in `document_chunk`
  rows of CHUNK_BYTES, written and read a chunk at a time, never whole in memory.

Either way a document is whole or absent: the file is renamed into place once written, the
rows are committed together. A document without a courrier or attachment pointing at it is
harmless: the next writer of the same bytes reuses it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Generator, Iterator, Sequence
from pathlib import Path
from typing import Protocol

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.sql.dml import ReturningInsert

from peps_desktop.store.document_files import (
    document_path,
    document_sha256,
    store_document,
    store_documents,
    write_atomically,
)
from peps_desktop.store.insert_new import insert_new
from peps_desktop.store.models import Document, DocumentChunk

CHUNK_BYTES = 1 << 20  # 1 MiB: a chunk per row, a chunk in memory at a time


class Documents(Protocol):
    """What the store keeps documents with."""

    def put(self, content: bytes, *, durable: bool = True) -> str:
        """Keep these bytes (unless already kept); their SHA-256."""
        ...

    def put_file(self, path: Path) -> str:
        """Keep a file's bytes, read a chunk at a time; their SHA-256."""
        ...

    def put_many(self, contents: Sequence[bytes]) -> list[str]:
        """Keep a batch durably (an import's); their SHA-256s in order."""
        ...

    def has(self, sha: str) -> bool: ...

    def chunks(self, sha: str) -> Generator[bytes]:
        """The bytes in order; FileNotFoundError when the store does not hold them (raised
        at the first chunk)."""
        ...

    def where(self, sha: str) -> str:
        """Where the document is kept, for a message: a file's path, or the database."""
        ...


def _file_chunks(path: Path) -> Generator[bytes]:
    with path.open("rb") as file:
        while chunk := file.read(CHUNK_BYTES):
            yield chunk


def sha256_of_file(path: Path) -> str:
    digest = hashlib.sha256()
    for chunk in _file_chunks(path):
        digest.update(chunk)
    return digest.hexdigest()


class FolderDocuments:
    """Documents as files in a folder beside a local store."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def put(self, content: bytes, *, durable: bool = True) -> str:
        return store_document(self.folder, content, durable=durable)

    def put_many(self, contents: Sequence[bytes]) -> list[str]:
        return store_documents(self.folder, contents)

    def put_file(self, path: Path) -> str:
        sha = sha256_of_file(path)
        target = document_path(self.folder, sha)
        if not target.exists():
            write_atomically(target, _file_chunks(path))
        return sha

    def has(self, sha: str) -> bool:
        return document_path(self.folder, sha).is_file()

    def chunks(self, sha: str) -> Generator[bytes]:
        return _file_chunks(document_path(self.folder, sha))

    def where(self, sha: str) -> str:
        return str(document_path(self.folder, sha))


class DatabaseDocuments:
    """Documents in the database: what every seat of a shared store reads.

    A document the database lacks but this seat's folder holds (kept there before the store
    kept its documents itself) is moved in on first use.
    """

    def __init__(self, engine: Engine, former_folder: Path | None = None) -> None:
        self.engine = engine
        self.former_folder = former_folder

    @staticmethod
    def _insert_document(
        connection: Connection, sha: str, size: int
    ) -> ReturningInsert[tuple[str]]:
        # The key comes back only when this writer inserted the row.
        statement = insert_new(connection, Document).values(sha256=sha, size=size)
        return statement.returning(Document.sha256)

    def _put_chunks(self, sha: str, size: int, chunks: Iterator[bytes]) -> str:
        # One transaction: the document and all its chunks, or nothing. A writer of the same
        # bytes at the same moment waits on the key, then finds it kept.
        with self.engine.begin() as connection:
            inserted = connection.execute(self._insert_document(connection, sha, size))
            if inserted.first() is not None:
                for position, chunk in enumerate(chunks):
                    connection.execute(
                        insert(DocumentChunk),
                        {"sha256": sha, "position": position, "data": chunk},
                    )
        return sha

    def put(self, content: bytes, *, durable: bool = True) -> str:
        sha = document_sha256(content)
        if self.has(sha):
            return sha
        pieces = (
            content[start : start + CHUNK_BYTES] for start in range(0, len(content), CHUNK_BYTES)
        )
        return self._put_chunks(sha, len(content), pieces)

    def put_many(self, contents: Sequence[bytes]) -> list[str]:
        return [self.put(content) for content in contents]

    def put_file(self, path: Path) -> str:
        sha = sha256_of_file(path)
        if self.has(sha):
            return sha
        return self._put_chunks(sha, path.stat().st_size, _file_chunks(path))

    def has(self, sha: str) -> bool:
        with self.engine.connect() as connection:
            found = connection.execute(select(Document.sha256).where(Document.sha256 == sha))
            return found.first() is not None

    def _former_file(self, sha: str) -> Path | None:
        if self.former_folder is None:
            return None
        path = document_path(self.former_folder, sha)
        return path if path.is_file() else None

    def chunks(self, sha: str) -> Generator[bytes]:
        if not self.has(sha):
            former = self._former_file(sha)
            if former is None or sha256_of_file(former) != sha:
                raise FileNotFoundError(sha)
            self.put_file(former)
        with self.engine.connect() as connection:
            # A server-side cursor: the rows come one chunk at a time.
            result = connection.execution_options(stream_results=True, yield_per=1).execute(
                select(DocumentChunk.data)
                .where(DocumentChunk.sha256 == sha)
                .order_by(DocumentChunk.position)
            )
            for (data,) in result:
                yield bytes(data)

    def where(self, sha: str) -> str:
        return f"{self.engine.url.render_as_string(hide_password=True)} ({sha[:12]}…)"


def documents_for(engine: Engine, folder: Path) -> Documents:
    """A shared store (PostgreSQL) keeps its documents itself; a local store, in `folder`."""
    if engine.dialect.name == "postgresql":
        return DatabaseDocuments(engine, former_folder=folder)
    return FolderDocuments(folder)


def read_all(documents: Documents, sha: str) -> bytes:
    return b"".join(documents.chunks(sha))


class _NotTheKeptBytes(Exception):
    pass


def copy_verified(documents: Documents, sha: str, target: Path, *, durable: bool = True) -> bool:
    """Copy the document to `target` a chunk at a time, whole or not at all; False (and no
    file) when its bytes are not the ones kept under `sha`."""

    def checked() -> Iterator[bytes]:
        digest = hashlib.sha256()
        for chunk in documents.chunks(sha):
            digest.update(chunk)
            yield chunk
        if digest.hexdigest() != sha:
            raise _NotTheKeptBytes  # before the rename: the temporary file goes

    try:
        write_atomically(target, checked(), durable=durable)
    except _NotTheKeptBytes:
        return False
    return True
