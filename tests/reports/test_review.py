"""The review report: CSV for spreadsheets (formulas neutralised), PDF to sign and file."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import pytest

from peps_desktop.core.accounts.review import (
    DECISION_CONSERVER,
    DECISION_JE_NE_SAIS_PAS,
    DECISION_SUPPRIMER,
    decide,
    start_review,
)
from peps_desktop.core.accounts.review_report import ReviewReport, review_report
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.errors import UserError
from peps_desktop.reports.review import write_report
from peps_desktop.reports.review_csv import write_csv
from peps_desktop.reports.review_pdf import write_pdf
from peps_desktop.reports.review_table import neutralise
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.factories import add_account

STRUCTURE = "Mairie de Saint-Aubin"


@pytest.fixture
def exports(tmp_path: Path) -> Path:
    """A folder of its own: tmp_path also holds the store."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


@pytest.fixture
def report(store, clock) -> ReviewReport:  # type: ignore[no-untyped-def]
    """An open review: one account kept, one deleted with a formula as reason, one unsure."""
    with store.session() as session:
        add_account(session, "jean.dupont", nom="-Dupont", rights={"CNRACL": "modification"})
        add_account(session, "lea.rousseau", nom="Rousseau", prenom="Léa")
        add_account(session, "marc.petit")
    admin = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    campaign_id = start_review(store, clock, admin).campaign_id
    decide(store, clock, admin, campaign_id, [ADMIN.login], DECISION_CONSERVER, "Titulaire")
    decide(store, clock, admin, campaign_id, ["jean.dupont"], DECISION_SUPPRIMER, "=1+1")
    decide(store, clock, admin, campaign_id, ["lea.rousseau"], DECISION_JE_NE_SAIS_PAS, "@A1")
    return review_report(store, clock, admin)


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+33 2 41 00 00 00", "'+33 2 41 00 00 00"),
        ("-Dupont", "'-Dupont"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("Dupont = parti", "Dupont = parti"),
        ("", ""),
    ],
)
def test_neutralise(cell: str, shown: str) -> None:
    assert neutralise(cell) == shown


def test_the_csv_report(report: ReviewReport, exports: Path) -> None:
    path = exports / "revue.csv"
    write_csv(report, path)
    content = path.read_bytes()
    assert content.startswith(b"\xef\xbb\xbf")  # the BOM spreadsheets need for UTF-8
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [
        "Last name",
        "First name",
        "Login",
        "Profile",
        "Rights",
        "Recommendation",
        "Decision",
        "Reason",
        "Decided on",
        "Decided by",
    ]
    by_login = {row[2]: row for row in rows[1:]}
    assert by_login["jean.dupont"][:8] == [
        "'-Dupont",
        "Jean",
        "jean.dupont",
        "utilisateur",
        "CNRACL (M)",
        "Delete: never used since its creation on 05/01/2026",
        "Delete",
        "'=1+1",
    ]
    assert by_login["jean.dupont"][8:] == ["25/11/2026 09:30", ADMIN.login]
    assert by_login["lea.rousseau"][:3] == ["Rousseau", "Léa", "lea.rousseau"]
    assert by_login["lea.rousseau"][6:8] == ["I don't know", "'@A1"]
    assert by_login[ADMIN.login][6:8] == ["Keep and renew", "Titulaire"]
    assert by_login["marc.petit"][6:] == ["To decide", "", "", ""]
    assert len(rows) == 5
    assert list(exports.iterdir()) == [path]  # no temporary file left behind


def test_the_pdf_report(report: ReviewReport, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "revue.pdf"
    write_report(report, path)
    assert path.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):  # poppler-utils, installed in CI
        text = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
        assert "Account review report" in text
        assert STRUCTURE in text
        assert "lea.rousseau" in text and "I don't know" in text
        assert "CNRACL (M)" in text and "M = Modification" in text.replace("\ufb01", "fi")
        assert "never used since" in text
        assert "Done at" in text and "on 25/11/2026" in text
        assert "Signed by: Claire Martin, account administrator" in text
        assert "Signature and stamp:" in text
        assert "Page 1 / 1" in text


def test_an_unknown_format_or_folder_is_refused(report: ReviewReport, exports: Path) -> None:
    with pytest.raises(UserError, match="name the file .pdf or .csv"):
        write_report(report, exports / "revue.xlsx")
    with pytest.raises(UserError) as refused:
        write_report(report, exports / "absent" / "revue.csv")
    assert str(refused.value).startswith(f"The folder {exports / 'absent'} cannot be found")
    assert list(exports.iterdir()) == []


def test_a_long_report_runs_over_pages_with_the_header_on_each(
    report: ReviewReport, tmp_path: Path, qapp
) -> None:  # type: ignore[no-untyped-def]
    many = ReviewReport(
        report.structure_name,
        report.campaign_id,
        report.started_at,
        report.started_by_login,
        report.closed_at,
        report.generated_at,
        report.rows * 40,
        report.signatory,
    )
    path = tmp_path / "longue.pdf"
    write_pdf(many, path)
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True, timeout=60
        ).stdout
        pages = text.split("\f")
        count = sum(1 for page in pages if page.strip())
        assert count > 1
        assert all("Decided by" in page for page in pages if page.strip())
        assert f"Page {count} / {count}" in text
        assert "Signature and stamp:" in pages[count - 1]
