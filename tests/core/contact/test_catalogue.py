"""The contact catalogue: the shipped data, and a broken catalogue reported place by place."""

from __future__ import annotations

import copy
import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

from peps_desktop.core.contact.catalogue import (
    FIELD_TYPES,
    MAX_REPORTED_PROBLEMS,
    CatalogueError,
    UnknownCode,
    catalogue_as_dict,
)
from peps_desktop.core.contact.catalogue_file import load_catalogue, parse_catalogue
from peps_desktop.core.shared.services import SERVICE_CODES
from peps_desktop.errors import UserError

SHIPPED_THEMES = [
    "Gestion des comptes",
    "Vos courriers",
    "Cotisations et déclarations",
    "Carrières et dossiers retraite",
    "Remboursement de cotisations",
    "Transfert inter-fonds",
    "FIPHFP / emploi des travailleurs handicapés",
]
TYPES = "agents, date, montant, fonds, reference_courrier, pieces_jointes, attestation, texte"
FUNDS = "CNRACL, IRCANTEC, RAFP, FSPOEIE, ATIACL, FIPHFP, FNC, FEH, FAEFM"
DEMANDE = "themes[1] (remboursement) › motifs[0] (demande) › sous_motifs[0] (agents_a_tort)"


def champ(type: str, cle: str, obligatoire: bool = True, **options: Any) -> dict[str, Any]:
    base = {"type": type, "cle": cle, "libelle": cle.capitalize(), "obligatoire": obligatoire}
    return base | options


def good() -> dict[str, Any]:
    """A small valid catalogue: two themes, the second with a demand asking for every kind of
    field."""
    return {
        "version": 1,
        "themes": [
            {
                "code": "comptes",
                "titre": "Gestion des comptes",
                "aide": "Les administrateurs gèrent les comptes.",
                "fonds": ["CNRACL"],
                "motifs": [
                    {
                        "code": "connexion",
                        "libelle": "Problème de connexion",
                        "sous_motifs": [
                            {
                                "code": "verrouille",
                                "libelle": "Compte verrouillé",
                                "information": "Indiquez l'identifiant.",
                                "champs": [champ("texte", "identifiant")],
                            }
                        ],
                    }
                ],
            },
            {
                "code": "remboursement",
                "titre": "Remboursement de cotisations",
                "aide": "Des cotisations versées à tort peuvent être remboursées.",
                "fonds": ["CNRACL", "IRCANTEC"],
                "motifs": [
                    {
                        "code": "demande",
                        "libelle": "Demande de remboursement",
                        "sous_motifs": [
                            {
                                "code": "agents_a_tort",
                                "libelle": "Agents affiliés à tort",
                                "information": "Indiquez les agents et le montant.",
                                "champs": [
                                    champ("agents", "agents"),
                                    champ("montant", "montant"),
                                    champ("date", "date", obligatoire=False),
                                    champ("fonds", "fonds"),
                                    champ("reference_courrier", "courrier", obligatoire=False),
                                    champ("pieces_jointes", "pieces", min=2),
                                    champ("pieces_jointes", "annexes", obligatoire=False),
                                    champ("attestation", "attestation", texte="J'atteste que…"),
                                ],
                            }
                        ],
                    }
                ],
            },
        ],
    }


def problems(data: Any) -> list[str]:
    with pytest.raises(CatalogueError) as raised:
        parse_catalogue(data)
    return list(raised.value.problems)


def demande(data: dict[str, Any]) -> dict[str, Any]:
    sous_motif: dict[str, Any] = data["themes"][1]["motifs"][0]["sous_motifs"][0]
    return sous_motif


# --- the shipped catalogue ----------------------------------------------------------------------


def test_the_shipped_catalogue_loads_with_its_seven_themes() -> None:
    catalogue = load_catalogue()
    assert [theme.titre for theme in catalogue.themes] == SHIPPED_THEMES
    for theme in catalogue.themes:
        assert theme.aide and theme.fonds
        assert 2 <= len(theme.motifs) <= 4, theme.code
        for motif in theme.motifs:
            assert 1 <= len(motif.sous_motifs) <= 3, motif.code
            for sous_motif in motif.sous_motifs:
                assert sous_motif.information
                for field in sous_motif.champs:
                    assert set(field.choix) <= set(theme.fonds)


