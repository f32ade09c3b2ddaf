"""`column IN (SELECT …)`: an array searched once on PostgreSQL, the same rows on both."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from peps_desktop.core.courriers.visibility import readable_service_ids
from peps_desktop.store import Store
from peps_desktop.store.in_subquery import in_subquery
from peps_desktop.store.models import Courrier
from tests.core.courriers.inbox_builders import courrier, person


def test_an_array_on_postgresql_and_in_on_sqlite() -> None:
    statement = select(Courrier.id).where(in_subquery(Courrier.service_id, readable_service_ids(7)))
    assert "courrier.service_id = ANY(ARRAY(SELECT access_right.service_id" in str(
        statement.compile(dialect=postgresql.dialect())
    )
    assert "courrier.service_id IN (SELECT access_right.service_id" in str(
        statement.compile(dialect=sqlite.dialect())
    )


def test_the_same_rows_as_in(store: Store) -> None:
    with store.session() as session:
        lea = person(session, "lea.petit", {"CNRACL": "lecture", "IRCANTEC": "modification"})
        readable = {courrier(session, "CNRACL"), courrier(session, "IRCANTEC")}
        courrier(session, "RAFP")
    services = readable_service_ids(lea.account_id)
    with store.read_session() as session:
        found = set(
            session.scalars(select(Courrier.id).where(in_subquery(Courrier.service_id, services)))
        )
        expected = set(
            session.scalars(select(Courrier.id).where(Courrier.service_id.in_(services)))
        )
    assert found == expected == readable
