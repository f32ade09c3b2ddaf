"""The courriers' vocabulary, shared by the import, the inbox and the demo."""

from __future__ import annotations

TYPE_FACTURE = "facture"
TYPE_MAJORATIONS = "facture_majorations"
TYPE_ETAT = "etat_de_compte"
TYPE_NOTIFICATION = "notification"
TYPE_ATTESTATION = "attestation"
TYPE_AUTRE = "autre"
COURRIER_TYPES = (
    TYPE_FACTURE,
    TYPE_MAJORATIONS,
    TYPE_ETAT,
    TYPE_NOTIFICATION,
    TYPE_ATTESTATION,
    TYPE_AUTRE,
)
