"""The set-up the application's long lists share: whole rows, read-only, one fixed row height
(nothing is measured from the contents, which keeps a million rows smooth), sortable by a click
on a column, its columns kept in view, a context menu asked by the caller."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from peps_desktop.gui.shared.column_fit import keep_columns_in_view

ROW_HEIGHT = 28
ColumnNumber = TypeVar("ColumnNumber", bound=int)


def list_table(
    model: QAbstractItemModel,
    object_name: str,
    accessible_name: str,
    *,
    widths: Mapping[ColumnNumber, int],
    stretch_column: int,
    sorted_by: int,
    order: Qt.SortOrder = Qt.SortOrder.DescendingOrder,
    whole: Sequence[int] = (),
    left_out_first: Sequence[int] = (),
) -> QTableView:
    table = QTableView()
    table.setObjectName(object_name)
    table.setAccessibleName(accessible_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the list: the arrows move in it
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    rows = table.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(ROW_HEIGHT)
    columns = table.horizontalHeader()
    columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    columns.setHighlightSections(False)
    columns.setStretchLastSection(False)
    for column, width in widths.items():
        table.setColumnWidth(column, width)
    columns.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    columns.setSortIndicator(sorted_by, order)
    table.setSortingEnabled(True)
    keep_columns_in_view(table, whole, left_out_first)  # see gui/shared/column_fit.py
    return table
