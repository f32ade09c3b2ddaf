"""The store's documents: PDF files kept by the SHA-256 of their bytes.

A document lives at `documents_dir / sha[:2] / f"{sha}.pdf"`. It is written atomically (a
temporary file in the same folder, flushed to disk, then renamed over the target), so a
document file is either absent or whole, even if the process dies mid-write. A document
written without its database row is harmless: the next writer of the same bytes reuses it.
A batch of documents is made durable with two flushes of the file system where the system
allows it (see file_system_sync.py), with an fsync per document elsewhere.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from peps_desktop.store.file_system_sync import can_sync_file_system, sync_file_system

DOCUMENT_SUFFIX = ".pdf"
# fsyncs issued together share the file system's journal commits: a batch of documents
# made durable by a few threads costs a fraction of one fsync after another.
DURABLE_WRITERS = 16
# Files made side by side when the file system is flushed once for all of them.
FILE_WRITERS = 4


def document_sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def document_path(documents_dir: Path, sha: str) -> Path:
    return documents_dir / sha[:2] / f"{sha}{DOCUMENT_SUFFIX}"


def write_atomically(
    target: Path,
    content: bytes | Iterable[bytes],
    *,
    durable: bool = True,
    sync_folder: bool = True,
) -> None:
    """Write `content` (bytes, or chunks of them) to `target` whole or not at all: temp file,
    fsync, os.replace.

    `durable=False` skips the fsyncs: still whole or absent if the process dies, but not
    necessarily after a power cut; for bulk writes that a database commit does not depend on.
    `sync_folder=False` leaves the folder's fsync (the rename's durability) to the caller.
    """
    temporary = _temporary_beside(target, content, durable=durable)
    try:
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    if durable and sync_folder:
        _sync_folder(target.parent)


def _temporary_beside(target: Path, content: bytes | Iterable[bytes], *, durable: bool) -> str:
    """`content` in a new temporary file of `target`'s folder (so that renaming it over the
    target is atomic), fsynced if `durable`; its path."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.stem[:8]}", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "wb") as file:
            for chunk in [content] if isinstance(content, bytes) else content:
                file.write(chunk)
            if durable:
                file.flush()
                os.fsync(file.fileno())
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return temporary


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (not on Windows)."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def store_document(documents_dir: Path, content: bytes, *, durable: bool = True) -> str:
    """Keep `content` by its SHA-256 (skipped if already there); return the SHA-256."""
    sha = document_sha256(content)
    target = document_path(documents_dir, sha)
    if not target.exists():
        write_atomically(target, content, durable=durable)
    return sha


def store_documents(documents_dir: Path, contents: Sequence[bytes]) -> list[str]:
    """Keep many documents durably at once (a batch of an import); their SHA-256s in order.

    When this returns, every document survives a power cut, so the rows that name them may
    be committed; a document's name never points at bytes not yet on disk. OSError (a full
    disk…) is raised as is, no temporary file left behind.
    """
    shas = [document_sha256(content) for content in contents]
    new: dict[str, bytes] = {}
    for sha, content in zip(shas, contents, strict=True):
        if sha not in new and not document_path(documents_dir, sha).exists():
            new[sha] = content
    if not new:
        return shas
    if can_sync_file_system():
        _write_then_sync_file_system(documents_dir, new)
    else:
        _write_each_durably(documents_dir, new)
    return shas


def _write_then_sync_file_system(documents_dir: Path, new: dict[str, bytes]) -> None:
    """Two flushes for the whole batch: the temporary files' bytes, then their names. Files
    are made and renamed by a few threads: each costs the file system some work of its own."""
    renames: list[tuple[str, Path]] = []

    def write(item: tuple[str, bytes]) -> None:
        target = document_path(documents_dir, item[0])
        renames.append((_temporary_beside(target, item[1], durable=False), target))

    try:
        with ThreadPoolExecutor(min(FILE_WRITERS, len(new))) as pool:
            # On a failure, leaving the block waits for the other writes: all are cleaned up.
            list(pool.map(write, new.items()))
            sync_file_system(documents_dir)  # the bytes on disk before any name points at them
            list(pool.map(lambda rename: os.replace(*rename), renames))
    except BaseException:
        for temporary, _target in renames:
            Path(temporary).unlink(missing_ok=True)
        raise
    sync_file_system(documents_dir)  # the names too


def _write_each_durably(documents_dir: Path, new: dict[str, bytes]) -> None:
    """Each document written and fsynced by a small pool of threads, then each folder written
    to synced once, by the same threads."""

    def write(item: tuple[str, bytes]) -> None:
        write_atomically(document_path(documents_dir, item[0]), item[1], sync_folder=False)

    folders = sorted({document_path(documents_dir, sha).parent for sha in new})
    with ThreadPoolExecutor(min(DURABLE_WRITERS, len(new))) as pool:
        list(pool.map(write, new.items()))
        # The renames' durability: each folder once, the folders' fsyncs side by side too.
        list(pool.map(_sync_folder, folders))
