"""An inbox to look at: two people with different rights over a few pages of courriers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.store import Store
from tests.core.courriers.inbox_builders import courrier, person

CNRACL_COURRIERS = 230  # more than two pages of the model
IRCANTEC_COURRIERS = 12


@dataclass(frozen=True)
class Mailbox:
    lea: SignedIn  # CNRACL lecture, IRCANTEC modification
    marc: SignedIn  # CNRACL and IRCANTEC modification: a colleague Léa may assign to
    cnracl: list[int]
    ircantec: list[int]
    archived: int  # IRCANTEC
    rafp: int  # nobody above may see it


@pytest.fixture
def mailbox(store: Store) -> Mailbox:
    with store.session() as session:
        lea = person(session, "lea.petit", {"CNRACL": "lecture", "IRCANTEC": "modification"})
        marc = person(session, "marc.roux", {"CNRACL": "modification", "IRCANTEC": "modification"})
        cnracl = [
            courrier(
                session,
                "CNRACL",
                objet=f"Facture de cotisations {number:03d}",
                recu_le=dt.date(2026, 1, 1) + dt.timedelta(days=number),
                action_requise=number % 3 == 0,
            )
            for number in range(CNRACL_COURRIERS)
        ]
        ircantec = [
            courrier(
                session,
                "IRCANTEC",
                objet=f"Bordereau IRCANTEC {number:02d}",
                reference=f"IRC-{number:04d}",
                recu_le=dt.date(2025, 6, 1) + dt.timedelta(days=number),
            )
            for number in range(IRCANTEC_COURRIERS)
        ]
        archived = courrier(
            session,
            "IRCANTEC",
            objet="Ancienne facture",
            recu_le=dt.date(2025, 1, 5),
            archived=True,
        )
        rafp = courrier(session, "RAFP", objet="Facture RAFP", recu_le=dt.date(2026, 11, 21))
    return Mailbox(lea, marc, cnracl, ircantec, archived, rafp)
