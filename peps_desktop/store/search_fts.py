"""SQLite-only: full-text search over courrier.objet and courrier.reference with FTS5.

The ONLY module holding SQLite-specific SQL. The FTS5 table is an external-content index over
`courrier` (no copy of the text), kept in sync by triggers; it is created by migration 0004
on SQLite when FTS5 is compiled in. Elsewhere, or without it, search falls back to a
case-insensitive LIKE over both columns.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, Integer, and_, bindparam, column, or_, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from peps_desktop.store.models import Courrier

FTS_TABLE = "courrier_fts"
# FTS5 keeps its index in shadow tables named after the virtual table.
_SHADOW_SUFFIXES = ("_data", "_idx", "_docsize", "_config", "_content")
FTS_TABLE_NAMES = frozenset({FTS_TABLE, *(FTS_TABLE + suffix for suffix in _SHADOW_SUFFIXES)})

_CREATE = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    "objet, reference, content='courrier', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')"
)
_TRIGGERS = (
    f"CREATE TRIGGER courrier_fts_insert AFTER INSERT ON courrier BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, objet, reference) "
    f"VALUES (new.id, new.objet, new.reference); END",
    f"CREATE TRIGGER courrier_fts_delete AFTER DELETE ON courrier BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, objet, reference) "
    f"VALUES ('delete', old.id, old.objet, old.reference); END",
    # Only when the indexed text changes: archiving or assigning leaves the index alone.
    f"CREATE TRIGGER courrier_fts_update AFTER UPDATE OF objet, reference ON courrier BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, objet, reference) "
    f"VALUES ('delete', old.id, old.objet, old.reference); "
    f"INSERT INTO {FTS_TABLE}(rowid, objet, reference) "
    f"VALUES (new.id, new.objet, new.reference); END",
)
_TRIGGER_NAMES = ("courrier_fts_insert", "courrier_fts_delete", "courrier_fts_update")


def include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    """For alembic's include_name: the FTS tables live outside the ORM metadata on purpose."""
    return not (type_ == "table" and name in FTS_TABLE_NAMES)


def fts5_compiled_in(connection: Connection) -> bool:
    if connection.dialect.name != "sqlite":
        return False
    options = connection.exec_driver_sql("PRAGMA compile_options").scalars().all()
    return "ENABLE_FTS5" in options


def create_courrier_fts(connection: Connection) -> bool:
    """Create, fill and wire the index; False (nothing done) when FTS5 is not available."""
    if not fts5_compiled_in(connection):
        return False
    connection.exec_driver_sql(_CREATE)
    for trigger in _TRIGGERS:
        connection.exec_driver_sql(trigger)
    connection.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    return True


def drop_courrier_fts(connection: Connection) -> None:
    if connection.dialect.name != "sqlite":
        return
    for trigger in _TRIGGER_NAMES:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")


def fts_ready(session: Session) -> bool:
    """Whether this store has the FTS5 index (SQLite with FTS5, migrated to 0004 or later)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return False
    found = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (FTS_TABLE,)
    ).first()
    return found is not None


_TERM = re.compile(r"\S+")


def search_terms(search: str) -> list[str]:
    """The words searched; punctuation alone is no word (FTS5 could never match it)."""
    return [term for term in _TERM.findall(search) if any(char.isalnum() for char in term)]


def fts_match_expression(terms: list[str]) -> str:
    """Each term quoted (no FTS5 syntax gets through); the last one also matches as a prefix."""
    quoted = ['"' + term.replace('"', '""') + '"' for term in terms]
    quoted[-1] += "*"
    return " ".join(quoted)


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def like_clause(terms: list[str]) -> ColumnElement[bool]:
    """The portable fallback: every term in objet or reference, ignoring case."""
    return and_(
        *(
            or_(
                Courrier.objet.ilike(_like_pattern(term), escape="\\"),
                Courrier.reference.ilike(_like_pattern(term), escape="\\"),
            )
            for term in terms
        )
    )


def search_clause(session: Session, search: str, *, use_fts: bool = True) -> ColumnElement[bool]:
    """A clause "this courrier matches the search": FTS5 when ready, LIKE otherwise."""
    terms = search_terms(search)
    if not terms:
        return and_(True)
    if use_fts and fts_ready(session):
        matching = text(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts_query"
        ).bindparams(bindparam("fts_query", fts_match_expression(terms)))
        return Courrier.id.in_(matching.columns(column("rowid", Integer)))
    return like_clause(terms)
