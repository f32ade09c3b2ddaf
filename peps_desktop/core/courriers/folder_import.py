"""Importing courriers from a folder: each `NAME.pdf` with its `NAME.json` sidecar beside it.

The same use case serves `peps-desktop courriers import DIR` and the drop folder a background
service polls. Whoever drops files there writes the PDF first and its sidecar last: the sidecar
says the pair is complete, so a PDF alone is left where it is, waiting.

A courrier is never half-imported, even if the process is killed: its document is written
whole first (kept by content hash, see core/shared/documents.py), then its row is committed
in its own short unit of work, then the pair is deleted from the folder. A document without
a row is reused by the next import of the same bytes; a pair still in the folder after its
commit is seen as a duplicate next time and deleted then. A bad pair stays where it was, or
goes to `reject_dir` with a `NAME.erreur.txt` saying why; the other pairs are imported all the same.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import exists, select

from peps_desktop.core.courriers.sidecar import (
    SIDECAR_SUFFIX,
    CourrierSidecar,
    SidecarError,
    read_sidecar,
)
from peps_desktop.core.shared import audit
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.documents import DOCUMENT_SUFFIX, document_sha256
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.models import Courrier, Service, Structure

log = logging.getLogger(__name__)

PDF_MAGIC = b"%PDF-"
ERROR_SUFFIX = ".erreur.txt"
# The drop folder's subfolder for pairs that cannot be imported.
DROP_FOLDER_REJECTS = "rejetes"
AUDIT_ACTION = "courriers_importes"


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


class _Outcome(Enum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"


class _Rejected(Exception):
    """This pair cannot be imported; str(error) is the translated reason."""


@dataclass(frozen=True)
class _Pair:
    pdf: Path
    sidecar: Path


@dataclass(frozen=True)
class _Folder:
    pairs: list[_Pair]
    lone_pdfs: list[Path]
    lone_sidecars: list[Path]


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
) -> CourrierImportReport:
    """Import every courrier of `folder` into the structure, one commit each: the one given,
    or the store's only structure."""
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
        for pair in found.pairs:
            _take(store, clock, structure_id, services, pair, reject_dir, tally)
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
                sidecar.name,
                translate("CourrierImport", "No {file} beside it.").format(
                    file=sidecar.with_suffix(DOCUMENT_SUFFIX).name
                ),
            )
        )
    _record_run(store, clock, structure_id, folder, tally)
    return CourrierImportReport(tally.imported, tally.duplicates, tuple(tally.rejected))


@dataclass
class _Tally:
    imported: int = 0
    duplicates: int = 0
    rejected_pairs: int = 0
    rejected: list[RejectedCourrier] = field(default_factory=list)


def _take(
    store: Store,
    clock: Clock,
    structure_id: int,
    services: dict[str, int],
    pair: _Pair,
    reject_dir: Path | None,
    tally: _Tally,
) -> None:
    """Import one pair, or reject it; count it either way."""
    try:
        outcome = _import_pair(store, clock, structure_id, services, pair)
    except _Rejected as reason:
        if not pair.sidecar.exists():
            return  # taken meanwhile by another importer of the folder (another seat)
        tally.rejected.append(RejectedCourrier(pair.pdf.name, str(reason)))
        tally.rejected_pairs += 1
        if reject_dir is not None:
            _move_to_rejects(reject_dir, pair, str(reason))
        return
    if outcome is _Outcome.IMPORTED:
        tally.imported += 1
    else:
        tally.duplicates += 1
    # After the commit: a crash (or a locked file) here leaves a duplicate for the next run.
    try:
        pair.sidecar.unlink(missing_ok=True)
        pair.pdf.unlink(missing_ok=True)
    except OSError:
        log.warning("could not delete an imported courrier's files", exc_info=True)


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
            dossier=str(folder),
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


def _import_pair(
    store: Store, clock: Clock, structure_id: int, services: dict[str, int], pair: _Pair
) -> _Outcome:
    try:
        sidecar = read_sidecar(pair.sidecar)
    except SidecarError as error:
        raise _Rejected(str(error)) from None
    content = _read_pdf(pair.pdf)
    service_id = services.get(sidecar.service)
    if service_id is None:
        raise _Rejected(
            translate(
                "CourrierImport", "In {file}, the service “{service}” is unknown; known: {codes}."
            ).format(file=pair.sidecar.name, service=sidecar.service, codes=", ".join(services))
        )
    # The document first, outside the write lock: a row must never lack its document.
    try:
        sha = store.documents.put(content)
    except OSError as error:
        # Not this pair's fault (a full disk, a locked folder): the run stops, nothing lost.
        raise UserError(
            translate(
                "CourrierImport", "The document {file} cannot be kept in {folder}: {error}"
            ).format(file=pair.pdf.name, folder=store.documents_dir, error=error.strerror or error)
        ) from None
    with store.session() as session:
        # Checked under the write lock: two importers of the same folder cannot both add it.
        duplicate = exists().where(
            Courrier.structure_id == structure_id, Courrier.document_sha256 == sha
        )
        if session.scalar(select(duplicate)):
            return _Outcome.DUPLICATE
        session.add(_courrier(sidecar, structure_id, service_id, sha, clock))
    return _Outcome.IMPORTED


def _courrier(
    sidecar: CourrierSidecar, structure_id: int, service_id: int, sha: str, clock: Clock
) -> Courrier:
    return Courrier(
        structure_id=structure_id,
        service_id=service_id,
        type=sidecar.type,
        objet=sidecar.objet,
        reference=sidecar.reference,
        recu_le=sidecar.recu_le,
        action_requise=sidecar.action_requise,
        echeance=sidecar.echeance,
        montant=sidecar.montant,
        document_sha256=sha,
        archived=False,
        assigned_to_id=None,
        created_at=clock.now(),
    )


def _read_pdf(path: Path) -> bytes:
    try:
        content = path.read_bytes()
    except OSError as error:
        raise _Rejected(
            translate("CourrierImport", "The file {file} cannot be read: {error}").format(
                file=path.name, error=error.strerror or error
            )
        ) from None
    if not content:
        raise _Rejected(
            translate("CourrierImport", "The file {file} is empty.").format(file=path.name)
        )
    if not content.startswith(PDF_MAGIC):
        raise _Rejected(
            translate("CourrierImport", "The file {file} is not a PDF document.").format(
                file=path.name
            )
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
                pdf.name,
                translate(
                    "CourrierImport", "No sidecar {file} beside it yet: left where it is."
                ).format(file=pdf.with_suffix(SIDECAR_SUFFIX).name),
            )
        )
    return removed


def _move_to_rejects(reject_dir: Path, pair: _Pair, reason: str) -> None:
    """Both files to `reject_dir` with NAME.erreur.txt; left in place if that fails."""
    try:
        reject_dir.mkdir(parents=True, exist_ok=True)
        (reject_dir / f"{pair.pdf.stem}{ERROR_SUFFIX}").write_text(f"{reason}\n", encoding="utf-8")
        for path in (pair.sidecar, pair.pdf):
            target = reject_dir / path.name
            target.unlink(missing_ok=True)  # an earlier rejection of the same name
            shutil.move(path, target)
    except OSError:
        log.warning("could not move a rejected courrier to %s", reject_dir, exc_info=True)
