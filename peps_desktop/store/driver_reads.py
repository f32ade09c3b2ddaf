"""A shared store's hottest reads straight through the driver (PostgreSQL, psycopg).

A page of the inbox costs the server a few tenths of a millisecond; SQLAlchemy's execution
path (session, execution context, result) costs the client as much again. Here a Core select
is compiled once per shape, keyed by SQLAlchemy's own cache key as its compiled cache is, and
each run binds its values as SQLAlchemy would and sends the SQL on a pooled connection outside
any transaction: what psycopg alone would do. A statement is prepared only when its caller
says one plan suits every run (`plan_once`).

The pool's checks stay (a connection idle for a while is pinged before it is lent), and the
driver's errors are said as the engine says them: a server gone is `ServerUnreachable` and its
connection is dropped, a fault of the machine its `StoreError`. Only for statements whose
columns the driver returns as the application wants them (ids, text, dates, numbers,
booleans): no result processing is done.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping
from typing import Any, TypeAlias, TypeVar, cast

import psycopg
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import Select
from sqlalchemy.sql.compiler import SQLCompiler

from peps_desktop.store.faults import server_unreachable, store_fault

AnySelect: TypeAlias = "Select[*tuple[Any, ...]]"  # whatever its columns

T = TypeVar("T")

# Statement shapes kept compiled; the inbox has a few dozen (filters, sorts, tabs, blocks).
COMPILED_SHAPES = 256


class _Recent:
    """The last COMPILED_SHAPES values by key, shared by worker threads."""

    def __init__(self) -> None:
        self._values: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, make: Callable[[], T]) -> T:
        with self._lock:
            if key in self._values:
                self._values.move_to_end(key)
                return cast(T, self._values[key])
        made = make()  # outside the lock: two threads may make it, one is kept
        with self._lock:
            self._values[key] = made
            if len(self._values) > COMPILED_SHAPES:
                self._values.popitem(last=False)
        return made

    def __len__(self) -> int:
        return len(self._values)


class DriverReads:
    """Selects run on the driver's connection, their rows as tuples."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._compiled = _Recent()
        self._kept = _Recent()

    def kept(self, shape: Hashable, build: Callable[[], T]) -> T:
        """What `build` gives for this shape, built once (the last COMPILED_SHAPES kept): for
        statements whose building costs as much as their run."""
        return self._kept.get(shape, build)

    def sql(
        self, statement: AnySelect, parameters: Mapping[str, Any] | None = None
    ) -> tuple[str, dict[str, Any]]:
        """The SQL and the driver's parameters for this statement, as SQLAlchemy sends them."""
        key = statement._generate_cache_key()
        if key is None:  # a construct that cannot be cached: compiled for this run alone
            compiled = cast(SQLCompiler, statement.compile(dialect=self._engine.dialect))
            values = compiled.construct_params(dict(parameters or {}), escape_names=False)
        else:
            compiled = self._compiled.get(
                key.key,
                lambda: cast(
                    SQLCompiler, statement.compile(dialect=self._engine.dialect, cache_key=key)
                ),
            )
            given = {**(getattr(key, "params", None) or {}), **(parameters or {})}
            values = compiled.construct_params(
                given or None, extracted_parameters=key.bindparams, escape_names=False
            )
        sql = compiled.string
        processors: dict[str, Any] = dict(compiled._bind_processors)
        if compiled.post_compile_params or compiled.literal_execute_params:
            expanded = compiled._process_parameters_for_postcompile(values)
            sql, values = expanded.statement, dict(expanded.parameters)
            processors.update(expanded.processors)
        escaped = compiled.escaped_bind_names
        return sql, {
            escaped.get(name, name): processors[name](value) if name in processors else value
            for name, value in values.items()
        }

    def all(
        self,
        statement: AnySelect,
        parameters: Mapping[str, Any] | None = None,
        *,
        plan_once: bool = False,
    ) -> list[tuple[Any, ...]]:
        """Every row of the statement. `plan_once`: its values never change the best plan
        (ids, the user, a page's bounds), so it is prepared and PostgreSQL may keep one plan
        for it, sparing the planning (more than the run for a page). Otherwise it is planned
        for its own values each time."""
        sql, values = self.sql(statement, parameters)
        pooled = self._engine.raw_connection()
        try:
            driver: psycopg.Connection[Any] = pooled.driver_connection  # type: ignore[assignment]
            driver.autocommit = True
            try:
                return driver.execute(sql, values, prepare=plan_once or None).fetchall()
            finally:
                if not (driver.broken or driver.closed):
                    driver.autocommit = False  # lent back as the pool lent it
        except psycopg.OperationalError as error:
            if driver.broken or driver.closed:  # not only this statement: the connection
                pooled.invalidate(error)
            raise store_fault(error, self._engine) or server_unreachable(error) from error
        except psycopg.Error as error:
            fault = store_fault(error, self._engine)
            if fault is not None:
                raise fault from error
            raise DBAPIError.instance(
                sql, values, error, psycopg.Error, hide_parameters=True
            ) from error
        finally:
            pooled.close()
