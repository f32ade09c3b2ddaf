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
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import CompoundSelect, Select, and_, func, or_, select, union
from sqlalchemy.orm import Session

from peps_desktop.core.accounts.admin import acting_administrator
from peps_desktop.core.accounts.audit_text import describe, load_context
from peps_desktop.core.accounts.audit_words import action_label
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import Clock
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.models import Account, AuditEntry, DeletedAccount

PAGE_SIZE = 200
EXPORT_CHUNK = 2000
# A spreadsheet runs a cell starting with these as a formula (CSV injection); the full-width
# forms too, as some spreadsheets fold them.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


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
    summary: str  # the details as a sentence
    # In words: « Claire Martin (claire.martin) », « compte créé », the account concerned, or
    # what else the entry is about (a review, a file, a request).
    actor_text: str = ""
    action_text: str = ""
    account_text: str = ""
    subject_text: str = ""

    @property
    def cursor(self) -> AuditCursor:
        return AuditCursor(self.at, self.id)


def _parsed(details: str | None) -> Mapping[str, Any] | None:
    if not details:
        return None
    try:
        parsed = json.loads(details)
    except ValueError:
        return {"texte": details}
    return parsed if isinstance(parsed, Mapping) else {"texte": parsed}


def _lines(session: Session, structure_id: int, entries: Sequence[AuditEntry]) -> list[AuditLine]:
    """Entries in words; what they point at is read once for them all."""
    parsed = [
        (entry, (entry.actor_login, entry.action, entry.target, _parsed(entry.details)))
        for entry in entries
    ]
    context = load_context(session, structure_id, [fields for _entry, fields in parsed])
    lines = []
    for entry, (actor, action, target, details) in parsed:
        words = describe(actor, action, target, details, context)
        lines.append(
            AuditLine(
                id=entry.id,
                at=entry.at,
                actor_login=actor,
                action=action,
                target=target,
                details=details,
                summary=words.details,
                actor_text=words.actor,
                action_text=action_label(action),
                account_text=words.account,
                subject_text=words.subject,
            )
        )
    return lines


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _named(pattern: str, structure_id: int) -> CompoundSelect[Any]:
    """The logins of the structure's accounts, deleted ones too, whose name matches."""
    full_name = {model: model.prenom + " " + model.nom for model in (Account, DeletedAccount)}
    return union(
        *(
            select(model.login).where(
                model.structure_id == structure_id,
                or_(
                    full_name[model].ilike(pattern, escape="\\"),
                    (model.nom + " " + model.prenom).ilike(pattern, escape="\\"),
                ),
            )
            for model in (Account, DeletedAccount)
        )
    )


def _filtered(query: Select[Any], filters: AuditFilter, structure_id: int) -> Select[Any]:
    query = query.where(AuditEntry.structure_id == structure_id)
    text = filters.text.strip()
    if text:
        pattern = _like(text)
        named = _named(pattern, structure_id)
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
                ),
                AuditEntry.actor_login.in_(named),
                AuditEntry.target.in_(named),
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
    filters: AuditFilter, after: AuditCursor | None, structure_id: int
) -> Select[Any]:
    query = _filtered(select(AuditEntry), filters, structure_id)
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
        query = _newest_first(filters, after, actor.structure_id).limit(limit)
        return _lines(session, actor.structure_id, list(session.scalars(query)))


def count_audit_entries(
    store: Store, clock: Clock, actor: SignedIn, filters: AuditFilter = AuditFilter()
) -> int:
    _check_period(filters)
    with store.read_session() as session:
        _authorised(session, clock, actor)
        query = _filtered(select(func.count()).select_from(AuditEntry), filters, actor.structure_id)
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


def _export_rows(session: Session, filters: AuditFilter, structure_id: int) -> Iterator[list[str]]:
    query = _newest_first(filters, None, structure_id).execution_options(yield_per=EXPORT_CHUNK)
    for entries in session.scalars(query).partitions(EXPORT_CHUNK):
        for line in _lines(session, structure_id, entries):
            yield [
                line.at.strftime("%d/%m/%Y %H:%M:%S"),
                line.actor_text,
                line.action_text,
                line.account_text,
                line.subject_text,
                line.summary,
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
        translate("AuditLog", "Subject"),
        translate("AuditLog", "Details"),
    ]
    partial = path.with_name(f".{path.name}.partial")
    count = 0
    try:
        with store.streaming_read_session() as session:
            _authorised(session, clock, actor)
            # utf-8-sig and ";": what a French spreadsheet opens without an import wizard.
            with partial.open("w", encoding="utf-8-sig", newline="") as file:
                writer = csv.writer(file, delimiter=";")
                writer.writerow(header)
                for row in _export_rows(session, filters, actor.structure_id):
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
