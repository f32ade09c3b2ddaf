"""The demo's reference data: its names, funds' weights, letters' texts and échanges."""

from __future__ import annotations

from peps_desktop.core.courriers.vocabulary import (
    TYPE_ATTESTATION,
    TYPE_AUTRE,
    TYPE_ETAT,
    TYPE_FACTURE,
    TYPE_MAJORATIONS,
    TYPE_NOTIFICATION,
)
from peps_desktop.core.shared import totp
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.services import RIGHT_LECTURE, RIGHT_MODIFICATION

DEMO_STRUCTURE_NAME = "Commune de Saint-Aubin-sur-Loire"
DEMO_CCAS_NAME = "CCAS de Saint-Aubin-sur-Loire"
DEMO_EMAIL_DOMAIN = "saint-aubin-sur-loire.fr"
DEMO_ADMIN_LOGIN = "admin.demo"
DEMO_USER_LOGIN = "agent.demo"
DEMO_PASSWORD = "Demo-PEPs-2026"
# The authenticator app of the demo's own accounts: published on purpose (README), so that
# anyone can try the demo. A demo store must never hold real data.
DEMO_AUTHENTICATOR_SECRET = "KBCVAUZNIRCU2TZNGIYDENRNIRCU2TZN"
DEMO_ACTOR = None  # the audit entry is the system's, not a person's
# Where the demo's requests go: a fictitious address (`.example` never delivers), written to
# the outbox folder, so that « Envoyer maintenant » works on a fresh demo.
DEMO_RECIPIENT = "demandes.employeurs@fonds.example"

MIN_ACCOUNTS = 3
# Up to this many courriers each has its own letter; above, they share a pool.
SHARED_DOCUMENTS_ABOVE = 5_000
# Thousands of letters: an fsync each would cost more than the demo is worth.
DURABLE_DOCUMENTS = False
POOL_LETTERS_PER_KIND = 6
CHUNK_ROWS = 25_000
HISTORY_DAYS = 3 * 365
UNREAD_DAYS = 21  # nobody has read the last three weeks' courriers yet

# The demo agent reads these funds' courriers only, so what it sees differs from the admin.
DEMO_USER_SERVICES = ("CNRACL", "IRCANTEC", "RAFP")

INVOICE_TYPES = (TYPE_FACTURE, TYPE_MAJORATIONS)

# One échange per entry of ECHANGES, oldest first: two still await an answer ("envoye").
ECHANGE_STATUSES = (
    "clos", "repondu", "clos", "repondu", "envoye", "a_envoyer", "envoye", "brouillon",
)  # fmt: skip
DIRECTION_ENVOYE = "envoye"
DIRECTION_RECU = "recu"


# --- reference data ------------------------------------------------------------------------

PRENOMS = (
    "Camille", "Hélène", "Julien", "Sophie", "Nicolas", "Émilie", "François", "Nathalie",
    "Thomas", "Isabelle", "Jérôme", "Céline", "Stéphane", "Gaëlle", "Loïc", "Anaïs", "Mathieu",
    "Valérie", "Sébastien", "Aurélie", "Philippe", "Sandrine", "Benoît", "Cécile", "Antoine",
    "Agnès", "Olivier", "Noémie", "Pierre", "Laëtitia", "Guillaume", "Marion", "Frédéric",
    "Élodie", "Yannick", "Claire", "Maxime", "Manon", "Hervé", "Chloé", "Damien", "Léa",
    "Jean-Marc", "Marie-Christine", "Rémi", "Inès", "Thierry", "Solène", "Baptiste", "Margaux",
)  # fmt: skip
NOMS = (
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet",
    "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin",
    "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier",
    "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson", "Ménard", "Le Goff",
    "Brochard", "Gaudin", "Poirier", "Cesbron", "Chauvin", "Rabouin", "Guillou", "Besnard",
)  # fmt: skip

