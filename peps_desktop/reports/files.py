"""Writing a report file whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from peps_desktop.core.shared.file_faults import file_fault
from peps_desktop.errors import UserError


def _unwritable(path: Path, error: OSError) -> UserError:
    """A full disk, a read-only or missing folder said plainly (core/shared/file_faults)."""
    return file_fault(error, path, folder=path.parent)


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Write beside `path` then rename: a failed export leaves no half-written file."""
    try:
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
        os.close(descriptor)
    except OSError as error:
        raise _unwritable(path, error) from None
    try:
        write(Path(temporary))
        os.replace(temporary, path)
    except OSError as error:
        raise _unwritable(path, error) from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
