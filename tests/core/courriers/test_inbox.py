"""The inbox's queries and actions: filters, sorts, paging, saved views, rights."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.courriers.inbox import (
    InboxQuery,
    archive,
    assign,
    colleagues_for,
    count,
    mark_read,
    mark_unread,
    page_ids,
    rows,
    services_of,
    unarchive,
    unread_count,
)
from peps_desktop.core.courriers.query import SORT_COLUMNS
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.errors import PermissionDenied, UserError
from peps_desktop.store import Store
from peps_desktop.store.models import AuditEntry, Courrier, CourrierRead
from tests.conftest import ADMIN
from tests.core.courriers.inbox_builders import all_pages, courrier, person


@dataclass(frozen=True)
class Inbox:
    lea: SignedIn  # CNRACL lecture, IRCANTEC modification, RAFP aucun
    marc: SignedIn  # CNRACL and IRCANTEC lecture
    zoe: SignedIn  # RAFP modification only
    cnracl: list[int]
    ircantec: list[int]
    rafp: list[int]
    archived: int  # IRCANTEC


@pytest.fixture
def inbox(store: Store) -> Inbox:
    with store.session() as session:
        lea = person(
            session,
            "lea.petit",
            {"CNRACL": "lecture", "IRCANTEC": "modification", "RAFP": "aucun"},
        )
        marc = person(session, "marc.roux", {"CNRACL": "lecture", "IRCANTEC": "lecture"})
        zoe = person(session, "zoe.blanc", {"RAFP": "modification"})
        cnracl = [
            courrier(
                session,
                "CNRACL",
                objet="Facture de cotisations octobre",
                type="facture",
                recu_le=dt.date(2026, 11, 3),
                action_requise=True,
                echeance=dt.date(2026, 12, 15),
                montant=Decimal("1200.50"),
                assigned_to_id=lea.account_id,
            ),
            courrier(
                session,
                "CNRACL",
                objet="Attestation annuelle",
                type="attestation",
                recu_le=dt.date(2026, 10, 1),
                montant=Decimal("10.00"),
            ),
            courrier(
                session,
                "CNRACL",
                objet="Relance de paiement",
                type="relance",
                recu_le=dt.date(2026, 11, 20),
                action_requise=True,
                echeance=dt.date(2026, 12, 1),
                assigned_to_id=marc.account_id,
            ),
        ]
        ircantec = [
            courrier(
                session,
                "IRCANTEC",
                objet="Facture de cotisations novembre",
                type="facture",
                recu_le=dt.date(2026, 11, 10),
                montant=Decimal("300.00"),
                assigned_to_id=lea.account_id,
            ),
            courrier(
                session,
                "IRCANTEC",
                objet="Bordereau trimestriel",
                type="bordereau",
                recu_le=dt.date(2026, 9, 15),
                action_requise=True,
            ),
        ]
        archived = courrier(
            session,
            "IRCANTEC",
            objet="Ancienne facture",
            recu_le=dt.date(2025, 5, 5),
            archived=True,
        )
        rafp = [
            courrier(session, "RAFP", objet="Facture RAFP", recu_le=dt.date(2026, 11, 21)),
            courrier(session, "RAFP", objet="Attestation RAFP", recu_le=dt.date(2026, 8, 8)),
        ]
    return Inbox(lea, marc, zoe, cnracl, ircantec, rafp, archived)


def _ids(store: Store, user: SignedIn, query: InboxQuery) -> list[int]:
    return page_ids(store, user, query, 0, 100)


# --- filters ----------------------------------------------------------------------------------


def test_the_default_query_holds_readable_not_archived_courriers_newest_first(
    store: Store, inbox: Inbox
) -> None:
    ids = _ids(store, inbox.lea, InboxQuery())
    assert set(ids) == set(inbox.cnracl + inbox.ircantec)
    dates = [row.recu_le for row in rows(store, inbox.lea, ids)]
    assert dates == sorted(dates, reverse=True)
    assert count(store, inbox.lea, InboxQuery()) == len(ids)


def test_the_archives_tab(store: Store, inbox: Inbox) -> None:
    query = InboxQuery(tab="archives")
    assert _ids(store, inbox.lea, query) == [inbox.archived]
    assert _ids(store, inbox.zoe, query) == []


def test_filter_by_services_never_widens_visibility(store: Store, inbox: Inbox) -> None:
    assert set(_ids(store, inbox.lea, InboxQuery(services=("IRCANTEC",)))) == set(inbox.ircantec)
    assert _ids(store, inbox.lea, InboxQuery(services=("RAFP",))) == []
    assert count(store, inbox.lea, InboxQuery(services=("RAFP", "CNRACL"))) == len(inbox.cnracl)


def test_filter_by_types(store: Store, inbox: Inbox) -> None:
    query = InboxQuery(types=("facture", "relance"))
    assert set(_ids(store, inbox.lea, query)) == {
        inbox.cnracl[0],
        inbox.cnracl[2],
        inbox.ircantec[0],
    }


@pytest.mark.parametrize("wanted", [True, False])
def test_filter_by_action_requise(store: Store, inbox: Inbox, wanted: bool) -> None:
    found = rows(store, inbox.lea, _ids(store, inbox.lea, InboxQuery(requires_action=wanted)))
    assert found
    assert all(row.action_requise is wanted for row in found)
    assert len(found) == count(store, inbox.lea, InboxQuery(requires_action=wanted))


def test_filter_by_assignment(store: Store, inbox: Inbox) -> None:
    mine = set(_ids(store, inbox.lea, InboxQuery(assignment="me")))
    assert mine == {inbox.cnracl[0], inbox.ircantec[0]}
    unassigned = set(_ids(store, inbox.lea, InboxQuery(assignment="unassigned")))
    assert unassigned == {inbox.cnracl[1], inbox.ircantec[1]}


def test_filter_by_read_state(store: Store, clock: FixedClock, inbox: Inbox) -> None:
    mark_read(store, clock, inbox.lea, [inbox.cnracl[1], inbox.ircantec[1]])
    assert set(_ids(store, inbox.lea, InboxQuery(read_state="read"))) == {
        inbox.cnracl[1],
        inbox.ircantec[1],
    }
    assert set(_ids(store, inbox.lea, InboxQuery(read_state="unread"))) == {
        inbox.cnracl[0],
        inbox.cnracl[2],
        inbox.ircantec[0],
    }
    # Read marks are per person.
    assert _ids(store, inbox.marc, InboxQuery(read_state="read")) == []


def test_filter_by_received_dates_inclusive(store: Store, inbox: Inbox) -> None:
    query = InboxQuery(received_from=dt.date(2026, 11, 3), received_to=dt.date(2026, 11, 10))
    assert set(_ids(store, inbox.lea, query)) == {inbox.cnracl[0], inbox.ircantec[0]}


def test_filters_combine(store: Store, inbox: Inbox) -> None:
    query = InboxQuery(types=("facture",), services=("CNRACL",), requires_action=True)
    assert _ids(store, inbox.lea, query) == [inbox.cnracl[0]]


# --- sorts ------------------------------------------------------------------------------------


def _key(row: object, column: str) -> object:
    # The assignee as named on screen (« Prénom Nom »), not by login.
    value = getattr(row, {"service": "service", "assigned": "assigned_name"}.get(column, column))
    return (value is not None, value)  # NULLs first when ascending, as SQLite sorts them


@pytest.mark.parametrize("column", SORT_COLUMNS)
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_column(store: Store, inbox: Inbox, column: str, descending: bool) -> None:
    query = InboxQuery(sort=column, descending=descending)  # type: ignore[arg-type]
    found = rows(store, inbox.lea, _ids(store, inbox.lea, query))
    expected = sorted(found, key=lambda row: (_key(row, column), row.id), reverse=descending)
    assert [row.id for row in found] == [row.id for row in expected]
    assert len(found) == 5


# --- paging -----------------------------------------------------------------------------------


@pytest.mark.parametrize("column", ["recu_le", "service", "type", "assigned", "echeance"])
def test_pages_are_stable_and_complete(store: Store, inbox: Inbox, column: str) -> None:
    with store.session() as session:
        for day in range(40):  # many ties on every column
            courrier(session, "CNRACL", recu_le=dt.date(2026, 11, 1 + day % 3))
    query = InboxQuery(sort=column)  # type: ignore[arg-type]
    whole = _ids(store, inbox.lea, replace(query))
    for size in (1, 7, 10):
        paged = all_pages(store, inbox.lea, query, size)
        assert paged == whole
        assert len(set(paged)) == len(paged) == count(store, inbox.lea, query)


@pytest.mark.parametrize("column", ["recu_le", "assigned", "echeance", "montant"])
@pytest.mark.parametrize("descending", [False, True])
def test_deep_pages_read_from_the_other_end_are_the_same_pages(
    store: Store, inbox: Inbox, column: str, descending: bool
) -> None:
    with store.session() as session:
        for day in range(23):  # ties, and NULL échéances and montants
            courrier(session, "CNRACL", recu_le=dt.date(2026, 11, 1 + day % 3))
    query = InboxQuery(sort=column, descending=descending)  # type: ignore[arg-type]
    total = count(store, inbox.lea, query)
    whole = page_ids(store, inbox.lea, query, 0, total)
    for size in (1, 4, 7):
        for offset in range(0, total + size, size):
            assert (
                page_ids(store, inbox.lea, query, offset, size, total=total)
                == (whole[offset : offset + size])
            )


def test_services_of_a_user_with_what_they_may_modify(store: Store, inbox: Inbox) -> None:
    assert services_of(store, inbox.lea) == [("CNRACL", False), ("IRCANTEC", True)]
    assert services_of(store, inbox.zoe) == [("RAFP", True)]


def test_rows_keep_the_order_asked_and_leave_out_what_cannot_be_seen(
    store: Store, inbox: Inbox
) -> None:
    asked = [inbox.ircantec[1], inbox.rafp[0], inbox.cnracl[0]]
    found = rows(store, inbox.lea, asked)
    assert [row.id for row in found] == [inbox.ircantec[1], inbox.cnracl[0]]
    first = found[1]
    assert (first.service, first.type, first.montant, first.assigned_to, first.read) == (
        "CNRACL",
        "facture",
        Decimal("1200.50"),
        "lea.petit",
        False,
    )
    assert first.assigned_name == "Lea Petit"  # first name, then surname, as on screen
    assert found[0].assigned_name is None
    assert rows(store, inbox.lea, []) == []


# --- saved views ------------------------------------------------------------------------------


def test_saved_view_a_traiter(store: Store, clock: FixedClock, inbox: Inbox) -> None:
    archive(store, clock, inbox.lea, [inbox.ircantec[0]])
    assert _ids(store, inbox.lea, InboxQuery.a_traiter(inbox.lea)) == [inbox.cnracl[0]]
    assert _ids(store, inbox.marc, InboxQuery.a_traiter(inbox.marc)) == [inbox.cnracl[2]]


def test_saved_view_action_requise(store: Store, inbox: Inbox) -> None:
    expected = {inbox.cnracl[0], inbox.cnracl[2], inbox.ircantec[1]}
    assert set(_ids(store, inbox.lea, InboxQuery.action_requise())) == expected


# --- actions ----------------------------------------------------------------------------------


def test_mark_read_then_unread(store: Store, clock: FixedClock, inbox: Inbox) -> None:
    before = unread_count(store, inbox.lea)
    mark_read(store, clock, inbox.lea, inbox.cnracl)
    mark_read(store, clock, inbox.lea, inbox.cnracl)  # twice is harmless
    assert unread_count(store, inbox.lea) == before - len(inbox.cnracl)
    assert all(row.read for row in rows(store, inbox.lea, inbox.cnracl))
    mark_unread(store, clock, inbox.lea, inbox.cnracl[:1])
    assert unread_count(store, inbox.lea) == before - len(inbox.cnracl) + 1


def test_an_unseen_courrier_refuses_the_whole_batch(
    store: Store, clock: FixedClock, inbox: Inbox
) -> None:
    for action in (mark_read, mark_unread, archive, unarchive):
        with pytest.raises(PermissionDenied, match="not yours to see"):
            action(store, clock, inbox.lea, [inbox.cnracl[0], inbox.rafp[0]])
    with pytest.raises(PermissionDenied):
        assign(store, clock, inbox.lea, [inbox.ircantec[0], inbox.rafp[0]], None)
    with pytest.raises(PermissionDenied):
        colleagues_for(store, inbox.lea, [inbox.rafp[0]])
    with pytest.raises(PermissionDenied):
        mark_read(store, clock, inbox.lea, [10_000_000])
    with store.read_session() as session:
        assert session.scalars(select(CourrierRead)).all() == []
        assert (
            session.scalars(select(AuditEntry).where(AuditEntry.actor_login == "lea.petit")).all()
            == []
        )
        assert not any(
            session.scalars(select(Courrier.archived).where(Courrier.id.in_(inbox.cnracl)))
        )


def test_archive_needs_modification_on_every_service(
    store: Store, clock: FixedClock, inbox: Inbox
) -> None:
    with pytest.raises(PermissionDenied, match="modification right"):
        archive(store, clock, inbox.lea, [inbox.ircantec[0], inbox.cnracl[0]])
    assert count(store, inbox.lea, InboxQuery(tab="archives")) == 1
    archive(store, clock, inbox.lea, inbox.ircantec)
    assert set(_ids(store, inbox.lea, InboxQuery(tab="archives"))) == {
        inbox.archived,
        *inbox.ircantec,
    }
    unarchive(store, clock, inbox.lea, [inbox.archived])
    assert inbox.archived in _ids(store, inbox.lea, InboxQuery())
    with store.read_session() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.actor_login == "lea.petit")
        ).all()
    assert actions == ["courriers_archives", "courriers_desarchives"]


def test_assign_to_a_colleague_with_rights(store: Store, clock: FixedClock, inbox: Inbox) -> None:
    # The administrator set up by the fixture has rights on every service.
    assert colleagues_for(store, inbox.lea, inbox.ircantec) == [
        (ADMIN.login, ADMIN.nom, ADMIN.prenom),
        ("lea.petit", "Petit", "Lea"),
        ("marc.roux", "Roux", "Marc"),
    ]
    assign(store, clock, inbox.lea, inbox.ircantec, "marc.roux")
    assert {row.assigned_to for row in rows(store, inbox.lea, inbox.ircantec)} == {"marc.roux"}
    assign(store, clock, inbox.lea, inbox.ircantec, None)
    assert {row.assigned_to for row in rows(store, inbox.lea, inbox.ircantec)} == {None}
    with store.read_session() as session:
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.target).where(
                AuditEntry.actor_login == "lea.petit"
            )
        ).all()
    assert entries == [("courriers_assignes", "marc.roux"), ("courriers_desassignes", None)]


def test_assign_refusals(store: Store, clock: FixedClock, inbox: Inbox) -> None:
    # Zoé has no right on IRCANTEC: she cannot be given its courriers.
    assert "zoe.blanc" not in [
        login for login, _, _ in colleagues_for(store, inbox.lea, inbox.ircantec)
    ]
    with pytest.raises(UserError, match="zoe.blanc cannot be assigned"):
        assign(store, clock, inbox.lea, inbox.ircantec, "zoe.blanc")
    with pytest.raises(UserError, match="nobody cannot be assigned"):
        assign(store, clock, inbox.lea, inbox.ircantec, "nobody")
    # Marc only reads IRCANTEC: he may not assign.
    with pytest.raises(PermissionDenied, match="modification right"):
        assign(store, clock, inbox.marc, inbox.ircantec, "marc.roux")
    assert {row.assigned_to for row in rows(store, inbox.lea, inbox.ircantec)} == {
        "lea.petit",
        None,
    }


def test_actions_on_no_courrier_change_nothing(
    store: Store, clock: FixedClock, inbox: Inbox
) -> None:
    for action in (mark_read, mark_unread, archive, unarchive):
        action(store, clock, inbox.marc, [])
    assign(store, clock, inbox.marc, [], "lea.petit")
    assert colleagues_for(store, inbox.marc, []) == []
    with store.read_session() as session:
        assert (
            session.scalars(select(AuditEntry).where(AuditEntry.actor_login == "marc.roux")).all()
            == []
        )
