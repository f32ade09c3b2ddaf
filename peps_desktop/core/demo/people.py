"""The demo's accounts and rights, planned in memory then inserted in bulk; its last review."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

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
from peps_desktop.core.demo.reference import (
    DEMO_ADMIN_LOGIN,
    DEMO_AUTHENTICATOR_SECRET,
    DEMO_EMAIL_DOMAIN,
    DEMO_PASSWORD,
    DEMO_USER_LOGIN,
    DEMO_USER_SERVICES,
    NOMS,
    PRENOMS,
    RIGHT_PROFILES,
    SECOND_ADMIN_RIGHTS,
)
from peps_desktop.core.demo.rows import ascii_slug, insert_chunks, phone
from peps_desktop.core.shared.dates import add_months
from peps_desktop.core.shared.security import hash_password
from peps_desktop.core.shared.services import RIGHT_AUCUN, RIGHT_LECTURE, RIGHT_MODIFICATION
from peps_desktop.store.models import (
    Authenticator,
    ReviewCampaign,
    ReviewDecision,
)

# --- accounts ------------------------------------------------------------------------------


@dataclass
class ServiceInfo:
    id: int
    code: str
    libelle: str


@dataclass
class AccountsPlan:
    rows: list[dict[str, Any]]
    rights: list[dict[str, Any]]
    # Active accounts with modification rights, per service id: who courriers go to.
    modifiers: dict[int, list[int]]
    admin_id: int
    user_id: int
    second_admin_login: str
    # The accounts the demo is tried with: their authenticator is the published one.
    enrolled_ids: list[int]
    reviewed: list[tuple[str, dt.datetime]]


def plan_accounts(
    rng: random.Random,
    count: int,
    first_id: int,
    structure_id: int,
    services: list[ServiceInfo],
    now: dt.datetime,
    structure_created: dt.datetime,
    review_closed: dt.datetime,
) -> AccountsPlan:
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
        base = f"{ascii_slug(prenom)}.{ascii_slug(nom)}"[:60]
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
            level_of = (
                dict.fromkeys((s.code for s in services), RIGHT_MODIFICATION)
                if index == 0
                else SECOND_ADMIN_RIGHTS
            )
        elif index == 2:
            level_of = dict.fromkeys(DEMO_USER_SERVICES, RIGHT_LECTURE)
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
                # A few accounts lack the telephone PEP's requires: the flags show them.
                "telephone": None if index > 2 and index % 11 == 5 else phone(rng),
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
    return AccountsPlan(
        rows=rows,
        rights=rights,
        modifiers=modifiers,
        admin_id=first_id,
        user_id=first_id + 2,
        second_admin_login=rows[1]["login"],
        reviewed=reviewed,
        enrolled_ids=[first_id, first_id + 1, first_id + 2],
    )


def add_authenticators(session: Session, plan: AccountsPlan, now: dt.datetime) -> None:
    """The demo's own accounts share the published authenticator secret; the others set one
    up at their first sign-in, as any account would."""
    insert_chunks(
        session,
        Authenticator,
        [
            {
                "account_id": account_id,
                "secret": DEMO_AUTHENTICATOR_SECRET,
                "created_at": now,
                "confirmed_at": now,
            }
            for account_id in plan.enrolled_ids
        ],
    )


# --- review and échanges -------------------------------------------------------------------


def add_review(
    session: Session, structure_id: int, plan: AccountsPlan, closed: dt.datetime
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
    insert_chunks(
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
