"""Importing courriers from a folder of NAME.pdf + NAME.json pairs, and the documents module."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select, text

from peps_desktop.core.courriers import folder_import as courrier_import
from peps_desktop.core.courriers.folder_import import (
    AUDIT_ACTION,
    DROP_FOLDER_REJECTS,
    CourrierImportReport,
    RejectedCourrier,
    import_courriers,
    import_drop_folder,
)
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.core.shared.documents import store_document, write_atomically
from peps_desktop.core.shared.file_faults import DiskFull
from peps_desktop.errors import UserError
from peps_desktop.store import Store, build_engine
from peps_desktop.store import document_files as documents
from peps_desktop.store.documents import read_all
from peps_desktop.store.models import AuditEntry, Courrier, Service, Structure
from tests.conftest import NOW
from tests.core.courriers.import_builders import GOOD, drop, files, pdf
from tests.documents import kept_documents


def courriers(store: Store) -> list[Courrier]:
    with store.read_session() as session:
        return list(session.scalars(select(Courrier).order_by(Courrier.id)))


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "depot"
    folder.mkdir()
    return folder


# --- good pairs ------------------------------------------------------------------------------


def test_good_pairs_are_imported_with_every_field(
    store: Store, clock: FixedClock, inbox: Path
) -> None:
    drop(inbox, "majorations", GOOD)
    brief = {key: value for key, value in GOOD.items() if key not in ("echeance", "montant")}
    drop(inbox, "attestation", brief | {"service": "ircantec", "type": "attestation"})
    drop(inbox, "nulls", GOOD | {"type": "notification", "echeance": None, "montant": None})

    report = import_courriers(store, clock, inbox)

    assert report == CourrierImportReport(imported=3, duplicates=0, rejected=())
    assert files(inbox) == set()
    with store.read_session() as session:
        structure_id = session.scalar(select(Structure.id))
        service_ids = {code: id_ for code, id_ in session.execute(select(Service.code, Service.id))}
    rows = {row.type: row for row in courriers(store)}
    assert set(rows) == {"facture_majorations", "attestation", "notification"}
    majorations = rows["facture_majorations"]
    assert (
        majorations.structure_id,
        majorations.service_id,
        majorations.objet,
        majorations.reference,
        majorations.recu_le,
        majorations.action_requise,
        majorations.echeance,
        majorations.montant,
        majorations.archived,
        majorations.assigned_to_id,
        majorations.created_at,
    ) == (
        structure_id,
        service_ids["CNRACL"],
        GOOD["objet"],
        GOOD["reference"],
        dt.date(2026, 11, 20),
        True,
        dt.date(2026, 12, 20),
        Decimal("1234.56"),
        False,
        None,
        NOW,
    )
    attestation = rows["attestation"]
    assert attestation.service_id == service_ids["IRCANTEC"]
    assert (attestation.echeance, attestation.montant) == (None, None)
    assert (rows["notification"].echeance, rows["notification"].montant) == (None, None)
    for name, row in (("majorations", majorations), ("attestation", attestation)):
        assert row.document_sha256 == hashlib.sha256(pdf(name)).hexdigest()
        assert read_all(store.documents, row.document_sha256) == pdf(name)


def test_the_same_document_is_imported_once(store: Store, clock: FixedClock, inbox: Path) -> None:
    drop(inbox, "facture", GOOD, pdf("facture"))
    drop(inbox, "facture-copie", GOOD | {"objet": "Autre objet"}, pdf("facture"))
    first = import_courriers(store, clock, inbox)
    assert (first.imported, first.duplicates, first.rejected) == (1, 1, ())

    # Again later, under its first name and under another one.
    drop(inbox, "facture", GOOD, pdf("facture"))
    drop(inbox, "renvoi", GOOD | {"reference": "R-1"}, pdf("facture"))
    again = import_courriers(store, clock, inbox)

    assert (again.imported, again.duplicates, again.rejected) == (0, 2, ())
    assert files(inbox) == set()
    [row] = courriers(store)
    assert row.objet == GOOD["objet"]


def test_an_existing_document_without_its_row_is_reused(
    store: Store, clock: FixedClock, inbox: Path
) -> None:
    """What a run killed between writing the document and committing its row leaves."""
    sha = store.documents.put(pdf("facture"))
    drop(inbox, "facture", GOOD, pdf("facture"))
    assert import_courriers(store, clock, inbox).imported == 1
    assert [row.document_sha256 for row in courriers(store)] == [sha]


# --- bad pairs -------------------------------------------------------------------------------


def without(key: str) -> dict[str, Any]:
    return {name: value for name, value in GOOD.items() if name != key}


BAD_SIDECARS: dict[str, tuple[dict[str, Any] | str | bytes, str]] = {
    "not-json": ("{service: CNRACL", "The file bad.json is not valid JSON (line 1, column 2)."),
    "not-utf8": ('{"objet": "\xe9"}'.encode("latin-1"), "The file bad.json is not UTF-8 text."),
    "not-an-object": ("[1, 2]", "The file bad.json must hold one JSON object."),
    "missing": (without("recu_le"), "In bad.json, missing keys: recu_le."),
    "extra": (GOOD | {"couleur": "bleu", "agent": 1}, "In bad.json, unknown keys: agent, couleur."),
    "flag": (
        GOOD | {"action_requise": "oui"},
        "In bad.json, “action_requise” must be true or false.",
    ),
    "number-objet": (GOOD | {"objet": 12}, "In bad.json, “objet” must be a non-empty text."),
    "blank-reference": (
        GOOD | {"reference": "  "},
        "In bad.json, “reference” must be a non-empty text.",
    ),
    "long-objet": (
        GOOD | {"objet": "x" * 301},
        "In bad.json, “objet” is longer than 300 characters.",
    ),
    "impossible-date": (
        GOOD | {"recu_le": "2026-02-30"},
        'In bad.json, “recu_le” must be a date written YYYY-MM-DD, not "2026-02-30".',
    ),
    "french-date": (
        GOOD | {"echeance": "20/12/2026"},
        'In bad.json, “echeance” must be a date written YYYY-MM-DD, not "20/12/2026".',
    ),
    "unknown-type": (
        GOOD | {"type": "lettre"},
        "In bad.json, the type “lettre” is unknown; known types: facture, facture_majorations, "
        "etat_de_compte, notification, attestation, autre.",
    ),
    "three-decimals": (
        GOOD | {"montant": "12.345"},
        "In bad.json, “montant” must be a decimal number in quotes with at most 2 decimals, "
        'such as "1234.56", not "12.345".',
    ),
    "number-montant": (
        GOOD | {"montant": 12.5},
        "In bad.json, “montant” must be a decimal number in quotes with at most 2 decimals, "
        'such as "1234.56", not 12.5.',
    ),
    "unknown-service": (
        GOOD | {"service": "CNRAC"},
        "In bad.json, the service “CNRAC” is unknown; known: CNRACL, IRCANTEC, RAFP, FSPOEIE, "
        "ATIACL, FIPHFP, FNC, FEH, FAEFM.",
    ),
}


@pytest.mark.parametrize("case", BAD_SIDECARS)
def test_a_bad_sidecar_is_left_in_place_and_the_rest_imported(
    store: Store, clock: FixedClock, inbox: Path, case: str
) -> None:
    sidecar, reason = BAD_SIDECARS[case]
    drop(inbox, "avant", GOOD)
    drop(inbox, "bad", sidecar)
    drop(inbox, "zapres", GOOD | {"reference": "Z"})

    report = import_courriers(store, clock, inbox)

    assert report == CourrierImportReport(2, 0, (RejectedCourrier("bad.pdf", reason),))
    assert files(inbox) == {"bad.pdf", "bad.json"}
    assert {row.reference for row in courriers(store)} == {GOOD["reference"], "Z"}
    assert len(kept_documents(store)) == 2


BAD_PDFS = {
    "empty": (b"", "The file bad.pdf is empty."),
    "not-a-pdf": (b"PK\x03\x04 a zip file", "The file bad.pdf is not a PDF document."),
}


@pytest.mark.parametrize("case", BAD_PDFS)
def test_a_bad_pdf_is_left_in_place_and_the_rest_imported(
    store: Store, clock: FixedClock, inbox: Path, case: str
) -> None:
    content, reason = BAD_PDFS[case]
    drop(inbox, "bad", GOOD, content)
    drop(inbox, "good", GOOD)
    report = import_courriers(store, clock, inbox)
    assert report == CourrierImportReport(1, 0, (RejectedCourrier("bad.pdf", reason),))
    assert files(inbox) == {"bad.pdf", "bad.json"}


def test_an_unreadable_pdf_is_rejected(
    store: Store, clock: FixedClock, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drop(inbox, "bad", GOOD)
    drop(inbox, "good", GOOD)
    read_bytes = Path.read_bytes

    def refuse_bad(path: Path) -> bytes:
        if path.name == "bad.pdf":
            raise PermissionError(13, "Permission denied")
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", refuse_bad)
    report = import_courriers(store, clock, inbox)
    assert report.rejected == (
        RejectedCourrier("bad.pdf", "The file bad.pdf cannot be read: Permission denied"),
    )
    assert report.imported == 1


def test_rejected_pairs_move_to_the_reject_folder_with_their_reason(
    store: Store, clock: FixedClock, inbox: Path
) -> None:
    rejects = inbox / "rejetés"
    drop(inbox, "bad-type", GOOD | {"type": "lettre"})
    drop(inbox, "bad-pdf", GOOD, b"")
    drop(inbox, "good", GOOD)
    # An earlier rejection of the same name is replaced.
    rejects.mkdir()
    (rejects / "bad-pdf.pdf").write_bytes(b"old")

    report = import_courriers(store, clock, inbox, reject_dir=rejects)

    assert report.imported == 1
    assert files(inbox) == set()
    assert files(rejects) == {
        "bad-type.pdf",
        "bad-type.json",
        "bad-type.erreur.txt",
        "bad-pdf.pdf",
        "bad-pdf.json",
        "bad-pdf.erreur.txt",
    }
    reasons = {item.file: item.reason for item in report.rejected}
    assert set(reasons) == {"bad-type.pdf", "bad-pdf.pdf"}
    for name in ("bad-type", "bad-pdf"):
        written = (rejects / f"{name}.erreur.txt").read_text(encoding="utf-8")
        assert written == reasons[f"{name}.pdf"] + "\n"
    assert (rejects / "bad-pdf.pdf").read_bytes() == b""
    assert json.loads((rejects / "bad-type.json").read_text(encoding="utf-8"))["type"] == "lettre"


def test_lone_files_are_reported_and_left_in_place(
    store: Store, clock: FixedClock, inbox: Path
) -> None:
    rejects = inbox / "rejetés"
    (inbox / "en-cours.pdf").write_bytes(pdf("en-cours"))
    (inbox / "orphelin.json").write_text(json.dumps(GOOD), encoding="utf-8")
    (inbox / ".copie.pdf.part").write_bytes(b"%PDF-")  # a copy in progress: ignored
    (inbox / "notes.txt").write_text("rien", encoding="utf-8")

    report = import_courriers(store, clock, inbox, reject_dir=rejects)

    assert report == CourrierImportReport(
        0,
        0,
        (
            RejectedCourrier(
                "en-cours.pdf", "No sidecar en-cours.json beside it yet: left where it is."
            ),
            RejectedCourrier("orphelin.json", "No orphelin.pdf beside it."),
        ),
    )
    assert files(inbox) == {"en-cours.pdf", "orphelin.json", ".copie.pdf.part", "notes.txt"}
    assert not rejects.exists()
    with store.read_session() as session:
        assert session.scalar(select(func.count()).where(AuditEntry.action == AUDIT_ACTION)) == 0


def test_a_lone_pdf_already_imported_goes_as_a_duplicate(
    store: Store, clock: FixedClock, inbox: Path
) -> None:
    """What a run stopped between deleting a pair's sidecar and its PDF leaves."""
    drop(inbox, "facture", GOOD)
    import_courriers(store, clock, inbox)
    (inbox / "facture.pdf").write_bytes(pdf("facture"))
    report = import_courriers(store, clock, inbox)
    assert report == CourrierImportReport(0, 1, ())
    assert files(inbox) == set()


