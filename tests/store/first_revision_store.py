"""A store as the first versions of the application left it, filled revision by revision.

The store starts at revision 0001 and is filled with raw SQL in the schema of the revision it
is at, never through today's models. Rows whose table or columns arrive later are added once
the store has been stepped up to that revision: the funds (services) are inserted by 0002
itself, so access rights and courriers come at 0002; successions and activation codes at
0003; the échanges' agents (NIR and names encrypted), fields and attachments at 0005, where
the store is left. Documents are written where the application has always kept them,
`documents/<sha[:2]>/<sha>.pdf`, and the data key in the keyring entry the application
looks up: service `peps-desktop-data-key`, user the store's absolute SQLite URL, the key in
base64.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from keyring.backend import KeyringBackend
from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import make_url

from peps_desktop.core.demo.pdf import courrier_pdf
from peps_desktop.core.shared.locations import Location, resolve
from peps_desktop.core.shared.security import hash_password
from peps_desktop.store import build_engine
from peps_desktop.store.encrypted import DataCipher, new_data_key
from peps_desktop.store.migrate import upgrade_to
from peps_desktop.store.search_fts import FTS_TABLE, FTS_TABLE_NAMES

LEFT_AT = "0005"
STRUCTURE = "CCAS de Lunel"
STRUCTURE_CREATED = "2025-03-01 08:00:00"


@dataclass(frozen=True)
class OldAccount:
    id: int
    login: str
    nom: str
    prenom: str
    email: str
    profile: str
    status: str
    expires_on: dt.date
    password: str | None  # None: never activated
    rights: dict[str, str]  # service code -> level, as granted (rows of access_right)


ACCOUNTS = (
    OldAccount(
        1,
        "anne.roux",
        "Roux",
        "Anne",
        "anne.roux@ccas-lunel.fr",
        "administrateur",
        "actif",
        dt.date(2027, 9, 1),
        "Anne-Roux-2025-pw",
        rights={},  # every fund: filled in at 0002, when the funds exist
    ),
    OldAccount(
        2,
        "jean.dupont",
        "Dupont",
        "Jean",
        "jean.dupont@ccas-lunel.fr",
        "utilisateur",
        "actif",
        dt.date(2027, 3, 15),
        "Jean-Dupont-2025-pw",
        rights={"CNRACL": "lecture", "IRCANTEC": "modification", "RAFP": "aucun"},
    ),
    OldAccount(
        3,
        "lea.garcia",
        "Garcia",
        "Léa",
        "lea.garcia@ccas-lunel.fr",
        "utilisateur",
        "verrouille",
        dt.date(2027, 1, 10),
        "Lea-Garcia-2025-pw",
        rights={"RAFP": "lecture"},
    ),
    OldAccount(
        4,
        "marc.nguyen",
        "Nguyen",
        "Marc",
        "marc.nguyen@ccas-lunel.fr",
        "utilisateur",
        "actif",
        dt.date(2027, 6, 30),
        None,
        rights={"CNRACL": "modification", "FEH": "lecture"},
    ),
)
SERVICE_CODES_AT_0002 = (
    "CNRACL",
    "IRCANTEC",
    "RAFP",
    "FSPOEIE",
    "ATIACL",
    "FIPHFP",
    "FNC",
    "FEH",
    "FAEFM",
)


def rights_of(account: OldAccount) -> dict[str, str]:
    """The first administrator had every right on every fund."""
    if account.profile == "administrateur":
        return dict.fromkeys(SERVICE_CODES_AT_0002, "modification")
    return account.rights


@dataclass(frozen=True)
class OldCourrier:
    id: int
    service: str
    type: str
    objet: str
    reference: str
    recu_le: dt.date
    action_requise: bool
    echeance: dt.date | None
    montant: str | None
    document: bytes | None
    archived: bool = False
    assigned_to: str | None = None  # login
    read_by: tuple[str, ...] = ()

    @property
    def document_sha256(self) -> str | None:
        return hashlib.sha256(self.document).hexdigest() if self.document is not None else None


def _letter(title: str, *lines: str) -> bytes:
    return courrier_pdf(title, list(lines))


SHARED_LETTER = _letter("RAFP – Notification", "Votre taux de cotisation évolue au 1er janvier.")
COURRIERS = (
    OldCourrier(
        1,
        "CNRACL",
        "facture",
        "Facture des cotisations de septembre 2025",
        "CNR-2025-09-0012",
        dt.date(2025, 10, 3),
        True,
        dt.date(2025, 10, 31),
        "1234.56",
        _letter("CNRACL – Facture", "Cotisations de septembre 2025 : 1 234,56 €."),
        assigned_to="jean.dupont",
        read_by=("jean.dupont", "anne.roux"),
    ),
    OldCourrier(
        2,
        "IRCANTEC",
        "etat_de_compte",
        "État de compte 2024 – Lunel",
        "IRC-2024-EC-77",
        dt.date(2025, 4, 14),
        False,
        None,
        None,
        _letter("IRCANTEC – État de compte", "Situation au 31 décembre 2024."),
        archived=True,
        read_by=("jean.dupont",),
    ),
    OldCourrier(
        3,
        "RAFP",
        "notification",
        "Notification de taux 2026",
        "RAFP-2025-N-3",
        dt.date(2025, 11, 2),
        False,
        None,
        None,
        SHARED_LETTER,
    ),
    OldCourrier(
        4,
        "RAFP",
        "notification",
        "Notification de taux 2026 (duplicata)",
        "RAFP-2025-N-3-BIS",
        dt.date(2025, 11, 5),
        False,
        None,
        None,
        SHARED_LETTER,  # the same bytes: one file for both
    ),
    OldCourrier(
        5,
        "FEH",
        "facture_majorations",
        "Majorations de retard",
        "FEH-2025-M-8",
        dt.date(2025, 12, 1),
        True,
        dt.date(2026, 1, 15),
        "89.90",
        None,  # received on paper: no document
    ),
)


@dataclass(frozen=True)
class OldEchange:
    id: int
    reference: str
    author: str | None  # login; None: the author's account was deleted
    status: str
    objet: str
    thread: tuple[tuple[str, str, str], ...] = ()  # (direction, body, at)
    message: str | None = None  # arrives with 0005
    fields: tuple[tuple[str, str], ...] = ()  # arrive with 0005


ECHANGES = (
    OldEchange(
        1,
        "ECH-2025-000001",
        "anne.roux",
        "repondu",
        "Majoration contestée",
        thread=(
            ("envoye", "Bonjour, nous contestons la majoration.", "2025-10-06 10:00:00"),
            ("recu", "La majoration est annulée.", "2025-10-09 15:30:00"),
        ),
        message="Bonjour, nous contestons la majoration de septembre.",
        fields=(("date_debut", "2025-09-01"), ("montant", "45.00")),
    ),
    OldEchange(
        2,
        "ECH-2025-000002",
        "jean.dupont",
        "brouillon",
        "Affiliation d'un agent",
        message="Affiliation à la CNRACL de deux agents.",
    ),
    OldEchange(
        3,
        "ECH-2025-000003",
        None,
        "envoye",
        "Question sur la RAFP",
        thread=(("envoye", "Quel est le taux applicable ?", "2025-08-01 09:05:00"),),
    ),
)


@dataclass(frozen=True)
class OldAgent:
    echange_id: int
    position: int
    nir: str
    nom: str
    prenom: str


AGENTS = (
    OldAgent(1, 0, "185057800608491", "Martin", "Paul"),
    OldAgent(1, 1, "295107512345601", "Lefèvre", "Élodie"),
    OldAgent(2, 0, "282013301234525", "Bernard", "Chloé"),
)
ATTACHMENT = _letter("Attestation employeur", "Attestation jointe à l'échange ECH-2025-000001.")


@dataclass
class OldStore:
    """The store left at LEFT_AT, with what was put in it."""

    location: Location
    data_key: bytes
    # Per table, as left: its columns, its number of rows and the rows themselves.
    columns: dict[str, list[str]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    contents: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def path(self) -> Path:
        database = make_url(self.location.db_url).database
        assert database is not None
        return Path(database)


def _insert(connection: Connection, table: str, rows: Sequence[dict[str, Any]]) -> None:
    for row in rows:
        columns = ", ".join(row)
        values = ", ".join(f":{name}" for name in row)
        connection.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({values})"), row)


def _step_to(engine: Engine, revision: str) -> None:
    upgrade_to(engine, revision)
    with engine.connect() as connection:
        found = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert found == revision


def _account_ids() -> dict[str, int]:
    return {account.login: account.id for account in ACCOUNTS}


def _fill_at_0001(connection: Connection) -> None:
    _insert(
        connection,
        "structure",
        [{"id": 1, "nom": STRUCTURE, "created_at": STRUCTURE_CREATED}],
    )
    _insert(
        connection,
        "account",
        [
            {
                "id": account.id,
                "structure_id": 1,
                "login": account.login,
                "nom": account.nom,
                "prenom": account.prenom,
                "email": account.email,
                "telephone": "04 67 00 00 0" + str(account.id),
                "profile": account.profile,
                "status": account.status,
                "expires_on": account.expires_on.isoformat(),
                "last_sign_in_at": "2025-11-20 08:15:00" if account.password else None,
                "last_review_at": "2025-06-01 10:00:00",
                "password_hash": hash_password(account.password) if account.password else None,
                "failed_sign_ins": 5 if account.status == "verrouille" else 0,
                "created_at": STRUCTURE_CREATED,
                "version": account.id + 1,
            }
            for account in ACCOUNTS
        ],
    )
    ids = _account_ids()
    _insert(
        connection,
        "echange",
        [
            {
                "id": echange.id,
                "structure_id": 1,
                "reference": echange.reference,
                "theme": "Cotisations",
                "motif": "Facturation",
                "sous_motif": "Contester une majoration",
                "fonds": "CNRACL",
                "objet": echange.objet,
                "author_id": ids[echange.author] if echange.author else None,
                "status": echange.status,
                "created_at": f"2025-0{echange.id + 5}-01 09:00:00",
                "updated_at": f"2025-0{echange.id + 5}-02 09:00:00",
            }
            for echange in ECHANGES
        ],
    )
    _insert(
        connection,
        "echange_message",
        [
            {"echange_id": echange.id, "direction": direction, "body": body, "at": at}
            for echange in ECHANGES
            for direction, body, at in echange.thread
        ],
    )
    _insert(
        connection,
        "review_campaign",
        [
            {
                "id": 1,
                "structure_id": 1,
                "started_at": "2025-06-01 09:00:00",
                "closed_at": "2025-06-01 10:00:00",
                "started_by_login": "anne.roux",
            }
        ],
    )
    _insert(
        connection,
        "review_decision",
        [
            {
                "campaign_id": 1,
                "account_login": account.login,
                "decision": "conserver",
                "decided_at": "2025-06-01 09:30:00",
                "decided_by_login": "anne.roux",
            }
            for account in ACCOUNTS
        ],
    )
    _insert(
        connection,
        "notification",
        [
            {
                "account_id": 1,
                "kind": "revue",
                "key": "revue:2025",
                "title": "Revue des comptes à mener",
                "raised_at": "2025-05-20 08:00:00",
                "read_at": "2025-05-21 08:00:00",
            }
        ],
    )
    _insert(
        connection,
        "audit_entry",
        [
            {
                "at": STRUCTURE_CREATED,
                "actor_login": "anne.roux",
                "action": "structure_creee",
                "target": STRUCTURE,
                "details": None,
            },
            {
                "at": "2025-06-01 10:00:00",
                "actor_login": "anne.roux",
                "action": "revue_close",
                "target": None,
                "details": '{"comptes": 4}',
            },
        ],
    )


def _write_document(documents_dir: Path, content: bytes) -> None:
    sha = hashlib.sha256(content).hexdigest()
    target = documents_dir / sha[:2] / f"{sha}.pdf"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)


def _fill_at_0002(connection: Connection, documents_dir: Path) -> None:
    service_ids = {
        code: service_id
        for code, service_id in connection.execute(text("SELECT code, id FROM service"))
    }
    assert set(service_ids) == set(SERVICE_CODES_AT_0002)
    _insert(
        connection,
        "access_right",
        [
            {"account_id": account.id, "service_id": service_ids[code], "level": level}
            for account in ACCOUNTS
            for code, level in rights_of(account).items()
        ],
    )
    ids = _account_ids()
    for courrier in COURRIERS:
        if courrier.document is not None:
            _write_document(documents_dir, courrier.document)
    _insert(
        connection,
        "courrier",
        [
            {
                "id": courrier.id,
                "structure_id": 1,
                "service_id": service_ids[courrier.service],
                "type": courrier.type,
                "objet": courrier.objet,
                "reference": courrier.reference,
                "recu_le": courrier.recu_le.isoformat(),
                "action_requise": courrier.action_requise,
                "echeance": courrier.echeance.isoformat() if courrier.echeance else None,
                "montant": courrier.montant,
                "document_sha256": courrier.document_sha256,
                "archived": courrier.archived,
                "assigned_to_id": ids[courrier.assigned_to] if courrier.assigned_to else None,
                "created_at": f"{courrier.recu_le.isoformat()} 07:00:00",
            }
            for courrier in COURRIERS
        ],
    )
    _insert(
        connection,
        "courrier_read",
        [
            {"account_id": ids[login], "courrier_id": courrier.id, "read_at": "2025-12-02 08:00:00"}
            for courrier in COURRIERS
            for login in courrier.read_by
        ],
    )


def _fill_at_0003(connection: Connection) -> None:
    ids = _account_ids()
    connection.execute(
        text(
            "UPDATE account SET activation_code_hash = :code, "
            "activation_code_expires_at = '2026-12-02 08:00:00' WHERE id = :id"
        ),
        {"code": hash_password("ABCD-EFGH-JKMN"), "id": ids["marc.nguyen"]},
    )
    connection.execute(
        text(
            "UPDATE review_decision SET reason = 'Toujours en poste' WHERE account_login = :login"
        ),
        {"login": "jean.dupont"},
    )
    _insert(
        connection,
        "succession",
        [
            {
                "structure_id": 1,
                "leaver_account_id": ids["lea.garcia"],
                "leaver_login": "lea.garcia",
                "successor_login": "anne.roux",
                "departure_on": "2026-12-31",
                "created_at": "2025-11-30 16:00:00",
            }
        ],
    )


def _fill_at_0005(connection: Connection, documents_dir: Path, cipher: DataCipher) -> None:
    for echange in ECHANGES:
        if echange.message is not None:
            connection.execute(
                text(
                    "UPDATE echange SET message = :message, catalogue_codes = :codes, "
                    "message_id = :message_id WHERE id = :id"
                ),
                {
                    "message": echange.message,
                    "codes": "cotisations/facturation/majoration",
                    "message_id": f"<echange-{echange.id}@peps-desktop.invalid>",
                    "id": echange.id,
                },
            )
    _insert(
        connection,
        "echange_agent",
        [
            {
                "echange_id": agent.echange_id,
                "position": agent.position,
                "nir": cipher.encrypt(agent.nir, "echange_agent.nir"),
                "nom": cipher.encrypt(agent.nom, "echange_agent.nom"),
                "prenom": cipher.encrypt(agent.prenom, "echange_agent.prenom"),
            }
            for agent in AGENTS
        ],
    )
    _insert(
        connection,
        "echange_field",
        [
            {"echange_id": echange.id, "cle": cle, "value": value}
            for echange in ECHANGES
            for cle, value in echange.fields
        ],
    )
    _write_document(documents_dir, ATTACHMENT)
    _insert(
        connection,
        "echange_attachment",
        [
            {
                "echange_id": 1,
                "file_name": "attestation-employeur.pdf",
                "document_sha256": hashlib.sha256(ATTACHMENT).hexdigest(),
                "size": len(ATTACHMENT),
                "media_type": "application/pdf",
            }
        ],
    )


def _keep_data_key(backend: KeyringBackend, store_file: Path, key: bytes) -> None:
    """Where the application looks the key up, spelled out: a key kept this way by an earlier
    version must still be found."""
    backend.set_password(
        "peps-desktop-data-key",
        f"sqlite:///{store_file.resolve()}",
        base64.b64encode(key).decode("ascii"),
    )


def counted_tables(connection: Connection) -> list[str]:
    """The store's tables, but the schema's revision and the search index's own storage."""
    names = connection.execute(
        text("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    ).scalars()
    shadow = FTS_TABLE_NAMES - {FTS_TABLE}
    return sorted(name for name in names if name != "alembic_version" and name not in shadow)


def row_counts(connection: Connection) -> dict[str, int]:
    return {
        table: connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one()
        for table in counted_tables(connection)
    }


def table_columns(connection: Connection) -> dict[str, list[str]]:
    """The columns of each table (the search index aside)."""
    return {
        table: [row[1] for row in connection.exec_driver_sql(f'PRAGMA table_info("{table}")')]
        for table in counted_tables(connection)
        if table != FTS_TABLE
    }


def table_contents(
    connection: Connection, columns: dict[str, list[str]]
) -> dict[str, list[dict[str, Any]]]:
    """The rows of these tables, these columns only, as stored (no type conversion)."""
    contents = {}
    for table, names in columns.items():
        quoted = ", ".join(f'"{name}"' for name in names)
        result = connection.exec_driver_sql(f'SELECT {quoted} FROM "{table}"')
        rows = [dict(zip(names, row, strict=True)) for row in result]
        contents[table] = sorted(rows, key=repr)
    return contents


def build_old_store(data_dir: Path, keyring_backend: KeyringBackend) -> OldStore:
    """The store at LEFT_AT in `data_dir`, its documents beside it, its key in the keyring."""
    location = resolve(data_dir=data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    key = new_data_key()
    old = OldStore(location=location, data_key=key)
    engine = build_engine(location.db_url)
    try:
        _step_to(engine, "0001")
        with engine.begin() as connection:
            _fill_at_0001(connection)
        _step_to(engine, "0002")
        with engine.begin() as connection:
            _fill_at_0002(connection, location.documents_dir)
        _step_to(engine, "0003")
        with engine.begin() as connection:
            _fill_at_0003(connection)
        _step_to(engine, LEFT_AT)
        with engine.begin() as connection:
            _fill_at_0005(connection, location.documents_dir, DataCipher(key))
        with engine.connect() as connection:
            old.columns = table_columns(connection)
            old.counts = row_counts(connection)
            old.contents = table_contents(connection, old.columns)
    finally:
        engine.dispose()
    _keep_data_key(keyring_backend, old.path, key)
    return old
