"""The review report, written as CSV or PDF by the file's extension.

Shared by the review view and the `review export` command. The PDF writer, the only part that
needs Qt (QtGui, no widgets), is imported when a PDF is asked for: a CSV export loads no Qt.
"""

from __future__ import annotations

from pathlib import Path

from peps_desktop.core.accounts.review_report import ReviewReport
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.reports.review_csv import write_csv

CSV_SUFFIX = ".csv"
PDF_SUFFIX = ".pdf"


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
