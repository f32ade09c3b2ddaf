"""PostgreSQL-only: full-text search over courrier.objet and courrier.reference.

The same meaning as the SQLite index (store.search_fts): a word is a run of letters and
digits, accents and case do not count, every word searched must be found, the last one also
as a prefix, and a reference is found whole or by its parts. French stemming comes on top:
« factures » finds « facture ».

The text is indexed in a generated `search_vector` column under a GIN index (migration 0010):
the French-stemmed words of the objet, then every word of the objet and the reference as
typed (accents folded by `unaccent`), so that a prefix matches what was typed, not a stem.
The column stays out of the ORM models: SQLite has no such column.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, Connection, false, func, literal_column

SEARCH_COLUMN = "search_vector"
SEARCH_INDEX = "ix_courrier_search_vector"
# Not a search index, but PostgreSQL's own too (migration 0015): counts from the index alone.
VISIBLE_INDEX = "ix_courrier_structure_archived_service"
# The same keys holding the search column (migration 0031): a frequent word's count within
# the services read, from the index alone.
VISIBLE_SEARCH_INDEX = "ix_courrier_structure_archived_service_search"
FRENCH = "peps_french"
WORDS = "peps_words"
# As FTS5's unicode61 tokenizer, only letters and digits make words. PostgreSQL's parser
# would keep `-2026`, `12.5` or `a@b.fr` whole; these characters become spaces first (by
# `translate`, which unlike a regular expression does not depend on the database's locale).
_SEPARATORS = "-_.,;:/\\'\"`()[]{}°#+*&@!?<>=%$|~^"
_WORD = re.compile(r"[^\W_]+")


def _words_sql(expression: str) -> str:
    separators = _SEPARATORS.replace("'", "''")
    return f"translate({expression}, '{separators}', '{' ' * len(_SEPARATORS)}')"


_OBJET_AND_REFERENCE = "objet || ' ' || reference"
VECTOR_SQL = (
    f"to_tsvector('{FRENCH}'::regconfig, {_words_sql('objet')}) || "
    f"to_tsvector('{WORDS}'::regconfig, {_words_sql(_OBJET_AND_REFERENCE)})"
)

_TEXT_SEARCH_SETUP = (
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    f"CREATE TEXT SEARCH CONFIGURATION {FRENCH} (COPY = french)",
    f"ALTER TEXT SEARCH CONFIGURATION {FRENCH} "
    "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem",
    f"CREATE TEXT SEARCH CONFIGURATION {WORDS} (COPY = simple)",
    f"ALTER TEXT SEARCH CONFIGURATION {WORDS} "
    "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple",
)


def create_courrier_search(connection: Connection) -> None:
    """The configurations, the generated column (filled for existing rows) and its index."""
    for statement in _TEXT_SEARCH_SETUP:
        connection.exec_driver_sql(statement)
    # psycopg reads `%` as a placeholder: doubled, it is the character itself.
    vector = VECTOR_SQL.replace("%", "%%")
    connection.exec_driver_sql(
        f"ALTER TABLE courrier ADD COLUMN {SEARCH_COLUMN} tsvector "
        f"GENERATED ALWAYS AS ({vector}) STORED"
    )
    connection.exec_driver_sql(
        f"CREATE INDEX {SEARCH_INDEX} ON courrier USING gin ({SEARCH_COLUMN})"
    )


def drop_courrier_search(connection: Connection) -> None:
    connection.exec_driver_sql(f"DROP INDEX IF EXISTS {SEARCH_INDEX}")
    connection.exec_driver_sql(f"ALTER TABLE courrier DROP COLUMN IF EXISTS {SEARCH_COLUMN}")
    for config in (FRENCH, WORDS):
        connection.exec_driver_sql(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {config}")


def _phrase(config: str, words: list[str], prefix: bool) -> ColumnElement[Any]:
    """Words one after the other; the last as a prefix when asked. Each word is its own bound
    parameter, turned into a lexeme by the configuration: no tsquery syntax gets through.

    Only immutable functions: with its words known, PostgreSQL folds the query into a
    constant once, where a stable one (`unaccent`, `concat`) ran again on every row read."""
    parts: list[ColumnElement[Any]] = [
        func.plainto_tsquery(literal_column(f"'{config}'::regconfig"), word) for word in words
    ]
    if prefix:
        # The word (letters and digits only, so no tsquery syntax) then `:*`, made a lexeme
        # by the configuration, as the indexed words were.
        parts[-1] = func.to_tsquery(literal_column(f"'{config}'::regconfig"), f"{words[-1]}:*")
    query = parts[0]
    for part in parts[1:]:
        query = query.op("<->")(part)
    return query


def term_words(term: str) -> list[str]:
    return _WORD.findall(term)


def match_clause(terms: list[str]) -> ColumnElement[bool]:
    """Every term found: as French words (stemmed) or as typed; the last one also as a prefix.

    One tsquery, `(typed | stemmed) & …`, tested once: the GIN index is read once for all."""
    query: ColumnElement[Any] | None = None
    for number, term in enumerate(terms):
        words = term_words(term)
        if not words:
            continue
        # As typed (the last term also as a prefix: of what was typed, never of a stem), or
        # as French words.
        typed = _phrase(WORDS, words, prefix=number == len(terms) - 1)
        either = typed.op("||")(_phrase(FRENCH, words, prefix=False))
        query = either if query is None else query.op("&&")(either)
    if query is None:
        return false()
    vector: ColumnElement[Any] = literal_column(f"courrier.{SEARCH_COLUMN}")
    return vector.op("@@")(query)
