"""`peps-desktop nir check VALUE…`: the compact form and exit 0, or the reason and exit 1;
no store is needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from peps_desktop import logs
from peps_desktop.cli import main
from peps_desktop.core.shared import locations
from tests.commands.cli_helpers import one_clear_line, run

pytestmark = pytest.mark.usefixtures("command_line")

# 97 − (1850578006084 mod 97) = 91; Corse-du-Sud reads 2A as 19: 97 − (1850519006084 mod 97) = 35.
VALID = "1 85 05 78 006 084 91"
CORSICA = "1 85 05 2a 006 084 35"


@pytest.mark.parametrize(
    ("args", "compact"),
    [
        ([VALID], "185057800608491"),
        (["1.85.05.78.006.084.91"], "185057800608491"),
        ([CORSICA], "185052A00608435"),
        (VALID.split(), "185057800608491"),  # typed unquoted: one NIR in several words
    ],
)
def test_a_valid_nir_prints_its_compact_form(
    args: list[str], compact: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "nir", "check", *args) == (0, compact + "\n", "")


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (
            "1 85 05 78 006 084 92",
            "The key (last two digits) does not match the rest of the NIR: "
            "check it for a typing error.",
        ),
        (
            "1 85 05 78 006 O84 91",
            "A NIR is made of digits, with 2A or 2B for a département of Corsica.",
        ),
        ("1 85 05 78 006 084", "A NIR has 15 characters; this one has 13."),
    ],
    ids=["wrong-key", "bad-format", "too-short"],
)
def test_an_invalid_nir_says_why_without_repeating_it(
    value: str, reason: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "nir", "check", value)
    assert (code, out) == (1, "")
    assert one_clear_line(err) == f"peps-desktop: {reason}"
    assert "006" not in err and "084" not in err


def test_no_nir_is_written_to_the_log(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "nir", "check", VALID)
    run(capsys, "nir", "check", "1 85 05 78 006 084 92")
    log_file = locations.log_dir() / logs.LOG_FILE
    assert "006" not in (log_file.read_text(encoding="utf-8") if log_file.exists() else "")


def test_no_store_is_needed_nor_opened(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    absent = tmp_path / "absent"
    assert run(capsys, "--data-dir", str(absent), "nir", "check", VALID)[0] == 0
    unreachable = f"sqlite:///{tmp_path / 'no' / 'such' / 'folder' / 'store.sqlite3'}"
    assert run(capsys, "--db", unreachable, "nir", "check", VALID)[0] == 0
    assert list(tmp_path.iterdir()) == []


def test_check_needs_a_value(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["nir", "check"])
    assert exited.value.code == 2
    assert "usage:" in capsys.readouterr().err
