"""Revision 0005: the échange's message, agents, fields and attachments, on stores with échanges."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, func, inspect, select, text
from sqlalchemy.exc import IntegrityError

from peps_desktop.store import Store, build_engine
from peps_desktop.store.encrypted import new_data_key
from peps_desktop.store.migrate import alembic_config, head_revision, open_store, upgrade_to
from peps_desktop.store.models import (
    Echange,
    EchangeAgent,
    EchangeAttachment,
    EchangeField,
    EchangeMessage,
)

BEFORE = "0004"
NEW_TABLES = {"echange_agent", "echange_field", "echange_attachment"}
NEW_COLUMNS = {"catalogue_codes", "message", "send_error", "sent_at", "message_id"}


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture
def store_at_0004(tmp_path: Path) -> Path:
    """A store as revision 0004 left it, with two échanges, one with its thread."""
    path = tmp_path / "at-0004.sqlite3"
    engine = build_engine(_url(path))
    try:
        upgrade_to(engine, BEFORE)
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO structure (id, nom, created_at) "
                    "VALUES (1, 'CCAS de Lunel', '2025-03-01 08:00:00')"
                )
            )
            for number, status in ((1, "envoye"), (2, "brouillon")):
                connection.execute(
                    text(
                        "INSERT INTO echange (id, structure_id, reference, theme, motif, "
                        "sous_motif, fonds, objet, author_id, status, created_at, updated_at) "
                        "VALUES (:id, 1, :reference, 'Cotisations', 'Facturation', "
                        "'Contester une majoration', 'CNRACL', 'Majoration contestée', NULL, "
                        ":status, '2026-10-01 10:00:00', '2026-10-02 11:00:00')"
                    ),
                    {"id": number, "reference": f"ECH-2026-00000{number}", "status": status},
                )
            connection.execute(
                text(
                    "INSERT INTO echange_message (echange_id, direction, body, at) "
                    "VALUES (1, 'envoye', 'Bonjour, nous contestons…', '2026-10-01 10:00:00')"
                )
            )
    finally:
        engine.dispose()
    return path


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


def test_upgrading_keeps_the_echanges_and_their_threads(
    store_at_0004: Path, tmp_path: Path
) -> None:
    store = open_store(_url(store_at_0004), tmp_path / "documents", data_key=new_data_key())
    try:
        with store.read_session() as session:
            echanges = session.scalars(select(Echange).order_by(Echange.id)).all()
            assert [(e.reference, e.status) for e in echanges] == [
                ("ECH-2026-000001", "envoye"),
                ("ECH-2026-000002", "brouillon"),
            ]
            first = echanges[0]
            assert first.updated_at == dt.datetime(2026, 10, 2, 11, 0)
            assert (first.catalogue_codes, first.message, first.send_error) == (None, None, None)
            assert (first.sent_at, first.message_id) == (None, None)
            assert [m.body for m in first.messages] == ["Bonjour, nous contestons…"]
            assert (first.agents, first.fields, first.attachments) == ([], [], [])
    finally:
        store.dispose()


def test_an_upgraded_echange_takes_agents_fields_and_attachments(
    store_at_0004: Path, tmp_path: Path
) -> None:
    store = open_store(_url(store_at_0004), tmp_path / "documents", data_key=new_data_key())
    try:
        with store.session() as session:
            echange = session.get(Echange, 2)
            assert echange is not None
            echange.message = "Merci de corriger la période."
            echange.message_id = "<echange-2@peps-desktop.invalid>"
            echange.agents.append(
                EchangeAgent(position=0, nir="185057800608491", nom="Dupont", prenom="Léa")
            )
            echange.fields.append(EchangeField(cle="date_debut", value="2026-01-01"))
            echange.attachments.append(
                EchangeAttachment(
                    file_name="attestation.pdf",
                    document_sha256="a" * 64,
                    size=1234,
                    media_type="application/pdf",
                )
            )
        with store.read_session() as session:
            loaded = session.get(Echange, 2)
            assert loaded is not None
            assert loaded.message == "Merci de corriger la période."
            assert [(a.nir, a.nom, a.prenom) for a in loaded.agents] == [
                ("185057800608491", "Dupont", "Léa")
            ]
            assert [(f.cle, f.value) for f in loaded.fields] == [("date_debut", "2026-01-01")]
            assert [a.file_name for a in loaded.attachments] == ["attestation.pdf"]
        # A Message-ID is used once; échanges without one are many.
        with pytest.raises(IntegrityError), store.session() as session:
            other = session.get(Echange, 1)
            assert other is not None
            other.message_id = "<echange-2@peps-desktop.invalid>"
        # Deleting the échange takes its agents, fields, attachments and messages along.
        with store.session() as session:
            session.execute(text("DELETE FROM echange WHERE id = 2"))
        with store.read_session() as session:
            for model in (EchangeAgent, EchangeField, EchangeAttachment):
                assert session.scalar(select(func.count()).select_from(model)) == 0
            assert session.scalar(select(func.count()).select_from(EchangeMessage)) == 1
    finally:
        store.dispose()


def test_downgrading_to_0004_drops_the_new_tables_and_keeps_the_echanges(
    store_at_0004: Path, tmp_path: Path
) -> None:
    store: Store = open_store(_url(store_at_0004), tmp_path / "documents")
    store.dispose()
    engine = build_engine(_url(store_at_0004))
    try:
        _downgrade(engine, BEFORE)
        with engine.connect() as connection:
            schema = inspect(connection)
            assert NEW_TABLES.isdisjoint(schema.get_table_names())
            columns = {column["name"] for column in schema.get_columns("echange")}
            assert NEW_COLUMNS.isdisjoint(columns)
            references = connection.execute(text("SELECT reference FROM echange ORDER BY id"))
            assert [row[0] for row in references] == ["ECH-2026-000001", "ECH-2026-000002"]
            assert connection.execute(text("SELECT count(*) FROM echange_message")).scalar() == 1
        upgrade_to(engine, "head")
        with engine.connect() as connection:
            assert NEW_TABLES <= set(inspect(connection).get_table_names())
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            assert revision == head_revision()
    finally:
        engine.dispose()
