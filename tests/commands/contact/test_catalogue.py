"""`peps-desktop contact catalogue [--json] [--file FILE]`: the contact catalogue's tree."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from peps_desktop.commands.contact.catalogue import contact_subcommands, register
from peps_desktop.core.contact.catalogue import catalogue_as_dict
from peps_desktop.core.contact.catalogue_file import load_catalogue
from tests.commands.cli_helpers import run

pytestmark = pytest.mark.usefixtures("command_line")


def test_the_tree_shows_each_sous_motif_with_its_fields_required_ones_marked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "contact", "catalogue")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == (
        "Gestion des comptes (comptes) — CNRACL, IRCANTEC, RAFP, FSPOEIE, ATIACL, FIPHFP, FNC, "
        "FEH, FAEFM"
    )
    assert lines[1] == "  Connexion à PEP's (connexion)"
    assert (
        "    - Code d'activation non reçu ou expiré (code_activation) "
        "[identifiant*, date_creation]" in lines
    )
    refund = lines.index(
        "Remboursement de cotisations (remboursement) — CNRACL, IRCANTEC, RAFP, FSPOEIE"
    )
    assert lines[refund + 1 : refund + 3] == [
        "  Cotisations versées à tort (cotisations_a_tort)",
        "    - Demande de remboursement (demande) "
        "[agents*, montant*, date*, pieces_jointes*, attestation*]",
    ]
    assert lines[-1] == "* required field"
    themes = [line for line in lines if not line.startswith(" ")][:-1]
    assert len(themes) == len(load_catalogue().themes)


def test_json_prints_the_whole_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "contact", "catalogue", "--json")
    assert (code, err) == (0, "")
    printed = json.loads(out)
    assert printed == catalogue_as_dict(load_catalogue())
    fiphfp = printed["themes"][6]
    assert fiphfp["fonds"] == ["FIPHFP"]
    aide = fiphfp["motifs"][1]["sous_motifs"][0]
    assert [(c["type"], c.get("min")) for c in aide["champs"]] == [
        ("agents", 1),
        ("montant", None),
        ("pieces_jointes", 2),
        ("attestation", None),
    ]


def test_file_checks_a_catalogue_being_edited(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = catalogue_as_dict(load_catalogue())
    data["themes"][0]["motifs"][0]["sous_motifs"][0]["champs"][0]["type"] = "adresse"
    del data["themes"][1]["aide"]
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    code, out, err = run(capsys, "contact", "catalogue", "--file", str(path))

    assert (code, out) == (1, "")
    assert "Traceback" not in err
    assert err.splitlines() == [
        f"peps-desktop: The contact catalogue {path} is invalid:",
        "  - themes[0] (comptes) › motifs[0] (connexion) › sous_motifs[0] (compte_verrouille) "
        '› champs[0] (identifiant): unknown field type "adresse"; expected one of agents, date, '
        "montant, fonds, reference_courrier, pieces_jointes, attestation, texte",
        "  - themes[1] (courriers): missing key “aide”",
    ]


def test_file_prints_a_good_catalogue(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = catalogue_as_dict(load_catalogue())
    data["themes"] = data["themes"][4:5]
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "contact", "catalogue", "--file", str(path))
    assert code == 0
    assert out.splitlines()[0].startswith("Remboursement de cotisations (remboursement)")


def test_other_modules_add_actions_to_the_same_group() -> None:
    parser = argparse.ArgumentParser()
    subcommands = parser.add_subparsers(dest="command")
    contact_subcommands(subcommands).add_parser("submit").set_defaults(handler="submit")
    register(subcommands)
    assert parser.parse_args(["contact", "submit"]).handler == "submit"
    assert parser.parse_args(["contact", "catalogue", "--json"]).json is True
