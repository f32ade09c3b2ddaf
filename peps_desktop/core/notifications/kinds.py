"""The kinds of notification, by code, in the order they are shown.

Apart from their rules (rules.py) so that the settings and the window can name them without
importing what a check needs (the drop folder's import, the mail transports…).
"""

from __future__ import annotations

NOUVEAU_COURRIER = "nouveau_courrier"
EXPIRATION_PROCHAINE = "expiration_prochaine"
COMPTE_EXPIRE = "compte_expire"
REVUE_DUE = "revue_due"
ECHANGE_REPONDU = "echange_repondu"
ENVOI_ECHOUE = "envoi_echoue"
DEPOT_EN_ATTENTE = "depot_en_attente"
KINDS = (
    NOUVEAU_COURRIER,
    EXPIRATION_PROCHAINE,
    COMPTE_EXPIRE,
    REVUE_DUE,
    ECHANGE_REPONDU,
    ENVOI_ECHOUE,
    DEPOT_EN_ATTENTE,
)
ADMINISTRATOR_KINDS = frozenset({EXPIRATION_PROCHAINE, COMPTE_EXPIRE, REVUE_DUE})
