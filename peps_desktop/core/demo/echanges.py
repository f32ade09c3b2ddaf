"""The demo's échanges with the funds, each with its thread."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy.orm import Session

from peps_desktop.core.accounts.rules import (
    STATUS_ACTIF,
)
from peps_desktop.core.contact.mail import message_id_for
from peps_desktop.core.demo.people import AccountsPlan
from peps_desktop.core.demo.reference import (
    DIRECTION_ENVOYE,
    DIRECTION_RECU,
    ECHANGE_STATUSES,
    ECHANGES,
    MIN_ACCOUNTS,
)
from peps_desktop.store.models import (
    Echange,
    EchangeMessage,
)


def _office_hours(rng: random.Random, day: dt.date, now: dt.datetime) -> dt.datetime:
    """A moment of that day, or of the next working day, never after now."""
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    moment = dt.datetime.combine(day, dt.time(8, 30)) + dt.timedelta(minutes=rng.randrange(540))
    return min(moment, now)


def add_echanges(
    session: Session, rng: random.Random, structure_id: int, plan: AccountsPlan, now: dt.datetime
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
        # A draft keeps its text apart; a request to send has its message written, not sent.
        messages = (
            []
            if status == "brouillon"
            else [EchangeMessage(direction=DIRECTION_ENVOYE, body=question, at=created)]
        )
        sent_at = (
            created + dt.timedelta(minutes=rng.randrange(1, 30))
            if status not in ("brouillon", "a_envoyer")
            else None
        )
        updated = sent_at or created
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
        reference = f"ECH-{year}-{sequence[year]:06d}"
        session.add(
            Echange(
                structure_id=structure_id,
                reference=reference,
                theme=theme,
                motif=motif,
                sous_motif=sous_motif,
                fonds=fonds,
                objet=objet,
                author_id=authors[int(rng.random() * len(authors))],
                status=status,
                created_at=created,
                updated_at=updated,
                sent_at=sent_at,
                message=question,
                message_id=None if status == "brouillon" else message_id_for(reference, created),
                messages=messages,
            )
        )
    return len(ECHANGES)
