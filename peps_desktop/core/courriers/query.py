"""What the inbox shows: a tab, filters, a search and a sort, as one immutable value."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from peps_desktop.core.accounts.signed_in import SignedIn

Tab = Literal["courriers", "archives"]
Assignment = Literal["me", "unassigned"]
ReadState = Literal["unread", "read"]
SortColumn = Literal[
    "recu_le",
    "service",
    "type",
    "objet",
    "reference",
    "action_requise",
    "echeance",
    "montant",
    "assigned",
]
SORT_COLUMNS: tuple[SortColumn, ...] = (
    "recu_le",
    "service",
    "type",
    "objet",
    "reference",
    "action_requise",
    "echeance",
    "montant",
    "assigned",
)


@dataclass(frozen=True)
class InboxQuery:
    tab: Tab = "courriers"
    services: tuple[str, ...] = ()  # service codes; empty = every service the user may read
    types: tuple[str, ...] = ()  # empty = every type
    # The courrier's action_requise flag; named apart from the saved view action_requise().
    requires_action: bool | None = None
    assignment: Assignment | None = None
    read_state: ReadState | None = None
    received_from: dt.date | None = None  # inclusive
    received_to: dt.date | None = None  # inclusive
    search: str = ""
    sort: SortColumn = "recu_le"
    descending: bool = True

    @classmethod
    def a_traiter(cls, user: SignedIn) -> InboxQuery:
        """The saved view "À traiter": courriers assigned to me, not archived."""
        del user  # "me" is resolved against the signed-in user when the query runs
        return cls(tab="courriers", assignment="me")

    @classmethod
    def action_requise(cls) -> InboxQuery:
        """The saved view "Action requise": courriers needing an action, not archived."""
        return cls(tab="courriers", requires_action=True)
