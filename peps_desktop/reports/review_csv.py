"""The review report as CSV, as French spreadsheets open it."""

from __future__ import annotations

import csv
from pathlib import Path

from peps_desktop.core.accounts.review_report import ReviewReport
from peps_desktop.reports.files import write_atomically
from peps_desktop.reports.review_table import header, neutralise, table


def write_csv(report: ReviewReport, path: Path) -> None:
    """`;`-separated UTF-8 with a BOM, as French spreadsheets open it, formulas neutralised."""

    def write(target: Path) -> None:
        with target.open("w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file, delimiter=";")
            writer.writerow(header())
            writer.writerows([neutralise(cell) for cell in row] for row in table(report))

    write_atomically(path, write)
