"""A shared store's hottest reads straight through the driver (PostgreSQL, psycopg).

A page of the inbox costs the server a few tenths of a millisecond; SQLAlchemy's execution
path (session, execution context, result) costs the client as much again. Here a Core select
is compiled once per shape, keyed by SQLAlchemy's own cache key as its compiled cache is, and
each run binds its values as SQLAlchemy would and sends the SQL on a pooled connection outside
any transaction: what psycopg alone would do (the statement prepared from its fifth run).

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


class DriverReads:
    """Selects run on the driver's connection, their rows as tuples."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._compiled: OrderedDict[Any, SQLCompiler] = OrderedDict()
        self._kept: OrderedDict[Hashable, Any] = OrderedDict()
        self._caches = threading.Lock()  # the inbox reads from worker threads

    def kept(self, shape: Hashable, build: Callable[[], T]) -> T:
        """What `build` gives for this shape, built once (the last COMPILED_SHAPES kept): for
        statements whose building costs as much as their run."""
        with self._caches:
            if shape in self._kept:
                self._kept.move_to_end(shape)
                return cast(T, self._kept[shape])
        built = build()
        with self._caches:
            self._kept[shape] = built
            if len(self._kept) > COMPILED_SHAPES:
                self._kept.popitem(last=False)
        return built

    def _compiled_for(self, statement: AnySelect, shape: Any, key: Any) -> SQLCompiler:
        with self._caches:
            compiled = self._compiled.get(shape)
            if compiled is not None:
                self._compiled.move_to_end(shape)
                return compiled
        compiled = cast(SQLCompiler, statement.compile(dialect=self._engine.dialect, cache_key=key))
        with self._caches:
            self._compiled[shape] = compiled
            if len(self._compiled) > COMPILED_SHAPES:
                self._compiled.popitem(last=False)
        return compiled

    def sql(
        self, statement: AnySelect, parameters: Mapping[str, Any] | None = None
    ) -> tuple[str, dict[str, Any]]:
        """The SQL and the driver's parameters for this statement, as SQLAlchemy sends them."""
        key = statement._generate_cache_key()
        if key is None:  # a construct that cannot be cached: compiled for this run alone
            compiled = cast(SQLCompiler, statement.compile(dialect=self._engine.dialect))
            values = compiled.construct_params(dict(parameters or {}), escape_names=False)
        else:
            compiled = self._compiled_for(statement, key.key, key)
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

    def scalars(
        self,
        statement: AnySelect,
        parameters: Mapping[str, Any] | None = None,
        *,
        plan_once: bool = False,
    ) -> list[Any]:
        """The first column of every row."""
        return [row[0] for row in self.all(statement, parameters, plan_once=plan_once)]
