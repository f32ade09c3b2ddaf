"""Full-text search over courrier.objet and courrier.reference: FTS5 on SQLite, and the
entry point that hands PostgreSQL's search to store.search_postgres.

The only module holding SQLite-specific SQL, with search_fts_first_layout (0004's, frozen).
The FTS5 table is an external-content index over `courrier` (no copy of the text), kept in
sync by triggers; it is created by migration 0004
on SQLite when FTS5 is compiled in, and given its scope column by migration 0009. Elsewhere,
or without it, search falls back to a case-insensitive LIKE over both columns.

Besides the text, each courrier is indexed under one "scope" word naming its service and
whether it is archived (`service3live`, `service3archived`): a search in a tab then counts
and narrows its matches inside the index itself, instead of materialising every courrier
holding a frequent word. The scope is derived from courrier's columns by a view, the
external content the index reads when it is rebuilt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    and_,
    bindparam,
    column,
    false,
    func,
    or_,
    select,
    text,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from peps_desktop.store import search_postgres
from peps_desktop.store.models import Courrier, Structure

FTS_TABLE = "courrier_fts"
# The index's external content: courrier's text and its scope word.
FTS_SOURCE_VIEW = "courrier_fts_source"
# FTS5 keeps its index in shadow tables named after the virtual table.
_SHADOW_SUFFIXES = ("_data", "_idx", "_docsize", "_config", "_content")
FTS_TABLE_NAMES = frozenset({FTS_TABLE, *(FTS_TABLE + suffix for suffix in _SHADOW_SUFFIXES)})
_TEXT_COLUMNS = "{objet reference}"


def _scope_sql(row: str) -> str:
    """The scope word of a courrier row, in SQL; scope_word() is the same in Python."""
    return (
        f"'service' || {row}.service_id || CASE WHEN {row}.archived THEN 'archived' ELSE 'live' END"
    )


def scope_word(service_id: int, archived: bool) -> str:
    return f"service{service_id}{'archived' if archived else 'live'}"


_CREATE_SOURCE = (
    f"CREATE VIEW {FTS_SOURCE_VIEW} AS SELECT courrier.id AS id, courrier.objet AS objet, "
    f"courrier.reference AS reference, {_scope_sql('courrier')} AS scope FROM courrier"
)
_CREATE = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    f"objet, reference, scope, content='{FTS_SOURCE_VIEW}', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')"
)


def _index_row(row: str) -> str:
    return (
        f"INSERT INTO {FTS_TABLE}(rowid, objet, reference, scope) "
        f"VALUES ({row}.id, {row}.objet, {row}.reference, {_scope_sql(row)});"
    )


def _unindex_row(row: str) -> str:
    # External content: FTS5 removes exactly the words it is given, so these are the old ones.
    return (
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, objet, reference, scope) "
        f"VALUES ('delete', {row}.id, {row}.objet, {row}.reference, {_scope_sql(row)});"
    )


_TRIGGERS = (
    f"CREATE TRIGGER courrier_fts_insert AFTER INSERT ON courrier BEGIN {_index_row('new')} END",
    f"CREATE TRIGGER courrier_fts_delete AFTER DELETE ON courrier BEGIN {_unindex_row('old')} END",
    # Archiving, unarchiving or moving to another service changes the scope word too;
    # assigning or reading leaves the index alone.
    "CREATE TRIGGER courrier_fts_update AFTER UPDATE OF objet, reference, service_id, archived "
    f"ON courrier BEGIN {_unindex_row('old')} {_index_row('new')} END",
)
_TRIGGER_NAMES = ("courrier_fts_insert", "courrier_fts_delete", "courrier_fts_update")


def include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    """For alembic's include_name: the full-text indexes live outside the ORM metadata on
    purpose (FTS5's tables on SQLite, the search column and its index on PostgreSQL)."""
    if type_ == "table":
        return name not in FTS_TABLE_NAMES
    if type_ == "column":
        return name != search_postgres.SEARCH_COLUMN
    if type_ == "index":
        return name not in (
            search_postgres.SEARCH_INDEX,
            search_postgres.VISIBLE_INDEX,
            search_postgres.VISIBLE_SEARCH_INDEX,
        )
    return True


def fts5_compiled_in(connection: Connection) -> bool:
    if connection.dialect.name != "sqlite":
        return False
    options = connection.exec_driver_sql("PRAGMA compile_options").scalars().all()
    return "ENABLE_FTS5" in options


def create_courrier_fts(connection: Connection) -> bool:
    """Create, fill and wire the index; False (nothing done) when FTS5 is not available."""
    if not fts5_compiled_in(connection):
        return False
    connection.exec_driver_sql(_CREATE_SOURCE)
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
    connection.exec_driver_sql(f"DROP VIEW IF EXISTS {FTS_SOURCE_VIEW}")


def fts_ready(session: Session) -> bool:
    """Whether this store has the FTS5 index (SQLite with FTS5, migrated to 0004 or later);
    looked up once per session."""
    ready = session.info.get(FTS_TABLE)
    if ready is None:
        # The engine's name first: on PostgreSQL no connection is taken for the answer.
        ready = session.get_bind().dialect.name == "sqlite" and (
            session.connection()
            .exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (FTS_TABLE,)
            )
            .first()
            is not None
        )
        session.info[FTS_TABLE] = ready
    return bool(ready)


