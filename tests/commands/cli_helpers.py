"""Running the command line in-process, and reading its one-line refusals.

Its tests also use the `command_line` fixture of tests/conftest.py (English texts, the log
handler main() adds taken away after).
"""

from __future__ import annotations

import pytest

from peps_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """`peps-desktop ARGS…`: its exit code, what it printed and what it wrote to stderr."""
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_clear_line(err: str) -> str:
    """A refusal is one line, `peps-desktop: …`, without a traceback: that line."""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("peps-desktop: ")
    return lines[0]
