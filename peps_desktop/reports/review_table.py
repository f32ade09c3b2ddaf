"""The review report as a table of texts: the same header and cells in its CSV and its PDF."""

from __future__ import annotations

import datetime as dt

from peps_desktop.core.accounts.review import decision_label
from peps_desktop.core.accounts.review_advice import advice_text
from peps_desktop.core.accounts.review_report import ReportRow, ReviewReport
from peps_desktop.core.shared.services import RIGHT_AUCUN
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
        translate("ReviewReport", "Rights"),
        translate("ReviewReport", "Recommendation"),
        translate("ReviewReport", "Decision"),
        translate("ReviewReport", "Reason"),
        translate("ReviewReport", "Decided on"),
        translate("ReviewReport", "Decided by"),
    ]


DECISION_COLUMN = 6


def rights_legend() -> str:
    return translate(
        "ReviewReport", "Rights: {read} = {read_name}, {write} = {write_name}."
    ).format(
        read=translate("AccountWords", "L", "Lecture seule"),
        read_name=translate("AccountWords", "Lecture seule"),
        write=translate("AccountWords", "M", "Modification"),
        write_name=translate("AccountWords", "Modification"),
    )


def rights_text(row: ReportRow) -> str:
    """« CNRACL (M), RAFP (L) »: the services with a right, as the accounts list shows them."""
    letters = {
        "lecture": translate("AccountWords", "L", "Lecture seule"),
        "modification": translate("AccountWords", "M", "Modification"),
    }
    return ", ".join(
        f"{code} ({letters.get(level, level)})"
        for code, level in row.rights.items()
        if level != RIGHT_AUCUN
    )


def recommendation_text(row: ReportRow) -> str:
    if row.recommendation is None:
        return ""
    return advice_text(row.recommendation, row.recommendation_reason)


def table(report: ReviewReport) -> list[list[str]]:
    """One row of display texts per account, in the order of `header()`."""
    return [
        [
            row.nom,
            row.prenom,
            row.login,
            row.profile,
            rights_text(row),
            recommendation_text(row),
            decision_label(row.decision),
            row.reason or "",
            moment(row.decided_at),
            row.decided_by_login or "",
        ]
        for row in report.rows
    ]
