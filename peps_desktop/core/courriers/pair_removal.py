"""Imported pairs leave the folder in the background, while the next batch is read and kept.

Deleting a file whose blocks are on disk waits on the file system (some tenths of a
millisecond each); a few threads do it beside the import's own work. Each pair's sidecar goes
before its PDF, so a pair stopped halfway is a lone PDF, which the next import recognises as
already imported. A file that cannot be deleted (locked by another program) stays: the next
import sees its pair as a duplicate and deletes it then.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import TracebackType

log = logging.getLogger(__name__)

REMOVERS = 4  # deletions waiting on the disk side by side; the import's own thread goes on


class PairRemoval:
    """Used as `with PairRemoval() as removal: … removal.remove(sidecar, pdf)`; every deletion
    is done (or given up) when the block ends."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(REMOVERS, thread_name_prefix="pair-removal")

    def remove(self, sidecar: Path, pdf: Path) -> None:
        self._pool.submit(_remove_pair, sidecar, pdf)

    def __enter__(self) -> PairRemoval:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._pool.shutdown(wait=True)


def _remove_pair(sidecar: Path, pdf: Path) -> None:
    try:
        sidecar.unlink(missing_ok=True)
        pdf.unlink(missing_ok=True)
    except OSError:
        log.warning("could not delete an imported courrier's files", exc_info=True)
