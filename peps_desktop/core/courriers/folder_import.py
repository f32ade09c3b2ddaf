"""Importing courriers from a folder: each `NAME.pdf` with its `NAME.json` sidecar beside it.

The same use case serves `peps-desktop courriers import DIR` and the drop folder a background
service polls. Whoever drops files there writes the PDF first and its sidecar last: the sidecar
says the pair is complete, so a PDF alone is left where it is, waiting.

Pairs go in batches. For each batch, every pair is read and checked (all of a pair's faults
are named); the good pairs' documents are written whole and made durable (kept by content
hash, see store/document_files.py); then their rows are committed in one short unit of work;
then the pairs are deleted from the folder, in the background while the next batch is read
(pair_removal.py). So a courrier is never half-imported, even if the process is killed at
any point: a document without a row is reused by the next import of the
same bytes; a pair still in the folder after its commit is seen as a duplicate next time and
deleted then. A bad pair never blocks the others: whatever its bytes, it is reported and stays
where it was, or goes to `reject_dir` with a `NAME.erreur.txt` saying why.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import exists, insert, select
from sqlalchemy.exc import StatementError

from peps_desktop.core.courriers.pair_removal import PairRemoval
from peps_desktop.core.courriers.sidecar import SIDECAR_SUFFIX, SidecarError, read_sidecar
from peps_desktop.core.shared import audit
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.crash_points import crash_point
from peps_desktop.core.shared.documents import DOCUMENT_SUFFIX, document_sha256
from peps_desktop.core.shared.file_faults import file_fault, missing_folder
from peps_desktop.core.shared.input_rules import safe_text
from peps_desktop.core.shared.progress import Progress, silent
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.documents import FolderDocuments
from peps_desktop.store.models import Courrier, Service, Structure

log = logging.getLogger(__name__)

PDF_MAGIC = b"%PDF-"
ERROR_SUFFIX = ".erreur.txt"
# The drop folder's subfolder for pairs that cannot be imported.
DROP_FOLDER_REJECTS = "rejetés"
AUDIT_ACTION = "courriers_importes"
# Pairs per transaction (the write lock is held some milliseconds per batch), and the
# documents' bytes a batch holds in memory at most. Larger batches flush the documents fewer
# times; smaller ones let the previous batch's files be deleted while the next is read.
BATCH_SIZE = 500
BATCH_BYTES = 64 * 1024 * 1024
SHA_CHUNK = 500  # hashes per IN (...), below SQLite's limit on bound parameters
CRASH_BEFORE_COMMIT = "courriers_import.before_commit"
CRASH_AFTER_COMMIT = "courriers_import.after_commit"
PAIRS_STEP = "pairs"  # what `progress` counts


@dataclass(frozen=True)
class RejectedCourrier:
    file: str  # the file's name in the folder, NAME.pdf for a pair
    reason: str


@dataclass(frozen=True)
class CourrierImportReport:
    imported: int
    duplicates: int
    rejected: tuple[RejectedCourrier, ...]

    def as_dict(self) -> dict[str, Any]:
        """The shape `courriers import --json` prints."""
        return {
            "importes": self.imported,
            "doublons": self.duplicates,
            "rejetes": [{"fichier": item.file, "raison": item.reason} for item in self.rejected],
        }


@dataclass(frozen=True)
class _Pair:
    pdf: Path
    sidecar: Path


@dataclass(frozen=True)
class _Folder:
    pairs: list[_Pair]
    lone_pdfs: list[Path]
    lone_sidecars: list[Path]


@dataclass(frozen=True)
class _Ready:
    """A pair read and checked: its row's values and its document."""

    pair: _Pair
    values: dict[str, Any]
    content: bytes


@dataclass(frozen=True)
class _Refused:
    pair: _Pair
    reason: str


@dataclass
class _Tally:
    imported: int = 0
    duplicates: int = 0
    rejected_pairs: int = 0
    rejected: list[RejectedCourrier] = field(default_factory=list)


def import_drop_folder(
    store: Store, clock: Clock, folder: Path, *, structure_id: int | None = None
) -> CourrierImportReport:
    """The drop folder's import, for the service that polls it: a bad pair goes to the
    folder's `rejetes/` with its reason, so that it is reported once, not at every poll."""
    return import_courriers(
        store, clock, folder, reject_dir=folder / DROP_FOLDER_REJECTS, structure_id=structure_id
    )


