"""The walking hints: SQLite's planner is told, PostgreSQL's is left to weigh; the same rows."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from peps_desktop.store import Store
from peps_desktop.store.models import Courrier
from peps_desktop.store.walk_order import unindexed
from tests.core.courriers.inbox_builders import courrier, person, service_id


def _where(statement: object, dialect: object) -> str:
    sql = str(statement.compile(dialect=dialect))  # type: ignore[attr-defined]
    return sql.split("WHERE", 1)[1]


def test_unindexed_is_a_plain_value_in_sqlite_and_the_column_in_postgresql() -> None:
    statement = select(Courrier.id).where(unindexed(Courrier.service_id).in_([1, 2]))
    assert "courrier.service_id + 0" in _where(statement, sqlite.dialect())
    where = _where(statement, postgresql.dialect())
    assert "courrier.service_id IN" in where and "+ 0" not in where


def test_unindexed_finds_the_same_rows(store: Store) -> None:
    with store.session() as session:
        person(session, "lea.petit", {"CNRACL": "lecture"})
        cnracl = {courrier(session, "CNRACL") for _ in range(3)}
        courrier(session, "RAFP")
        wanted = service_id(session, "CNRACL")
    with store.read_session() as session:
        hinted = set(
            session.scalars(select(Courrier.id).where(unindexed(Courrier.service_id) == wanted))
        )
        plain = set(session.scalars(select(Courrier.id).where(Courrier.service_id == wanted)))
    assert hinted == plain == cnracl