# --- refusals and audit ----------------------------------------------------------------------


def test_a_store_without_structure_is_refused(
    empty_store: Store, clock: FixedClock, inbox: Path
) -> None:
    drop(inbox, "facture", GOOD)
    with pytest.raises(UserError, match="no structure yet"):
        import_courriers(empty_store, clock, inbox)
    assert files(inbox) == {"facture.pdf", "facture.json"}


def test_a_missing_folder_is_refused(store: Store, clock: FixedClock, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        import_courriers(store, clock, tmp_path / "absent")


def test_each_run_leaves_one_audit_entry_with_its_counts(
    store: Store, clock: FixedClock, inbox: Path
) -> None:
    drop(inbox, "a", GOOD)
    drop(inbox, "b", GOOD, pdf("a"))
    drop(inbox, "c", GOOD | {"service": "?"})
    import_courriers(store, clock, inbox, reject_dir=inbox / "rejetés")
    import_courriers(store, clock, inbox)  # nothing left: no entry
    with store.read_session() as session:
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == AUDIT_ACTION))
    assert (entry.at, entry.actor_login) == (NOW, None)
    assert json.loads(entry.details or "") == {
        "importes": 1,
        "doublons": 1,
        "rejetes": 1,
        "dossier": str(inbox),
    }


# --- never half-imported ---------------------------------------------------------------------