def import_courriers(
    store: Store,
    clock: Clock,
    folder: Path,
    *,
    reject_dir: Path | None = None,
    structure_id: int | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Progress = silent,
) -> CourrierImportReport:
    """Import every courrier of `folder` into the structure (the one given, or the store's
    only one), a batch per commit; `progress` hears of the pairs taken (PAIRS_STEP)."""
    structure_id = _structure_id(store, structure_id)
    if not folder.is_dir():
        raise UserError(
            translate("CourrierImport", "The folder {folder} does not exist.").format(folder=folder)
        )
    with store.read_session() as session:
        rows = session.execute(select(Service.code, Service.id).order_by(Service.id))
        services = {code: service_id for code, service_id in rows}
    try:
        found = _scan(folder)
    except OSError as error:
        raise UserError(
            translate("CourrierImport", "The folder {folder} cannot be read: {error}").format(
                folder=folder, error=error.strerror or error
            )
        ) from None
    tally = _Tally()
    try:
        taken = 0
        with PairRemoval() as removal:
            for batch in _batches(found.pairs, batch_size):
                progress(PAIRS_STEP, taken, len(found.pairs))
                _import_batch(
                    store, clock, structure_id, services, batch, reject_dir, tally, removal
                )
                taken += len(batch)
        progress(PAIRS_STEP, len(found.pairs), len(found.pairs))
    except BaseException:
        # What was committed before the failure stays on record.
        try:
            _record_run(store, clock, structure_id, folder, tally)
        except Exception:
            log.warning("could not record the interrupted courrier import", exc_info=True)
        raise
    tally.duplicates += _remove_known_lone_pdfs(
        store, structure_id, found.lone_pdfs, tally.rejected
    )
    for sidecar in found.lone_sidecars:
        tally.rejected.append(
            RejectedCourrier(
                safe_text(sidecar.name),
                translate("CourrierImport", "No {file} beside it.").format(
                    file=safe_text(sidecar.with_suffix(DOCUMENT_SUFFIX).name)
                ),
            )
        )
    _record_run(store, clock, structure_id, folder, tally)
    return CourrierImportReport(tally.imported, tally.duplicates, tuple(tally.rejected))


def _batches(pairs: Sequence[_Pair], batch_size: int) -> Iterator[list[_Pair]]:
    """Up to `batch_size` pairs, and no more than BATCH_BYTES of documents (but one at least)."""
    batch: list[_Pair] = []
    size = 0
    for pair in pairs:
        try:
            pair_size = pair.pdf.stat().st_size
        except OSError:
            pair_size = 0  # rejected when it is read
        if batch and (len(batch) >= batch_size or size + pair_size > BATCH_BYTES):
            yield batch
            batch, size = [], 0
        batch.append(pair)
        size += pair_size
    if batch:
        yield batch


def _import_batch(
    store: Store,
    clock: Clock,
    structure_id: int,
    services: dict[str, int],
    pairs: Sequence[_Pair],
    reject_dir: Path | None,
    tally: _Tally,
    removal: PairRemoval,
) -> None:
    read = [_read_pair(pair, services, structure_id, clock) for pair in pairs]
    ready = [item for item in read if isinstance(item, _Ready)]
    refused = [item for item in read if isinstance(item, _Refused)]
    # The documents first, durable, outside the write lock: a row must never lack its document.
    _keep_documents(store, ready)
    imported, duplicates, refused_by_store = _commit(store, ready)
    tally.imported += len(imported)
    tally.duplicates += len(duplicates)
    for item in [*refused, *refused_by_store]:
        if not item.pair.sidecar.exists():
            continue  # taken meanwhile by another importer of the folder (another seat)
        tally.rejected.append(RejectedCourrier(safe_text(item.pair.pdf.name), item.reason))
        tally.rejected_pairs += 1
        if reject_dir is not None:
            _move_to_rejects(reject_dir, item.pair, item.reason)
    # After the commit: a crash (or a locked file) here leaves a duplicate for the next run.
    for pair in [*imported, *duplicates]:
        removal.remove(pair.sidecar, pair.pdf)


