"""A batch of documents made durable: the bytes on disk before any name points at them,
whichever way the system allows; nothing left behind when the disk refuses."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest

from peps_desktop.store import document_files
from peps_desktop.store.document_files import document_path, store_documents
from peps_desktop.store.file_system_sync import (
    can_sync_file_system,
    kernel_reports_sync_errors,
    sync_file_system,
)

CONTENTS = [b"%PDF-1.4\n" + f"lettre {number}\n".encode() for number in range(30)]


def _everything_in(folder: Path) -> set[str]:
    return {path.name for path in folder.rglob("*") if path.is_file()}


@pytest.mark.parametrize(
    ("release", "reports"),
    [
        ("6.1.0-13-amd64", True),
        ("5.8.0", True),
        ("5.10.102.1-microsoft-standard-WSL2", True),
        ("5.4.0-150-generic", False),
        ("4.19.0-25-amd64", False),
        ("unknown", False),
    ],
)
def test_syncfs_is_trusted_only_from_the_kernel_that_reports_its_errors(
    release: str, reports: bool
) -> None:
    assert kernel_reports_sync_errors(release) is reports


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="syncfs is Linux's")
def test_this_linux_syncs_its_file_system_whole(tmp_path: Path) -> None:
    if not kernel_reports_sync_errors(os.uname().release):
        pytest.fail(f"a kernel older than 5.8 runs the tests: {os.uname().release}")
    assert can_sync_file_system()
    sync_file_system(tmp_path)  # returns: nothing refused


def test_a_batch_is_synced_before_its_names_and_its_names_before_it_returns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not can_sync_file_system():
        pytest.skip("this system has no file system sync: each document is fsynced")
    steps: list[str] = []
    real_sync, real_replace = document_files.sync_file_system, os.replace

    def recording_sync(folder: Path) -> None:
        temporaries = list(tmp_path.rglob("*.tmp"))
        steps.append(f"synced with {len(temporaries)} temporaries")
        real_sync(folder)

    def recording_replace(source: str, target: Path) -> None:
        assert Path(source).parent == Path(target).parent  # an atomic rename
        steps.append("renamed")
        real_replace(source, target)

    monkeypatch.setattr(document_files, "sync_file_system", recording_sync)
    monkeypatch.setattr(document_files.os, "replace", recording_replace)

    shas = store_documents(tmp_path, [*CONTENTS, CONTENTS[0]])

    assert steps == [
        f"synced with {len(CONTENTS)} temporaries",
        *["renamed"] * len(CONTENTS),
        "synced with 0 temporaries",
    ]
    assert shas == [hashlib.sha256(content).hexdigest() for content in [*CONTENTS, CONTENTS[0]]]
    for sha, content in zip(shas, CONTENTS, strict=False):
        assert document_path(tmp_path, sha).read_bytes() == content


def test_without_a_file_system_sync_each_document_is_fsynced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    real_fsync = os.fsync

    def counting_fsync(descriptor: int) -> None:
        synced.append(descriptor)
        real_fsync(descriptor)

    monkeypatch.setattr(document_files, "can_sync_file_system", lambda: False)
    monkeypatch.setattr(document_files.os, "fsync", counting_fsync)

    shas = store_documents(tmp_path, CONTENTS)

    # One fsync per document, and the folders' own where the system has them.
    assert len(synced) >= len(CONTENTS)
    assert [document_path(tmp_path, sha).read_bytes() for sha in shas] == CONTENTS


def test_a_refused_sync_leaves_no_document_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not can_sync_file_system():
        pytest.skip("this system has no file system sync: each document is fsynced")
    kept = store_documents(tmp_path, CONTENTS[:1])  # there before: untouched

    def failing_sync(folder: Path) -> None:
        raise OSError(5, "Input/output error", str(folder))

    monkeypatch.setattr(document_files, "sync_file_system", failing_sync)
    with pytest.raises(OSError, match="Input/output error"):
        store_documents(tmp_path, CONTENTS)

    assert _everything_in(tmp_path) == {f"{kept[0]}.pdf"}
