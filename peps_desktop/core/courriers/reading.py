"""Reading a courrier: open it (rights checked, marked read), then its document, verified.

The document is read from the store's folder and checked before anyone sees it: present,
the same bytes as received (its SHA-256), and a PDF. Each failure is a UserError saying
which, so the reader shows the courrier's details with a clear message instead of a crash.
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
    document_path,
    document_sha256,
    write_atomically,
)
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.models import Courrier

# Characters Windows refuses in a file name, and control characters.
_UNSAFE_IN_FILE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


@dataclass(frozen=True)
class OpenedCourrier:
    row: CourrierRow
    document: Path | None  # where the store keeps it; None when none is attached
    document_sha256: str | None


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
    return OpenedCourrier(
        row=found[0],
        document=document_path(store.documents_dir, sha) if sha else None,
        document_sha256=sha,
    )


def read_document(opened: OpenedCourrier) -> bytes:
    """The document's bytes, verified; a UserError saying what is wrong otherwise."""
    if opened.document is None or opened.document_sha256 is None:
        raise UserError(translate("CourrierReading", "No document is attached to this courrier."))
    path = opened.document
    try:
        content = path.read_bytes()
    except FileNotFoundError:
        raise UserError(
            translate(
                "CourrierReading",
                "The document of this courrier is missing from the store ({path}). "
                "Ask your administrator to import it again.",
            ).format(path=path)
        ) from None
    except OSError as error:
        raise UserError(
            translate(
                "CourrierReading", "The document of this courrier cannot be read ({path}): {error}"
            ).format(path=path, error=error.strerror or error)
        ) from None
    if document_sha256(content) != opened.document_sha256:
        raise UserError(
            translate(
                "CourrierReading",
                "The document of this courrier is damaged: its content is no longer the one "
                "received ({path}). Ask your administrator to import it again.",
            ).format(path=path)
        )
    if not content.startswith(PDF_MAGIC):
        raise UserError(
            translate(
                "CourrierReading", "The document of this courrier is not a PDF file ({path})."
            ).format(path=path)
        )
    return content


def document_file_name(row: CourrierRow) -> str:
    """A file name for a copy of the document: its reference, safe on every system."""
    name = _UNSAFE_IN_FILE_NAME.sub("_", row.reference).strip(" .")
    return f"{name or f'courrier-{row.id}'}{DOCUMENT_SUFFIX}"


def save_document_copy(opened: OpenedCourrier, target: Path) -> None:
    """Copy the verified document to `target`, whole or not at all."""
    content = read_document(opened)
    try:
        write_atomically(target, content)
    except OSError as error:
        raise UserError(
            translate(
                "CourrierReading", "The document could not be saved to {path}: {error}"
            ).format(path=target, error=error.strerror or error)
        ) from None


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
