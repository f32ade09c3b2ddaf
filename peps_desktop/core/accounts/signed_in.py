"""Who is signed in: the value every use case receives to know who acts and for which structure."""

from __future__ import annotations

from dataclasses import dataclass

from peps_desktop.core.accounts.rules import PROFILE_ADMINISTRATEUR


@dataclass(frozen=True)
class SignedIn:
    """Who is signed in: what the rest of the application may know of them."""

    account_id: int
    structure_id: int
    login: str
    nom: str
    prenom: str
    profile: str
    badge: str

    @property
    def is_administrator(self) -> bool:
        return self.profile == PROFILE_ADMINISTRATEUR
