"""The review report as a table of texts, written as CSV or (by `pdf`) as PDF.

Shared by the review view and the `review export` command. Nothing here needs Qt: the CLI
loads the PDF writer only for a .pdf file.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from peps_desktop.core.accounts.review import ReviewReport, decision_label
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate

# A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_SUFFIX = ".csv"
PDF_SUFFIX = ".pdf"


def neutralise(cell: str) -> str:
    """Prefix a formula-looking cell with ' so spreadsheets show it as text."""
    return f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell


def day(value: dt.datetime | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def moment(value: dt.datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


def header() -> list[str]:
    return [
        translate("ReviewReport", "Last name"),
        translate("ReviewReport", "First name"),
        translate("ReviewReport", "Login"),
        translate("ReviewReport", "Profile"),
        translate("ReviewReport", "Decision"),
        translate("ReviewReport", "Reason"),
        translate("ReviewReport", "Decided on"),
        translate("ReviewReport", "Decided by"),
    ]


DECISION_COLUMN = 4


def table(report: ReviewReport) -> list[list[str]]:
    """One row of display texts per account, in the order of `header()`."""
    return [
        [
            row.nom,
            row.prenom,
            row.login,
            row.profile,
            decision_label(row.decision),
            row.reason or "",
            moment(row.decided_at),
            row.decided_by_login or "",
        ]
        for row in report.rows
    ]


def _unwritable(path: Path, error: OSError) -> UserError:
    return UserError(
        translate("ReviewReport", "The report could not be written to {path}: {reason}").format(
            path=path, reason=error.strerror or error
        )
    )


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


def write_csv(report: ReviewReport, path: Path) -> None:
    """`;`-separated UTF-8 with a BOM, as French spreadsheets open it, formulas neutralised."""

    def write(target: Path) -> None:
        with target.open("w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file, delimiter=";")
            writer.writerow(header())
            writer.writerows([neutralise(cell) for cell in row] for row in table(report))

    write_atomically(path, write)


def write_report(report: ReviewReport, path: Path) -> None:
    """CSV or PDF, by the file's extension."""
    suffix = path.suffix.lower()
    if suffix == CSV_SUFFIX:
        write_csv(report, path)
    elif suffix == PDF_SUFFIX:
        from peps_desktop.reports.review_pdf import write_pdf

        write_pdf(report, path)
    else:
        raise UserError(
            translate(
                "ReviewReport", "Unknown report format “{suffix}”: name the file .pdf or .csv."
            ).format(suffix=path.suffix or path.name)
        )