def test_a_refund_asks_for_agents_amount_date_attachments_and_an_attestation() -> None:
    sous_motif = (
        load_catalogue().theme("remboursement").motif("cotisations_a_tort").sous_motif("demande")
    )
    assert [(c.type, c.obligatoire) for c in sous_motif.champs] == [
        ("agents", True),
        ("montant", True),
        ("date", True),
        ("pieces_jointes", True),
        ("attestation", True),
    ]
    assert sous_motif.champ("attestation").texte.startswith("J'atteste que")
    assert sous_motif.champ("agents").min_rows == 1


def test_a_connection_problem_asks_for_no_agents() -> None:
    connexion = load_catalogue().theme("comptes").motif("connexion")
    for sous_motif in connexion.sous_motifs:
        assert "agents" not in {c.type for c in sous_motif.champs}


def test_the_schema_documents_the_field_types_and_funds_the_code_accepts() -> None:
    folder = files("peps_desktop.resources") / "catalogue"
    schema = json.loads((folder / "contact_catalogue.schema.json").read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$defs"]["champ"]["properties"]["type"]["enum"] == list(FIELD_TYPES)
    assert schema["$defs"]["fund"]["enum"] == list(SERVICE_CODES)


# --- reading it ---------------------------------------------------------------------------------


def test_defaults_are_filled_in() -> None:
    sous_motif = parse_catalogue(good()).theme("remboursement").motif("demande").sous_motifs[0]
    assert sous_motif.champ("agents").min_rows == 1
    assert sous_motif.champ("pieces").min_rows == 2
    assert sous_motif.champ("annexes").min_rows == 0
    assert sous_motif.champ("fonds").choix == ("CNRACL", "IRCANTEC")
    assert [c.cle for c in sous_motif.required_champs] == [
        "agents",
        "montant",
        "fonds",
        "pieces",
        "attestation",
    ]


def test_lookups_refuse_unknown_codes_naming_the_known_ones() -> None:
    catalogue = parse_catalogue(good())
    with pytest.raises(UnknownCode, match="“adresse” is unknown; known: comptes, remboursement"):
        catalogue.theme("adresse")
    theme = catalogue.theme("comptes")
    with pytest.raises(UnknownCode, match="no motif “autre”; known: connexion"):
        theme.motif("autre")
    with pytest.raises(UnknownCode, match="no sous-motif “autre”; known: verrouille"):
        theme.motif("connexion").sous_motif("autre")
    with pytest.raises(LookupError):
        theme.motif("autre")
    assert issubclass(UnknownCode, UserError)


def test_as_dict_writes_every_default_and_loads_back_equal() -> None:
    catalogue = parse_catalogue(good())
    written = catalogue_as_dict(catalogue)
    fonds, pieces, annexes = (demande(written)["champs"][i] for i in (3, 5, 6))
    assert fonds["choix"] == ["CNRACL", "IRCANTEC"]
    assert pieces["min"] == 2
    assert "min" not in annexes
    assert parse_catalogue(json.loads(json.dumps(written))) == catalogue


def test_a_new_motif_in_the_data_needs_no_code(tmp_path: Path) -> None:
    data = json.loads(
        (files("peps_desktop.resources") / "catalogue" / "contact_catalogue.json").read_text(
            encoding="utf-8"
        )
    )
    data["themes"][0]["motifs"].append(
        {
            "code": "habilitation",
            "libelle": "Habilitation d'un prestataire",
            "sous_motifs": [
                {
                    "code": "demande_habilitation",
                    "libelle": "Demande d'habilitation",
                    "information": "Indiquez le prestataire et joignez la convention.",
                    "champs": [
                        champ("texte", "prestataire"),
                        champ("pieces_jointes", "convention"),
                    ],
                }
            ],
        }
    )
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    motif = load_catalogue(path).theme("comptes").motif("habilitation")

    assert motif.libelle == "Habilitation d'un prestataire"
    assert [c.cle for c in motif.sous_motif("demande_habilitation").required_champs] == [
        "prestataire",
        "convention",
    ]


# --- a broken catalogue -------------------------------------------------------------------------


def test_invalid_json_is_reported_with_its_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.json"
    path.write_text('{\n  "version": 1,\n  "themes": [,]\n}\n', encoding="utf-8")
    with pytest.raises(CatalogueError) as raised:
        load_catalogue(path)
    assert str(raised.value) == (
        f"The contact catalogue {path} is not valid JSON: Expecting value (line 3, column 14)."
    )
    assert isinstance(raised.value, UserError)


def test_an_unreadable_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="cannot be read"):
        load_catalogue(tmp_path / "absent.json")
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"titre": "Carrières"}'.encode("latin-1"))
    with pytest.raises(CatalogueError, match="is not UTF-8 text"):
        load_catalogue(latin)


