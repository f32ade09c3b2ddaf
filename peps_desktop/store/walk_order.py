"""Hints that let a page be read by walking an index in the wanted order and stopping.

SQLite's planner, left alone, prefers to drive a query from the most selective condition
(the reading right's `service_id IN (…)`) and then sorts every row of the scope in a
temporary B-tree; for a page of a large tab, walking an index already in the wanted order
and stopping after the page is far cheaper. These two constructs say so:

- `unindexed(column)`: the integer column as a plain value (`column + 0`), which no index
  serves, so the condition is tested on the rows walked instead of choosing them;
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

JOIN = " JOIN "


def unindexed(column: ColumnElement[int] | InstrumentedAttribute[int]) -> ColumnElement[int]:
    return column + 0


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
