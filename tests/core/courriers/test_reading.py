"""Reading a courrier: rights, the read mark, and the document verified before it is shown."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.courriers.reading import (
    OpenedCourrier,
    document_file_name,
    open_courrier,
    prune_viewing_copies,
    read_document,
    save_document_copy,
    viewing_copy,
)
from peps_desktop.core.demo.pdf import courrier_pdf
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.core.shared.documents import document_sha256
from peps_desktop.errors import PermissionDenied, UserError
from peps_desktop.store import Store
from peps_desktop.store.models import CourrierRead
from tests.core.courriers.inbox_builders import courrier, person
from tests.documents import overwrite_document, remove_document

LETTER = courrier_pdf("CNRACL — Facture de cotisations", ["Madame, Monsieur,", "", "Voici."])


@dataclass(frozen=True)
class Reading:
    lea: SignedIn  # CNRACL lecture
    zoe: SignedIn  # RAFP modification, CNRACL aucun
    letter: int  # CNRACL, its document stored
    bare: int  # CNRACL, no document


@pytest.fixture
def reading(store: Store) -> Reading:
    sha = store.documents.put(LETTER)
    with store.session() as session:
        lea = person(session, "lea.petit", {"CNRACL": "lecture"})
        zoe = person(session, "zoe.blanc", {"RAFP": "modification", "CNRACL": "aucun"})
        letter = courrier(
            session,
            "CNRACL",
            objet="Facture de cotisations octobre",
            reference="CNR/2026:0042",
            document_sha256=sha,
        )
        bare = courrier(session, "CNRACL", objet="Attestation annuelle")
    return Reading(lea=lea, zoe=zoe, letter=letter, bare=bare)


def read_marks(store: Store) -> set[tuple[int, int]]:
    with store.read_session() as session:
        return set(session.execute(select(CourrierRead.account_id, CourrierRead.courrier_id)))


def opened_letter(store: Store, clock: FixedClock, reading: Reading) -> OpenedCourrier:
    return open_courrier(store, clock, reading.lea, reading.letter)


def test_opening_marks_the_courrier_read_and_gives_its_row_and_document(
    store: Store, clock: FixedClock, reading: Reading
) -> None:
    opened = opened_letter(store, clock, reading)

    assert read_marks(store) == {(reading.lea.account_id, reading.letter)}
    assert opened.row.id == reading.letter
    assert opened.row.objet == "Facture de cotisations octobre"
    assert opened.row.read
    assert opened.document_sha256 == document_sha256(LETTER)
    assert opened.document == store.documents.where(document_sha256(LETTER))
    assert read_document(opened) == LETTER


def test_opening_twice_keeps_one_read_mark(
    store: Store, clock: FixedClock, reading: Reading
) -> None:
    opened_letter(store, clock, reading)
    opened_letter(store, clock, reading)
    assert read_marks(store) == {(reading.lea.account_id, reading.letter)}


def test_without_a_right_on_the_service_nothing_is_opened_nor_marked(
    store: Store, clock: FixedClock, reading: Reading
) -> None:
    with pytest.raises(PermissionDenied, match="not yours to see"):
        open_courrier(store, clock, reading.zoe, reading.letter)
    with pytest.raises(PermissionDenied, match="not yours to see"):
        open_courrier(store, clock, reading.lea, 999_999)  # no such courrier
    assert read_marks(store) == set()


def test_no_document_attached(store: Store, clock: FixedClock, reading: Reading) -> None:
    opened = open_courrier(store, clock, reading.lea, reading.bare)
    assert opened.document is None
    assert read_marks(store) == {(reading.lea.account_id, reading.bare)}
    with pytest.raises(UserError, match="No document is attached to this courrier"):
        read_document(opened)


def test_a_document_missing_from_the_store_is_named(
    store: Store, clock: FixedClock, reading: Reading
) -> None:
    opened = opened_letter(store, clock, reading)
    assert opened.document is not None and opened.document_sha256 is not None
    remove_document(store, opened.document_sha256)
    with pytest.raises(UserError) as raised:
        read_document(opened)
    assert str(raised.value).startswith("The document of this courrier is missing from the store")
    assert str(opened.document) in str(raised.value)


def test_damaged_bytes_are_refused(store: Store, clock: FixedClock, reading: Reading) -> None:
    opened = opened_letter(store, clock, reading)
    assert opened.document_sha256 is not None
    overwrite_document(store, opened.document_sha256, LETTER.replace(b"Voici", b"Voila"))
    with pytest.raises(UserError, match="is damaged: its content is no longer the one received"):
        read_document(opened)


def test_bytes_that_are_not_a_pdf_are_refused(
    store: Store, clock: FixedClock, reading: Reading
) -> None:
    text = b"Not a PDF at all"
    sha = store.documents.put(text)
    opened = OpenedCourrier(
        row=opened_letter(store, clock, reading).row, documents=store.documents, document_sha256=sha
    )
    with pytest.raises(UserError, match="is not a PDF file"):
        read_document(opened)


def test_a_saved_copy_holds_the_same_bytes(
    store: Store, clock: FixedClock, reading: Reading, tmp_path: Path
) -> None:
    target = tmp_path / "copies" / "facture.pdf"
    save_document_copy(opened_letter(store, clock, reading), target)
    assert target.read_bytes() == LETTER


def test_a_damaged_document_is_not_saved(
    store: Store, clock: FixedClock, reading: Reading, tmp_path: Path
) -> None:
    opened = opened_letter(store, clock, reading)
    assert opened.document_sha256 is not None
    overwrite_document(store, opened.document_sha256, b"%PDF-1.4 truncated")
    target = tmp_path / "facture.pdf"
    with pytest.raises(UserError, match="damaged"):
        save_document_copy(opened, target)
    assert not target.exists()


def test_a_save_refused_by_the_system_is_a_user_error(
    store: Store, clock: FixedClock, reading: Reading, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(UserError, match="could not be saved to"):
        save_document_copy(opened_letter(store, clock, reading), blocker / "facture.pdf")


def test_the_copy_name_comes_from_the_reference_made_safe(
    store: Store, clock: FixedClock, reading: Reading
) -> None:
    opened = opened_letter(store, clock, reading)
    assert document_file_name(opened.row) == "CNR_2026_0042.pdf"


def test_a_viewing_copy_is_written_once_and_reused(
    store: Store, clock: FixedClock, reading: Reading, tmp_path: Path
) -> None:
    opened = opened_letter(store, clock, reading)
    first = viewing_copy(opened, tmp_path / "viewing")
    assert first.read_bytes() == LETTER
    assert first.name.startswith("CNR_2026_0042-")
    inode = first.stat().st_ino  # a rewrite (os.replace) would change it
    assert viewing_copy(opened, tmp_path / "viewing") == first
    assert first.stat().st_ino == inode


def test_old_viewing_copies_are_pruned_recent_ones_kept(tmp_path: Path) -> None:
    old, recent, other = tmp_path / "old.pdf", tmp_path / "recent.pdf", tmp_path / "notes.txt"
    for path in (old, recent, other):
        path.write_bytes(b"%PDF-1.4")
    now = time.time()
    os.utime(old, (now - 3 * 86400, now - 3 * 86400))
    os.utime(other, (now - 3 * 86400, now - 3 * 86400))
    assert prune_viewing_copies(tmp_path, now, 86400) == 1
    assert sorted(path.name for path in tmp_path.iterdir()) == ["notes.txt", "recent.pdf"]
    assert prune_viewing_copies(tmp_path / "absent", now, 86400) == 0
