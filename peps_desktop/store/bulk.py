"""Many rows inserted in one statement, with their conversion done before the write lock.

An ORM or Core `insert` of 10,000 rows spends most of its time turning each row's values
into the driver's (dates into text on SQLite, parameters by name or position…). Prepared
here, outside any transaction, the rows then go to the driver's `executemany` as they are,
and the write lock is held for the database's own work only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, Table, bindparam, insert


@dataclass(frozen=True)
class PreparedInsert:
    sql: str
    parameters: list[Any]  # tuples for a positional driver, dicts for a named one

    def execute(self, connection: Connection) -> None:
        if self.parameters:
            connection.exec_driver_sql(self.sql, self.parameters)


def prepare_insert(
    bind: Engine | Connection, table: Table, rows: Sequence[Mapping[str, Any]]
) -> PreparedInsert:
    """`rows` (all with the same keys) as one INSERT for the driver behind `bind`."""
    if not rows:
        return PreparedInsert("", [])
    keys = list(rows[0])
    # inline(): no RETURNING of the new ids (a bulk insert looks them up afterwards if needed).
    values = {key: bindparam(key, type_=table.c[key].type) for key in keys}
    statement = insert(table).values(values).inline()
    compiled = statement.compile(dialect=bind.dialect)
    processors: Mapping[str, Callable[[Any], Any]] = compiled._bind_processors  # type: ignore[assignment]
    # Columns the rows leave out take their scalar default, as SQLAlchemy would give them.
    names = list(compiled.positiontup or []) if compiled.positional else list(compiled.binds)
    defaults = {name: _scalar_default(table, name) for name in names if name not in keys}
    convert = [(name, processors.get(name)) for name in names]

    def value(row: Mapping[str, Any], name: str, process: Callable[[Any], Any] | None) -> Any:
        raw = row[name] if name in row else defaults[name]
        return process(raw) if process is not None else raw

    if compiled.positional:
        parameters: list[Any] = [
            tuple(value(row, name, process) for name, process in convert) for row in rows
        ]
    else:
        parameters = [
            {name: value(row, name, process) for name, process in convert} for row in rows
        ]
    return PreparedInsert(compiled.string, parameters)


def _scalar_default(table: Table, name: str) -> Any:
    default = table.c[name].default
    if default is None or not default.is_scalar:
        raise ValueError(f"{table.name}.{name}: no value and no scalar default")
    return default.arg  # type: ignore[attr-defined]