_TERM = re.compile(r"\S+")


def search_terms(search: str) -> list[str]:
    """The words searched; punctuation alone is no word (FTS5 could never match it)."""
    return [term for term in _TERM.findall(search) if any(char.isalnum() for char in term)]


def fts_match_expression(terms: list[str]) -> str:
    """Each term quoted (no FTS5 syntax gets through); the last one also matches as a prefix."""
    quoted = ['"' + term.replace('"', '""') + '"' for term in terms]
    quoted[-1] += "*"
    return " ".join(quoted)


def text_match_expression(terms: list[str]) -> str:
    """The terms searched in objet and reference only, never in the scope words."""
    return f"{_TEXT_COLUMNS}: ({fts_match_expression(terms)})"


@dataclass(frozen=True)
class SearchScope:
    """Where a search looks: these services (by id), in the archives or not."""

    service_ids: tuple[int, ...]
    archived: bool


def scoped_match_expression(terms: list[str], scope: SearchScope) -> str:
    """The terms, among the courriers of the scope (which must name a service)."""
    words = " OR ".join(scope_word(service_id, scope.archived) for service_id in scope.service_ids)
    # The scope first: FTS5 then starts from the smaller set in a tab of live courriers.
    return f"scope: ({words}) AND {text_match_expression(terms)}"


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


def search_clause(
    session: Session,
    search: str,
    *,
    use_fts: bool = True,
    scope: SearchScope | None = None,
    walk_in_order: bool = False,
) -> ColumnElement[bool]:
    """A clause "this courrier matches the search": FTS5 when ready, LIKE otherwise.

    With a scope, FTS5 returns only the matches inside it (the caller still states the
    scope's conditions in SQL: the index narrows, the SQL decides). walk_in_order keeps
    SQLite from driving the query from the matches: for a frequent word, walking the
    courriers in the wanted order and stopping at a page is cheaper than sorting them all.
    """
    terms = search_terms(search)
    if not terms:
        return and_(True)
    if use_fts and session.get_bind().dialect.name == "postgresql":
        if scope is not None and not scope.service_ids:
            return false()
        return search_postgres.match_clause(terms)
    if use_fts and fts_ready(session):
        if scope is not None and not scope.service_ids:
            return false()
        expression = (
            text_match_expression(terms) if scope is None else scoped_match_expression(terms, scope)
        )
        matching = text(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts_query"
        ).bindparams(bindparam("fts_query", expression))
        # `id + 0` is no longer the primary key to SQLite's planner, only a value to test.
        key = Courrier.id + 0 if walk_in_order else Courrier.id
        return key.in_(matching.columns(column("rowid", Integer)))
    return like_clause(terms)


def scoped_match_count(session: Session, search: str, scope: SearchScope) -> int | None:
    """How many courriers of the scope match, read from the index alone; None without FTS5,
    without a word to search, or when the store holds several structures, whose courriers
    share the scope words (the caller then counts in SQL)."""
    terms = search_terms(search)
    if not terms or not fts_ready(session):
        return None
    if session.scalar(select(func.count()).select_from(Structure)) != 1:
        return None
    if not scope.service_ids:
        return 0
    found = session.execute(
        text(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts_query"),
        {"fts_query": scoped_match_expression(terms, scope)},
    ).scalar_one()
    return int(found)