def test_a_failing_commit_leaves_its_batch_for_the_next_run(
    store: Store, clock: FixedClock, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a", "b", "c"):
        drop(inbox, name, GOOD | {"reference": name})
    insert_new = courrier_import._insert_new
    calls = []

    def fail_second(*args: Any) -> Any:
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("disk gone")
        return insert_new(*args)

    monkeypatch.setattr(courrier_import, "_insert_new", fail_second)
    with pytest.raises(RuntimeError):
        import_courriers(store, clock, inbox, batch_size=1)
    assert [row.reference for row in courriers(store)] == ["a"]
    assert files(inbox) == {"b.pdf", "b.json", "c.pdf", "c.json"}
    with store.read_session() as session:
        details = session.scalar(
            select(AuditEntry.details).where(AuditEntry.action == AUDIT_ACTION)
        )
    assert json.loads(details or "")["importes"] == 1

    monkeypatch.setattr(courrier_import, "_insert_new", insert_new)
    assert import_courriers(store, clock, inbox).imported == 2
    assert sorted(row.reference for row in courriers(store)) == ["a", "b", "c"]


def test_a_document_that_cannot_be_written_stops_the_run_clearly(
    store: Store, clock: FixedClock, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drop(inbox, "a", GOOD)

    def disk_full(*args: Any) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store.documents, "put_many", disk_full)
    with pytest.raises(DiskFull) as refused:
        import_courriers(store, clock, inbox)
    assert str(refused.value) == (
        f"The disk holding {store.documents_dir} is full. Free some space, then try again; "
        "what was already stored is unchanged."
    )
    assert courriers(store) == []
    assert files(inbox) == {"a.pdf", "a.json"}


def test_imported_files_that_cannot_be_deleted_are_duplicates_next_time(
    store: Store, clock: FixedClock, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drop(inbox, "a", GOOD)
    drop(inbox, "b", GOOD | {"reference": "b"})
    unlink = Path.unlink

    def locked(path: Path, missing_ok: bool = False) -> None:
        if path.name.startswith("a."):
            raise PermissionError(13, "The file is used by another process")
        unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", locked)
    assert import_courriers(store, clock, inbox).imported == 2
    assert files(inbox) == {"a.pdf", "a.json"}
    monkeypatch.setattr(Path, "unlink", unlink)
    assert import_courriers(store, clock, inbox) == CourrierImportReport(0, 1, ())
    assert files(inbox) == set()


KILLED_IMPORT = textwrap.dedent(
    """
    import datetime as dt, sys, time
    from pathlib import Path
    from peps_desktop.core.courriers import folder_import as courrier_import
    from peps_desktop.core.shared.clock import FixedClock
    from peps_desktop.store.migrate import open_store

    url, documents, folder = sys.argv[1:]
    store = open_store(url, Path(documents), upgrade=False)
    put_many = store.documents.put_many

    def slowly(*args, **kwargs):
        # Slow enough for the test to kill the run midway, wherever it is.
        time.sleep(0.02)
        return put_many(*args, **kwargs)

    store.documents.put_many = slowly
    courrier_import.import_courriers(
        store, FixedClock(dt.datetime(2026, 11, 25)), Path(folder), batch_size=5
    )
    """
)


def _count_courriers(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM courrier")).scalar_one())


def test_an_import_killed_midway_resumes_without_loss_nor_half_courrier(
    store: Store, clock: FixedClock, inbox: Path, store_url: str, tmp_path: Path
) -> None:
    pairs, distinct = 300, 290
    for number in range(pairs):
        # The last ten repeat earlier documents under other names.
        content = pdf(f"courrier {number % distinct}")
        drop(inbox, f"c{number:03d}", GOOD | {"reference": f"R{number:03d}"}, content)
    watcher = build_engine(store_url)
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_IMPORT, store_url, str(store.documents_dir), str(inbox)]
    )
    try:
        deadline = time.monotonic() + 20
        while _count_courriers(watcher) < 10:
            assert process.poll() is None, "the import ended before it could be killed"
            assert time.monotonic() < deadline, "the import did not start"
            time.sleep(0.005)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=10)
        watcher.dispose()
    assert process.returncode == -signal.SIGKILL

    before = courriers(store)
    assert 10 <= len(before) < distinct
    shas = [row.document_sha256 for row in before]
    assert len(set(shas)) == len(shas)
    for sha in shas:
        assert sha is not None
        content = read_all(store.documents, sha)
        assert hashlib.sha256(content).hexdigest() == sha
    for path in store.documents_dir.rglob("*.pdf"):  # temporary files aside, all whole
        assert hashlib.sha256(path.read_bytes()).hexdigest() == path.stem

    report = import_courriers(store, clock, inbox)

    assert report.rejected == ()
    assert report.imported == distinct - len(before)
    assert len(courriers(store)) == distinct
    assert files(inbox) == set()