SERVICE_WEIGHTS = {
    "CNRACL": 38, "IRCANTEC": 20, "RAFP": 15, "FNC": 8, "ATIACL": 6, "FIPHFP": 5,
    "FAEFM": 5, "FSPOEIE": 1.5, "FEH": 1.5,
}  # fmt: skip
REFERENCE_PREFIXES = {
    "CNRACL": "CNR", "IRCANTEC": "IRC", "RAFP": "RAF", "FNC": "FNC", "ATIACL": "ATI",
    "FIPHFP": "FIP", "FAEFM": "FAE", "FSPOEIE": "FSP", "FEH": "FEH",
}  # fmt: skip
_FULL = {TYPE_FACTURE: 35, TYPE_MAJORATIONS: 8, TYPE_ETAT: 15, TYPE_NOTIFICATION: 17,
         TYPE_ATTESTATION: 10, TYPE_AUTRE: 15}  # fmt: skip
INFO_ONLY_TYPE_WEIGHTS = {TYPE_NOTIFICATION: 40, TYPE_ATTESTATION: 20, TYPE_AUTRE: 40}
TYPE_WEIGHTS = {
    "CNRACL": _FULL,
    "IRCANTEC": _FULL,
    "RAFP": {**_FULL, TYPE_MAJORATIONS: 5, TYPE_AUTRE: 18},
    "FNC": {**_FULL, TYPE_MAJORATIONS: 4, TYPE_ETAT: 8},
    "ATIACL": {TYPE_NOTIFICATION: 50, TYPE_ATTESTATION: 20, TYPE_AUTRE: 30},
    "FIPHFP": {TYPE_FACTURE: 20, TYPE_NOTIFICATION: 40, TYPE_ATTESTATION: 15, TYPE_AUTRE: 25},
    "FAEFM": {TYPE_FACTURE: 40, TYPE_NOTIFICATION: 25, TYPE_ATTESTATION: 15, TYPE_AUTRE: 20},
}
ACTION_PROBABILITY = {
    TYPE_FACTURE: 0.92, TYPE_MAJORATIONS: 0.97, TYPE_ETAT: 0.75, TYPE_NOTIFICATION: 0.1,
    TYPE_ATTESTATION: 0.0, TYPE_AUTRE: 0.15,
}  # fmt: skip
# Invoice amounts in cents, per fund: a commune of about 150 agents.
INVOICE_CENTS = {
    "CNRACL": (45_000_00, 95_000_00), "IRCANTEC": (3_000_00, 9_000_00),
    "RAFP": (1_500_00, 4_000_00), "FNC": (300_00, 900_00), "FIPHFP": (2_000_00, 15_000_00),
    "FAEFM": (100_00, 600_00),
}  # fmt: skip
DEFAULT_INVOICE_CENTS = (200_00, 2_000_00)
MAJORATION_CENTS = (15_00, 1_500_00)