def _read_pair(
    pair: _Pair, services: dict[str, int], structure_id: int, clock: Clock
) -> _Ready | _Refused:
    """The pair checked whole, every fault of both files named; never raises."""
    faults: list[str] = []
    sidecar = None
    content = b""
    try:
        sidecar = read_sidecar(pair.sidecar, tuple(services))
    except SidecarError as error:
        faults += error.faults
    except Exception:  # a fault not foreseen must not block the folder: reported, logged
        log.exception("unforeseen fault reading a sidecar")
        faults.append(_unreadable_sidecar(pair))
    try:
        content = _read_pdf(pair.pdf)
    except SidecarError as error:
        faults += error.faults
    if faults or sidecar is None:
        return _Refused(pair, " ".join(faults) or _unreadable_sidecar(pair))
    values = {
        "structure_id": structure_id,
        "service_id": services[sidecar.service],
        "type": sidecar.type,
        "objet": sidecar.objet,
        "reference": sidecar.reference,
        "recu_le": sidecar.recu_le,
        "action_requise": sidecar.action_requise,
        "echeance": sidecar.echeance,
        "montant": sidecar.montant,
        "document_sha256": document_sha256(content),
        "archived": False,
        "assigned_to_id": None,
        "created_at": clock.now(),
    }
    return _Ready(pair, values, content)


def _unreadable_sidecar(pair: _Pair) -> str:
    return translate(
        "CourrierImport", "The file {file} cannot be read as a courrier's description."
    ).format(file=safe_text(pair.sidecar.name))


def _keep_documents(store: Store, ready: Sequence[_Ready]) -> None:
    if not ready:
        return
    if isinstance(store.documents, FolderDocuments) and not store.documents_dir.is_dir():
        # An unplugged drive or a deleted folder: never recreated silently elsewhere.
        raise missing_folder(store.documents_dir)
    try:
        store.documents.put_many([item.content for item in ready])
    except OSError as error:
        # Not these pairs' fault (a full disk, a read-only folder): the run stops, nothing lost.
        raise file_fault(error, store.documents_dir) from None


def _commit(
    store: Store, ready: Sequence[_Ready]
) -> tuple[list[_Pair], list[_Pair], list[_Refused]]:
    """One transaction for the batch: (imported, duplicates, refused by the store).

    Should the store refuse a row (a rule of its own), the batch is replayed one pair per
    transaction, so that the one bad pair is rejected and the others imported."""
    if not ready:
        return [], [], []
    try:
        imported, duplicates = _insert_new(store, ready)
        return imported, duplicates, []
    except StatementError:
        log.warning("the store refused a batch of courriers; importing them one by one")
    imported, duplicates, refused = [], [], []
    for item in ready:
        try:
            one_imported, one_duplicate = _insert_new(store, [item])
        except StatementError as error:
            reason = translate(
                "CourrierImport", "The store refused the courrier of {file}: {error}"
            ).format(file=safe_text(item.pair.pdf.name), error=safe_text(str(error.orig or error)))
            refused.append(_Refused(item.pair, reason))
            continue
        imported += one_imported
        duplicates += one_duplicate
    return imported, duplicates, refused


def _insert_new(store: Store, ready: Sequence[_Ready]) -> tuple[list[_Pair], list[_Pair]]:
    imported: list[_Pair] = []
    duplicates: list[_Pair] = []
    rows: list[dict[str, Any]] = []
    with store.session() as session:
        # Checked under the write lock: two importers of the same folder cannot both add it.
        structure_id = ready[0].values["structure_id"]  # one run, one structure
        shas = sorted({item.values["document_sha256"] for item in ready})
        known: set[str] = set()
        for start in range(0, len(shas), SHA_CHUNK):
            chunk = shas[start : start + SHA_CHUNK]
            known.update(
                session.scalars(
                    select(Courrier.document_sha256).where(
                        Courrier.structure_id == structure_id,
                        Courrier.document_sha256.in_(chunk),
                    )
                )
            )
        for item in ready:
            sha = item.values["document_sha256"]
            if sha in known:
                duplicates.append(item.pair)
            else:
                known.add(sha)
                rows.append(item.values)
                imported.append(item.pair)
        if rows:
            session.execute(insert(Courrier.metadata.tables[Courrier.__tablename__]), rows)
        crash_point(CRASH_BEFORE_COMMIT)
    crash_point(CRASH_AFTER_COMMIT)
    return imported, duplicates


def _record_run(store: Store, clock: Clock, structure_id: int, folder: Path, tally: _Tally) -> None:
    # Lone files alone leave no entry: a polled drop folder sees them while they are copied.
    if not (tally.imported or tally.duplicates or tally.rejected_pairs):
        return
    with store.session() as session:
        audit.record(
            session,
            clock,
            None,  # the structure's intake, not a person's action
            AUDIT_ACTION,
            None,
            structure_id=structure_id,
            importes=tally.imported,
            doublons=tally.duplicates,
            rejetes=len(tally.rejected),
            dossier=safe_text(str(folder)),
        )


