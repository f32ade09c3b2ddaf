"""The demo's courriers: their rows, their letters (PDF) and who read them."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from peps_desktop.core.courriers.vocabulary import (
    COURRIER_TYPES,
    TYPE_FACTURE,
)
from peps_desktop.core.demo.pdf import courrier_pdf
from peps_desktop.core.demo.people import AccountsPlan, ServiceInfo
from peps_desktop.core.demo.reference import (
    ACTION_PROBABILITY,
    BODIES,
    CHUNK_ROWS,
    DEFAULT_INVOICE_CENTS,
    DEMO_CCAS_NAME,
    DEMO_STRUCTURE_NAME,
    DEMO_USER_SERVICES,
    DURABLE_DOCUMENTS,
    HISTORY_DAYS,
    INFO_ONLY_TYPE_WEIGHTS,
    INVOICE_CENTS,
    INVOICE_TYPES,
    MAJORATION_CENTS,
    OBJETS,
    OBJETS_BY_SERVICE,
    POOL_LETTERS_PER_KIND,
    REFERENCE_PREFIXES,
    SERVICE_WEIGHTS,
    SHARED_DOCUMENTS_ABOVE,
    TYPE_WEIGHTS,
    UNREAD_DAYS,
)
from peps_desktop.core.demo.rows import date_fields, euros, french_date, lookup_table, table_of
from peps_desktop.core.shared.progress import Progress, silent
from peps_desktop.store.documents import Documents
from peps_desktop.store.models import (
    Courrier,
    CourrierRead,
)

# The steps `progress` hears of: the letters written, then the courriers inserted.
DOCUMENTS_STEP = "documents"
COURRIERS_STEP = "courriers"

# --- courriers -----------------------------------------------------------------------------


class CourrierFactory:
    """Makes courrier rows cheaply: everything that depends on the day is computed once."""

    def __init__(self, services: list[ServiceInfo], days: list[dt.date], now: dt.datetime):
        self.services = services
        self.days = days
        self.now = now
        self.day_fields = [date_fields(day) for day in days]
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
            for kind in TYPE_WEIGHTS.get(service.code, INFO_ONLY_TYPE_WEIGHTS)
        ]

    def kind_weights(self) -> list[float]:
        weights: list[float] = []
        for service in self.services:
            kinds = TYPE_WEIGHTS.get(service.code, INFO_ONLY_TYPE_WEIGHTS)
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
            f"Bordeaux, le {french_date(row['recu_le'])}",
            "",
            f"**Objet : {row['objet']}",
            "",
            "Madame, Monsieur,",
            "",
            *BODIES[row["type"]],
            "",
        ]
        if row["montant"] is not None:
            lines.append(f"**Montant : {euros(row['montant'])}")
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


def history_days(today: dt.date) -> tuple[list[dt.date], list[float]]:
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


# A courrier row, and the read marks of the demo admin and the demo agent (None: unread).
_GeneratedRow = tuple[dict[str, Any], dict[str, Any] | None, dict[str, Any] | None]


class CourrierWriter:
    """Generates the courriers (with their documents and read marks) and inserts them."""

    def __init__(
        self,
        rng: random.Random,
        documents: Documents,
        services: list[ServiceInfo],
        plan: AccountsPlan,
        structure_id: int,
        now: dt.datetime,
        first_id: int,
        progress: Progress = silent,
    ) -> None:
        self.rng = rng
        self.progress = progress
        self.documents = documents
        self.services = services
        self.plan = plan
        self.structure_id = structure_id
        self.now = now
        self.first_id = first_id
        self.days, self.day_weights = history_days(now.date())
        self.factory = CourrierFactory(services, self.days, now)
        self.kinds = self.factory.kinds()
        self.kind_table = lookup_table(self.kinds, self.factory.kind_weights())
        self.count = 0
        self.own_rows: list[_GeneratedRow] | None = None
        self.pool: dict[tuple[int, str], list[str]] = {}

    def prepare(self, count: int) -> None:
        """Write the documents: one per courrier at small scale, a shared pool above."""
        self.count = count
        if count <= SHARED_DOCUMENTS_ABOVE:
            self.progress(DOCUMENTS_STEP, 0, count)
            self.own_rows = list(self._rows(self.rng, count, own_documents=True))
            self.progress(DOCUMENTS_STEP, count, count)
            return
        pool_rng = random.Random(self.rng.getrandbits(64))
        pool_factory = CourrierFactory(self.services, self.days, self.now)
        recent = len(self.days) - 260  # letters of the last year or so
        for number, kind in enumerate(self.kinds):
            self.progress(DOCUMENTS_STEP, number, len(self.kinds))
            self.pool[kind] = [
                self.documents.put(
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
        courrier_table, read_table = table_of(Courrier), table_of(CourrierRead)
        chunk: list[dict[str, Any]] = []
        admin_reads: list[dict[str, Any]] = []
        user_reads: list[dict[str, Any]] = []

        inserted = 0
        self.progress(COURRIERS_STEP, 0, self.count)

        def flush() -> None:
            nonlocal inserted
            if chunk:
                session.execute(insert(courrier_table), chunk)
                inserted += len(chunk)
                self.progress(COURRIERS_STEP, inserted, self.count)
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
                row["document_sha256"] = self.documents.put(
                    factory.letter(row, kind[0]), durable=DURABLE_DOCUMENTS
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
