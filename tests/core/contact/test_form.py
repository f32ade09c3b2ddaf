"""A contact request checked against its sous-motif: each field's error, or a valid request."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from peps_desktop.core.contact.catalogue_file import load_catalogue
from peps_desktop.core.contact.form import (
    MAX_ATTACHMENT_BYTES,
    Agent,
    ContactInvalid,
    Submission,
    parse_amount,
    validate,
)
from peps_desktop.core.contact.nir import nir_key

CATALOGUE = load_catalogue()


def valid_nir(body: str = "2951063220146") -> str:
    return f"{body}{nir_key(body):02d}"


def remboursement(tmp_path: Path, **values: object) -> Submission:
    """Remboursement de cotisations › à tort › demande: agents, montant, date, PJ, attestation."""
    proof = tmp_path / "bulletin.pdf"
    proof.write_bytes(b"%PDF-1.4\n% bulletin\n%%EOF\n")
    defaults: dict[str, object] = {
        "agents": (Agent(valid_nir(), "Durand", "Marie"),),
        "montant": "1 234,56",
        "date": "15/10/2026",
        "pieces_jointes": (proof,),
        "attestation": True,
    }
    defaults.update(values)
    return Submission(
        "remboursement",
        "cotisations_a_tort",
        "demande",
        "Bonjour, nous demandons le remboursement.",
        defaults,  # type: ignore[arg-type]
    )


def errors_of(submission: Submission) -> dict[str, str]:
    with pytest.raises(ContactInvalid) as raised:
        validate(CATALOGUE, submission)
    return raised.value.errors


def test_a_complete_request_is_valid_and_normalised(tmp_path: Path, english: None) -> None:
    spaced = " ".join([valid_nir()[:1], valid_nir()[1:3], valid_nir()[3:]])
    request = validate(
        CATALOGUE, remboursement(tmp_path, agents=(Agent(spaced, " Durand ", "Marie"),))
    )
    assert request.agents == (Agent(valid_nir(), "Durand", "Marie"),)
    assert dict((cle, value) for cle, _label, value in request.fields) == {
        "montant": "1234.56",
        "date": "2026-10-15",
        "attestation": "oui",
    }
    assert [item.media_type for item in request.attachments] == ["application/pdf"]
    assert request.sous_motif.code == "demande"


def test_every_missing_required_field_is_named(tmp_path: Path, english: None) -> None:
    submission = Submission("remboursement", "cotisations_a_tort", "demande", "  ", {})
    assert errors_of(submission) == {
        "message": "Write your message.",
        "agents": "Give at least 1 agent(s).",
        "montant": "This field is required.",
        "date": "This field is required.",
        "pieces_jointes": "Attach at least 1 document(s).",
        "attestation": "Tick the box to certify this statement.",
    }


def test_a_wrong_nir_key_is_told_from_a_wrong_format(tmp_path: Path, english: None) -> None:
    wrong_key = valid_nir()[:13] + f"{(nir_key('2951063220146') % 97) + 1:02d}"
    errors = errors_of(
        remboursement(
            tmp_path,
            agents=(
                Agent(valid_nir(), "Durand", "Marie"),
                Agent(wrong_key, "Durand", "Marie"),
                Agent("2951063X20146", "Petit", "Léa"),
                Agent(valid_nir(), "Durand", "Marie"),
                Agent(valid_nir("1850578006084"), "", "Jean-Luc"),
            ),
        )
    )
    assert "key" in errors["agents[1].nir"]
    assert "digits" in errors["agents[2].nir"]
    assert errors["agents[3].nir"] == "This agent is already listed."
    assert errors["agents[4].nom"] == "This field is required."
    assert set(errors) == {"agents[1].nir", "agents[2].nir", "agents[3].nir", "agents[4].nom"}
    assert not any(valid_nir() in message for message in errors.values())


@pytest.mark.parametrize(
    ("montant", "date"),
    [("douze euros", "2026-13-01"), ("-5", "31/02/2026"), ("1,234", "hier")],
)
def test_bad_amounts_and_dates(tmp_path: Path, english: None, montant: str, date: str) -> None:
    errors = errors_of(remboursement(tmp_path, montant=montant, date=date))
    assert errors == {
        "montant": "Write an amount in euros, e.g. 1 234,56.",
        "date": "Write the date as DD/MM/YYYY.",
    }


def test_amounts_in_the_usual_french_forms() -> None:
    assert parse_amount("1 234,56 €") == Decimal("1234.56")
    assert parse_amount("1\u202f234,5") == Decimal("1234.50")
    assert parse_amount("0") is None


def test_attachments_must_be_pdf_or_images_under_the_limit(tmp_path: Path, english: None) -> None:
    image = tmp_path / "scan.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 10)
    text = tmp_path / "notes.docx"
    text.write_bytes(b"PK\x03\x04")
    big = tmp_path / "gros.pdf"
    with big.open("wb") as file:
        file.write(b"%PDF-")
        file.truncate(MAX_ATTACHMENT_BYTES + 1)
    errors = errors_of(
        remboursement(
            tmp_path, pieces_jointes=(image, text, big, tmp_path / "absent.pdf", tmp_path)
        )
    )
    assert errors == {
        "pieces_jointes[1]": "notes.docx is neither a PDF nor an image (PNG, JPEG).",
        "pieces_jointes[2]": "gros.pdf is larger than 10 MB.",
        "pieces_jointes[3]": "absent.pdf cannot be found.",
        "pieces_jointes[4]": errors["pieces_jointes[4]"],
    }
    assert errors["pieces_jointes[4]"].startswith(tmp_path.name)


def test_a_fund_outside_the_choices_and_unknown_codes(tmp_path: Path, english: None) -> None:
    submission = Submission(
        "comptes",
        "droits",
        "service_inaccessible",
        "Accès refusé",
        {"identifiant": "jean.dupont", "fonds": "XYZ"},
    )
    assert errors_of(submission) == {"fonds": "Choose a fund from the list."}
    assert errors_of(Submission("inconnu", "x", "y", "m")) == {
        "theme": "Choose a theme from the list."
    }
    assert errors_of(Submission("comptes", "droits", "y", "m")) == {
        "sous_motif": "Choose a sous-motif from the list."
    }


def test_optional_fields_may_stay_empty(english: None) -> None:
    request = validate(
        CATALOGUE,
        Submission(
            "courriers",
            "facture",
            "facture_cotisations",
            "Question",
            {"reference_courrier": "CNR-2026-0000123"},
        ),
    )
    assert request.fields == (("reference_courrier", "Courrier concerné", "CNR-2026-0000123"),)
