"""The audit log for administrators: browse it newest first, filter it, export it as CSV.

An administrator reads the log of their own structure only (a server may hold several).
Entries are read in pages by keyset (date, id), so the first page of a log of
millions of entries costs one index walk; the export streams the same query.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from peps_desktop.core.accounts.admin import acting_administrator
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import Clock
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.models import AuditEntry

PAGE_SIZE = 200
EXPORT_CHUNK = 2000
# A spreadsheet runs a cell starting with these as a formula (CSV injection); the full-width
# forms too, as some spreadsheets fold them.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


@dataclass(frozen=True)
class AuditFilter:
    """Empty fields do not filter; dates are inclusive days."""

    text: str = ""
    action: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None


@dataclass(frozen=True)
class AuditCursor:
    """Where the previous page ended: the next page starts strictly after (older than) it."""

    at: dt.datetime
    id: int


@dataclass(frozen=True)
class AuditLine:
    id: int
    at: dt.datetime
    actor_login: str | None  # None: the application itself (expiry sweep, demo)
    action: str
    target: str | None
    details: Mapping[str, Any] | None
    summary: str

    @property
    def cursor(self) -> AuditCursor:
        return AuditCursor(self.at, self.id)


def _value_text(value: object) -> str:
    if isinstance(value, Mapping):
        return ", ".join(f"{key} {_value_text(level)}" for key, level in value.items())
    text = "—" if value is None else str(value)
    match = _ISO_DATE.match(text)
    return f"{match[3]}/{match[2]}/{match[1]}" if match else text


def describe_details(details: Mapping[str, Any] | None) -> str:
    """One line a person reads: `field: before → after; …` for changes, `field: value` else."""
    if not details:
        return ""
    before, after = details.get("avant"), details.get("apres")
    parts: list[str] = []
    if isinstance(before, Mapping) and isinstance(after, Mapping):
        for name in after:
            old, new = before.get(name), after[name]
            if isinstance(old, Mapping) and isinstance(new, Mapping):
                changes = ", ".join(
                    f"{code} {_value_text(old.get(code))} → {_value_text(level)}"
                    for code, level in new.items()
                )
                parts.append(f"{name}: {changes}")
            else:
                parts.append(f"{name}: {_value_text(old)} → {_value_text(new)}")
    others = {k: v for k, v in details.items() if k not in ("avant", "apres")}
    for name, value in others.items():
        if isinstance(value, Mapping):
            # Rights: the services with a right say more than nine "aucun".
            value = {code: level for code, level in value.items() if level != "aucun"}
        parts.append(f"{name}: {_value_text(value)}")
    return "; ".join(parts)


def _parsed(details: str | None) -> Mapping[str, Any] | None:
    if not details:
        return None
    try:
        parsed = json.loads(details)
    except ValueError:
        return {"texte": details}
    return parsed if isinstance(parsed, Mapping) else {"texte": parsed}


def _line(entry: AuditEntry) -> AuditLine:
    details = _parsed(entry.details)
    return AuditLine(
        id=entry.id,
        at=entry.at,
        actor_login=entry.actor_login,
        action=entry.action,
        target=entry.target,
        details=details,
        summary=describe_details(details),
    )


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _filtered(query: Select[Any], structure_id: int, filters: AuditFilter) -> Select[Any]:
    query = query.where(AuditEntry.structure_id == structure_id)
    text = filters.text.strip()
    if text:
        pattern = _like(text)
        query = query.where(
            or_(
                *(
                    column.ilike(pattern, escape="\\")
                    for column in (
                        AuditEntry.actor_login,
                        AuditEntry.action,
                        AuditEntry.target,
                        AuditEntry.details,
                    )
                )
            )
        )
    if filters.action:
        query = query.where(AuditEntry.action == filters.action)
    if filters.since is not None:
        query = query.where(AuditEntry.at >= dt.datetime.combine(filters.since, dt.time()))
    if filters.until is not None:
        next_day = dt.datetime.combine(filters.until + dt.timedelta(days=1), dt.time())
        query = query.where(AuditEntry.at < next_day)
    return query


def _newest_first(
    structure_id: int, filters: AuditFilter, after: AuditCursor | None
) -> Select[Any]:
    query = _filtered(select(AuditEntry), structure_id, filters)
    if after is not None:
        query = query.where(
            or_(
                AuditEntry.at < after.at,
                and_(AuditEntry.at == after.at, AuditEntry.id < after.id),
            )
        )
    return query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())


def _check_period(filters: AuditFilter) -> None:
    if filters.since and filters.until and filters.since > filters.until:
        raise UserError(translate("AuditLog", "The start of the period is after its end."))


def _authorised(session: Session, clock: Clock, actor: SignedIn) -> None:
    acting_administrator(session, actor, clock.now().date())


def list_audit_entries(
    store: Store,
    clock: Clock,
    actor: SignedIn,
    filters: AuditFilter = AuditFilter(),
    after: AuditCursor | None = None,
    limit: int = PAGE_SIZE,
) -> list[AuditLine]:
    """A page of entries, newest first; pass the last line's cursor for the next page."""
    _check_period(filters)
    with store.read_session() as session:
        _authorised(session, clock, actor)
        entries = session.scalars(_newest_first(actor.structure_id, filters, after).limit(limit))
        return [_line(entry) for entry in entries]


