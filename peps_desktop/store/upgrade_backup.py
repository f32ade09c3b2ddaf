"""A copy of the store taken before its schema is upgraded, kept beside it.

Before `open_store` migrates an existing SQLite store (one at a revision that is not head), it
copies the file next to itself with SQLite's backup API, under the name

    <store file>.avant-<revision>.<YYYYMMDD-HHMMSS>.bak
    e.g. peps-desktop.sqlite3.avant-0005.20261125-093000.bak

with the revision the store was at and the local time of the copy; a second copy within the
same second gets "-2" after the time, a third "-3", and so on. The copy is a whole store at
that revision: renamed to the store's file name, it takes the store's place (its data key is
found again under that name, and the documents folder needs no copy: upgrades leave it alone).

The 3 latest copies of a store are kept; its older copies are deleted, and only files named
by this scheme after that store's file, nothing else. A copy that cannot be written stops the
upgrade with a StoreError, and the store is left as it was.

New stores (no revision yet), stores already at head and server databases (backed up by their
own tools) are not copied.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

from peps_desktop.errors import StoreError
from peps_desktop.i18n import translate
from peps_desktop.store.backup import backup_sqlite
from peps_desktop.store.engine import sqlite_url

log = logging.getLogger(__name__)

KEPT_BACKUPS = 3
MARKER = "avant"
SUFFIX = ".bak"
STAMP_FORMAT = "%Y%m%d-%H%M%S"


def _now() -> dt.datetime:
    return dt.datetime.now()


def backup_name(store_file: Path, revision: str, at: dt.datetime, number: int = 1) -> str:
    """The name of the `number`th copy taken at `at` (to the second) of `store_file`."""
    again = f"-{number}" if number > 1 else ""
    return f"{store_file.name}.{MARKER}-{revision}.{at.strftime(STAMP_FORMAT)}{again}{SUFFIX}"


def _scheme(store_file: Path) -> re.Pattern[str]:
    return re.compile(
        re.escape(store_file.name)
        + re.escape(f".{MARKER}-")
        + r"[0-9A-Za-z_]+\.(?P<stamp>\d{8}-\d{6})(?:-(?P<number>\d+))?"
        + re.escape(SUFFIX)
    )


def upgrade_backups(store_file: Path) -> list[Path]:
    """The copies of `store_file` taken before upgrades, the oldest first."""
    scheme = _scheme(store_file)
    found: list[tuple[str, int, Path]] = []
    for candidate in store_file.parent.iterdir():
        match = scheme.fullmatch(candidate.name)
        if match and candidate.is_file() and not candidate.is_symlink():
            found.append((match["stamp"], int(match["number"] or 1), candidate))
    return [path for _stamp, _number, path in sorted(found)]


def _free_target(store_file: Path, revision: str, at: dt.datetime) -> Path:
    number = 1
    while True:
        target = store_file.with_name(backup_name(store_file, revision, at, number))
        if not target.exists() and not target.with_name(target.name + ".partial").exists():
            return target
        number += 1


def back_up_before_upgrade(store_file: Path, revision: str) -> Path:
    """Copy the store beside itself before it leaves `revision`; return the copy.

    StoreError when the copy cannot be written: the caller must not upgrade then.
    """
    target = _free_target(store_file, revision, _now())
    try:
        backup_sqlite(sqlite_url(store_file), target)
    except (StoreError, OSError) as error:
        raise StoreError(
            translate(
                "Store",
                "The store “{path}” was not upgraded: a copy of it must first be written "
                "beside it, and that failed ({reason}). Free some disk space or allow writing "
                "in its folder, then open it again. The store was left as it was.",
            ).format(path=store_file, reason=error)
        ) from None
    log.info("store copied to %s before its upgrade from schema %s", target, revision)
    _delete_older_backups(store_file, target)
    return target


def _delete_older_backups(store_file: Path, taken: Path) -> None:
    """Keep the copy just taken and the latest others up to KEPT_BACKUPS in all.

    The copy just taken is kept even if older ones bear a later time (a clock set back).
    A copy that cannot be deleted stays: harmless, it goes next time.
    """
    try:
        others = [path for path in upgrade_backups(store_file) if path != taken]
    except OSError as error:
        log.warning("the old copies of the store could not be listed: %s", error)
        return
    for old in others[: max(len(others) - (KEPT_BACKUPS - 1), 0)]:
        try:
            old.unlink()
        except OSError as error:
            log.warning("an old copy of the store could not be deleted (%s): %s", old, error)
