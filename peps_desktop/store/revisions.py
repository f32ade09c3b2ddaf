"""The schema's revisions as the migration files name them, read without importing Alembic.

Opening a store that is already at head must not pay for Alembic (and the Mako and Pygments
it pulls in): the revision ids are read from the files of `migrations/versions/` with a
pattern, and the store's own revision with plain SQL. Alembic is imported only to upgrade.
tests/store/test_revisions.py checks that these answers are Alembic's own.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from sqlalchemy import Connection, inspect, text

VERSIONS_DIR = Path(__file__).with_name("migrations") / "versions"
VERSION_TABLE = "alembic_version"

_REVISION = re.compile(r"^revision\b[^=\n]*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\b[^=\n]*=\s*(.+)$", re.MULTILINE)
_QUOTED = re.compile(r"[\"']([^\"']+)[\"']")


@functools.cache
def revision_graph() -> dict[str, tuple[str, ...]]:
    """Each revision id with the ids it revises (none for the first)."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted(VERSIONS_DIR.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision = _REVISION.search(source)
        if revision is None:
            continue
        down = _DOWN_REVISION.search(source)
        graph[revision.group(1)] = tuple(_QUOTED.findall(down.group(1))) if down else ()
    return graph


def known_revisions() -> set[str]:
    return set(revision_graph())


def head_revision() -> str:
    """The one revision no other revises."""
    graph = revision_graph()
    revised = {parent for parents in graph.values() for parent in parents}
    heads = sorted(set(graph) - revised)
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads: {heads}")
    return heads[0]


def stored_revision(connection: Connection) -> str | None:
    """The revision a store is at, read with plain SQL; None for a store never migrated."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