_C = DEMO_CCAS_NAME
OBJETS: dict[str, tuple[str, ...]] = {
    TYPE_FACTURE: (
        "Facture de cotisations – période {periode}",
        "Facture de cotisations – période {periode}",
        "Facture de cotisations – période {periode}",
        f"Facture de cotisations {_C} – période {{periode}}",
        "Facture de régularisation de cotisations – exercice {annee_prec}",
    ),
    TYPE_MAJORATIONS: (
        "Facture de majorations de retard sur versement de cotisations",
        "Facture de majorations de retard sur versement de cotisations – période {periode2}",
        f"Facture de majorations de retard – {_C} – période {{periode2}}",
    ),
    TYPE_ETAT: (
        "État de compte au {trimestre}",
        "État de compte au {trimestre}",
        f"État de compte {_C} au {{trimestre}}",
    ),
    TYPE_NOTIFICATION: (
        "Notification de taux de cotisation {annee_taux}",
        "Notification de décision – demande de validation de services",
        "Notification de mise en recouvrement",
        "Notification de changement d'interlocuteur – gestion des employeurs",
    ),
    TYPE_ATTESTATION: (
        "Attestation de paiement des cotisations {annee_prec}",
        "Attestation d'affiliation de la collectivité",
        f"Attestation d'affiliation – {_C}",
        "Attestation de versement – {trim_label}",
    ),
    TYPE_AUTRE: (
        "Information : campagne de déclaration annuelle {annee}",
        "Courrier d'information – évolution de la plateforme PEP's",
        "Relance : pièces justificatives manquantes",
        "Rappel du calendrier des versements {annee}",
        f"Demande de mise à jour des coordonnées – {_C}",
    ),
}
OBJETS_BY_SERVICE: dict[tuple[str, str], tuple[str, ...]] = {
    ("ATIACL", TYPE_NOTIFICATION): (
        "Notification d'attribution d'une allocation temporaire d'invalidité",
        "Notification de révision d'une allocation temporaire d'invalidité",
        "Notification de taux de cotisation ATIACL {annee_taux}",
    ),
    ("FIPHFP", TYPE_FACTURE): ("Facture de contribution FIPHFP – déclaration {annee_prec}",),
    ("FIPHFP", TYPE_NOTIFICATION): (
        "Notification relative à la déclaration d'obligation d'emploi des travailleurs "
        "handicapés {annee_prec}",
        "Notification d'accord de financement – aménagement de poste",
    ),
    ("FAEFM", TYPE_FACTURE): ("Appel de cotisations FAEFM – période {periode}",),
    ("FNC", TYPE_FACTURE): ("Facture de cotisations FNC – période {periode}",),
}
BODIES = {
    TYPE_FACTURE: (
        "Veuillez trouver ci-dessous le montant des cotisations dues pour la période indiquée,",
        "calculé à partir des éléments déclarés par votre structure.",
        "Le règlement est à effectuer par virement avant la date d'échéance ; tout retard de",
        "versement donne lieu à l'application de majorations.",
    ),
    TYPE_MAJORATIONS: (
        "Le versement de vos cotisations est intervenu après la date d'exigibilité.",
        "En application de la réglementation, des majorations de retard vous sont facturées.",
        "Vous pouvez formuler une demande de remise gracieuse depuis « Nous contacter ».",
    ),
    TYPE_ETAT: (
        "Vous trouverez ci-joint l'état de votre compte employeur à la date indiquée.",
        "Nous vous invitons à vérifier les montants et à régulariser les éventuels écarts.",
    ),
    TYPE_NOTIFICATION: (
        "Nous vous informons de la décision prise concernant votre structure.",
        "Cette décision est consultable à tout moment dans la rubrique « Vos courriers ».",
    ),
    TYPE_ATTESTATION: (
        "Le présent document atteste de la situation de votre structure à la date indiquée.",
        "Il peut être produit auprès de tout organisme qui en ferait la demande.",
    ),
    TYPE_AUTRE: (
        "Nous portons à votre connaissance les informations suivantes.",
        "Pour toute question, utilisez le formulaire « Nous contacter » de PEP's.",
    ),
}
MOIS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)  # fmt: skip

# Profiles of rights handed to the ordinary accounts: (fund → level); other funds: aucun.
_M, _L = RIGHT_MODIFICATION, RIGHT_LECTURE
RIGHT_PROFILES: tuple[dict[str, str], ...] = (
    {"CNRACL": _M, "IRCANTEC": _M, "RAFP": _M, "ATIACL": _M, "FNC": _L},  # carrières
    {"CNRACL": _M, "IRCANTEC": _M, "RAFP": _M, "FNC": _M, "FAEFM": _L},  # paie
    {"CNRACL": _L, "IRCANTEC": _L, "RAFP": _L, "FNC": _M, "FAEFM": _M, "FIPHFP": _L},  # finances
    {"FIPHFP": _M, "CNRACL": _L},  # référent handicap
    {"CNRACL": _L, "IRCANTEC": _L},  # CCAS
    dict.fromkeys(SERVICE_WEIGHTS, _L),  # direction générale
    {"FAEFM": _M, "FNC": _L},  # secrétariat des élus
    {"CNRACL": _M, "RAFP": _M, "ATIACL": _M, "IRCANTEC": _L, "FSPOEIE": _L},  # retraites
)
SECOND_ADMIN_RIGHTS = {**dict.fromkeys(SERVICE_WEIGHTS, _M), "FIPHFP": _L, "FEH": _L, "FSPOEIE": _L}

