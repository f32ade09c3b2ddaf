"""Search over objet and reference: FTS5 on SQLite, LIKE elsewhere; both find the same rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.courriers.inbox import InboxQuery, count, page_ids
from peps_desktop.store import Store, build_engine, search_fts
from peps_desktop.store.migrate import upgrade_to
from peps_desktop.store.models import Courrier
from peps_desktop.store.search_fts import (
    create_courrier_fts,
    drop_courrier_fts,
    fts_match_expression,
    fts_ready,
    search_clause,
)
from tests.core.courriers.inbox_builders import courrier, person

OBJETS = (
    ("Facture de cotisations octobre", "CNR-2026-0000101"),
    ("FACTURE rectificative", "CNR-2026-0000102"),
    ("Attestation annuelle des cotisations", "CNR-2025-0000103"),
    ("Relance: paiement 50% en retard", "IRC-2026-0000104"),
    ('Courrier "urgent" OR NEAR(test) *', "IRC-2026-0000105"),
)
SEARCHES = (
    "facture",
    "FACTURE",
    "cotisations oct",
    "cotis",
    "attestation cotisations",
    "CNR-2026",
    "0000104",
    "2025",
    '"urgent"',
    "OR",
    "NEAR(test)",
    "*",  # punctuation alone searches nothing: every row
    "facture -",
    "50%",
    "introuvable",
)


@pytest.fixture
def reader(store: Store) -> SignedIn:
    with store.session() as session:
        user = person(session, "lea.petit", {"CNRACL": "lecture", "IRCANTEC": "modification"})
        for objet, reference in OBJETS:
            courrier(
                session,
                reference.startswith("CNR") and "CNRACL" or "IRCANTEC",
                objet=objet,
                reference=reference,
            )
        courrier(session, "RAFP", objet="Facture RAFP", reference="RAF-2026-0000106")
    return user


def _found(store: Store, user: SignedIn, search: str, *, use_fts: bool) -> list[int]:
    return page_ids(store, user, InboxQuery(search=search), 0, 100, use_fts=use_fts)


@pytest.mark.sqlite_only
def test_a_migrated_sqlite_store_has_the_fts_index(store: Store) -> None:
    with store.read_session() as session:
        assert fts_ready(session)


@pytest.mark.parametrize("search", SEARCHES)
def test_fts_and_fallback_find_the_same_rows(store: Store, reader: SignedIn, search: str) -> None:
    with_fts = _found(store, reader, search, use_fts=True)
    with_like = _found(store, reader, search, use_fts=False)
    assert with_fts == with_like
    assert count(store, reader, InboxQuery(search=search)) == len(with_fts)
    assert count(store, reader, InboxQuery(search=search), use_fts=False) == len(with_fts)


def test_search_finds_by_words_and_reference(store: Store, reader: SignedIn) -> None:
    with store.read_session() as session:
        objets = {
            search: set(
                session.scalars(
                    select(Courrier.objet).where(
                        Courrier.id.in_(_found(store, reader, search, use_fts=True))
                    )
                )
            )
            for search in ("facture", "cotis", "0000104", "introuvable")
        }
    # Not RAFP's facture: the search stays inside what the user may read.
    assert objets["facture"] == {"Facture de cotisations octobre", "FACTURE rectificative"}
    assert objets["cotis"] == {
        "Facture de cotisations octobre",
        "Attestation annuelle des cotisations",
    }
    assert objets["0000104"] == {"Relance: paiement 50% en retard"}
    assert objets["introuvable"] == set()


def test_the_match_expression_quotes_every_term() -> None:
    assert fts_match_expression(['a"b', "OR", "c*"]) == '"a""b" "OR" "c*"*'


def test_the_index_follows_inserts_updates_and_deletes(store: Store, reader: SignedIn) -> None:
    with store.session() as session:
        new = courrier(session, "CNRACL", objet="Titre de pension", reference="CNR-X-1")
    assert _found(store, reader, "pension", use_fts=True) == [new]
    with store.session() as session:
        session.execute(update(Courrier).where(Courrier.id == new).values(objet="Avis de virement"))
    assert _found(store, reader, "pension", use_fts=True) == []
    assert _found(store, reader, "virement", use_fts=True) == [new]
    with store.session() as session:
        session.execute(update(Courrier).where(Courrier.id == new).values(archived=True))
    assert page_ids(store, reader, InboxQuery(tab="archives", search="virement"), 0, 10) == [new]
    with store.session() as session:
        session.delete(session.get(Courrier, new))
    assert _found(store, reader, "virement", use_fts=True) == []


def test_without_the_fts_index_search_falls_back_to_like(store: Store, reader: SignedIn) -> None:
    expected = _found(store, reader, "cotisations", use_fts=True)
    with store.engine.begin() as connection:
        drop_courrier_fts(connection)
    with store.read_session() as session:
        assert not fts_ready(session)
    assert _found(store, reader, "cotisations", use_fts=True) == expected
    assert len(expected) == 2


def test_without_fts5_the_index_is_not_created(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    with store.engine.begin() as connection:
        drop_courrier_fts(connection)
        monkeypatch.setattr(search_fts, "fts5_compiled_in", lambda _connection: False)
        assert create_courrier_fts(connection) is False
    with store.read_session() as session:
        assert not fts_ready(session)


def test_migration_0004_indexes_the_courriers_already_there(tmp_path: Path) -> None:
    engine = build_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    try:
        upgrade_to(engine, "0003")
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO structure (id, nom, created_at) "
                    "VALUES (1, 'CCAS de Lunel', '2025-03-01 08:00:00')"
                )
            )
            connection.execute(
                text(
                    "INSERT INTO courrier (structure_id, service_id, type, objet, reference, "
                    "recu_le, action_requise, archived, created_at) SELECT 1, id, 'facture', "
                    "'Bordereau de cotisations', 'REF-' || code, '2026-11-02', 0, 0, "
                    "'2026-11-02 08:00:00' FROM service"
                )
            )
        upgrade_to(engine, "0004")
        store = Store(engine, tmp_path / "documents")
        with store.read_session() as session:
            assert fts_ready(session)
            found = session.scalars(
                select(Courrier.reference).where(search_clause(session, "bordereau REF-CNRACL"))
            ).all()
        assert found == ["REF-CNRACL"]
    finally:
        engine.dispose()
