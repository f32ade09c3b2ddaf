"""Columns sized as shares of a table's width, never narrower than their header's text: the
columns follow the window, and a header is never clipped (a narrow window scrolls instead)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QTableView

from peps_desktop.gui.shared.column_fit import header_width


def fit_columns(table: QTableView, shares: Mapping[int, float]) -> None:
    """Give each column of `shares` its share of the width; the last section stretches."""
    width = table.viewport().width()
    header = table.horizontalHeader()
    for column, share in shares.items():
        needed = header_width(header, column)
        table.setColumnWidth(column, max(int(width * share), needed))
