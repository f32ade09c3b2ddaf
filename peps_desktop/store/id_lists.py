"""`column IN (these ids)` with the ids sent as one parameter, however many there are.

Binding thousands of ids one by one costs the Python side more than the database's work on
them (each is coerced, named and bound), and runs into engines' limits on parameters. Here
the list is one value: a JSON array read with `json_each` on SQLite, an array compared with
`= ANY` on PostgreSQL (the two engines a store runs on); the planner still looks the rows
up by key.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ARRAY, BigInteger, ColumnElement, Text, bindparam
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import CompileError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import Boolean, TypeDecorator, TypeEngine


class _IdArray(TypeDecorator[list[int]]):
    """A list of ids as one value: JSON text, or a native array where there is one."""

    impl = Text
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(ARRAY(BigInteger()))
        return dialect.type_descriptor(Text())

    def process_bind_param(self, value: list[int] | None, dialect: Dialect) -> Any:
        if value is None or dialect.name == "postgresql":
            return value
        return json.dumps(value)


class InIds(ColumnElement[bool]):
    """`column IN (ids)`, compiled per engine (see the module's docstring)."""

    type = Boolean()
    _is_implicitly_boolean = True  # a condition as it is, never "… = 1"
    inherit_cache = True
    _traverse_internals = [
        ("column", InternalTraversal.dp_clauseelement),
        ("ids", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, column: ColumnElement[int], ids: list[int] | None, key: str | None) -> None:
        self.column = column
        self.ids = bindparam(key, ids, type_=_IdArray())


def in_ids(
    column: ColumnElement[int] | InstrumentedAttribute[int], ids: Iterable[int]
) -> ColumnElement[bool]:
    return InIds(_expression(column), sorted(set(ids)), None)


def in_ids_given_as(
    column: ColumnElement[int] | InstrumentedAttribute[int], key: str
) -> ColumnElement[bool]:
    """`column IN (ids)`, the ids given at each execution as the parameter `key`: a statement
    built once for every list."""
    return InIds(_expression(column), None, key)


def _expression(column: ColumnElement[int] | InstrumentedAttribute[int]) -> ColumnElement[int]:
    return column.expression if isinstance(column, InstrumentedAttribute) else column


@compiles(InIds, "sqlite")
def _json_each(element: InIds, compiler: SQLCompiler, **kwargs: Any) -> str:
    column = compiler.process(element.column, **kwargs)
    return f"{column} IN (SELECT value FROM json_each({compiler.process(element.ids, **kwargs)}))"


@compiles(InIds, "postgresql")
def _any_of(element: InIds, compiler: SQLCompiler, **kwargs: Any) -> str:
    column = compiler.process(element.column, **kwargs)
    return f"{column} = ANY({compiler.process(element.ids, **kwargs)})"


@compiles(InIds)
def _elsewhere(element: InIds, compiler: SQLCompiler, **kwargs: Any) -> str:
    raise CompileError(f"no list of ids for {compiler.dialect.name}")
