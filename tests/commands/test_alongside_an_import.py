"""Other commands keep working while an account import runs in another process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from peps_desktop.store import Store
from tests.child_store import child_environment
from tests.commands.cli_helpers import run
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.core.accounts.file_builders import write_csv
from tests.second_factor import trust_this_computer

ROOT = Path(__file__).resolve().parents[2]
NEW_ACCOUNTS = 5000

pytestmark = pytest.mark.usefixtures("command_line")


def test_courriers_list_and_the_dashboard_succeed_while_an_import_runs(
    store: Store,
    store_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = [
        [f"agent.{n:05d}", f"Nom{n}", "Prénom", f"agent.{n:05d}@mairie.fr", "", "utilisateur"]
        + ["", "", "CNRACL:lecture"]
        for n in range(NEW_ACCOUNTS)
    ]
    path = write_csv(tmp_path / "comptes.csv", rows)
    trust_this_computer(store, store_url, ADMIN.login)  # the commands below need no code
    importer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from tests.commands.long_import import main; main()",
            store_url,
            str(store.documents_dir),
            str(path),
        ],
        cwd=ROOT,
        env=child_environment(store_url),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    assert importer.stdout is not None
    assert importer.stdout.readline().strip() == b"started"
    monkeypatch.setenv("PEPS_PASSWORD", ADMIN_PASSWORD)
    answers = []
    while importer.poll() is None or not answers:
        answers.append(run(capsys, "--db", store_url, "courriers", "list", "--as", ADMIN.login))
        answers.append(run(capsys, "--db", store_url, "dashboard", "--as", ADMIN.login))
    output = importer.communicate(timeout=120)[0].decode()

    assert importer.returncode == 0, output
    assert output.strip().endswith(f"created {NEW_ACCOUNTS}")
    assert [(code, err) for code, _out, err in answers] == [(0, "")] * len(answers)