ECHANGES = (
    (
        "Gestion des comptes",
        "Compte utilisateur",
        "Déverrouillage d'un compte",
        None,
        "Compte verrouillé après plusieurs tentatives",
        "Bonjour, un agent de notre service paie ne parvient plus à se connecter : son compte "
        "est verrouillé. Nos deux administrateurs sont absents cette semaine. Pouvez-vous nous "
        "indiquer la marche à suivre ?",
        "Bonjour, un administrateur de votre structure peut déverrouiller le compte depuis "
        "« Mon établissement ». Nous restons à votre disposition.",
    ),
    (
        "Vos courriers",
        "Factures",
        "Contestation d'une facture de majorations",
        "CNRACL",
        "Demande de remise gracieuse de majorations de retard",
        "Bonjour, nous avons reçu une facture de majorations de retard alors que le virement a "
        "été émis dans les délais (retard de la trésorerie). Nous sollicitons une remise "
        "gracieuse. L'avis de virement est joint.",
        "Bonjour, après examen, la remise gracieuse vous est accordée. Une facture rectificative "
        "sera déposée dans « Vos courriers ».",
    ),
    (
        "Cotisations et déclarations",
        "Déclaration des cotisations",
        "Régularisation de cotisations",
        "IRCANTEC",
        "Régularisation de cotisations sur l'exercice précédent",
        "Bonjour, suite à une erreur de paramétrage de notre logiciel de paie, les cotisations "
        "de deux contractuels ont été sous-évaluées. Comment procéder à la régularisation ?",
        "Bonjour, la régularisation se fait par la déclaration mensuelle suivante. Un état de "
        "compte actualisé vous sera adressé.",
    ),
    (
        "Cotisations et déclarations",
        "Taux de cotisation",
        "Question sur les taux applicables",
        "CNRACL",
        "Taux de cotisation applicables au 1er janvier",
        "Bonjour, pouvez-vous nous confirmer les taux de cotisation employeur applicables au "
        "1er janvier, afin de préparer notre budget ?",
        "Bonjour, les taux applicables figurent dans la notification déposée dans « Vos "
        "courriers ». Cordialement.",
    ),
    (
        "Vos courriers",
        "États de compte",
        "Écart sur l'état de compte",
        "RAFP",
        "Écart entre l'état de compte et nos versements",
        "Bonjour, l'état de compte du dernier trimestre fait apparaître un solde débiteur que "
        "nous ne retrouvons pas dans notre comptabilité. Pouvez-vous nous en détailler le calcul ?",
        "Bonjour, l'écart correspond à un versement affecté au mois suivant. Le détail vous a "
        "été transmis ; votre compte est à jour.",
    ),
    (
        "Gestion des comptes",
        "Administrateurs",
        "Changement d'administrateur",
        None,
        "Départ de notre administratrice PEP's",
        "Bonjour, notre administratrice quitte la commune à la fin du mois. Son successeur a "
        "été désigné : faut-il effectuer une démarche auprès de vos services ?",
        "Bonjour, aucune démarche n'est nécessaire : l'administratrice crée le compte de son "
        "successeur, qui supprimera ensuite le compte de l'ancienne administratrice.",
    ),
    (
        "Vos courriers",
        "Attestations",
        "Demande d'attestation de paiement",
        "FNC",
        "Attestation de paiement des cotisations pour le CCAS",
        "Bonjour, le CCAS de Saint-Aubin-sur-Loire a besoin d'une attestation de paiement des "
        "cotisations de l'année écoulée pour un dossier de subvention.",
        "Bonjour, l'attestation a été déposée dans « Vos courriers ».",
    ),
    (
        "Cotisations et déclarations",
        "Versements",
        "Échéancier de paiement",
        "CNRACL",
        "Demande d'échéancier pour une facture de régularisation",
        "Bonjour, le montant de la facture de régularisation reçue ce mois-ci est important "
        "pour notre budget. Un échéancier de paiement sur trois mois est-il envisageable ?",
        "Bonjour, un échéancier sur trois mois vous est accordé ; les dates vous seront "
        "précisées par courrier.",
    ),
)


def demo_code(clock: Clock, steps: int = 0) -> str:
    """The code the demo's authenticator app shows now."""
    return totp.code_at(DEMO_AUTHENTICATOR_SECRET, clock.now(), steps)