# --- the documents module --------------------------------------------------------------------


def test_a_document_is_kept_by_its_sha256(tmp_path: Path) -> None:
    content = pdf("lettre")
    sha = store_document(tmp_path, content)
    assert sha == hashlib.sha256(content).hexdigest()
    target = tmp_path / sha[:2] / f"{sha}.pdf"
    assert target.read_bytes() == content
    assert [path.name for path in tmp_path.rglob("*")] == [sha[:2], target.name]


def test_a_present_document_is_not_written_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sha = store_document(tmp_path, pdf("lettre"))

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("written twice")

    monkeypatch.setattr(documents, "write_atomically", refuse)
    assert store_document(tmp_path, pdf("lettre")) == sha


def test_the_write_is_flushed_to_disk_before_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps: list[str] = []
    fsync, replace = os.fsync, os.replace
    target = tmp_path / "ab" / "doc.pdf"
    content = b"new"

    def recording_fsync(descriptor: int) -> None:
        steps.append("rename-synced" if target.exists() else "data-synced")
        fsync(descriptor)

    def recording_replace(source: str, destination: Path) -> None:
        assert Path(source).parent == target.parent  # same folder: the rename is atomic
        assert Path(source).read_bytes() == content
        steps.append("replaced")
        replace(source, destination)

    monkeypatch.setattr(documents.os, "fsync", recording_fsync)
    monkeypatch.setattr(documents.os, "replace", recording_replace)
    write_atomically(target, content)
    assert target.read_bytes() == content
    expected = ["data-synced", "replaced"] + (["rename-synced"] if os.name != "nt" else [])
    assert steps == expected

    steps.clear()
    content = b"newer"
    write_atomically(target, content, durable=False)
    assert (steps, target.read_bytes()) == (["replaced"], content)


