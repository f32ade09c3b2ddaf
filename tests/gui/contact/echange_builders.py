"""Échanges to look at in Mes échanges: requests made through the core use cases."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.contact.catalogue_file import load_catalogue
from peps_desktop.core.contact.echanges import save_draft, submit
from peps_desktop.core.contact.form import Agent, Submission
from peps_desktop.core.contact.nir import nir_key
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.store import Store
from tests.conftest import ADMIN, ADMIN_PASSWORD

CATALOGUE = load_catalogue()
BODY = "2951063220146"
NIR = f"{BODY}{nir_key(BODY):02d}"
RECIPIENT = "Relations employeurs <contact@fonds.example>"
INVOICE = "FAC-2026-0042"


def refund_request(folder: Path) -> Submission:
    proof = folder / "bulletin.pdf"
    proof.write_bytes(b"%PDF-1.4\n% bulletin de salaire\n%%EOF\n")
    return Submission(
        "remboursement",
        "cotisations_a_tort",
        "demande",
        "Nous demandons le remboursement des cotisations versées à tort.",
        {
            "agents": (Agent(NIR, "Durand", "Marie"),),
            "montant": "1 234,56",
            "date": "15/10/2026",
            "pieces_jointes": (proof,),
            "attestation": True,
        },
    )


def invoice_question() -> Submission:
    return Submission(
        "courriers",
        "facture",
        "facture_cotisations",
        "Le montant de la facture ne correspond pas à nos déclarations.",
        {"reference_courrier": INVOICE, "montant": "250"},
    )


@dataclass(frozen=True)
class Echanges:
    claire: SignedIn
    refund: str  # reference, à envoyer, with an agent and an attachment
    invoice: str  # reference, à envoyer, submitted a day later
    draft: int  # id of Claire's draft


def made_echanges(store: Store, folder: Path) -> Echanges:
    clock = FixedClock(dt.datetime(2026, 11, 23, 10, 15))
    claire = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    refund = submit(store, clock, claire, CATALOGUE, refund_request(folder))
    clock.set(dt.datetime(2026, 11, 24, 16, 40))
    invoice = submit(store, clock, claire, CATALOGUE, invoice_question())
    clock.set(dt.datetime(2026, 11, 25, 9, 5))
    half_typed = Submission(
        "courriers", "facture", "facture_cotisations", "Brouillon en cours", {"montant": "12"}
    )
    draft = save_draft(store, clock, claire, CATALOGUE, half_typed)
    return Echanges(claire, refund, invoice, draft)
