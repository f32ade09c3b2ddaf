"""Offline review: import and export the structure's account list (CSV or XLSX).

The import itself lives in account_io_import.py; this module is what callers use.
"""

from __future__ import annotations

from pathlib import Path

from peps_desktop.core.accounts.admin import acting_administrator
from peps_desktop.core.accounts.file_formats import write_sheet
from peps_desktop.core.accounts.file_import import (
    AccountImportError,
    ImportReport,
    RowProblem,
    import_accounts,
)
from peps_desktop.core.accounts.file_rows import COLUMNS
from peps_desktop.core.accounts.file_store import export_rows
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared import audit
from peps_desktop.core.shared.clock import Clock
from peps_desktop.store import Store

__all__ = [
    "AccountImportError",
    "ImportReport",
    "RowProblem",
    "export_accounts",
    "import_accounts",
]

EXPORTED = "comptes_exportes"


def export_accounts(store: Store, clock: Clock, actor: SignedIn, path: Path) -> int:
    """Write the structure's account list (XLSX when the name ends in .xlsx, CSV otherwise);
    return the number of accounts written. The export of personal data is audited.

    The rows are read, then the file is written outside any transaction (no write lock held
    while a large file is written), then the export is recorded."""
    with store.read_session() as session:
        acting_administrator(session, actor, clock.now().date())
        rows = export_rows(session, actor.structure_id)
    write_sheet(path, COLUMNS, rows)
    with store.session() as session:
        administrator = acting_administrator(session, actor, clock.now().date())
        audit.record(session, clock, administrator.login, EXPORTED, path.name, comptes=len(rows))
    return len(rows)