def test_an_unknown_field_type_names_its_place_and_the_known_types() -> None:
    data = good()
    demande(data)["champs"][1] = champ("adresse", "adresse")
    assert problems(data) == [
        f'{DEMANDE} › champs[1] (adresse): unknown field type "adresse"; expected one of {TYPES}'
    ]


def test_missing_and_unknown_keys() -> None:
    data = good()
    del data["themes"][0]["aide"]
    data["themes"][0]["motifs"][0]["couleur"] = "bleu"
    del demande(data)["champs"][0]["libelle"]
    demande(data)["champs"][1]["choix"] = ["CNRACL"]
    assert problems(data) == [
        "themes[0] (comptes): missing key “aide”",
        "themes[0] (comptes) › motifs[0] (connexion): unknown key “couleur”; expected one of "
        "code, libelle, sous_motifs",
        f"{DEMANDE} › champs[0] (agents): missing key “libelle”",
        f"{DEMANDE} › champs[1] (montant): key “choix” does not apply to a field of type “montant”",
    ]


def test_wrong_types() -> None:
    data = good()
    data["themes"][0]["titre"] = 12
    data["themes"][0]["motifs"][0]["sous_motifs"] = {"code": "verrouille"}
    demande(data)["champs"][0]["obligatoire"] = "oui"
    demande(data)["champs"][2] = "date"
    assert problems(data) == [
        "themes[0] (comptes) › titre: must be a non-empty text, not 12",
        "themes[0] (comptes) › motifs[0] (connexion) › sous_motifs: must be a list […], "
        'not {"code": "verrouille"}',
        f'{DEMANDE} › champs[0] (agents) › obligatoire: must be true or false, not "oui"',
        f'{DEMANDE} › champs[2]: must be an object, not "date"',
    ]
    assert problems([]) == ["top level: must be an object, not []"]
    assert problems({"version": 2, "themes": []}) == [
        "version: unsupported version 2; expected 1",
        "themes: must not be empty",
    ]


def test_duplicate_codes_at_each_level_and_duplicate_keys() -> None:
    data = good()
    data["themes"].append(copy.deepcopy(data["themes"][0]))
    motifs = data["themes"][1]["motifs"]
    motifs.append(copy.deepcopy(motifs[0]))
    motifs[1]["sous_motifs"].append(copy.deepcopy(motifs[1]["sous_motifs"][0]))
    demande(data)["champs"][1]["cle"] = "agents"
    assert problems(data) == [
        "themes[2] (comptes): duplicate code “comptes”, already used by themes[0] (comptes)",
        "themes[1] (remboursement) › motifs[1] (demande): duplicate code “demande”, already "
        "used by motifs[0] (demande)",
        f"{DEMANDE} › champs[1] (agents): duplicate cle “agents”, already used by "
        "champs[0] (agents)",
        "themes[1] (remboursement) › motifs[1] (demande) › sous_motifs[1] (agents_a_tort): "
        "duplicate code “agents_a_tort”, already used by sous_motifs[0] (agents_a_tort)",
    ]


