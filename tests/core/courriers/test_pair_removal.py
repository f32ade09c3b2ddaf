"""Imported pairs deleted in the background: all gone when the block ends, each pair's
sidecar before its PDF, a locked file left for the next import."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from peps_desktop.core.courriers.pair_removal import PairRemoval


def _pairs(folder: Path, count: int) -> list[tuple[Path, Path]]:
    pairs = []
    for number in range(count):
        sidecar, pdf = folder / f"c{number}.json", folder / f"c{number}.pdf"
        sidecar.write_text("{}", encoding="utf-8")
        pdf.write_bytes(b"%PDF-1.4\n")
        pairs.append((sidecar, pdf))
    return pairs


def test_every_pair_is_gone_when_the_block_ends_sidecar_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pairs = _pairs(tmp_path, 200)
    deleted: list[str] = []
    lock = threading.Lock()
    unlink = Path.unlink

    def recording_unlink(path: Path, missing_ok: bool = False) -> None:
        with lock:
            deleted.append(path.name)
        unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", recording_unlink)
    with PairRemoval() as removal:
        for sidecar, pdf in pairs:
            removal.remove(sidecar, pdf)

    assert list(tmp_path.iterdir()) == []
    assert len(deleted) == 400
    for sidecar, pdf in pairs:
        assert deleted.index(sidecar.name) < deleted.index(pdf.name)


def test_a_locked_file_stays_and_the_others_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pairs = _pairs(tmp_path, 3)
    unlink = Path.unlink

    def locked(path: Path, missing_ok: bool = False) -> None:
        if path.name == "c1.json":
            raise PermissionError(13, "The file is used by another process")
        unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", locked)
    with PairRemoval() as removal:
        for sidecar, pdf in pairs:
            removal.remove(sidecar, pdf)

    # The pair stays whole: the next import sees it as a duplicate and deletes it then.
    assert sorted(path.name for path in tmp_path.iterdir()) == ["c1.json", "c1.pdf"]
