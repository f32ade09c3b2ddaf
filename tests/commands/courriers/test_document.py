"""`peps-desktop courriers document ID --as LOGIN --output FILE`: the PDF, under reading rights."""

from __future__ import annotations

from pathlib import Path

import pytest

from peps_desktop.core.demo.pdf import courrier_pdf
from peps_desktop.core.shared.locations import resolve
from peps_desktop.store import Store
from peps_desktop.store.engine import Store as StoreOnFolder
from tests.commands import cli_helpers
from tests.commands.courriers.test_actions import read_by
from tests.core.courriers.inbox_builders import courrier
from tests.factories import add_account
from tests.second_factor import trust_this_computer

pytestmark = pytest.mark.usefixtures("command_line")

LETTER = courrier_pdf("CNRACL — Facture de cotisations", ["Madame, Monsieur,", "", "Voici."])


@pytest.fixture
def letter(store: Store, store_url: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """A CNRACL courrier with its PDF, kept where the command line finds it (the database of a
    shared store; the default data folder's documents beside a SQLite URL)."""
    documents = StoreOnFolder(store.engine, resolve(db_url=store_url).documents_dir).documents
    sha = documents.put(LETTER)
    with store.session() as session:
        add_account(session, "sophie.laurent", rights={"CNRACL": "lecture"})
        add_account(session, "nora.benali", rights={"IRCANTEC": "modification"})
        found = courrier(session, "CNRACL", document_sha256=sha)
        courrier(session, "CNRACL", objet="Sans document")
    monkeypatch.setenv("PEPS_PASSWORD", "Mot-de-passe-2026")
    trust_this_computer(store, store_url, "sophie.laurent", "nora.benali")
    return found


def test_the_pdf_is_written_and_the_courrier_marked_read(
    store: Store, store_url: str, letter: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "sortie" / "facture.pdf"
    code, out, err = cli_helpers.run(
        capsys, "--db", store_url, "courriers", "document", str(letter),
        "--as", "sophie.laurent", "--output", str(target),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.strip() == f"Document written to {target}."
    assert target.read_bytes() == LETTER
    assert read_by(store, "sophie.laurent") == {letter}


@pytest.mark.parametrize("who", ["nora.benali", "sophie.laurent"])
def test_without_the_right_or_without_a_document_nothing_is_written(
    store: Store,
    store_url: str,
    letter: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    who: str,
) -> None:
    target = tmp_path / "facture.pdf"
    courrier_id = letter if who == "nora.benali" else letter + 1
    code, out, err = cli_helpers.run(
        capsys, "--db", store_url, "courriers", "document", str(courrier_id),
        "--as", who, "--output", str(target),
    )  # fmt: skip
    assert (code, out) == (1, "")
    line = cli_helpers.one_clear_line(err)
    if who == "nora.benali":
        assert "not yours to see" in line
        assert read_by(store, who) == set()
    else:
        assert "No document is attached" in line
    assert not target.exists()
