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
from dataclasses import dataclass

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from peps_desktop.core.accounts.data_key_access import recognise_structure_key, wrap_for_many
from peps_desktop.core.accounts.rules import (
    PROFILE_ADMINISTRATEUR,
    PROFILE_UTILISATEUR,
)
from peps_desktop.core.demo.echanges import add_echanges
from peps_desktop.core.demo.letters import CourrierWriter
from peps_desktop.core.demo.people import (
    ServiceInfo,
    add_authenticators,
    add_review,
    plan_accounts,
)
from peps_desktop.core.demo.reference import (
    DEMO_ACTOR,
    DEMO_ADMIN_LOGIN,
    DEMO_AUTHENTICATOR_SECRET,
    DEMO_PASSWORD,
    DEMO_STRUCTURE_NAME,
    DEMO_USER_LOGIN,
    MIN_ACCOUNTS,
)
from peps_desktop.core.demo.rows import insert_chunks
from peps_desktop.core.shared import audit
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.dates import add_months
from peps_desktop.core.shared.progress import Progress, silent
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.encrypted import DataCipher, attach_cipher, attached_key, new_data_key
from peps_desktop.store.identities import catch_up_ids
from peps_desktop.store.models import (
    AccessRight,
    Account,
    Base,
    Courrier,
    Service,
    Structure,
)


@dataclass(frozen=True)
class DemoReport:
    structure: str
    accounts: int
    courriers: int
    echanges: int
    # (login, password, description) of the accounts to try the demo with.
    credentials: list[tuple[str, str, str]]
    # Their authenticator app's secret (published: a demo holds no real data).
    authenticator_secret: str = DEMO_AUTHENTICATOR_SECRET


# --- the use case --------------------------------------------------------------------------


def _refuse_non_empty(session: Session) -> None:
    if session.scalar(select(exists().where(Structure.id.is_not(None)))):
        raise UserError(
            translate(
                "Demo", "This store already has a structure: the demo only fills an empty store."
            )
        )


def seed_demo(
    store: Store,
    clock: Clock,
    *,
    accounts: int = 15,
    courriers: int = 2000,
    seed: int = 1,
    progress: Progress = silent,
) -> DemoReport:
    """Fill an empty store with the demo commune; the same seed gives the same data.
    `progress` hears of the documents written, then of the courriers inserted."""
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
            ServiceInfo(id=s.id, code=s.code, libelle=s.libelle)
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
        plan = plan_accounts(
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
        writer = CourrierWriter(
            rng, store.documents, services, plan, structure_id, now, first_courrier_id, progress
        )
        writer.prepare(courriers)

        session.add(
            Structure(id=structure_id, nom=DEMO_STRUCTURE_NAME, created_at=structure_created)
        )
        session.flush()
        insert_chunks(session, Account, plan.rows)
        # The demo's key: the one this engine holds (a store opened with its computer's
        # key), else a new one; wrapped for every account with a password, and in use.
        key = attached_key(store.engine) or new_data_key()
        recognise_structure_key(session, clock, structure_id, key)
        wrap_for_many(
            session,
            clock,
            [row["id"] for row in plan.rows if row["password_hash"] is not None],
            key,
            DEMO_PASSWORD,
        )
        attach_cipher(store.engine, DataCipher(key))
        insert_chunks(session, AccessRight, plan.rights)
        add_authenticators(session, plan, now)
        add_review(session, structure_id, plan, review_closed)
        writer.insert(session)
        echanges = add_echanges(session, rng, structure_id, plan, now)
        tables = [Base.metadata.tables[name] for name in ("structure", "account", "courrier")]
        catch_up_ids(session.connection(), tables)
        audit.record(
            session,
            clock,
            DEMO_ACTOR,
            "demo_generee",
            DEMO_STRUCTURE_NAME,
            structure_id=structure_id,
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
