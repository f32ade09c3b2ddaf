"""`--self-test`: every check runs, a broken part is named, and the exit code says it."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from peps_desktop.core import self_checks
from peps_desktop.gui import self_test
from peps_desktop.store.migrate import head_revision


def report_of(*, expect: int) -> str:
    out = io.StringIO()
    assert self_test.run_self_test(out) == expect, out.getvalue()
    return out.getvalue()


def line_about(report: str, name: str) -> str:
    (line,) = [line for line in report.splitlines() if f"] {name}: " in line]
    return line


@pytest.mark.usefixtures("english")
def test_every_check_passes_on_a_sound_installation(qapp) -> None:  # type: ignore[no-untyped-def]
    report = report_of(expect=0)
    for name in (
        "French translation",
        "Icons",
        "Migrations",
        "Full-text search (FTS5)",
        "Main window",
        "PDF (QtPdf)",
        "Keyring",
        "Second factor and telephones",
    ):
        assert line_about(report, name).startswith("  [ok]"), report
    assert f"schema {head_revision()}" in line_about(report, "Migrations")
    assert "Saint-Aubin" in line_about(report, "Main window")
    assert "MemoryKeyring" in line_about(report, "Keyring")  # the tests' keyring is reported
    assert "+33612345678" in line_about(report, "Second factor and telephones")
    assert report.rstrip().endswith("All is well.")


@pytest.mark.usefixtures("english")
def test_a_bundle_without_keyring_metadata_fails_and_the_other_checks_still_run(
    qapp,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(self_checks, "entry_points", lambda group: [])
    report = report_of(expect=1)
    assert line_about(report, "Keyring").startswith("  [FAILED]")
    assert "no keyring backend is known" in report
    assert line_about(report, "Main window").startswith("  [ok]")
    assert report.rstrip().endswith("1 check(s) failed.")


@pytest.mark.usefixtures("english")
def test_a_pdf_qtpdf_cannot_open_is_a_failure(
    qapp,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    not_a_pdf = tmp_path / "broken.pdf"
    not_a_pdf.write_bytes(b"%PDF-1.4 and then nothing")
    monkeypatch.setattr(self_test, "first_document", lambda store: not_a_pdf)
    report = report_of(expect=1)
    assert line_about(report, "PDF (QtPdf)").startswith("  [FAILED]")
    assert "could not be opened" in report


@pytest.mark.usefixtures("english")
def test_a_missing_full_text_index_is_a_warning_not_a_failure(
    qapp,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(self_checks, "fts_ready", lambda session: False)
    report = report_of(expect=0)
    assert line_about(report, "Full-text search (FTS5)").startswith("  [warning]")


@pytest.mark.usefixtures("english")
def test_a_store_that_cannot_be_created_is_reported(
    qapp,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(self_test, "open_self_test_store", refuse)
    report = report_of(expect=1)
    assert "disk full" in line_about(report, "Migrations")
    assert line_about(report, "Keyring").startswith("  [ok]")


def test_the_command_prints_a_french_report_and_leaves_no_store_behind(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "TMPDIR": str(tmp_path / "tmp"),
    }
    env.pop("QT_QPA_PLATFORM", None)  # the self-test goes offscreen by itself
    env.pop("PEPS_LANG", None)
    (tmp_path / "tmp").mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "peps_desktop", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traduction française" in result.stdout
    assert "non lu" in result.stdout  # the window speaks French too
    assert result.stdout.rstrip().endswith("Tout va bien.")
    assert not (tmp_path / "data").exists()  # no store was made in the user's folders
    assert list((tmp_path / "tmp").iterdir()) == []  # the temporary store is gone
