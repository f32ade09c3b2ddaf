"""Drop folders for the courrier import tests: NAME.pdf with its NAME.json sidecar."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

GOOD: dict[str, Any] = {
    "service": "CNRACL",
    "type": "facture_majorations",
    "objet": "Majorations de retard – 3e trimestre 2026",
    "reference": "MAJ-2026-000123",
    "recu_le": "2026-11-20",
    "action_requise": True,
    "echeance": "2026-12-20",
    "montant": "1234.56",
}


def pdf(text: str) -> bytes:
    return f"%PDF-1.4\n% {text}\n%%EOF\n".encode()


def drop(
    folder: Path, name: str, sidecar: dict[str, Any] | str | bytes, content: bytes | None = None
) -> None:
    """NAME.pdf (its own content unless given) and NAME.json beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.pdf").write_bytes(pdf(name) if content is None else content)
    if isinstance(sidecar, dict):
        sidecar = json.dumps(sidecar, ensure_ascii=False)
    if isinstance(sidecar, str):
        sidecar = sidecar.encode()
    (folder / f"{name}.json").write_bytes(sidecar)


def files(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir() if path.is_file()}
