"""PostgreSQL's full-text search: French stemming, accents folded, prefixes, references."""

from __future__ import annotations

from typing import Any

import pytest
from alembic import command
from sqlalchemy import func, inspect, select, text

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.courriers.inbox import InboxQuery, count, page_ids
from peps_desktop.store import Store
from peps_desktop.store.migrate import alembic_config, upgrade_to
from peps_desktop.store.models import Courrier
from peps_desktop.store.search_postgres import VISIBLE_SEARCH_INDEX, match_clause
from tests.core.courriers.inbox_builders import courrier, person, service_id

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def reader(store: Store) -> SignedIn:
    with store.session() as session:
        user = person(session, "lea.petit", {"CNRACL": "lecture"})
        for objet, reference in (
            ("Factures de cotisations d'octobre", "CNR-2026-0000101"),
            ("Échéancier des majorations de retard", "CNR-2026-0000102"),
            ("Relance : paiement à 50 % en retard", "CNR-2025-0000103"),
        ):
            courrier(session, "CNRACL", objet=objet, reference=reference)
        courrier(session, "RAFP", objet="Facture RAFP", reference="RAF-2026-0000104")
    return user


def _objets(store: Store, user: SignedIn, search: str) -> set[str]:
    ids = page_ids(store, user, InboxQuery(search=search), 0, 100)
    assert count(store, user, InboxQuery(search=search)) == len(ids)
    with store.read_session() as session:
        return set(session.scalars(select(Courrier.objet).where(Courrier.id.in_(ids))))


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        # French stemming: the singular finds the plural, a verb's other form too.
        ("facture", {"Factures de cotisations d'octobre"}),
        ("cotisation octobre", {"Factures de cotisations d'octobre"}),
        # Accents and case do not count.
        ("echeancier", {"Échéancier des majorations de retard"}),
        ("ÉCHÉANCIER", {"Échéancier des majorations de retard"}),
        # The last word is also a prefix of what was typed.
        ("major", {"Échéancier des majorations de retard"}),
        ("retard relan", {"Relance : paiement à 50 % en retard"}),
        # A reference whole, or by its parts; punctuation separates words as in FTS5.
        ("CNR-2026-0000102", {"Échéancier des majorations de retard"}),
        ("0000103", {"Relance : paiement à 50 % en retard"}),
        (
            "2026-00001",
            {"Factures de cotisations d'octobre", "Échéancier des majorations de retard"},
        ),
        ("50%", {"Relance : paiement à 50 % en retard"}),
        # No tsquery syntax gets through.
        ("retard & !paiement", {"Relance : paiement à 50 % en retard"}),
        ("facture:*", {"Factures de cotisations d'octobre"}),
        ("introuvable", set()),
    ],
)
def test_search_meaning(store: Store, reader: SignedIn, search: str, expected: set[str]) -> None:
    assert _objets(store, reader, search) == expected


def test_rafp_stays_out_of_the_search_of_a_cnracl_reader(store: Store, reader: SignedIn) -> None:
    assert "Facture RAFP" not in _objets(store, reader, "facture")


def test_the_search_column_follows_updates(store: Store, reader: SignedIn) -> None:
    with store.session() as session:
        new = courrier(session, "CNRACL", objet="Titre de pension", reference="CNR-X-1")
        session.execute(
            text("UPDATE courrier SET objet = 'Avis de virement' WHERE id = :id"), {"id": new}
        )
    assert _objets(store, reader, "pension") == set()
    assert _objets(store, reader, "virements") == {"Avis de virement"}


def test_a_search_uses_the_gin_index(store: Store, reader: SignedIn) -> None:
    with store.engine.begin() as connection:
        connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
        plan = "\n".join(
            connection.exec_driver_sql(
                "EXPLAIN SELECT id FROM courrier WHERE search_vector @@ "
                "to_tsquery('simple', 'factur:*')"
            ).scalars()
        )
    assert "ix_courrier_search_vector" in plan


def test_migration_0010_indexes_the_courriers_already_there(store: Store) -> None:
    with store.session() as session:
        person(session, "louis.martin", {"CNRACL": "lecture"})
    config = alembic_config()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0009")
    with store.engine.connect() as connection:
        columns = {column["name"] for column in inspect(connection).get_columns("courrier")}
        assert "search_vector" not in columns
    with store.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO courrier (structure_id, service_id, type, objet, reference, recu_le, "
                "action_requise, archived, created_at) SELECT s.id, v.id, 'facture', "
                "'Bordereau trimestriel', 'REF-1', DATE '2026-11-02', false, false, "
                "TIMESTAMP '2026-11-02 08:00' FROM structure s, service v WHERE v.code = 'CNRACL'"
            )
        )
    upgrade_to(store.engine, "head")
    with store.engine.connect() as connection:
        found = connection.exec_driver_sql(
            "SELECT reference FROM courrier "
            "WHERE search_vector @@ to_tsquery('simple', 'bordereau')"
        ).scalars()
        assert list(found) == ["REF-1"]


def _plan(store: Store, statement: Any, *settings: str) -> str:
    """PostgreSQL's plan for this statement, with its bound values, under these settings."""
    with store.engine.begin() as connection:
        for setting in settings:
            connection.exec_driver_sql(f"SET LOCAL {setting}")
        compiled = statement.compile(dialect=connection.dialect)
        return "\n".join(
            connection.exec_driver_sql(f"EXPLAIN {compiled}", compiled.params).scalars()
        )


def _service(store: Store, code: str) -> int:
    with store.read_session() as session:
        return service_id(session, code)


def test_a_search_is_one_constant_tsquery(store: Store, reader: SignedIn) -> None:
    # Folded once into a constant: no function runs again on each row read, and the GIN
    # index is read once for every term, typed or stemmed.
    statement = select(Courrier.id).where(match_clause(["Échéanciers", "majo"]))
    plan = _plan(store, statement, "enable_seqscan = off")
    assert "::tsquery" in plan
    assert "unaccent(" not in plan and "to_tsquery(" not in plan
    assert plan.count("Bitmap Index Scan on ix_courrier_search_vector") == 1
    assert "BitmapOr" not in plan and "BitmapAnd" not in plan
    assert _objets(store, reader, "Échéanciers majo") == {"Échéancier des majorations de retard"}


def test_a_frequent_words_count_reads_the_index_alone(store: Store, reader: SignedIn) -> None:
    # Migration 0031: the services read are walked in an index holding the search column,
    # the words tested there, no row of the table read.
    statement = (
        select(func.count())
        .select_from(Courrier)
        .where(
            Courrier.structure_id == reader.structure_id,
            Courrier.archived.is_(False),
            Courrier.service_id == _service(store, "CNRACL"),
            match_clause(["cotisations"]),
        )
    )
    plan = _plan(store, statement, "enable_seqscan = off", "enable_bitmapscan = off")
    assert f"Index Only Scan using {VISIBLE_SEARCH_INDEX}" in plan
    assert count(store, reader, InboxQuery(search="cotisations")) == 1
