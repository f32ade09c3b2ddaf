"""A shared store's reads straight through the driver: the rows SQLAlchemy would give, each
run's own values, prepared only when asked, the connection lent back as it was, and the
server's faults said as the engine says them."""

from __future__ import annotations

from typing import Any

import pytest
from psycopg.pq import TransactionStatus
from sqlalchemy import Integer, bindparam, column, func, literal, select, table
from sqlalchemy.exc import DBAPIError

from peps_desktop.errors import ServerUnreachable
from peps_desktop.store import Store, driver_reads
from peps_desktop.store import engine as engine_module
from peps_desktop.store.driver_reads import AnySelect, DriverReads
from peps_desktop.store.models import Account, Service
from tests.conftest import ADMIN
from tests.store.test_pooled_connections import _cut_silently, _end_backend

postgresql_only = pytest.mark.postgresql_only

PREPARED = table("pg_prepared_statements", column("statement"))


def _reads(store: Store) -> DriverReads:
    assert store.driver_reads is not None  # a shared store has them
    return store.driver_reads


def _scalars(reads: DriverReads, statement: AnySelect, *args: Any, **kwargs: Any) -> list[Any]:
    return [row[0] for row in reads.all(statement, *args, **kwargs)]


def _services(codes: list[str], least_id: int) -> AnySelect:
    """The same shape for any codes and bound: literal values, a list, a named parameter."""
    return (
        select(Service.id, Service.code)
        .where(
            Service.code.in_(codes),
            Service.id >= least_id,
            Service.id < bindparam("below", type_=Integer),
        )
        .order_by(Service.code)
    )


@postgresql_only
def test_rows_are_those_a_session_gives_with_each_runs_own_values(store: Store) -> None:
    reads = _reads(store)
    asked = [
        (["CNRACL", "IRCANTEC"], 0, 1000),
        (["RAFP"], 0, 1000),  # same shape, other values: not the first run's, kept compiled
        (["CNRACL", "IRCANTEC", "RAFP"], 2, 1000),
        (["CNRACL", "IRCANTEC", "RAFP"], 0, 2),
    ]
    seen = []
    for codes, least_id, below in asked:
        statement = _services(codes, least_id)
        with store.read_session() as session:
            expected = [tuple(row) for row in session.execute(statement, {"below": below})]
        assert reads.all(statement, {"below": below}) == expected
        seen.append(expected)
    assert len({tuple(rows) for rows in seen}) == len(asked)  # each run asked something else
    assert all(seen)


@postgresql_only
def test_a_statement_is_prepared_only_when_its_plan_may_be_kept(store: Store) -> None:
    reads = _reads(store)
    with store.read_session() as session:
        me = session.scalar(select(Account.id).where(Account.login == ADMIN.login))
    kept = select(Account.login).where(Account.id == bindparam("me", type_=Integer))
    planned_each_time = select(Account.nom).where(Account.login == bindparam("login"))
    for _ in range(6):
        assert _scalars(reads, kept, {"me": me}, plan_once=True) == [ADMIN.login]
        assert _scalars(reads, planned_each_time, {"login": ADMIN.login}) == [ADMIN.nom]
    # (psycopg prepares an executemany's INSERT itself: one plan for rows alike is right.)
    prepared = _scalars(
        reads, select(PREPARED.c.statement).where(PREPARED.c.statement.like("SELECT%"))
    )
    assert len(prepared) == 1
    assert "account.login" in prepared[0]


@postgresql_only
def test_the_connection_is_lent_back_to_units_of_work_in_a_transaction(store: Store) -> None:
    reads = _reads(store)
    pid = _scalars(reads, select(func.pg_backend_pid()))[0]
    with store.session() as session:  # the one pooled connection, after the read
        assert session.scalar(select(func.pg_backend_pid())) == pid
        connection = session.connection().connection.dbapi_connection
        assert connection is not None
        assert connection.info.transaction_status == TransactionStatus.INTRANS


@postgresql_only
def test_a_refused_statement_is_an_sqlalchemy_error_without_its_values(store: Store) -> None:
    reads = _reads(store)
    dividing = select(literal(1) / bindparam("zero", type_=Integer))
    with pytest.raises(DBAPIError, match="division by zero") as raised:
        reads.all(dividing, {"zero": 0})
    assert "'zero': 0" not in str(raised.value)
    assert _scalars(reads, select(literal(2, Integer))) == [2]  # the connection still serves


@postgresql_only
def test_a_connection_the_server_ended_is_replaced_before_the_read(
    store: Store, store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = _reads(store)
    monkeypatch.setattr(engine_module, "PING_AFTER_IDLE_S", 3600.0)
    ended = _scalars(reads, select(func.pg_backend_pid()))[0]
    _end_backend(store_url, ended)
    assert _scalars(reads, select(func.pg_backend_pid())) != [ended]  # the farewell was heard


@postgresql_only
def test_a_silent_cut_is_said_once_then_the_next_read_reconnects(
    store: Store, store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = _reads(store)
    _scalars(reads, select(func.pg_backend_pid()))
    ended = _cut_silently(store, store_url, monkeypatch, 3600.0)
    with pytest.raises(ServerUnreachable, match="cannot be reached"):
        _scalars(reads, select(func.pg_backend_pid()))
    assert _scalars(reads, select(func.pg_backend_pid())) != [ended]


def test_only_a_shared_store_reads_through_the_driver(store: Store) -> None:
    assert (store.driver_reads is not None) == (store.engine.dialect.name == "postgresql")


@postgresql_only
def test_shapes_beyond_those_kept_are_compiled_again(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(driver_reads, "COMPILED_SHAPES", 2)
    reads = _reads(store)
    shapes: list[AnySelect] = [
        select(Service.code).order_by(Service.code),
        select(Service.id).order_by(Service.id),
        select(Service.code, Service.id).order_by(Service.id),
    ]
    for statement in [*shapes, shapes[0]]:  # the first forgotten, then asked again
        with store.read_session() as session:
            expected = [tuple(row) for row in session.execute(statement)]
        assert reads.all(statement) == expected
    assert len(reads._compiled) == 2
