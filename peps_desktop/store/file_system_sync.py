"""Many new files made durable at once: Linux's syncfs(2) flushes a whole file system's data
and metadata in one call, where an fsync per file costs a journal commit each.

Used only where syncfs reports the failed writes it flushes (Linux 5.8 and later): an older
kernel could answer success after losing a write, so there each file keeps its own fsync.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

REPORTING_KERNEL = (5, 8)  # syncfs returns write-back errors from this release on


def kernel_reports_sync_errors(release: str) -> bool:
    """Whether a Linux kernel of this release (`os.uname().release`, e.g. "6.1.0-13-amd64")
    reports write-back errors through syncfs."""
    parts = release.split("-", 1)[0].split(".")[:2]
    if len(parts) < 2 or not all(part.isdigit() for part in parts):
        return False
    return (int(parts[0]), int(parts[1])) >= REPORTING_KERNEL


@cache
def _syncfs() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux") or not kernel_reports_sync_errors(os.uname().release):
        return None
    import ctypes  # here: only a batch of documents needs it, never the start

    try:
        function = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):  # a C library without it
        return None
    function.argtypes = [ctypes.c_int]
    function.restype = ctypes.c_int
    return function  # type: ignore[no-any-return]


def can_sync_file_system() -> bool:
    return _syncfs() is not None


def sync_file_system(folder: Path) -> None:
    """Every write to the file system holding `folder` is on disk when this returns;
    OSError (as the write would have raised it) otherwise."""
    syncfs = _syncfs()
    if syncfs is None:
        raise OSError(f"no file system sync on this system for {folder}")
    import ctypes

    descriptor = os.open(folder, os.O_RDONLY)
    try:
        if syncfs(descriptor) != 0:
            error = ctypes.get_errno()
            raise OSError(error, os.strerror(error), str(folder))
    finally:
        os.close(descriptor)
