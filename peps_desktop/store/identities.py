"""Rows inserted with ids chosen by the application (the demo's bulk inserts).

On PostgreSQL an id given in the INSERT does not move the table's sequence: the next row
added the usual way would be handed an id already taken. SQLite needs nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, Table


def catch_up_ids(connection: Connection, tables: Iterable[Table]) -> None:
    """Move each table's id sequence past the highest id in the table."""
    if connection.dialect.name != "postgresql":
        return
    for table in tables:
        name = table.name
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
            f"coalesce((SELECT max(id) FROM {name}), 0) + 1, false)"
        )
