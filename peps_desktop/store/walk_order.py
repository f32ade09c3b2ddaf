"""Hints that let a page be read by walking an index in the wanted order and stopping.

SQLite's planner, left alone, prefers to drive a query from the most selective condition
(the reading right's `service_id IN (…)`) and then sorts every row of the scope in a
temporary B-tree; for a page of a large tab, walking an index already in the wanted order
and stopping after the page is far cheaper. These two constructs say so:

- `unindexed(column)`: the integer column as a plain value (`column + 0` in SQLite), which
  no index serves, so the condition is tested on the rows walked instead of choosing them;
  PostgreSQL's planner weighs both ways itself, and there the hint only blinds its
  estimates (it once chose a parallel scan 15 times slower for a frequent word's page), so
  it stays the column;
- `walk_join(outer, inner, onclause)`: an inner join whose loops run in this order, `outer`
  first (`CROSS JOIN … ON` in SQLite, whose planner never reorders it; a plain JOIN
  elsewhere), so that ordering by an outer column and then the inner id walks both in order.

Both give the same rows as without them, on every engine.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Table
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.selectable import FromClause, Join
from sqlalchemy.sql.visitors import InternalTraversal

JOIN = " JOIN "


class Unindexed(ColumnElement[int]):
    """The column as a value no index serves: see unindexed."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: ColumnElement[int]) -> None:
        self.column = column
        self.type = column.type


def unindexed(column: ColumnElement[int] | InstrumentedAttribute[int]) -> ColumnElement[int]:
    return Unindexed(column.expression if isinstance(column, InstrumentedAttribute) else column)


@compiles(Unindexed, "sqlite")
def _plus_zero(element: Unindexed, compiler: SQLCompiler, **kwargs: Any) -> str:
    return f"({compiler.process(element.column, **kwargs)} + 0)"


@compiles(Unindexed)
def _the_column(element: Unindexed, compiler: SQLCompiler, **kwargs: Any) -> str:
    return str(compiler.process(element.column, **kwargs))


class WalkJoin(Join):
    """An inner join, outer table first: see walk_join."""

    inherit_cache = True


def walk_join(outer: type[Any] | Table, inner: Any, onclause: ColumnElement[bool]) -> FromClause:
    """`outer` is a mapped class or a table: one name, never a join of its own."""
    return WalkJoin(outer, inner, onclause)


@compiles(WalkJoin, "sqlite")
def _cross_join(join: WalkJoin, compiler: SQLCompiler, **kwargs: Any) -> str:
    text: str = compiler.visit_join(join, **kwargs)
    # "<outer> JOIN <inner> ON …", the outer being one table's name: the first JOIN is ours.
    outer, joined = text.split(JOIN, 1)
    return f"{outer} CROSS JOIN {joined}"
