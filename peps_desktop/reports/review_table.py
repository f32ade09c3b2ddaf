"""The review report as a table of texts: the same header and cells in its CSV and its PDF."""

from __future__ import annotations

import datetime as dt

from peps_desktop.core.accounts.review import ReviewReport, decision_label
from peps_desktop.i18n import translate

# A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


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
