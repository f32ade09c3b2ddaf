"""Reading a courrier: open it (rights checked, marked read), then its document, verified.

The document is read from the store (its folder, or a shared store's database) and checked
before anyone sees it: present, the same bytes as received (its SHA-256), and a PDF. Each
failure is a UserError saying which, so the reader shows the courrier's details with a clear
message instead of a crash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.courriers.actions import mark_read, not_visible_error
from peps_desktop.core.courriers.folder_import import PDF_MAGIC
from peps_desktop.core.courriers.inbox import CourrierRow, rows
from peps_desktop.core.courriers.visibility import may_read
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.documents import (
    DOCUMENT_SUFFIX,
    document_sha256,
    write_atomically,
)
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.documents import Documents, copy_verified, read_all
from peps_desktop.store.models import Courrier

# Characters Windows refuses in a file name, and control characters.
_UNSAFE_IN_FILE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


@dataclass(frozen=True)
class OpenedCourrier:
    row: CourrierRow
    documents: Documents  # what the store keeps documents with
    document_sha256: str | None  # None when no document is attached

    @property
    def document(self) -> str | None:
        """Where the document is kept, for messages."""
        sha = self.document_sha256
        return None if sha is None else self.documents.where(sha)


def open_courrier(store: Store, clock: Clock, user: SignedIn, courrier_id: int) -> OpenedCourrier:
    """The courrier, marked read for this user; PermissionDenied (nothing marked) if they may
    not read it."""
    mark_read(store, clock, user, [courrier_id])  # checks the right first
    with store.read_session() as session:
        sha = session.scalar(
            select(Courrier.document_sha256).where(
                Courrier.id == courrier_id, may_read(user.account_id)
            )
        )
    found = rows(store, user, [courrier_id])
    if not found:  # its right was withdrawn in between
        raise not_visible_error()
    return OpenedCourrier(row=found[0], documents=store.documents, document_sha256=sha)


def read_document(opened: OpenedCourrier) -> bytes:
    """The document's bytes, verified; a UserError saying what is wrong otherwise."""
    sha = _attached(opened)
    path = opened.documents.where(sha)
    try:
        content = read_all(opened.documents, sha)
    except FileNotFoundError:
        raise _missing(path) from None
    except OSError as error:
        raise UserError(
            translate(
                "CourrierReading", "The document of this courrier cannot be read ({path}): {error}"
            ).format(path=path, error=error.strerror or error)
        ) from None
    if document_sha256(content) != sha:
        raise _damaged(path)
    if not content.startswith(PDF_MAGIC):
        raise _not_a_pdf(path)
    return content


def _attached(opened: OpenedCourrier) -> str:
    if opened.document_sha256 is None:
        raise UserError(translate("CourrierReading", "No document is attached to this courrier."))
    return opened.document_sha256


def _missing(path: str) -> UserError:
    return UserError(
        translate(
            "CourrierReading",
            "The document of this courrier is missing from the store ({path}). "
            "Ask your administrator to import it again.",
        ).format(path=path)
    )


def _damaged(path: str) -> UserError:
    return UserError(
        translate(
            "CourrierReading",
            "The document of this courrier is damaged: its content is no longer the one "
            "received ({path}). Ask your administrator to import it again.",
        ).format(path=path)
    )


def _not_a_pdf(path: str) -> UserError:
    return UserError(
        translate(
            "CourrierReading", "The document of this courrier is not a PDF file ({path})."
        ).format(path=path)
    )


def document_file_name(row: CourrierRow) -> str:
    """A file name for a copy of the document: its reference, safe on every system."""
    name = _UNSAFE_IN_FILE_NAME.sub("_", row.reference).strip(" .")
    return f"{name or f'courrier-{row.id}'}{DOCUMENT_SUFFIX}"


def save_document_copy(opened: OpenedCourrier, target: Path) -> None:
    """Copy the verified document to `target`, whole or not at all, a chunk at a time: a
    large document is never held whole in memory."""
    sha = _attached(opened)
    path = opened.documents.where(sha)
    try:
        chunks = opened.documents.chunks(sha)
        try:
            first = next(chunks, b"")
        finally:
            chunks.close()
        if not first.startswith(PDF_MAGIC):
            raise _not_a_pdf(path)
        copied = copy_verified(opened.documents, sha, target)
    except FileNotFoundError:
        raise _missing(path) from None
    except OSError as error:
        raise UserError(
            translate(
                "CourrierReading", "The document could not be saved to {path}: {error}"
            ).format(path=target, error=error.strerror or error)
        ) from None
    if not copied:
        raise _damaged(path)


def prune_viewing_copies(folder: Path, now: float, keep_seconds: float) -> int:
    """Remove the copies handed to other applications longer ago than `keep_seconds`: they
    hold personal letters and should not pile up in the temporary folder. A copy still open
    (locked on Windows) is left for next time. How many were removed."""
    removed = 0
    try:
        copies = list(folder.glob(f"*{DOCUMENT_SUFFIX}"))
    except OSError:
        return 0
    for copy in copies:
        try:
            if now - copy.stat().st_mtime > keep_seconds:
                copy.unlink()
                removed += 1
        except OSError:
            continue
    return removed


def viewing_copy(opened: OpenedCourrier, folder: Path) -> Path:
    """A copy of the verified document in `folder` for another application to open.

    The name holds the hash, so a copy still open in a viewer (locked, on Windows) is reused
    rather than overwritten.
    """
    content = read_document(opened)
    sha = opened.document_sha256 or ""
    stem = Path(document_file_name(opened.row)).stem
    target = folder / f"{stem}-{sha[:8]}{DOCUMENT_SUFFIX}"
    try:
        if not (target.is_file() and document_sha256(target.read_bytes()) == sha):
            write_atomically(target, content, durable=False)
    except OSError as error:
        raise UserError(
            translate(
                "CourrierReading", "A copy of the document could not be written to {path}: {error}"
            ).format(path=target, error=error.strerror or error)
        ) from None
    return target
