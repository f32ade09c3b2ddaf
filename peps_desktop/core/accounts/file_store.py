"""What the account import and export read from the store, with plain SQL.

Building ORM objects for 10,000 accounts and their rights takes seconds; these rows take a
tenth of that. The import loads as ORM objects only the accounts a file changes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from peps_desktop.core.accounts.account_list import rights_by_account, structure_accounts
from peps_desktop.core.accounts.file_formats import OutCell
from peps_desktop.core.accounts.file_rows import format_rights
from peps_desktop.core.shared.phone_numbers import display_telephone
from peps_desktop.store.models import Account


@dataclass(frozen=True)
class StoredAccount:
    """An account as stored, read with plain SQL: enough to tell what a line would change."""

    id: int
    nom: str
    prenom: str
    email: str
    telephone: str | None
    profile: str
    expires_on: dt.date
    rights: dict[str, str]


def stored_accounts(session: Session, structure_id: int) -> dict[str, StoredAccount]:
    """The structure's accounts by login, in two queries."""
    rights = rights_by_account(session, structure_id)
    return {
        login: StoredAccount(id, nom, prenom, email, telephone, profile, expires_on, rights[id])
        for id, login, nom, prenom, email, telephone, profile, expires_on in structure_accounts(
            session, structure_id, Account.expires_on
        )
    }


def export_rows(session: Session, structure_id: int) -> list[list[OutCell]]:
    """The account list's rows, in the order of the accounts view."""
    rights = rights_by_account(session, structure_id)
    accounts = structure_accounts(
        session, structure_id, Account.expires_on, Account.last_sign_in_at
    )
    return [
        [login, nom, prenom, email, display_telephone(telephone), profile, expires_on]
        + [last_sign_in_at]
        + [format_rights(rights[account_id])]
        for (
            account_id,
            login,
            nom,
            prenom,
            email,
            telephone,
            profile,
            expires_on,
            last_sign_in_at,
        ) in accounts
    ]
