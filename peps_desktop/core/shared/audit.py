"""Append an entry to the audit log, inside the caller's unit of work."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.input_rules import column_length
from peps_desktop.store.models import Account, AuditEntry

# A target is a label (a login, a file's name): cut to its column, on every engine alike.
TARGET_LENGTH = column_length(AuditEntry.target)


def entry(
    clock: Clock,
    actor_login: str | None,
    action: str,
    target: str | None = None,
    *,
    structure_id: int | None,
    **details: Any,
) -> dict[str, Any]:
    """An entry's column values, for a bulk insert of many entries in one statement; the
    caller names the structure it belongs to."""
    return {
        "structure_id": structure_id,
        "at": clock.now(),
        "actor_login": actor_login,
        "action": action,
        "target": target[:TARGET_LENGTH] if target else target,
        "details": json.dumps(details, ensure_ascii=False, default=str) if details else None,
    }


def record(
    session: Session,
    clock: Clock,
    actor_login: str | None,
    action: str,
    target: str | None = None,
    *,
    structure_id: int | None = None,
    **details: Any,
) -> None:
    """The entry belongs to the actor's structure; an entry of the application itself (no
    actor) names its structure."""
    if structure_id is None and actor_login is not None:
        structure_id = session.scalar(
            select(Account.structure_id).where(Account.login == actor_login)
        )
    session.add(
        AuditEntry(
            structure_id=structure_id,
            at=clock.now(),
            actor_login=actor_login,
            action=action,
            target=target[:TARGET_LENGTH] if target else target,
            details=json.dumps(details, ensure_ascii=False, default=str) if details else None,
        )
    )
