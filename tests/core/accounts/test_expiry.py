"""Expiry notices on the 20th of the month before the month of expiry; the expiry sweep."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from peps_desktop.core.accounts.expiry import (
    EXPIRED,
    EXPIRY_NOTICE,
    REVIEW_DUE,
    due_on,
    expire_due_accounts,
    expiry_notice_date,
)
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.store.models import Account, AuditEntry, Structure
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.factories import add_account


@pytest.mark.parametrize(
    ("expires_on", "notice"),
    [
        (dt.date(2027, 3, 15), dt.date(2027, 2, 20)),  # the examples
        (dt.date(2027, 3, 1), dt.date(2027, 2, 20)),
        (dt.date(2027, 3, 31), dt.date(2027, 2, 20)),
        (dt.date(2027, 1, 10), dt.date(2026, 12, 20)),  # across a year
        (dt.date(2028, 3, 1), dt.date(2028, 2, 20)),  # leap year
        (dt.date(2028, 2, 29), dt.date(2028, 1, 20)),
        (dt.date(2027, 2, 20), dt.date(2027, 1, 20)),  # the 20th itself
        (dt.date(2027, 2, 21), dt.date(2027, 1, 20)),
    ],
)
def test_notice_date(expires_on: dt.date, notice: dt.date) -> None:
    assert expiry_notice_date(expires_on) == notice


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_notice_is_the_20th_of_the_previous_month(expires_on: dt.date) -> None:
    notice = expiry_notice_date(expires_on)
    assert notice.day == 20
    months_between = (expires_on.year * 12 + expires_on.month) - (notice.year * 12 + notice.month)
    assert months_between == 1


def _structure_id(session) -> int:  # type: ignore[no-untyped-def]
    return session.scalar(select(Structure.id))


def test_due_on_lists_notices_only_on_the_20th(store) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        add_account(session, "anne.leroy", expires_on=dt.date(2027, 3, 15))
        add_account(session, "bruno.roux", expires_on=dt.date(2027, 3, 1))
        add_account(session, "chloe.faure", expires_on=dt.date(2027, 4, 1))
        structure = _structure_id(session)
        on_20th = due_on(session, structure, dt.date(2027, 2, 20))
        on_21st = due_on(session, structure, dt.date(2027, 2, 21))
    assert [(i.kind, i.login, i.date) for i in on_20th if i.kind == EXPIRY_NOTICE] == [
        (EXPIRY_NOTICE, "bruno.roux", dt.date(2027, 3, 1)),
        (EXPIRY_NOTICE, "anne.leroy", dt.date(2027, 3, 15)),
    ]
    assert [i for i in on_21st if i.kind == EXPIRY_NOTICE] == []


def test_due_on_lists_expired_accounts_and_the_review(store) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        add_account(session, "anne.leroy", expires_on=dt.date(2027, 3, 15))
        add_account(session, "bruno.roux", expires_on=dt.date(2027, 3, 16))
        items = due_on(session, _structure_id(session), dt.date(2027, 3, 15))
    assert [(i.kind, i.login) for i in items] == [(EXPIRED, "anne.leroy")]
    with store.session() as session:
        later = due_on(session, _structure_id(session), dt.date(2028, 5, 25))
    review = [i for i in later if i.kind == REVIEW_DUE]
    assert [(i.login, i.date) for i in review] == [(None, dt.date(2028, 5, 25))]


def test_the_sweep_expires_accounts_past_their_date_once(store, clock) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        add_account(session, "anne.leroy", expires_on=dt.date(2026, 11, 25))
        add_account(session, "bruno.roux", expires_on=dt.date(2026, 11, 26))
    sweep = expire_due_accounts(store, clock)
    assert sweep.expired == ["anne.leroy"] and sweep.renewed == []
    assert expire_due_accounts(store, clock).expired == []  # nothing twice
    with store.read_session() as session:
        statuses = dict(session.execute(select(Account.login, Account.status)).all())
    assert statuses["anne.leroy"] == "expire"
    assert statuses["bruno.roux"] == "actif"


def test_the_last_administrator_is_renewed_rather_than_expired(store) -> None:  # type: ignore[no-untyped-def]
    later = FixedClock(dt.datetime(2028, 6, 1, 8, 0))  # past ADMIN's expiry (25/05/2028)
    sweep = expire_due_accounts(store, later)
    assert sweep.renewed == [ADMIN.login]
    with store.read_session() as session:
        admin = session.scalar(select(Account).where(Account.login == ADMIN.login))
        assert admin.status == "actif"
        assert admin.expires_on == dt.date(2029, 12, 1)
        actions = session.scalars(select(AuditEntry.action)).all()
    assert "dernier_administrateur_renouvele" in actions
    assert sign_in(store, later, ADMIN.login, ADMIN_PASSWORD).is_administrator


def test_an_administrator_expires_when_another_one_remains(store) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        add_account(session, "remi.blanc", profile="administrateur", expires_on=dt.date(2030, 1, 1))
    sweep = expire_due_accounts(store, FixedClock(dt.datetime(2028, 6, 1, 8, 0)))
    assert sweep.expired == [ADMIN.login] and sweep.renewed == []