def test_unknown_funds_and_funds_outside_the_theme() -> None:
    data = good()
    data["themes"][0]["fonds"] = ["CNRACL", "CNAV"]
    demande(data)["champs"][3]["choix"] = ["IRCANTEC", "RAFP", "IRCANTEC"]
    assert problems(data) == [
        f'themes[0] (comptes) › fonds[1]: unknown fund "CNAV"; expected one of {FUNDS}',
        f"{DEMANDE} › champs[3] (fonds) › choix[1]: the fund RAFP is not among the theme's "
        "fonds (CNRACL, IRCANTEC)",
        f"{DEMANDE} › champs[3] (fonds) › choix[2]: the fund IRCANTEC is listed twice",
    ]


def test_an_attestation_needs_its_text_and_is_always_required() -> None:
    data = good()
    del demande(data)["champs"][7]["texte"]
    data["themes"][0]["motifs"][0]["sous_motifs"][0]["champs"].append(
        champ("attestation", "attestation", obligatoire=False, texte="J'atteste que…")
    )
    assert problems(data) == [
        "themes[0] (comptes) › motifs[0] (connexion) › sous_motifs[0] (verrouille) › "
        "champs[1] (attestation) › obligatoire: an attestation is always required: must be true",
        f"{DEMANDE} › champs[7] (attestation): missing key “texte”",
    ]


def test_empty_lists_and_bad_counts_and_codes() -> None:
    data = good()
    data["themes"][0]["motifs"] = []
    data["themes"][1]["fonds"] = []
    data["themes"][1]["code"] = "Remboursement"
    champs = data["themes"][1]["motifs"][0]["sous_motifs"][0]["champs"]
    champs[0]["min"] = 0
    champs[6]["min"] = 1
    place = (
        "themes[1] (Remboursement) › motifs[0] (demande) › sous_motifs[0] (agents_a_tort) › champs"
    )
    assert problems(data) == [
        "themes[0] (comptes) › motifs: must not be empty",
        "themes[1] (Remboursement) › code: “Remboursement” is not a valid code: lowercase "
        "letters, digits and “_”, starting with a letter, at most 40 characters",
        "themes[1] (Remboursement) › fonds: must be a non-empty list of fund codes, not []",
        f"{place}[0] (agents) › min: must be a whole number of at least 1, not 0",
        f"{place}[6] (annexes) › min: applies only to a required field; set “obligatoire” to "
        "true or remove “min”",
    ]


def test_a_sous_motif_may_ask_for_the_message_only() -> None:
    data = good()
    data["themes"][0]["motifs"][0]["sous_motifs"][0]["champs"] = []
    assert parse_catalogue(data).theme("comptes").motifs[0].sous_motifs[0].champs == ()


def test_every_problem_is_reported_and_the_message_lists_the_first_twenty(
    tmp_path: Path,
) -> None:
    data = good()
    demande(data)["champs"] = [champ("adresse", f"adresse_{i}") for i in range(25)]
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CatalogueError) as raised:
        load_catalogue(path)
    assert len(raised.value.problems) == 25
    lines = str(raised.value).splitlines()
    assert lines[0] == f"The contact catalogue {path} is invalid:"
    assert lines[1:-1] == [f"  - {problem}" for problem in raised.value.problems[:20]]
    assert lines[-1] == "  … and 5 more problems."
    assert MAX_REPORTED_PROBLEMS == 20


@pytest.mark.parametrize(
    "content",
    [b'{"themes": ' + b"[" * 20_000 + b"]" * 20_000 + b"}", b'{"version": ' + b"9" * 5000 + b"}"],
    ids=["nested-too-deeply", "huge-number"],
)
def test_a_catalogue_too_deep_or_with_a_huge_number_is_a_clear_error(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "catalogue.json"
    path.write_bytes(content)
    with pytest.raises(CatalogueError) as raised:
        load_catalogue(path)
    assert str(raised.value) == (
        f"The contact catalogue {path} is not valid JSON: its values are nested too deeply or "
        "hold a number far too long."
    )


def test_a_control_character_in_a_catalogue_text_is_named_with_its_place() -> None:
    shipped = files("peps_desktop.resources") / "catalogue" / "contact_catalogue.json"
    data = json.loads(shipped.read_text(encoding="utf-8"))
    data["themes"][0]["titre"] = "Vos\x00 comptes"
    with pytest.raises(CatalogueError) as raised:
        parse_catalogue(data)
    assert "contains a control character (U+0000)" in str(raised.value)
