"""Progress on stderr for long commands; argparse's own words in French by default."""

from __future__ import annotations

import io
import time

import pytest

from peps_desktop.commands.progress import ProgressLine
from peps_desktop.core.demo.letters import COURRIERS_STEP
from tests.commands import cli_helpers


class Ticking:
    """A clock a test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_long_run_is_told_a_line_per_tenth_outside_a_terminal(english) -> None:  # type: ignore[no-untyped-def]
    stream, clock = io.StringIO(), Ticking()
    progress = ProgressLine({COURRIERS_STEP: "Courriers inserted"}, stream, clock)
    progress(COURRIERS_STEP, 0, 1000)
    assert stream.getvalue() == ""  # the first second: a quick command says nothing
    clock.now += 2
    for done in range(0, 1001, 50):
        progress(COURRIERS_STEP, done, 1000)
    progress.close()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 11  # 0 %, 10 %, … 100 %
    assert lines[-1] == "Courriers inserted: 1000 / 1000 (100 %), 2 s"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_one_line_is_kept_up_to_date_in_french(french) -> None:  # type: ignore[no-untyped-def]
    stream, clock = Terminal(), Ticking()
    progress = ProgressLine({COURRIERS_STEP: "Courriers insérés"}, stream, clock)
    clock.now += 5
    progress(COURRIERS_STEP, 250_000, 1_000_000)
    clock.now += 3
    progress(COURRIERS_STEP, 500_000, 1_000_000)
    progress.close()
    text = stream.getvalue()
    assert text.count("\r") == 2 and text.endswith("\n")
    assert (
        "Courriers insérés\u00a0: 500\u202f000 / 1\u202f000\u202f000 (50\u00a0%), 3\u00a0s" in text
    )


def test_the_help_and_usage_errors_are_french_by_default(  # type: ignore[no-untyped-def]
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, command_line
) -> None:
    monkeypatch.setenv("PEPS_LANG", "fr")
    with pytest.raises(SystemExit) as stopped:
        cli_helpers.main(["--help"])
    assert stopped.value.code == 0
    shown = capsys.readouterr().out
    assert shown.startswith("utilisation\u00a0: peps-desktop")
    assert "afficher ce message d’aide et quitter" in shown
    assert "arguments positionnels" in shown and "positional arguments" not in shown

    with pytest.raises(SystemExit) as stopped:
        cli_helpers.main(["dashboard"])
    assert stopped.value.code == 2
    error = capsys.readouterr().err
    assert "erreur\u00a0: les arguments suivants sont obligatoires\u00a0: --as" in error
    assert "error" not in error and "required" not in error


def test_a_long_schema_revision_is_said_a_quick_one_is_not(  # type: ignore[no-untyped-def]
    tmp_path, monkeypatch: pytest.MonkeyPatch, english
) -> None:
    from peps_desktop.commands import progress as progress_module
    from peps_desktop.store.engine import build_engine, sqlite_url
    from peps_desktop.store.migrate import upgrade_to

    engine = build_engine(sqlite_url(tmp_path / "store.sqlite3"))
    stream = io.StringIO()
    try:
        with progress_module.migration_steps_told(stream):
            upgrade_to(engine, "0002")
        assert stream.getvalue() == ""  # each revision took less than a second
        monkeypatch.setattr(progress_module, "QUIET_SECONDS", 0.0)
        with progress_module.migration_steps_told(stream):
            upgrade_to(engine, "0004")
            time.sleep(1)  # the last revision's notice, on its timer thread
    finally:
        engine.dispose()
    said = stream.getvalue().splitlines()
    assert said and said[-1].startswith("Store schema: 0003 → 0004 (")
