"""INSERT … ON CONFLICT DO NOTHING: rows already there (by a unique key) are skipped.

SQLite and PostgreSQL both have it; it costs one probe of the key the insert makes anyway,
where a `NOT EXISTS` in the SELECT would make a second. The result's rowcount is the number
of rows inserted: SQLAlchemy reads an INSERT's count once its cursor is closed, where psycopg
says -1, unless asked to keep it (`preserve_rowcount`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert
from sqlalchemy.sql.dml import Insert


def insert_new(connection: Connection, model: Any) -> Insert:
    # Each dialect's module is imported when its engine is used: the PostgreSQL one alone
    # would cost a SQLite store's start a tenth of a second.
    name = connection.dialect.name
    statement: Insert
    if name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        statement = sqlite_insert(model).on_conflict_do_nothing()
    elif name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        statement = postgresql_insert(model).on_conflict_do_nothing()
    else:
        statement = insert(model)  # no such clause elsewhere: a duplicate is an error there
    return statement.execution_options(preserve_rowcount=True)
