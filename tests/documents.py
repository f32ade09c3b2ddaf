"""Damaging a kept document on purpose, wherever the store keeps it (folder or database)."""

from __future__ import annotations

from sqlalchemy import delete, select, update

from peps_desktop.store import Store
from peps_desktop.store.documents import DatabaseDocuments, FolderDocuments
from peps_desktop.store.models import Document, DocumentChunk


def overwrite_document(store: Store, sha: str, content: bytes) -> None:
    """The bytes kept under `sha` become `content` (no longer matching their hash)."""
    documents = store.documents
    if isinstance(documents, FolderDocuments):
        (documents.folder / sha[:2] / f"{sha}.pdf").write_bytes(content)
        return
    assert isinstance(documents, DatabaseDocuments)
    with store.engine.begin() as connection:
        connection.execute(delete(DocumentChunk).where(DocumentChunk.sha256 == sha))
        connection.execute(
            DocumentChunk.__table__.insert().values(sha256=sha, position=0, data=content)
        )
        connection.execute(update(Document).where(Document.sha256 == sha).values(size=len(content)))


def remove_document(store: Store, sha: str) -> None:
    documents = store.documents
    if isinstance(documents, FolderDocuments):
        (documents.folder / sha[:2] / f"{sha}.pdf").unlink()
        return
    with store.engine.begin() as connection:
        connection.execute(delete(Document).where(Document.sha256 == sha))


def kept_documents(store: Store) -> set[str]:
    """The SHA-256 of every document the store keeps."""
    documents = store.documents
    if isinstance(documents, FolderDocuments):
        return {path.stem for path in documents.folder.rglob("*.pdf")}
    with store.engine.connect() as connection:
        return set(connection.execute(select(Document.sha256)).scalars())
