"""`peps-desktop contact submit FILE.json --as LOGIN [--json]`, run in-process."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from peps_desktop.core.contact.nir import nir_key
from peps_desktop.core.shared import locations
from peps_desktop.core.shared.data_key import open_with_data_key
from peps_desktop.store import Store
from peps_desktop.store.documents import read_all
from peps_desktop.store.models import Echange, EchangeAgent
from tests.commands import cli_helpers
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.second_factor import trust_this_computer

pytestmark = pytest.mark.usefixtures("command_line")

BODY = "2951063220146"
NIR = f"{BODY}{nir_key(BODY):02d}"
WRONG_KEY_NIR = f"{BODY}{(nir_key(BODY) % 97) + 1:02d}"
REFERENCE = re.compile(r"ECH-\d{4}-000001")
PDF = b"%PDF-1.4\n% bulletin de salaire\n%%EOF\n"


@pytest.fixture
def cli_store(store: Store, store_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """The store as the command line opens it (`--db URL`): the same data key, from the
    keyring, and the same documents folder; Claire's password in PEPS_PASSWORD."""
    monkeypatch.setenv("PEPS_PASSWORD", ADMIN_PASSWORD)
    trust_this_computer(store, store_url, ADMIN.login)
    opened, _key = open_with_data_key(locations.resolve(db_url=store_url))
    yield opened
    opened.dispose()


def request(**champs: Any) -> dict[str, Any]:
    """A valid refund request; `champs` replace its fields."""
    fields: dict[str, Any] = {
        "montant": "1 234,56",
        "date": "2026-10-15",
        "attestation": True,
        "pieces_jointes": ["pieces/bulletin.pdf"],
        "agents": [{"nir": NIR, "nom": "Durand", "prenom": "Marie"}],
    }
    fields.update(champs)
    return {
        "theme": "remboursement",
        "motif": "cotisations_a_tort",
        "sous_motif": "demande",
        "message": "Nous demandons le remboursement des cotisations versées à tort.",
        "champs": fields,
    }


def written(tmp_path: Path, content: object) -> Path:
    """`content` in tmp_path/demande/request.json (JSON unless already text), with its
    attachment beside it in pieces/."""
    folder = tmp_path / "demande"
    (folder / "pieces").mkdir(parents=True, exist_ok=True)
    (folder / "pieces" / "bulletin.pdf").write_bytes(PDF)
    path = folder / "request.json"
    path.write_text(
        content if isinstance(content, str) else json.dumps(content, ensure_ascii=False),
        encoding="utf-8",
    )
    return path


def run(
    capsys: pytest.CaptureFixture[str], store_url: str, path: Path, *options: str
) -> tuple[int, str, str]:
    return cli_helpers.run(
        capsys, "--db", store_url, "contact", "submit", str(path), "--as", ADMIN.login, *options
    )


def echanges_count(store: Store) -> int:
    with store.read_session() as session:
        return session.scalar(select(func.count()).select_from(Echange)) or 0


