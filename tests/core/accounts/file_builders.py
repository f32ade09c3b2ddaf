"""Builders for the account import/export tests: accounts, account-list files, snapshots."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select

from peps_desktop.core.accounts.file_rows import COLUMNS
from peps_desktop.core.shared.security import hash_password
from peps_desktop.store import Store
from peps_desktop.store.models import AccessRight, Account, AuditEntry, Service, Structure

PASSWORD = "Mot-de-passe-2026"


@cache
def _password_hash() -> str:
    return hash_password(PASSWORD)  # Argon2id is slow on purpose: once per test run


def add_person(
    store: Store,
    login: str,
    *,
    rights: dict[str, str] | None = None,
    expires_on: dt.date = dt.date(2028, 1, 1),
    **fields: Any,
) -> None:
    """A saved, activated account: `jean.dupont` is Jean Dupont, jean.dupont@mairie.fr."""
    first, _, last = login.partition(".")
    values: dict[str, Any] = {
        "nom": last.title(),
        "prenom": first.title(),
        "email": f"{login}@mairie.fr",
        "telephone": None,
        "profile": "utilisateur",
        "status": "actif",
        "last_sign_in_at": None,
        **fields,
    }
    with store.session() as session:
        services = {s.code: s.id for s in session.scalars(select(Service))}
        account = Account(
            structure_id=session.scalar(select(Structure.id)),
            login=login,
            expires_on=expires_on,
            password_hash=_password_hash(),
            failed_sign_ins=0,
            created_at=dt.datetime(2026, 1, 5, 8, 0),
            **values,
        )
        for code, level in (rights or {}).items():
            account.rights.append(AccessRight(service_id=services[code], level=level))
        session.add(account)


def snapshot(store: Store) -> list[tuple[object, ...]]:
    """Every account column and right, to compare a store before and after."""
    with store.read_session() as session:
        accounts = [
            tuple(getattr(account, column.key) for column in Account.__table__.columns)
            for account in session.scalars(select(Account).order_by(Account.id))
        ]
        rights = session.execute(
            select(AccessRight.account_id, AccessRight.service_id, AccessRight.level).order_by(
                AccessRight.account_id, AccessRight.service_id
            )
        ).all()
        return [*accounts, *(tuple(right) for right in rights)]


def audit_entries(store: Store) -> list[tuple[str, str | None]]:
    with store.read_session() as session:
        return [
            (action, target)
            for action, target in session.execute(
                select(AuditEntry.action, AuditEntry.target).order_by(AuditEntry.id)
            )
        ]


def row(**cells: str) -> list[str]:
    """A line of an account list, blank where not given."""
    return [cells.get(name, "") for name in COLUMNS]


def with_cells(line: Sequence[str], **cells: str) -> list[str]:
    """A copy of `line` with some cells changed."""
    return row(**dict(zip(COLUMNS, line, strict=True)) | cells)


def write_csv(
    path: Path,
    rows: Sequence[Sequence[str]],
    *,
    header: Sequence[str] = COLUMNS,
    bom: bool = True,
) -> Path:
    """A `;`-separated UTF-8 file, as French Excel writes it (CRLF, with or without a BOM)."""
    text = "\r\n".join(";".join(cells) for cells in [header, *rows]) + "\r\n"
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode())
    return path
