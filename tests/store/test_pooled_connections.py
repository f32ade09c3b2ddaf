"""The shared store's pooled connections: reads outside a transaction, and a connection the
server has ended replaced before it is lent, checked by a round trip only after a second idle."""

from __future__ import annotations

import time

import pytest
from psycopg.pq import TransactionStatus
from sqlalchemy import create_engine, select, text

from peps_desktop.errors import ServerUnreachable
from peps_desktop.store import Store
from peps_desktop.store import engine as engine_module

pytestmark = pytest.mark.postgresql_only


def _backend(store: Store) -> int:
    with store.read_session() as session:
        return int(session.scalar(text("SELECT pg_backend_pid()")))


def _end_backend(store_url: str, pid: int) -> None:
    """What an administrator's pg_terminate_backend does: the server ends the session."""
    admin = create_engine(store_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            for _ in range(100):  # gone once the server lists it no more
                listed = connection.execute(
                    text("SELECT 1 FROM pg_stat_activity WHERE pid = :pid"), {"pid": pid}
                ).first()
                if listed is None:
                    return
                time.sleep(0.02)
    finally:
        admin.dispose()


def test_a_read_runs_outside_a_transaction_and_a_unit_of_work_inside_one(store: Store) -> None:
    with store.read_session() as session:
        session.execute(select(1))
        reading = session.connection().connection.dbapi_connection
        assert reading.info.transaction_status == TransactionStatus.IDLE
    with store.session() as session:
        session.execute(select(1))
        writing = session.connection().connection.dbapi_connection
        assert writing.info.transaction_status == TransactionStatus.INTRANS


def test_a_connection_the_server_ended_is_replaced_even_right_after_its_last_use(
    store: Store, store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "PING_AFTER_IDLE_S", 3600.0)  # no check by idleness
    ended = _backend(store)
    _end_backend(store_url, ended)
    assert _backend(store) != ended  # the server's farewell was heard: no error


def _cut_silently(
    store: Store, store_url: str, monkeypatch: pytest.MonkeyPatch, ping_after_idle_s: float
) -> int:
    """A cut nothing announces (a network gone): only a round trip finds it."""
    monkeypatch.setattr(engine_module, "_server_spoke", lambda _connection: False)
    monkeypatch.setattr(engine_module, "PING_AFTER_IDLE_S", ping_after_idle_s)
    ended = _backend(store)
    _end_backend(store_url, ended)
    return ended


def test_a_silent_cut_is_found_by_the_check_after_a_second_idle(
    store: Store, store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ended = _cut_silently(store, store_url, monkeypatch, 0.05)
    time.sleep(0.1)
    assert _backend(store) != ended


def test_without_either_check_the_next_read_fails_once_and_the_one_after_reconnects(
    store: Store, store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ended = _cut_silently(store, store_url, monkeypatch, 3600.0)
    with pytest.raises(ServerUnreachable, match="cannot be reached"):
        _backend(store)
    assert _backend(store) != ended


COUNT_BY_OBJET = text("SELECT count(*) FROM courrier WHERE objet = :word")


COUNT_BY_OBJET = text("SELECT count(*) FROM courrier WHERE objet = :word")
PREPARED_COUNTS = text(
    "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE 'SELECT count(*) FROM%'"
)


def test_a_statement_is_never_prepared_unless_asked(store: Store) -> None:
    # Prepared, a search's statement may be planned once for any words: a count of « cotisations »
    # at a million courriers went from 24 to 179 ms. Run unprepared, it is planned for its own.
    with store.read_session() as session:
        for _ in range(10):
            session.execute(COUNT_BY_OBJET, {"word": "x"})
        assert session.scalar(PREPARED_COUNTS) == 0
    with store.session() as session:
        for _ in range(10):
            session.execute(COUNT_BY_OBJET, {"word": "x"})
        assert session.scalar(PREPARED_COUNTS) == 0
