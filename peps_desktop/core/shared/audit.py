"""Append an entry to the audit log, inside the caller's unit of work."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.input_rules import column_length
from peps_desktop.store.models import AuditEntry

# A target is a label (a login, a file's name): cut to its column, on every engine alike.
TARGET_LENGTH = column_length(AuditEntry.target)


def entry(
    clock: Clock, actor_login: str | None, action: str, target: str | None = None, **details: Any
) -> dict[str, Any]:
    """An entry's column values, for a bulk insert of many entries in one statement."""
    return {
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
    **details: Any,
) -> None:
    session.add(
        AuditEntry(
            at=clock.now(),
            actor_login=actor_login,
            action=action,
            target=target[:TARGET_LENGTH] if target else target,
            details=json.dumps(details, ensure_ascii=False, default=str) if details else None,
        )
    )
