"""Units of work on SQLite: savepoints roll back inside a transaction that rolls back whole."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from peps_desktop.store.models import Structure


def count(store) -> int:  # type: ignore[no-untyped-def]
    with store.read_session() as session:
        return session.scalar(select(func.count()).select_from(Structure)) or 0


def test_a_released_savepoint_is_undone_by_the_outer_rollback(empty_store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuntimeError), empty_store.session() as session:
        with session.begin_nested():
            session.add(Structure(nom="A", created_at=dt.datetime(2026, 1, 1)))
        raise RuntimeError("the use case fails after its first step")
    assert count(empty_store) == 0


def test_a_rolled_back_savepoint_keeps_the_rest(empty_store) -> None:  # type: ignore[no-untyped-def]
    with empty_store.session() as session:
        session.add(Structure(nom="kept", created_at=dt.datetime(2026, 1, 1)))
        savepoint = session.begin_nested()
        session.add(Structure(nom="dropped", created_at=dt.datetime(2026, 1, 1)))
        savepoint.rollback()
    with empty_store.read_session() as session:
        assert session.scalars(select(Structure.nom)).all() == ["kept"]
