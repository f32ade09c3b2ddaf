"""INSERT … ON CONFLICT DO NOTHING: rows already there (by a unique key) are skipped.

SQLite and PostgreSQL both have it; it costs one probe of the key the insert makes anyway,
where a `NOT EXISTS` in the SELECT would make a second. The result's rowcount is the number
of rows inserted.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.dml import Insert


def insert_new(connection: Connection, model: Any) -> Insert:
    name = connection.dialect.name
    if name == "sqlite":
        return sqlite.insert(model).on_conflict_do_nothing()
    if name == "postgresql":
        return postgresql.insert(model).on_conflict_do_nothing()
    return insert(model)  # no such clause elsewhere: a duplicate is an error there