def _structure_id(store: Store, given: int | None) -> int:
    with store.read_session() as session:
        if given is not None:
            return given
        found = session.scalars(select(Structure.id).order_by(Structure.id).limit(2)).all()
    if not found:
        raise UserError(
            translate(
                "CourrierImport",
                "This store has no structure yet: create it before importing courriers.",
            )
        )
    if len(found) > 1:
        raise UserError(
            translate(
                "CourrierImport",
                "This store holds several structures: name the one the courriers are for.",
            )
        )
    return found[0]


def _scan(folder: Path) -> _Folder:
    """The folder's pairs by name; hidden files (copies in progress) and the rest ignored."""
    pdfs: dict[str, Path] = {}
    sidecars: dict[str, Path] = {}
    for path in sorted(folder.iterdir(), key=lambda path: (path.stem, path.name)):
        if path.name.startswith(".") or not path.is_file():
            continue
        suffix = path.suffix.lower()
        if suffix == DOCUMENT_SUFFIX:
            pdfs[path.stem] = path
        elif suffix == SIDECAR_SUFFIX:
            sidecars[path.stem] = path
    return _Folder(
        pairs=[_Pair(pdf, sidecars[name]) for name, pdf in pdfs.items() if name in sidecars],
        lone_pdfs=[pdf for name, pdf in pdfs.items() if name not in sidecars],
        lone_sidecars=[sidecar for name, sidecar in sidecars.items() if name not in pdfs],
    )


def complete_pairs(folder: Path) -> list[Path]:
    """The PDFs of the folder's complete pairs (NAME.pdf with its NAME.json), by name."""
    return [pair.pdf for pair in _scan(folder).pairs]


def _read_pdf(path: Path) -> bytes:
    name = safe_text(path.name)
    try:
        content = path.read_bytes()
    except OSError as error:
        raise SidecarError(
            [
                translate("CourrierImport", "The file {file} cannot be read: {error}").format(
                    file=name, error=error.strerror or error
                )
            ]
        ) from None
    if not content:
        raise SidecarError(
            [translate("CourrierImport", "The file {file} is empty.").format(file=name)]
        )
    if not content.startswith(PDF_MAGIC):
        raise SidecarError(
            [
                translate("CourrierImport", "The file {file} is not a PDF document.").format(
                    file=name
                )
            ]
        )
    return content


def _remove_known_lone_pdfs(
    store: Store, structure_id: int, lone_pdfs: list[Path], rejected: list[RejectedCourrier]
) -> int:
    """A PDF alone is waiting for its sidecar, unless its courrier is already imported (a run
    stopped between deleting the pair's two files): then it goes, as a duplicate."""
    removed = 0
    for pdf in lone_pdfs:
        try:
            sha = document_sha256(pdf.read_bytes())
        except OSError:
            sha = None
        if sha is not None:
            with store.read_session() as session:
                known = session.scalar(
                    select(
                        exists().where(
                            Courrier.structure_id == structure_id,
                            Courrier.document_sha256 == sha,
                        )
                    )
                )
            if known:
                pdf.unlink(missing_ok=True)
                removed += 1
                continue
        rejected.append(
            RejectedCourrier(
                safe_text(pdf.name),
                translate(
                    "CourrierImport", "No sidecar {file} beside it yet: left where it is."
                ).format(file=safe_text(pdf.with_suffix(SIDECAR_SUFFIX).name)),
            )
        )
    return removed


def _move_to_rejects(reject_dir: Path, pair: _Pair, reason: str) -> None:
    """Both files to `reject_dir` with NAME.erreur.txt; left in place if that fails.

    The reason is written as UTF-8 whatever the input held: what cannot be encoded (a lone
    surrogate from a file name in another encoding) is escaped, never a failure."""
    try:
        reject_dir.mkdir(parents=True, exist_ok=True)
        (reject_dir / f"{pair.pdf.stem}{ERROR_SUFFIX}").write_text(
            f"{reason}\n", encoding="utf-8", errors="backslashreplace"
        )
        for path in (pair.sidecar, pair.pdf):
            target = reject_dir / path.name
            target.unlink(missing_ok=True)  # an earlier rejection of the same name
            shutil.move(path, target)
    except OSError:
        log.warning("could not move a rejected courrier to %s", reject_dir, exc_info=True)
