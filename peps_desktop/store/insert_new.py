"""INSERT … ON CONFLICT DO NOTHING: rows already there (by a unique key) are skipped.

SQLite and PostgreSQL both have it; it costs one probe of the key the insert makes anyway,
where a `NOT EXISTS` in the SELECT would make a second. The result's rowcount is the number
of rows inserted.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert
from sqlalchemy.sql.dml import Insert


def insert_new(connection: Connection, model: Any) -> Insert:
    # Each dialect's module is imported when its engine is used: the PostgreSQL one alone
    # would cost a SQLite store's start a tenth of a second.
    name = connection.dialect.name
    if name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(model).on_conflict_do_nothing()
    if name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        return postgresql_insert(model).on_conflict_do_nothing()
    return insert(model)  # no such clause elsewhere: a duplicate is an error there
