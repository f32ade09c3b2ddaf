"""The drop folder's import in pairs per second, beside its floors measured in the same run.

    .venv/bin/python benchmarks/drop_folder.py --pairs 2000 --runs 3

Each run drops the same NAME.pdf + NAME.json pairs into a folder and imports them into a
fresh store (documents written and fsynced, one commit per batch). Floors, in the same run:
  - rows only: the same courrier rows inserted in one transaction (no document, no file);
  - fsync + commit per pair: each document fsynced, then its row committed alone — what a
    crash-safe import one pair at a time costs.
Aim: at least 2,000 pairs/s on a 2-core machine, still crash-safe. Prints figures only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert

from peps_desktop.core.accounts.rules import Identity
from peps_desktop.core.accounts.setup import create_structure
from peps_desktop.core.courriers.folder_import import import_drop_folder
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.core.shared.documents import store_document
from peps_desktop.store.encrypted import new_data_key
from peps_desktop.store.migrate import open_store
from peps_desktop.store.models import Courrier

NOW = dt.datetime(2026, 11, 25, 9, 30)
ADMIN = Identity("claire.martin", "Martin", "Claire", "claire.martin@mairie.fr")
SIDECAR = {
    "service": "CNRACL",
    "type": "facture",
    "objet": "Facture de cotisations",
    "recu_le": "2026-11-20",
    "action_requise": True,
    "echeance": "2026-12-20",
    "montant": "1234.56",
}


def pdf(number: int) -> bytes:
    return b"%PDF-1.4\n" + f"% courrier {number}\n".encode() + b"x" * 4000 + b"\n%%EOF\n"


def fill(folder: Path, pairs: int) -> None:
    folder.mkdir(parents=True)
    for number in range(pairs):
        (folder / f"c{number:05d}.pdf").write_bytes(pdf(number))
        sidecar = SIDECAR | {"reference": f"REF-{number:06d}"}
        (folder / f"c{number:05d}.json").write_text(json.dumps(sidecar), encoding="utf-8")


def fresh_store(folder: Path):  # type: ignore[no-untyped-def]
    store = open_store(
        f"sqlite:///{folder / 'store.sqlite3'}", folder / "documents", data_key=new_data_key()
    )
    create_structure(store, FixedClock(NOW), "Mairie", ADMIN, "Mot-de-passe-2026")
    return store


def rows(count: int) -> list[dict[str, object]]:
    return [
        {
            "structure_id": 1,
            "service_id": 1,
            "type": "facture",
            "objet": "Facture de cotisations",
            "reference": f"REF-{number:06d}",
            "recu_le": dt.date(2026, 11, 20),
            "action_requise": True,
            "echeance": dt.date(2026, 12, 20),
            "montant": Decimal("1234.56"),
            "document_sha256": f"{number:064d}",
            "archived": False,
            "created_at": NOW,
        }
        for number in range(count)
    ]


def run_import(root: Path, pairs: int) -> float:
    store = fresh_store(root / "import")
    fill(root / "import" / "depot", pairs)
    # On disk before the import, as in a drop folder filled earlier by another program:
    # deleting files the kernel has not yet written out would cost next to nothing.
    os.sync()
    started = time.perf_counter()
    report = import_drop_folder(store, FixedClock(NOW), root / "import" / "depot")
    elapsed = time.perf_counter() - started
    assert report.imported == pairs and not report.rejected, report
    store.dispose()
    return pairs / elapsed


def rows_only(root: Path, pairs: int) -> float:
    store = fresh_store(root / "rows")
    values = rows(pairs)
    started = time.perf_counter()
    with store.session() as session:
        session.execute(insert(Courrier), values)
    elapsed = time.perf_counter() - started
    store.dispose()
    return pairs / elapsed


def per_pair(root: Path, pairs: int) -> float:
    store = fresh_store(root / "per-pair")
    values = rows(pairs)
    started = time.perf_counter()
    for number, row in enumerate(values):
        row["document_sha256"] = store_document(store.documents_dir, pdf(number))
        with store.session() as session:
            session.execute(insert(Courrier), [row])
    elapsed = time.perf_counter() - started
    store.dispose()
    return pairs / elapsed


def summary(rates: list[float]) -> str:
    return f"min {min(rates):8,.0f}/s   median {statistics.median(rates):8,.0f}/s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    imports, floors_rows, floors_pair = [], [], []
    for _ in range(args.runs):
        # Beside the repository, on the disk a store would use: not a RAM-backed /tmp.
        root = Path(tempfile.mkdtemp(prefix="peps-drop-", dir=os.environ.get("PEPS_BENCH_DIR")))
        try:
            imports.append(run_import(root, args.pairs))
            floors_rows.append(rows_only(root, args.pairs))
            floors_pair.append(per_pair(root, min(args.pairs, 500)))
        finally:
            shutil.rmtree(root)
    print(f"drop folder, {args.pairs:,} pairs, {args.runs} runs (pairs per second)")
    print(f"  import in batches             {summary(imports)}   aim >= 2,000/s")
    print(f"  floor: rows in one commit     {summary(floors_rows)}")
    print(f"  floor: fsync + commit a pair  {summary(floors_pair)}")
    ratio = statistics.median(imports) / statistics.median(floors_pair)
    print(f"  import / per-pair floor       ×{ratio:.1f}")
    print(f"  aim met: {'yes' if min(imports) >= 2000 else 'no'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
