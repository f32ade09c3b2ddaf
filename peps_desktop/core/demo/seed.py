"""Demo data: a fictitious commune with its accounts, courriers, documents and échanges.

`seed_demo` fills an empty store in one transaction. It is reproducible (the same seed and
clock give the same rows; only the password hash's salt differs) and fast enough for a
million courriers: rows go in with SQLAlchemy Core in chunks, never as ORM objects one by
one, and the per-row work is a few table look-ups and random draws.

The PDF documents are written before the transaction (they are kept by content hash, so a
file left behind by a failed run is harmless). Up to SHARED_DOCUMENTS_ABOVE courriers each
get their own letter; above that, courriers share a pool of letters of their fund and type.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Table, exists, func, insert, select
from sqlalchemy.orm import Session

from peps_desktop.core.accounts.rules import (
    EXPIRING_SOON_DAYS,
    MAX_FAILED_SIGN_INS,
    PROFILE_ADMINISTRATEUR,
    PROFILE_UTILISATEUR,
    STATUS_ACTIF,
    STATUS_EXPIRE,
    STATUS_VERROUILLE,
)
from peps_desktop.core.courriers.vocabulary import (
    COURRIER_TYPES,
    TYPE_ATTESTATION,
    TYPE_AUTRE,
    TYPE_ETAT,
    TYPE_FACTURE,
    TYPE_MAJORATIONS,
    TYPE_NOTIFICATION,
)
from peps_desktop.core.demo.pdf import courrier_pdf
from peps_desktop.core.shared import audit
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.dates import add_months
from peps_desktop.core.shared.documents import store_document
from peps_desktop.core.shared.security import hash_password
from peps_desktop.core.shared.services import RIGHT_AUCUN, RIGHT_LECTURE, RIGHT_MODIFICATION
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.models import (
    AccessRight,
    Account,
    Base,
    Courrier,
    CourrierRead,
    Echange,
    EchangeMessage,
    ReviewCampaign,
    ReviewDecision,
    Service,
    Structure,
)

DEMO_STRUCTURE_NAME = "Commune de Saint-Aubin-sur-Loire"
DEMO_CCAS_NAME = "CCAS de Saint-Aubin-sur-Loire"
DEMO_EMAIL_DOMAIN = "saint-aubin-sur-loire.fr"
DEMO_ADMIN_LOGIN = "admin.demo"
DEMO_USER_LOGIN = "agent.demo"
DEMO_PASSWORD = "Demo-PEPs-2026"
DEMO_ACTOR = None  # the audit entry is the system's, not a person's

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


@dataclass(frozen=True)
class DemoReport:
    structure: str
    accounts: int
    courriers: int
    echanges: int
    # (login, password, description) of the accounts to try the demo with.
    credentials: list[tuple[str, str, str]]


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
_INFO_ONLY = {TYPE_NOTIFICATION: 40, TYPE_ATTESTATION: 20, TYPE_AUTRE: 40}
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

# --- helpers -------------------------------------------------------------------------------


def _ascii_slug(text: str) -> str:
    text = text.lower().replace("œ", "oe").replace("æ", "ae")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c if c.isalnum() else "-" for c in text.replace("'", "")).strip("-")


def _phone(rng: random.Random) -> str:
    """A landline of Maine-et-Loire, where the demo commune lies."""
    return "02 41 " + " ".join(f"{rng.randrange(100):02d}" for _ in range(3))


def _euros(amount: Decimal) -> str:
    return f"{amount:,.2f}".replace(",", "\u202f").replace(".", ",") + "\xa0€"


def _french_date(day: dt.date) -> str:
    return f"{day.day}{'er' if day.day == 1 else ''} {MOIS[day.month - 1]} {day.year}"


def _month_of(day: dt.date) -> str:
    """ "de mars 2026", "d'avril 2026": the month with its elided preposition."""
    month = MOIS[day.month - 1]
    return f"d'{month} {day.year}" if month[0] in "aeiou" else f"de {month} {day.year}"


def _last_quarter_end(day: dt.date) -> dt.date:
    first_of_quarter = dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return first_of_quarter - dt.timedelta(days=1)


def _date_fields(day: dt.date) -> dict[str, Any]:
    before = add_months(day, -1)
    two_before = add_months(day, -2)
    quarter_end = _last_quarter_end(day)
    return {
        "periode": _month_of(before),
        "periode2": _month_of(two_before),
        "annee": day.year,
        "annee_prec": day.year - 1,
        "annee_taux": day.year + 1 if day.month >= 10 else day.year,
        "trimestre": quarter_end.strftime("%d/%m/%Y"),
        "trim_label": f"{(quarter_end.month - 1) // 3 + 1}e trimestre {quarter_end.year}",
    }


def _lookup_table(items: list[Any], weights: list[float], size: int = 4096) -> list[Any]:
    """A flat table to draw weighted items with one random(): table[int(random() * size)]."""
    total = sum(weights)
    table: list[Any] = []
    cumulative = 0.0
    for item, weight in zip(items, weights, strict=True):
        cumulative += weight
        table.extend([item] * (round(cumulative / total * size) - len(table)))
    return table


def _table(model: type[Base]) -> Table:
    return Base.metadata.tables[model.__tablename__]


def _insert_chunks(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Core inserts, CHUNK_ROWS at a time: executemany without ORM objects."""
    table = _table(model)
    for start in range(0, len(rows), CHUNK_ROWS):
        session.execute(insert(table), rows[start : start + CHUNK_ROWS])


