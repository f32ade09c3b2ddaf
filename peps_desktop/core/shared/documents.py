"""Documents by the SHA-256 of their bytes: `store.documents` keeps them (store.documents),
in a folder beside a local store or in a shared store's database. The helpers for files."""

from peps_desktop.store.document_files import (
    DOCUMENT_SUFFIX,
    document_path,
    document_sha256,
    store_document,
    store_documents,
    write_atomically,
)

__all__ = [
    "DOCUMENT_SUFFIX",
    "document_path",
    "document_sha256",
    "store_document",
    "store_documents",
    "write_atomically",
]
