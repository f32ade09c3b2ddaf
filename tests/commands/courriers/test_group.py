"""`peps-desktop courriers import DIR [--json]`: the structure's intake of courriers."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from peps_desktop.commands.courriers.group import courrier_subcommands, register
from peps_desktop.core.accounts.setup import create_structure
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.core.shared.locations import DATABASE_FILE
from peps_desktop.store import Store
from peps_desktop.store.engine import sqlite_url
from peps_desktop.store.migrate import open_store
from peps_desktop.store.models import Courrier
from tests.commands.cli_helpers import one_clear_line, run
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.core.courriers.import_builders import GOOD, drop, files, pdf

pytestmark = pytest.mark.usefixtures("command_line")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def _open(data_dir: Path) -> Store:
    return open_store(sqlite_url(data_dir / DATABASE_FILE), data_dir / "documents")


@pytest.fixture
def structure(data_dir: Path, clock: FixedClock) -> Iterator[Store]:
    """A store in `data_dir`, where `--data-dir` finds it, with its structure."""
    store = _open(data_dir)
    create_structure(store, clock, "Mairie de Saint-Aubin", ADMIN, ADMIN_PASSWORD)
    yield store
    store.dispose()


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """Two good pairs, one duplicate of the first and two bad ones."""
    folder = tmp_path / "courrier du jour"
    drop(folder, "a-facture", GOOD, pdf("facture"))
    drop(folder, "b-copie", GOOD, pdf("facture"))
    drop(folder, "c-etat", GOOD | {"type": "etat_de_compte"})
    drop(folder, "d-mauvais", GOOD | {"service": "CNAV"})
    drop(folder, "e-vide", GOOD, b"")
    return folder


def _types(store: Store) -> list[str]:
    with store.read_session() as session:
        return list(session.scalars(select(Courrier.type).order_by(Courrier.id)))


def test_import_prints_its_counts_and_each_rejected_file(
    structure: Store, data_dir: Path, inbox: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--data-dir", str(data_dir), "courriers", "import", str(inbox))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Courriers imported: 2",
        "Skipped as duplicates: 1",
        "Rejected: 2",
        "  d-mauvais.pdf: In d-mauvais.json, the service “CNAV” is unknown; known: CNRACL, "
        "IRCANTEC, RAFP, FSPOEIE, ATIACL, FIPHFP, FNC, FEH, FAEFM.",
        "  e-vide.pdf: The file e-vide.pdf is empty.",
    ]
    assert _types(structure) == ["facture_majorations", "etat_de_compte"]
    assert files(inbox) == set()
    assert files(inbox / "rejetés") == {
        f"{name}{suffix}"
        for name in ("d-mauvais", "e-vide")
        for suffix in (".pdf", ".json", ".erreur.txt")
    }
    documents = data_dir / "documents"
    assert len(list(documents.rglob("*.pdf"))) == 2


def test_import_json(
    structure: Store, data_dir: Path, inbox: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "--data-dir", str(data_dir), "courriers", "import", str(inbox), "--json"
    )
    assert (code, err) == (0, "")
    assert json.loads(out) == {
        "importes": 2,
        "doublons": 1,
        "rejetes": [
            {
                "fichier": "d-mauvais.pdf",
                "raison": "In d-mauvais.json, the service “CNAV” is unknown; known: CNRACL, "
                "IRCANTEC, RAFP, FSPOEIE, ATIACL, FIPHFP, FNC, FEH, FAEFM.",
            },
            {"fichier": "e-vide.pdf", "raison": "The file e-vide.pdf is empty."},
        ],
    }
    # Run again: what is left (nothing) is reported as such.
    code, out, _ = run(
        capsys, "--data-dir", str(data_dir), "courriers", "import", str(inbox), "--json"
    )
    assert json.loads(out) == {"importes": 0, "doublons": 0, "rejetes": []}


def test_import_into_a_store_without_structure_is_refused(
    data_dir: Path, inbox: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _open(data_dir).dispose()
    code, out, err = run(capsys, "--data-dir", str(data_dir), "courriers", "import", str(inbox))
    assert code == 1 and out == ""
    assert "no structure yet" in one_clear_line(err)
    assert len(files(inbox)) == 10


def test_import_of_a_missing_folder_is_refused(
    structure: Store, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "absent"
    code, _, err = run(capsys, "--data-dir", str(data_dir), "courriers", "import", str(missing))
    assert code == 1
    assert one_clear_line(err) == f"peps-desktop: The folder {missing} does not exist."


def test_import_acts_for_the_structure_not_a_person(
    structure: Store, data_dir: Path, inbox: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        run(capsys, "--data-dir", str(data_dir), "courriers", "import", str(inbox), "--as", "x")
    assert exit_.value.code == 2
    assert "unrecognized arguments: --as" in capsys.readouterr().err


def test_other_actions_join_the_same_courriers_group() -> None:
    parser = argparse.ArgumentParser()
    subcommands = parser.add_subparsers(dest="command")
    register(subcommands)
    actions = courrier_subcommands(subcommands)
    actions.add_parser("list").set_defaults(handler="list")

    assert list(subcommands.choices) == ["courriers"]
    assert parser.parse_args(["courriers", "list"]).handler == "list"
    imported = parser.parse_args(["courriers", "import", "DIR", "--json"])
    assert (imported.folder, imported.json) == (Path("DIR"), True)
