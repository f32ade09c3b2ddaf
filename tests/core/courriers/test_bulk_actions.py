"""Bulk actions on thousands of courriers: one set-based statement each, rights in it, the
audit entry and the notification ledger exact."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event, func, insert, select

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.courriers.inbox import (
    InboxQuery,
    archive,
    assign,
    count,
    mark_read,
    mark_unread,
    unarchive,
    unread_count,
)
from peps_desktop.core.notifications.due import NOUVEAU_COURRIER, due_notifications
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.errors import PermissionDenied
from peps_desktop.store import Store
from peps_desktop.store.models import AuditEntry, Courrier, CourrierRead, Structure
from tests.conftest import NOW
from tests.core.courriers.inbox_builders import person, service_id

MANY = 5000
RECEIVED = dt.date(2026, 11, 2)


@pytest.fixture
def people(store: Store) -> tuple[SignedIn, SignedIn]:
    """Léa modifies CNRACL and IRCANTEC; Marc only reads IRCANTEC."""
    with store.session() as session:
        lea = person(session, "lea.petit", {"CNRACL": "modification", "IRCANTEC": "modification"})
        marc = person(session, "marc.roux", {"IRCANTEC": "lecture"})
    return lea, marc


def _courriers(store: Store, code: str, number: int) -> list[int]:
    """`number` new courriers of a service, inserted in one statement."""
    with store.session() as session:
        structure = session.scalar(select(Structure.id))
        service = service_id(session, code)
        first = (session.scalar(select(func.max(Courrier.id))) or 0) + 1
        rows = [
            dict(
                id=first + offset,
                structure_id=structure,
                service_id=service,
                type="facture",
                objet=f"Facture de cotisations n° {first + offset}",
                reference=f"{code[:3]}-{first + offset:07d}",
                recu_le=RECEIVED,
                action_requise=False,
                archived=False,
                created_at=dt.datetime.combine(RECEIVED, dt.time(8)),
            )
            for offset in range(number)
        ]
        session.execute(insert(Courrier), rows)
    return [row["id"] for row in rows]


def unit_start(store: Store) -> str:
    """How a unit of work starts: BEGIN IMMEDIATE on SQLite, the write lock's SELECT on
    PostgreSQL (store.engine)."""
    return "BEGIN" if store.engine.dialect.name == "sqlite" else "SELECT"


@contextmanager
def statements(store: Store) -> Iterator[list[str]]:
    """The SQL statements run on the store meanwhile."""
    seen: list[str] = []

    def before(_connection, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement.split()[0].upper())

    event.listen(store.engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", before)


def _audit(store: Store, login: str) -> list[tuple[str, str | None, list[int]]]:
    with store.read_session() as session:
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.target, AuditEntry.details)
            .where(AuditEntry.actor_login == login)
            .order_by(AuditEntry.id)
        ).all()
    return [
        (action, target, json.loads(details)["courriers"]) for action, target, details in entries
    ]


def test_archiving_thousands_is_one_statement_and_one_exact_audit_entry(
    store: Store, clock: FixedClock, people: tuple[SignedIn, SignedIn]
) -> None:
    lea, _ = people
    ids = _courriers(store, "CNRACL", MANY)
    with statements(store) as seen:
        archive(store, clock, lea, ids)
    # BEGIN, the UPDATE, the audit entry: as many statements for 5,000 as for one.
    assert seen == [unit_start(store), "UPDATE", "INSERT"]
    assert count(store, lea, InboxQuery(tab="archives")) == MANY
    assert count(store, lea, InboxQuery()) == 0
    # The full-text index follows (its scope word changes with the tab).
    assert count(store, lea, InboxQuery(tab="archives", search="cotisations")) == MANY
    unarchive(store, clock, lea, ids[:10])
    assert count(store, lea, InboxQuery()) == 10
    assert _audit(store, lea.login) == [
        ("courriers_archives", None, sorted(ids)),
        ("courriers_desarchives", None, sorted(ids[:10])),
    ]


def test_assigning_thousands_checks_the_assignee_in_the_same_statement(
    store: Store, clock: FixedClock, people: tuple[SignedIn, SignedIn]
) -> None:
    lea, _ = people
    cnracl = _courriers(store, "CNRACL", MANY)
    ircantec = _courriers(store, "IRCANTEC", 3)
    with statements(store) as seen:
        assign(store, clock, lea, ircantec + cnracl, lea.login)
    assert seen == [
        unit_start(store),
        "SELECT",
        "UPDATE",
        "INSERT",
    ]  # the assignee's id, then as above
    assert count(store, lea, InboxQuery(assignment="me")) == MANY + 3
    # Marc reads IRCANTEC only: the CNRACL courriers cannot be his, and none is given to him.
    with pytest.raises(Exception, match="marc.roux cannot be assigned"):
        assign(store, clock, lea, ircantec + cnracl[:1], "marc.roux")
    assert count(store, lea, InboxQuery(assignment="me")) == MANY + 3
    assign(store, clock, lea, ircantec, "marc.roux")
    assert count(store, lea, InboxQuery(assignment="me")) == MANY
    assert [entry[:2] for entry in _audit(store, lea.login)] == [
        ("courriers_assignes", lea.login),
        ("courriers_assignes", "marc.roux"),
    ]


def test_marking_thousands_read_keeps_the_unread_count_and_the_notifications_exact(
    store: Store, clock: FixedClock, people: tuple[SignedIn, SignedIn]
) -> None:
    lea, _ = people
    ids = _courriers(store, "CNRACL", MANY)
    assert unread_count(store, lea) == MANY
    read_first, read_later = ids[:3000], ids[3000:]
    with statements(store) as seen:
        mark_read(store, clock, lea, read_first)
    # One INSERT for 3,000, whose row count says every one was marked: no visibility check
    # follows, on either engine.
    assert seen == [unit_start(store), "INSERT"]
    assert unread_count(store, lea) == len(read_later)
    # What the background service would tell now: only the courriers still unread.
    [news] = due_notifications(store, lea, NOW)
    assert (news.kind, news.count) == (NOUVEAU_COURRIER, len(read_later))
    assert set(news.ids) <= set(read_later)
    # Read again with the others: the first read marks are kept, the others added.
    later = FixedClock(NOW + dt.timedelta(hours=1))
    mark_read(store, later, lea, ids)
    assert unread_count(store, lea) == 0
    assert due_notifications(store, lea, NOW) == []
    with store.read_session() as session:
        marks = dict(
            session.execute(
                select(CourrierRead.courrier_id, CourrierRead.read_at).where(
                    CourrierRead.account_id == lea.account_id
                )
            ).all()
        )
    assert len(marks) == MANY
    assert {marks[courrier_id] for courrier_id in read_first} == {NOW}
    assert {marks[courrier_id] for courrier_id in read_later} == {later.now()}
    with statements(store) as seen:
        mark_unread(store, clock, lea, ids)
    assert seen == [unit_start(store), "DELETE"]
    assert unread_count(store, lea) == MANY


def test_one_courrier_out_of_reach_refuses_the_whole_batch(
    store: Store, clock: FixedClock, people: tuple[SignedIn, SignedIn]
) -> None:
    lea, marc = people
    cnracl = _courriers(store, "CNRACL", MANY)
    ircantec = _courriers(store, "IRCANTEC", 2)
    for action in (mark_read, mark_unread, archive, unarchive):
        with pytest.raises(PermissionDenied, match="not yours to see"):
            action(store, clock, marc, [*ircantec, cnracl[-1]])
    # Marc reads IRCANTEC but may not modify it: nothing is archived, none assigned.
    with pytest.raises(PermissionDenied, match="modification right"):
        archive(store, clock, marc, ircantec)
    with pytest.raises(PermissionDenied, match="modification right"):
        assign(store, clock, marc, ircantec, "marc.roux")
    # Léa may modify both: one id that does not exist spoils the lot.
    with pytest.raises(PermissionDenied, match="not yours to see"):
        archive(store, clock, lea, [*cnracl, 10_000_000])
    assert count(store, lea, InboxQuery(tab="archives")) == 0
    assert unread_count(store, marc) == 2
    with store.read_session() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action.like("courriers_%"))
            )
            == 0
        )