def test_a_failed_write_leaves_neither_target_nor_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ab" / "doc.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")

    def fail(*args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(documents.os, "replace", fail)
    with pytest.raises(OSError, match="No space left"):
        write_atomically(target, b"new")
    assert [path.name for path in target.parent.iterdir()] == ["doc.pdf"]
    assert target.read_bytes() == b"old"


def test_the_drop_folder_moves_bad_pairs_aside_so_they_are_reported_once(
    store: Store, clock: FixedClock, inbox: Path
) -> None:
    drop(inbox, "bon", GOOD)
    drop(inbox, "mauvais", GOOD | {"service": "INCONNU"})

    first = import_drop_folder(store, clock, inbox)
    second = import_drop_folder(store, clock, inbox)

    assert (first.imported, len(first.rejected)) == (1, 1)
    assert second == CourrierImportReport(0, 0, ())
    assert files(inbox) == set()
    assert files(inbox / DROP_FOLDER_REJECTS) == {
        "mauvais.pdf",
        "mauvais.json",
        "mauvais.erreur.txt",
    }


# --- hostile sidecars: rejected and moved aside, never blocking the folder -------------------

HOSTILE_SIDECARS: dict[str, tuple[bytes, str]] = {
    "deep": (b"[" * 20_000 + b"]" * 20_000, "The file bad.json nests its values too deeply."),
    "huge-integer": (
        b'{"montant": ' + b"9" * 5000 + b"}",
        "The file bad.json holds a number far too long.",
    ),
    "lone-surrogate": (
        json.dumps(GOOD | {"objet": "Facture \ud800"}).encode(),
        "In bad.json, “objet” contains a control character (U+D800).",
    ),
    "nul-objet": (
        json.dumps(GOOD | {"objet": "\x00"}).encode(),
        "In bad.json, “objet” contains a control character (U+0000).",
    ),
    "tab-reference": (
        json.dumps(GOOD | {"reference": "MAJ\t2026"}).encode(),
        "In bad.json, “reference” contains a control character (U+0009).",
    ),
    "arabic-digits-date": (
        json.dumps(GOOD | {"recu_le": "٢٠٢٦-١١-٢٠"}, ensure_ascii=False).encode(),
        'In bad.json, “recu_le” must be a date written YYYY-MM-DD, not "٢٠٢٦-١١-٢٠".',
    ),
    "arabic-digits-amount": (
        json.dumps(GOOD | {"montant": "١٢٣"}, ensure_ascii=False).encode(),
        "In bad.json, “montant” must be a decimal number in quotes with at most 2 decimals, "
        'such as "1234.56", not "١٢٣".',
    ),
    "huge-file": (
        b" " * 70_000 + b"{}",
        "The file bad.json is too large for a sidecar (70002 bytes).",
    ),
}


@pytest.mark.parametrize("case", HOSTILE_SIDECARS)
def test_a_hostile_sidecar_goes_to_the_rejects_and_the_folder_still_imports(
    store: Store, clock: FixedClock, inbox: Path, case: str
) -> None:
    sidecar, reason = HOSTILE_SIDECARS[case]
    drop(inbox, "avant", GOOD)
    drop(inbox, "bad", sidecar)
    drop(inbox, "zapres", GOOD | {"reference": "Z"})

    report = import_drop_folder(store, clock, inbox)

    assert report == CourrierImportReport(2, 0, (RejectedCourrier("bad.pdf", reason),))
    assert files(inbox) == set()
    rejects = inbox / DROP_FOLDER_REJECTS
    assert files(rejects) == {"bad.pdf", "bad.json", "bad.erreur.txt"}
    assert (rejects / "bad.erreur.txt").read_text(encoding="utf-8") == reason + "\n"
    assert (rejects / "bad.json").read_bytes() == sidecar
    assert {row.reference for row in courriers(store)} == {GOOD["reference"], "Z"}


def test_every_fault_of_a_pair_is_named_not_only_the_first(
    store: Store, clock: FixedClock, inbox: Path
) -> None:
    sidecar = without("reference") | {
        "objet": "x" * 301,
        "recu_le": "20/11/2026",
        "action_requise": "oui",
        "montant": 12,
        "couleur": "bleu",
    }
    drop(inbox, "bad", sidecar, b"")

    [rejected] = import_courriers(store, clock, inbox).rejected

    assert rejected.reason == " ".join(
        [
            "In bad.json, missing keys: reference.",
            "In bad.json, unknown keys: couleur.",
            "In bad.json, “objet” is longer than 300 characters.",
            "In bad.json, “action_requise” must be true or false.",
            'In bad.json, “recu_le” must be a date written YYYY-MM-DD, not "20/11/2026".',
            "In bad.json, “montant” must be a decimal number in quotes with at most 2 decimals, "
            'such as "1234.56", not 12.',
            "The file bad.pdf is empty.",
        ]
    )
    assert courriers(store) == []


def test_an_undecodable_file_name_is_rejected_with_a_readable_reason(
    store: Store, clock: FixedClock, inbox: Path
) -> None:
    """A name in Latin-1 on a UTF-8 system: its reason file is still written, in UTF-8."""
    if os.name == "nt":
        pytest.skip("Windows file names are always Unicode")
    raw = os.fsencode(inbox) + b"/factur\xe9"
    with open(raw + b".pdf", "wb") as file:
        file.write(pdf("x"))
    with open(raw + b".json", "wb") as file:
        file.write(json.dumps(GOOD | {"type": "lettre"}).encode())

    [rejected] = import_drop_folder(store, clock, inbox).rejected

    assert rejected.file == "factur\\udce9.pdf"
    reason_file = next((inbox / DROP_FOLDER_REJECTS).glob("*.erreur.txt"))
    assert reason_file.read_bytes().decode("utf-8").startswith("In factur\\udce9.json, the type")