def test_a_valid_request_prints_its_reference_and_is_kept_to_be_sent(
    cli_store: Store,
    store_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = written(tmp_path, request(montant=1234.5))
    monkeypatch.chdir(tmp_path)  # attachments are found beside the file, not here
    code, out, err = run(capsys, store_url, path)
    assert (code, err) == (0, "")
    reference = out.strip()
    assert REFERENCE.fullmatch(reference)
    with cli_store.read_session() as session:
        echange = session.scalars(select(Echange)).one()
        assert (echange.reference, echange.status) == (reference, "a_envoyer")
        assert echange.sous_motif == "Demande de remboursement"
        assert {item.cle: item.value for item in echange.fields} == {
            "montant": "1234.50",
            "date": "2026-10-15",
            "attestation": "oui",
        }
        assert [(a.nir, a.nom, a.prenom) for a in echange.agents] == [(NIR, "Durand", "Marie")]
        [attachment] = echange.attachments
        assert (attachment.file_name, attachment.media_type) == ("bulletin.pdf", "application/pdf")
        assert read_all(cli_store.documents, attachment.document_sha256) == PDF
    # At rest, the agent is ciphertext.
    with cli_store.engine.connect() as connection:
        nir, nom = connection.execute(text("SELECT nir, nom FROM echange_agent")).one()
    assert NIR.encode() not in bytes(nir) and b"Durand" not in bytes(nom)


def test_json_prints_the_reference_and_status(
    cli_store: Store, store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, store_url, written(tmp_path, request()), "--json")
    assert (code, err) == (0, "")
    printed = json.loads(out)
    assert set(printed) == {"reference", "statut"}
    assert REFERENCE.fullmatch(printed["reference"])
    assert printed["statut"] == "a_envoyer"


def test_an_invalid_request_prints_each_field_error_and_stores_nothing(
    cli_store: Store, store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = written(
        tmp_path,
        request(
            montant="beaucoup",
            attestation=False,
            agents=[
                {"nir": WRONG_KEY_NIR, "nom": "Durand", "prenom": "Marie"},
                {"nir": NIR, "nom": "Mart1n"},
            ],
        ),
    )
    code, out, err = run(capsys, store_url, path)
    assert (code, out) == (1, "")
    assert "Traceback" not in err
    assert sorted(err.splitlines()) == [
        "agents[0].nir: The key (last two digits) does not match the rest of the NIR: "
        "check it for a typing error.",
        "agents[1].nom: Letters only, with spaces, hyphens or apostrophes.",
        "agents[1].prenom: This field is required.",
        "attestation: Tick the box to certify this statement.",
        "montant: Write an amount in euros, e.g. 1 234,56.",
    ]
    assert NIR not in err and WRONG_KEY_NIR not in err and BODY not in err
    assert echanges_count(cli_store) == 0


def test_an_invalid_request_with_json_prints_the_errors_by_field(
    cli_store: Store, store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = written(tmp_path, request(date="le 15", agents=[]))
    code, out, err = run(capsys, store_url, path, "--json")
    assert (code, err) == (1, "")
    assert json.loads(out) == {
        "erreurs": {
            "agents": "Give at least 1 agent(s).",
            "date": "Write the date as DD/MM/YYYY.",
        }
    }
    assert echanges_count(cli_store) == 0


def test_an_unknown_sous_motif_is_a_field_error(
    cli_store: Store, store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = request()
    content["sous_motif"] = "inconnu"
    code, out, err = run(capsys, store_url, written(tmp_path, content))
    assert (code, out, err) == (1, "", "sous_motif: Choose a sous-motif from the list.\n")
    assert echanges_count(cli_store) == 0


def test_a_missing_attachment_is_its_field_error(
    cli_store: Store, store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = written(tmp_path, request(pieces_jointes=["pieces/bulletin.pdf", "absent.pdf"]))
    code, out, err = run(capsys, store_url, path)
    assert (code, out, err) == (1, "", "pieces_jointes[1]: absent.pdf cannot be found.\n")
    assert echanges_count(cli_store) == 0


def _without(key: str) -> dict[str, Any]:
    content = request()
    del content[key]
    return content


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('{"theme": "remboursement",', "invalid JSON at line 1, column"),
        ("[1, 2]", "it must be a JSON object."),
        (_without("message"), "“message” must be text."),
        ({**request(), "theme": 7}, "“theme” must be text."),
        ({**request(), "fields": {}}, "unknown keys: fields."),
        ({**request(), "champs": ["montant"]}, "“champs” must be an object."),
        (request(montant={"euros": 12}), "field “montant” must be text, a number"),
        (request(pieces_jointes=["a.pdf", 3]), "field “pieces_jointes” must be text"),
        (
            request(agents=[{"nir": NIR, "nom": "Durand", "prénom": "Marie"}]),
            "“agents[0]” must have only nir, nom and prenom, as text.",
        ),
        (
            request(agents=[{"nir": 295, "nom": "Durand", "prenom": "Marie"}]),
            "“agents[0]” must have only nir, nom and prenom, as text.",
        ),
    ],
)
def test_a_malformed_file_is_refused_in_one_line_and_stores_nothing(
    content: object,
    problem: str,
    cli_store: Store,
    store_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = written(tmp_path, content)
    code, out, err = run(capsys, store_url, path)
    assert (code, out) == (1, "")
    line = cli_helpers.one_clear_line(err)
    assert line.startswith(f"peps-desktop: {path} is not a request: {problem}")
    assert NIR not in line
    assert echanges_count(cli_store) == 0


def test_a_file_that_does_not_exist_is_refused(
    cli_store: Store, store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, store_url, tmp_path / "nowhere.json")
    assert (code, out) == (1, "")
    assert "nowhere.json cannot be found." in cli_helpers.one_clear_line(err)


def test_a_wrong_password_is_refused_and_stores_nothing(
    cli_store: Store,
    store_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PEPS_PASSWORD", "Pas-le-bon-2026")
    code, out, err = run(capsys, store_url, written(tmp_path, request()))
    assert (code, out) == (1, "")
    assert "Wrong login or password" in cli_helpers.one_clear_line(err)
    assert echanges_count(cli_store) == 0


def test_the_help_shows_the_file_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli_helpers.run(capsys, "contact", "submit", "--help")
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert '"sous_motif": "demande"' in out and '"pieces_jointes": ["bulletin.pdf"]' in out


def test_the_command_line_keeps_the_data_key_it_encrypted_the_agents_with(
    store: Store,
    store_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """First to open the store through its location, the command line creates its data key
    and keeps it in the keyring: opened again, the store reads the agents."""
    monkeypatch.setenv("PEPS_PASSWORD", ADMIN_PASSWORD)
    trust_this_computer(store, store_url, ADMIN.login)
    assert run(capsys, store_url, written(tmp_path, request()))[0] == 0
    again, found = open_with_data_key(locations.resolve(db_url=store_url))
    try:
        assert found.kept_in == "keyring"
        with again.read_session() as session:
            assert session.scalars(select(EchangeAgent.nom)).all() == ["Durand"]
    finally:
        again.dispose()
