"""Revision 0009: the search index rebuilt with each courrier's scope (service, archived or
not), from the courriers already there; and back to the index of 0004 on a downgrade."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from peps_desktop.store import build_engine
from peps_desktop.store.migrate import alembic_config, upgrade_to
from peps_desktop.store.search_fts import FTS_SOURCE_VIEW, SearchScope, scoped_match_count

BEFORE = "0008"


def _downgrade(engine: Engine, revision: str) -> None:
    """As upgrade_to, the other way: foreign keys off while batch mode copies tables."""
    config = alembic_config()
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.downgrade(config, revision)
        finally:
            driver.execute("PRAGMA foreign_keys=ON")


def _index_columns(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        return [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(courrier_fts)")]


def _has_view(engine: Engine) -> bool:
    with engine.connect() as connection:
        found = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = ?", (FTS_SOURCE_VIEW,)
        ).first()
    return found is not None


def _service_id(engine: Engine, code: str) -> int:
    with engine.connect() as connection:
        found = connection.execute(
            text("SELECT id FROM service WHERE code = :code"), {"code": code}
        ).scalar_one()
    return int(found)


def _scoped_count(engine: Engine, search: str, code: str, archived: bool) -> int | None:
    with Session(engine) as session:
        scope = SearchScope((_service_id(engine, code),), archived)
        return scoped_match_count(session, search, scope)


@pytest.fixture
def engine_at_0008(tmp_path: Path) -> Iterator[Engine]:
    """A store as 0008 left it (its index without scope), holding courriers in two services,
    one archived after it was indexed."""
    engine = build_engine(f"sqlite:///{tmp_path / 'at-0008.sqlite3'}")
    try:
        upgrade_to(engine, "head")
        _downgrade(engine, BEFORE)
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
                    "'Bordereau de cotisations', 'REF-' || code || '-' || n, '2026-11-02', 0, "
                    "0, '2026-11-02 08:00:00' FROM service, (SELECT 1 AS n UNION SELECT 2) "
                    "WHERE code IN ('CNRACL', 'RAFP')"
                )
            )
            connection.execute(
                text("UPDATE courrier SET archived = 1 WHERE reference = 'REF-CNRACL-2'")
            )
        yield engine
    finally:
        engine.dispose()


def test_at_0008_the_index_has_no_scope(engine_at_0008: Engine) -> None:
    assert _index_columns(engine_at_0008) == ["objet", "reference"]
    assert not _has_view(engine_at_0008)
    with engine_at_0008.connect() as connection:
        found = connection.exec_driver_sql(
            "SELECT count(*) FROM courrier_fts WHERE courrier_fts MATCH 'bordereau'"
        ).scalar_one()
    assert found == 4


def test_upgrading_indexes_the_courriers_already_there_with_their_scope(
    engine_at_0008: Engine,
) -> None:
    upgrade_to(engine_at_0008, "0009")
    assert _index_columns(engine_at_0008) == ["objet", "reference", "scope"]
    assert _has_view(engine_at_0008)
    assert _scoped_count(engine_at_0008, "bordereau", "CNRACL", False) == 1
    assert _scoped_count(engine_at_0008, "bordereau", "CNRACL", True) == 1
    assert _scoped_count(engine_at_0008, "cotis", "RAFP", False) == 2
    assert _scoped_count(engine_at_0008, "REF-RAFP-1", "RAFP", False) == 1
    assert _scoped_count(engine_at_0008, "bordereau", "IRCANTEC", False) == 0
    # And the new triggers keep it right from then on.
    with engine_at_0008.begin() as connection:
        connection.execute(
            text("UPDATE courrier SET archived = 1 WHERE reference LIKE 'REF-RAFP%'")
        )
    assert _scoped_count(engine_at_0008, "bordereau", "RAFP", False) == 0
    assert _scoped_count(engine_at_0008, "bordereau", "RAFP", True) == 2


def test_downgrading_gives_back_the_index_of_0004(engine_at_0008: Engine) -> None:
    upgrade_to(engine_at_0008, "0009")
    _downgrade(engine_at_0008, BEFORE)
    assert _index_columns(engine_at_0008) == ["objet", "reference"]
    assert not _has_view(engine_at_0008)
    with engine_at_0008.begin() as connection:
        connection.execute(text("UPDATE courrier SET objet = 'Avis de virement' WHERE id = 1"))
    with engine_at_0008.connect() as connection:
        found = {
            match: connection.exec_driver_sql(
                "SELECT count(*) FROM courrier_fts WHERE courrier_fts MATCH ?", (match,)
            ).scalar_one()
            for match in ("bordereau", "virement")
        }
    assert found == {"bordereau": 3, "virement": 1}
