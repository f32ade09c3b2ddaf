"""The revisions read from the migration files without Alembic are Alembic's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from peps_desktop.store import Store, build_engine
from peps_desktop.store import revisions as revisions_module
from peps_desktop.store.migrate import alembic_config, upgrade_to
from peps_desktop.store.revisions import (
    head_revision,
    known_revisions,
    revision_graph,
    stored_revision,
)


def test_the_graph_is_alembics() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    expected = {}
    for script in scripts.walk_revisions():
        down = script.down_revision
        expected[script.revision] = (
            () if down is None else tuple([down] if isinstance(down, str) else down)
        )
    assert revision_graph() == expected
    assert known_revisions() == set(expected)
    assert head_revision() == scripts.get_current_head()


def test_the_stored_revision_is_read_as_alembic_reads_it(
    empty_store: Store, tmp_path: Path
) -> None:
    with empty_store.engine.connect() as connection:
        assert stored_revision(connection) == head_revision()
        assert (
            stored_revision(connection)
            == MigrationContext.configure(connection).get_current_revision()
        )
    engine = build_engine(f"sqlite:///{tmp_path / 'older.sqlite3'}")
    try:
        with engine.connect() as connection:
            assert stored_revision(connection) is None  # never migrated
        upgrade_to(engine, "0008")
        with engine.connect() as connection:
            assert stored_revision(connection) == "0008"
    finally:
        engine.dispose()


def test_two_heads_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Branches merged without chaining their revisions: said, not guessed."""
    graph = {**revision_graph(), "9999": ("0008",)}
    monkeypatch.setattr(revisions_module, "revision_graph", lambda: graph)
    with pytest.raises(RuntimeError, match="2 heads"):
        head_revision()
