"""The ledger of notifications raised (table `notification`): what a person was already told,
and the notification centre's history.

One row per (account, kind, key): the unique constraint is what makes a notification raised
once, across restarts and processes. Most kinds keep a row per item told; new courriers keep
one row per notification, a watermark (see core/notifications/rules.py). Rows are read and
written only for the signed-in person.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from sqlalchemy import ColumnElement, Integer, cast, exists, func, insert, select, update
from sqlalchemy.orm import Session

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import Clock
from peps_desktop.store import Store
from peps_desktop.store.models import Notification as LedgerRow

# Keys are looked up in chunks: well under any database's limit on bound parameters.
LOOKUP_CHUNK = 500
HISTORY_LIMIT = 200


def _chunks(items: Iterable[str], size: int) -> Iterator[list[str]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def already_raised(
    session: Session, account_id: int, kind: str, subjects: Collection[str]
) -> set[str]:
    """Those of `subjects` this account was already told of, for this kind."""
    found: set[str] = set()
    for chunk in _chunks(subjects, LOOKUP_CHUNK):
        found.update(
            session.scalars(
                select(LedgerRow.key).where(
                    LedgerRow.account_id == account_id,
                    LedgerRow.kind == kind,
                    LedgerRow.key.in_(chunk),
                )
            )
        )
    return found


def not_raised(account_id: int, kind: str, key: ColumnElement[str]) -> ColumnElement[bool]:
    """SQL condition: the row whose ledger key is `key` was not yet raised to this account.

    For the rules that look through many rows (courriers, accounts): the check is an index
    probe in the database rather than a round trip of keys.
    """
    return ~exists().where(
        LedgerRow.account_id == account_id, LedgerRow.kind == kind, LedgerRow.key == key
    )


def latest_raised_at(session: Session, account_id: int, kind: str) -> dt.datetime | None:
    """When this account was last told of something of this kind."""
    return session.scalar(
        select(func.max(LedgerRow.raised_at)).where(
            LedgerRow.account_id == account_id, LedgerRow.kind == kind
        )
    )


def highest_mark(session: Session, account_id: int, kind: str, prefix: str) -> int | None:
    """The highest N among this account's keys `<prefix>N` of this kind (a watermark).

    The maximum of all, not the latest row's: a process that computed before another's
    commit may still record a lower mark after it.
    """
    number = cast(func.substr(LedgerRow.key, len(prefix) + 1), Integer)
    return session.scalar(
        select(func.max(number)).where(
            LedgerRow.account_id == account_id,
            LedgerRow.kind == kind,
            LedgerRow.key.startswith(prefix, autoescape=True),
        )
    )


def insert_rows(
    session: Session,
    account_id: int,
    kind: str,
    title: str,
    subjects: Collection[str],
    at: dt.datetime,
) -> None:
    """Add these rows, known not to be there (found so under the same write lock)."""
    if subjects:
        # Core's executemany: a first start may record thousands of expiry notices.
        session.execute(
            insert(LedgerRow),
            [
                dict(account_id=account_id, kind=kind, key=key, title=title, raised_at=at)
                for key in subjects
            ],
        )


def insert_raised(
    session: Session,
    account_id: int,
    kind: str,
    title: str,
    subjects: Collection[str],
    at: dt.datetime,
) -> set[str]:
    """Add the rows not there yet (INSERT OR IGNORE, portably); the subjects added.

    Run in a unit of work: it holds the write lock (BEGIN IMMEDIATE on SQLite), so the check
    and the insert cannot interleave with another process's.
    """
    new = set(subjects) - already_raised(session, account_id, kind, subjects)
    insert_rows(session, account_id, kind, title, [key for key in subjects if key in new], at)
    return new


# --- the notification centre ----------------------------------------------------------------


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    kind: str
    subject: str
    raised_at: dt.datetime
    seen: bool
    title: str  # the title of the notification it was raised with


def notification_history(
    store: Store, user: SignedIn, limit: int = HISTORY_LIMIT
) -> list[HistoryEntry]:
    """This person's notifications, newest first."""
    with store.read_session() as session:
        rows = session.execute(
            select(
                LedgerRow.id,
                LedgerRow.kind,
                LedgerRow.key,
                LedgerRow.title,
                LedgerRow.raised_at,
                LedgerRow.read_at,
            )
            .where(LedgerRow.account_id == user.account_id)
            .order_by(LedgerRow.raised_at.desc(), LedgerRow.id.desc())
            .limit(max(limit, 0))
        ).all()
    return [
        HistoryEntry(row.id, row.kind, row.key, row.raised_at, row.read_at is not None, row.title)
        for row in rows
    ]


def mark_seen(store: Store, clock: Clock, user: SignedIn, ids: Iterable[int]) -> int:
    """Mark these entries of this person's history seen; how many were not yet."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return 0
    changed = 0
    now = clock.now()
    with store.session() as session:
        for start in range(0, len(wanted), LOOKUP_CHUNK):
            result = session.execute(
                update(LedgerRow)
                .where(
                    LedgerRow.account_id == user.account_id,  # never another person's rows
                    LedgerRow.id.in_(wanted[start : start + LOOKUP_CHUNK]),
                    LedgerRow.read_at.is_(None),
                )
                .values(read_at=now)
                .execution_options(synchronize_session=False)
            )
            changed += result.rowcount  # type: ignore[attr-defined]
    return changed


def unseen_count(store: Store, user: SignedIn) -> int:
    with store.read_session() as session:
        total = session.scalar(
            select(func.count())
            .select_from(LedgerRow)
            .where(LedgerRow.account_id == user.account_id, LedgerRow.read_at.is_(None))
        )
    return total or 0