def count_audit_entries(
    store: Store, clock: Clock, actor: SignedIn, filters: AuditFilter = AuditFilter()
) -> int:
    _check_period(filters)
    with store.read_session() as session:
        _authorised(session, clock, actor)
        query = _filtered(select(func.count()).select_from(AuditEntry), actor.structure_id, filters)
        return session.scalar(query) or 0


def audit_actions(store: Store, clock: Clock, actor: SignedIn) -> list[str]:
    """The actions present in the log, for the action filter."""
    with store.read_session() as session:
        _authorised(session, clock, actor)
        return list(
            session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.structure_id == actor.structure_id)
                .distinct()
                .order_by(AuditEntry.action)
            )
        )


def csv_cell(value: object) -> str:
    """A cell a spreadsheet shows as text: a leading formula character is quoted away."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def _export_rows(session: Session, structure_id: int, filters: AuditFilter) -> Iterator[list[str]]:
    query = _newest_first(structure_id, filters, None).execution_options(yield_per=EXPORT_CHUNK)
    for entry in session.scalars(query):
        line = _line(entry)
        yield [
            line.at.strftime("%d/%m/%Y %H:%M:%S"),
            line.actor_login or "",
            line.action,
            line.target or "",
            line.summary,
            entry.details or "",
        ]


def export_audit_csv(
    store: Store,
    clock: Clock,
    actor: SignedIn,
    path: Path,
    filters: AuditFilter = AuditFilter(),
) -> int:
    """Write the filtered log to `path` (CSV for a French spreadsheet); return the count.

    The file appears whole or not at all: it is written beside and renamed at the end.
    """
    _check_period(filters)
    header = [
        translate("AuditLog", "Date"),
        translate("AuditLog", "By"),
        translate("AuditLog", "Action"),
        translate("AuditLog", "Account"),
        translate("AuditLog", "Details"),
        translate("AuditLog", "Details (JSON)"),
    ]
    partial = path.with_name(f".{path.name}.partial")
    count = 0
    try:
        with store.read_session() as session:
            _authorised(session, clock, actor)
            # utf-8-sig and ";": what a French spreadsheet opens without an import wizard.
            with partial.open("w", encoding="utf-8-sig", newline="") as file:
                writer = csv.writer(file, delimiter=";")
                writer.writerow(header)
                for row in _export_rows(session, actor.structure_id, filters):
                    writer.writerow([csv_cell(value) for value in row])
                    count += 1
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise UserError(
            translate(
                "AuditLog", "The audit log could not be written to “{path}”: {reason}"
            ).format(path=path, reason=error.strerror or error)
        ) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count
