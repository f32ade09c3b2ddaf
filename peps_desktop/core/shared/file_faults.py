"""The machine's own faults on files, said plainly: a full disk, a read-only or missing folder.

`UserError`s with a French message that names the place and what to do, instead of an
unexpected error; the operation that met them has changed nothing it had not finished.
"""

from __future__ import annotations

import errno
from pathlib import Path

from peps_desktop.errors import DiskFull, MissingFolder, ReadOnlyPlace, UserError
from peps_desktop.i18n import translate

__all__ = ["DiskFull", "MissingFolder", "ReadOnlyPlace", "file_fault", "missing_folder"]


def file_fault(error: OSError, place: Path, folder: Path | None = None) -> UserError:
    """The UserError that says `error`, met while writing at `place` (in `folder`, the one
    named when it is missing; `place` itself by default)."""
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull(
            translate(
                "MachineFaults",
                "The disk holding {place} is full. Free some space, then try again; what was "
                "already stored is unchanged.",
            ).format(place=place)
        )
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyPlace(
            translate(
                "MachineFaults",
                "{place} cannot be written (read-only, or no permission). Ask for write access, "
                "then try again; what was already stored is unchanged.",
            ).format(place=place)
        )
    if code == errno.ENOENT:
        return missing_folder(folder or place)
    return UserError(
        translate("MachineFaults", "{place} cannot be written: {reason}").format(
            place=place, reason=error.strerror or error
        )
    )


def missing_folder(folder: Path) -> MissingFolder:
    return MissingFolder(
        translate(
            "MachineFaults",
            "The folder {folder} cannot be found (a drive unplugged, a folder moved?). Put it "
            "back, then try again; nothing was changed.",
        ).format(folder=folder)
    )