# --- accounts ------------------------------------------------------------------------------


@dataclass
class _ServiceInfo:
    id: int
    code: str
    libelle: str


@dataclass
class _AccountsPlan:
    rows: list[dict[str, Any]]
    rights: list[dict[str, Any]]
    # Active accounts with modification rights, per service id: who courriers go to.
    modifiers: dict[int, list[int]]
    admin_id: int
    user_id: int
    second_admin_login: str
    reviewed: list[tuple[str, dt.datetime]]


def _plan_accounts(
    rng: random.Random,
    count: int,
    first_id: int,
    structure_id: int,
    services: list[_ServiceInfo],
    now: dt.datetime,
    structure_created: dt.datetime,
    review_closed: dt.datetime,
) -> _AccountsPlan:
    today = now.date()
    password_hash = hash_password(DEMO_PASSWORD)  # once: scrypt is deliberately slow
    used = {DEMO_ADMIN_LOGIN, DEMO_USER_LOGIN}
    last_suffix: dict[str, int] = {}
    next_month = add_months(today.replace(day=1), 1)
    next_month_days = (add_months(next_month, 1) - next_month).days
    # About one account in 18 expires in any given month (18 months of validity).
    expiring_next_month = max(2, count // 18) if count > 5 else 0
    rows: list[dict[str, Any]] = []
    rights: list[dict[str, Any]] = []
    modifiers: dict[int, list[int]] = {service.id: [] for service in services}
    reviewed: list[tuple[str, dt.datetime]] = []
    history_seconds = int((now - structure_created).total_seconds())

    def unique_login(prenom: str, nom: str) -> str:
        """prenom.nom, then prenom.nom2, prenom.nom3… for namesakes."""
        base = f"{_ascii_slug(prenom)}.{_ascii_slug(nom)}"[:60]
        login, suffix = base, last_suffix.get(base, 1)
        while login in used:
            suffix += 1
            login = f"{base}{suffix}"
        last_suffix[base] = suffix
        used.add(login)
        return login

    def working_time(day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(8, 0)) + dt.timedelta(minutes=rng.randrange(0, 600))

    for index in range(count):
        account_id = first_id + index
        prenom, nom = rng.choice(PRENOMS), rng.choice(NOMS)
        profile, status, failed = PROFILE_UTILISATEUR, STATUS_ACTIF, 0
        if index == 0:
            login, profile, created = DEMO_ADMIN_LOGIN, PROFILE_ADMINISTRATEUR, structure_created
        elif index == 2:
            login, created = DEMO_USER_LOGIN, None
        else:
            login, created = unique_login(prenom, nom), None
        if created is None:
            created = structure_created + dt.timedelta(seconds=rng.randrange(history_seconds))
            created = min(created, now - dt.timedelta(days=2))
        # Expiry: 18 months at most ahead for an active account.
        expires = today + dt.timedelta(days=rng.randrange(EXPIRING_SOON_DAYS + 1, 540))
        last_sign_in: dt.datetime | None = working_time(
            today - dt.timedelta(days=rng.choice((1, 2, 3, 5, 8, 13, 21, 34, 55)))
        )
        if index <= 2:  # the demo's own accounts stay valid for a while
            expires = today + dt.timedelta(days=rng.randrange(150, 500))
        if index <= 1:
            profile = PROFILE_ADMINISTRATEUR
            # The demo administrator may do everything, on every service of the store.
            level_of = {s.code: _M for s in services} if index == 0 else SECOND_ADMIN_RIGHTS
        elif index == 2:
            level_of = dict.fromkeys(DEMO_USER_SERVICES, _L)
        else:
            level_of = RIGHT_PROFILES[rng.randrange(len(RIGHT_PROFILES))]
            if index == 3:
                status = STATUS_EXPIRE
                expires = today - dt.timedelta(days=rng.randrange(5, 120))
                last_sign_in = working_time(expires - dt.timedelta(days=rng.randrange(20, 200)))
            elif index == 4:
                status, failed = STATUS_VERROUILLE, MAX_FAILED_SIGN_INS
            elif index < 5 + expiring_next_month:
                expires = next_month + dt.timedelta(days=rng.randrange(next_month_days))
            if rng.random() < 0.08 and status == STATUS_ACTIF and index > 2:
                last_sign_in = None  # created but never used yet
        if last_sign_in is not None and last_sign_in < created:
            last_sign_in = None
        last_review = review_closed if created < review_closed else None
        if last_review is not None:
            reviewed.append((login, last_review))
        rows.append(
            {
                "id": account_id,
                "structure_id": structure_id,
                "login": login,
                "nom": nom,
                "prenom": prenom,
                "email": f"{login}@{DEMO_EMAIL_DOMAIN}",
                "telephone": _phone(rng),
                "profile": profile,
                "status": status,
                "expires_on": expires,
                "last_sign_in_at": last_sign_in,
                "last_review_at": last_review,
                "password_hash": password_hash,
                "failed_sign_ins": failed,
                "created_at": created,
                "version": 1,
            }
        )
        for service in services:
            level = level_of.get(service.code, RIGHT_AUCUN)
            rights.append({"account_id": account_id, "service_id": service.id, "level": level})
            if level == RIGHT_MODIFICATION and status == STATUS_ACTIF:
                modifiers[service.id].append(account_id)
    return _AccountsPlan(
        rows=rows,
        rights=rights,
        modifiers=modifiers,
        admin_id=first_id,
        user_id=first_id + 2,
        second_admin_login=rows[1]["login"],
        reviewed=reviewed,
    )


# --- courriers -----------------------------------------------------------------------------


class _CourrierFactory:
    """Makes courrier rows cheaply: everything that depends on the day is computed once."""

    def __init__(self, services: list[_ServiceInfo], days: list[dt.date], now: dt.datetime):
        self.services = services
        self.days = days
        self.now = now
        self.day_fields = [_date_fields(day) for day in days]
        self.day_start = [dt.datetime.combine(day, dt.time(6, 0)) for day in days]
        self.due = [day + dt.timedelta(days=30) for day in days]
        self.minutes = [dt.timedelta(minutes=m) for m in range(180)]
        self.prefix = [
            REFERENCE_PREFIXES.get(service.code, service.code[:3].upper()) for service in services
        ]
        self.sequence: dict[tuple[int, int], int] = {}
        self.objet_cache: dict[tuple[int, str, int, int], str] = {}
        self.templates = {
            (index, kind): OBJETS_BY_SERVICE.get((service.code, kind), OBJETS[kind])
            for index, service in enumerate(services)
            for kind in COURRIER_TYPES
        }
        self.cents = [
            INVOICE_CENTS.get(service.code, DEFAULT_INVOICE_CENTS) for service in services
        ]

    def kinds(self) -> list[tuple[int, str]]:
        return [
            (index, kind)
            for index, service in enumerate(self.services)
            for kind in TYPE_WEIGHTS.get(service.code, _INFO_ONLY)
        ]

    def kind_weights(self) -> list[float]:
        weights: list[float] = []
        for service in self.services:
            kinds = TYPE_WEIGHTS.get(service.code, _INFO_ONLY)
            total = sum(kinds.values())
            share = SERVICE_WEIGHTS.get(service.code, 1)
            weights.extend(share * weight / total for weight in kinds.values())
        return weights

    def row(
        self, rng: random.Random, structure_id: int, day_index: int, kind: tuple[int, str]
    ) -> dict[str, Any]:
        service_index, type_ = kind
        random_ = rng.random
        day = self.days[day_index]
        templates = self.templates[kind]
        template_index = int(random_() * len(templates))
        key = (service_index, type_, template_index, day_index)
        objet = self.objet_cache.get(key)
        if objet is None:
            objet = templates[template_index].format(**self.day_fields[day_index])
            self.objet_cache[key] = objet
        sequence_key = (service_index, day.year)
        number = (
            self.sequence.get(sequence_key, 1_000 + service_index * 137) + 1 + int(random_() * 40)
        )
        self.sequence[sequence_key] = number
        montant = echeance = None
        if type_ in INVOICE_TYPES:
            low, high = self.cents[service_index] if type_ == TYPE_FACTURE else MAJORATION_CENTS
            montant = Decimal(low + int(random_() * (high - low))).scaleb(-2)
            echeance = self.due[day_index]
        created = self.day_start[day_index] + self.minutes[int(random_() * 180)]
        return {
            "structure_id": structure_id,
            "service_id": self.services[service_index].id,
            "type": type_,
            "objet": objet,
            "reference": f"{self.prefix[service_index]}-{day.year}-{number:07d}",
            "recu_le": day,
            "action_requise": random_() < ACTION_PROBABILITY[type_],
            "echeance": echeance,
            "montant": montant,
            "document_sha256": None,
            "archived": False,
            "assigned_to_id": None,
            "created_at": created if created <= self.now else self.now,
        }

    def letter(self, row: dict[str, Any], service_index: int) -> bytes:
        service = self.services[service_index]
        recipient = DEMO_CCAS_NAME if "CCAS" in row["objet"] else DEMO_STRUCTURE_NAME
        lines = [
            "Caisse des Dépôts – Direction des politiques sociales",
            "Établissement de Bordeaux – gestion des employeurs",
            "",
            f"**{recipient}",
            "Hôtel de ville – 1, place de la Mairie",
            "49170 Saint-Aubin-sur-Loire",
            "",
            f"Référence : {row['reference']}",
            f"Bordeaux, le {_french_date(row['recu_le'])}",
            "",
            f"**Objet : {row['objet']}",
            "",
            "Madame, Monsieur,",
            "",
            *BODIES[row["type"]],
            "",
        ]
        if row["montant"] is not None:
            lines.append(f"**Montant : {_euros(row['montant'])}")
        if row["echeance"] is not None:
            lines.append(f"**Date d'échéance : {row['echeance'].strftime('%d/%m/%Y')}")
        lines += [
            "",
            "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations "
            "distinguées.",
            "",
            f"Le service Relations employeurs {service.code}",
            "",
            "",
            "Document fictif généré pour la démonstration de PEP's Desktop.",
        ]
        return courrier_pdf(f"{service.code} – {service.libelle}", lines)


def _history_days(today: dt.date) -> tuple[list[dt.date], list[float]]:
    """Working days of the last three years, up to today, weighted (more letters lately)."""
    days: list[dt.date] = []
    weights: list[float] = []
    for offset in range(HISTORY_DAYS, -1, -1):
        day = today - dt.timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        days.append(day)
        # Invoices and statements cluster in the first days of the month.
        weights.append(
            (1.0 + (HISTORY_DAYS - offset) / HISTORY_DAYS) * (1.6 if day.day <= 7 else 1)
        )
    return days, weights


# --- the use case --------------------------------------------------------------------------


def _refuse_non_empty(session: Session) -> None:
    if session.scalar(select(exists().where(Structure.id.is_not(None)))):
        raise UserError(
            translate(
                "Demo", "This store already has a structure: the demo only fills an empty store."
            )
        )


def seed_demo(
    store: Store, clock: Clock, *, accounts: int = 15, courriers: int = 2000, seed: int = 1
) -> DemoReport:
    """Fill an empty store with the demo commune; the same seed gives the same data."""
    if accounts < MIN_ACCOUNTS:
        raise UserError(
            translate("Demo", "The demo needs at least {count} accounts.").format(
                count=MIN_ACCOUNTS
            )
        )
    if courriers < 0:
        raise UserError(translate("Demo", "The number of courriers cannot be negative."))
    rng = random.Random(seed)
    now = clock.now().replace(microsecond=0)
    today = now.date()
    structure_created = dt.datetime.combine(add_months(today, -40).replace(day=1), dt.time(10, 30))
    review_closed = dt.datetime.combine(add_months(today, -15), dt.time(16, 45))

    with store.session() as session:
        _refuse_non_empty(session)
        services = [
            _ServiceInfo(id=s.id, code=s.code, libelle=s.libelle)
            for s in session.execute(
                select(Service.id, Service.code, Service.libelle).order_by(Service.id)
            )
        ]
        if not services:
            raise UserError(translate("Demo", "This store has no services: it was not migrated."))
        # Ids are chosen here so that rows can refer to each other without a round trip.
        structure_id = (session.scalar(select(func.max(Structure.id))) or 0) + 1
        first_account_id = (session.scalar(select(func.max(Account.id))) or 0) + 1
        first_courrier_id = (session.scalar(select(func.max(Courrier.id))) or 0) + 1
        plan = _plan_accounts(
            rng,
            accounts,
            first_account_id,
            structure_id,
            services,
            now,
            structure_created,
            review_closed,
        )
        # Documents first, before the first write: they are harmless if the transaction fails,
        # and the database stays unlocked while they are written.
        writer = _CourrierWriter(
            rng, store.documents_dir, services, plan, structure_id, now, first_courrier_id
        )
        writer.prepare(courriers)

        session.add(
            Structure(id=structure_id, nom=DEMO_STRUCTURE_NAME, created_at=structure_created)
        )
        session.flush()
        _insert_chunks(session, Account, plan.rows)
        _insert_chunks(session, AccessRight, plan.rights)
        _add_review(session, structure_id, plan, review_closed)
        writer.insert(session)
        echanges = _add_echanges(session, rng, structure_id, plan, now)
        audit.record(
            session,
            clock,
            DEMO_ACTOR,
            "demo_generee",
            DEMO_STRUCTURE_NAME,
            accounts=accounts,
            courriers=courriers,
            echanges=echanges,
            seed=seed,
        )
    return DemoReport(
        structure=DEMO_STRUCTURE_NAME,
        accounts=accounts,
        courriers=courriers,
        echanges=echanges,
        credentials=[
            (DEMO_ADMIN_LOGIN, DEMO_PASSWORD, PROFILE_ADMINISTRATEUR),
            (plan.second_admin_login, DEMO_PASSWORD, PROFILE_ADMINISTRATEUR),
            (DEMO_USER_LOGIN, DEMO_PASSWORD, PROFILE_UTILISATEUR),
        ],
    )


# A courrier row, and the read marks of the demo admin and the demo agent (None: unread).
_GeneratedRow = tuple[dict[str, Any], dict[str, Any] | None, dict[str, Any] | None]


class _CourrierWriter:
    """Generates the courriers (with their documents and read marks) and inserts them."""

    def __init__(
        self,
        rng: random.Random,
        documents_dir: Path,
        services: list[_ServiceInfo],
        plan: _AccountsPlan,
        structure_id: int,
        now: dt.datetime,
        first_id: int,
    ) -> None:
        self.rng = rng
        self.documents_dir = documents_dir
        self.services = services
        self.plan = plan
        self.structure_id = structure_id
        self.now = now
        self.first_id = first_id
        self.days, self.day_weights = _history_days(now.date())
        self.factory = _CourrierFactory(services, self.days, now)
        self.kinds = self.factory.kinds()
        self.kind_table = _lookup_table(self.kinds, self.factory.kind_weights())
        self.count = 0
        self.own_rows: list[_GeneratedRow] | None = None
        self.pool: dict[tuple[int, str], list[str]] = {}

    def prepare(self, count: int) -> None:
        """Write the documents: one per courrier at small scale, a shared pool above."""
        self.count = count
        if count <= SHARED_DOCUMENTS_ABOVE:
            self.own_rows = list(self._rows(self.rng, count, own_documents=True))
            return
        pool_rng = random.Random(self.rng.getrandbits(64))
        pool_factory = _CourrierFactory(self.services, self.days, self.now)
        recent = len(self.days) - 260  # letters of the last year or so
        for kind in self.kinds:
            self.pool[kind] = [
                store_document(
                    self.documents_dir,
                    pool_factory.letter(
                        pool_factory.row(
                            pool_rng,
                            self.structure_id,
                            pool_rng.randrange(recent, len(self.days)),
                            kind,
                        ),
                        kind[0],
                    ),
                    durable=DURABLE_DOCUMENTS,
                )
                for _ in range(POOL_LETTERS_PER_KIND)
            ]

    def insert(self, session: Session) -> None:
        rows: Iterable[_GeneratedRow] = (
            self.own_rows
            if self.own_rows is not None
            else self._rows(self.rng, self.count, own_documents=False)
        )
        courrier_table, read_table = _table(Courrier), _table(CourrierRead)
        chunk: list[dict[str, Any]] = []
        admin_reads: list[dict[str, Any]] = []
        user_reads: list[dict[str, Any]] = []

        def flush() -> None:
            if chunk:
                session.execute(insert(courrier_table), chunk)
            # Each account's marks go in courrier order: the index only grows at its end.
            for reads in (admin_reads, user_reads):
                if reads:
                    session.execute(insert(read_table), reads)
            chunk.clear()
            admin_reads.clear()
            user_reads.clear()

        for row, admin_read, user_read in rows:
            chunk.append(row)
            if admin_read is not None:
                admin_reads.append(admin_read)
            if user_read is not None:
                user_reads.append(user_read)
            if len(chunk) >= CHUNK_ROWS:
                flush()
        flush()

    def _rows(
        self, rng: random.Random, count: int, *, own_documents: bool
    ) -> Iterator[_GeneratedRow]:
        """Courriers in order of reception: ids and dates grow together, as in real life."""
        random_ = rng.random
        factory, plan, kind_table = self.factory, self.plan, self.kind_table
        table_size = len(kind_table)
        today = self.now.date()
        ages = [(today - day).days for day in self.days]
        delays = [dt.timedelta(hours=h) for h in range(1, 24 * 12, 5)]
        user_services = {
            service.id for service in self.services if service.code in DEMO_USER_SERVICES
        }
        modifiers = {
            service_id: ids or [plan.admin_id] for service_id, ids in plan.modifiers.items()
        }
        day_indexes = sorted(rng.choices(range(len(self.days)), weights=self.day_weights, k=count))
        now = self.now
        for offset, day_index in enumerate(day_indexes):
            kind = kind_table[int(random_() * table_size)]
            row = factory.row(rng, self.structure_id, day_index, kind)
            courrier_id = self.first_id + offset
            row["id"] = courrier_id
            age = ages[day_index]
            # Archived: most old letters; a few recent ones already dealt with.
            if age > 180:
                archived = random_() < 0.9
            elif age > 60:
                archived = random_() < 0.6
            elif age > 21:
                archived = random_() < 0.25
            else:
                archived = False
            row["archived"] = archived
            chance = 0.3 if row["action_requise"] else 0.05
            if random_() < chance:
                candidates = modifiers[row["service_id"]]
                row["assigned_to_id"] = candidates[int(random_() * len(candidates))]
            if own_documents:
                row["document_sha256"] = store_document(
                    self.documents_dir, factory.letter(row, kind[0]), durable=DURABLE_DOCUMENTS
                )
            else:
                letters = self.pool[kind]
                row["document_sha256"] = letters[int(random_() * len(letters))]
            # Read marks: the last three weeks' mail is unread. One draw serves both people
            # so that, on the agent's funds, what the admin has read (and still has in the
            # inbox) the agent has read too; the admin reads the smaller funds' mail less.
            admin_read = user_read = None
            if age > UNREAD_DAYS:
                draw = random_()
                read_at = row["created_at"] + delays[int(random_() * len(delays))]
                if read_at > now:
                    read_at = now
                agents_fund = row["service_id"] in user_services
                if draw < (0.8 if archived else 0.9 if agents_fund else 0.75):
                    admin_read = {
                        "account_id": plan.admin_id,
                        "courrier_id": courrier_id,
                        "read_at": read_at,
                    }
                if agents_fund and draw < (0.05 if archived else 0.93):
                    user_read = {
                        "account_id": plan.user_id,
                        "courrier_id": courrier_id,
                        "read_at": read_at,
                    }
            yield row, admin_read, user_read


# --- review and échanges -------------------------------------------------------------------


def _add_review(
    session: Session, structure_id: int, plan: _AccountsPlan, closed: dt.datetime
) -> None:
    """The last account review, 15 months ago: the next one is due within a few months."""
    campaign = ReviewCampaign(
        structure_id=structure_id,
        started_at=closed - dt.timedelta(days=19),
        closed_at=closed,
        started_by_login=DEMO_ADMIN_LOGIN,
    )
    session.add(campaign)
    session.flush()
    _insert_chunks(
        session,
        ReviewDecision,
        [
            {
                "campaign_id": campaign.id,
                "account_login": login,
                "decision": "conserver",
                "decided_at": at,
                "decided_by_login": DEMO_ADMIN_LOGIN,
            }
            for login, at in plan.reviewed
        ],
    )


def _office_hours(rng: random.Random, day: dt.date, now: dt.datetime) -> dt.datetime:
    """A moment of that day, or of the next working day, never after now."""
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    moment = dt.datetime.combine(day, dt.time(8, 30)) + dt.timedelta(minutes=rng.randrange(540))
    return min(moment, now)


def _add_echanges(
    session: Session, rng: random.Random, structure_id: int, plan: _AccountsPlan, now: dt.datetime
) -> int:
    authors = [
        row["id"] for row in plan.rows[: max(MIN_ACCOUNTS, 12)] if row["status"] == STATUS_ACTIF
    ]
    # Oldest first, so references follow the dates; the last ones are the freshest.
    ages = sorted((rng.randrange(2, 120) for _ in ECHANGES), reverse=True)
    sequence: dict[int, int] = {}
    for (theme, motif, sous_motif, fonds, objet, question, answer), age, status in zip(
        ECHANGES, ages, ECHANGE_STATUSES, strict=True
    ):
        created = _office_hours(rng, now.date() - dt.timedelta(days=age), now)
        year = created.year
        sequence[year] = sequence.get(year, 0) + 1
        messages = [EchangeMessage(direction=DIRECTION_ENVOYE, body=question, at=created)]
        updated = created
        if status in ("repondu", "clos"):
            answered_on = created.date() + dt.timedelta(days=rng.randrange(1, 6))
            updated = _office_hours(rng, answered_on, now)
            messages.append(EchangeMessage(direction=DIRECTION_RECU, body=answer, at=updated))
            if status == "clos":
                updated = _office_hours(rng, updated.date() + dt.timedelta(days=1), now)
                messages.append(
                    EchangeMessage(
                        direction=DIRECTION_ENVOYE,
                        body="Merci pour votre réponse, nous clôturons la demande.",
                        at=updated,
                    )
                )
        session.add(
            Echange(
                structure_id=structure_id,
                reference=f"ECH-{year}-{sequence[year]:06d}",
                theme=theme,
                motif=motif,
                sous_motif=sous_motif,
                fonds=fonds,
                objet=objet,
                author_id=authors[int(rng.random() * len(authors))],
                status=status,
                created_at=created,
                updated_at=updated,
                messages=messages,
            )
        )
    return len(ECHANGES)
