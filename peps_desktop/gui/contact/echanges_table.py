"""Mes échanges' list: its columns, what gives way on a narrow screen, and its look."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from peps_desktop.gui.contact.echanges_model import Column, EchangesModel
from peps_desktop.gui.shared.list_table import list_table
from peps_desktop.i18n import translate

COLUMN_WIDTHS = {
    Column.REFERENCE: 130,
    Column.DATE: 118,
    Column.THEME: 170,
    Column.MOTIF: 240,
    Column.AUTHOR: 120,
    Column.STATUS: 100,
}
STYLE = """
#echangesTable { background: white; alternate-background-color: #f6f8fb;
              border: 1px solid #d0d7e2; border-radius: 6px;
              selection-background-color: #d6e4f7; selection-color: #0f1f38; }
#echangesTable QHeaderView::section { background: #eef2f8; color: #1b3a6b; font-weight: bold;
              border: none; border-bottom: 1px solid #d0d7e2; padding: 6px; }
#echangesToolbar { border: none; spacing: 4px; }
#echangesToolbar QToolButton { padding: 4px 8px; border-radius: 4px; }
#echangesToolbar QToolButton:hover { background: #e6edf7; }
#echangesStatus { color: #5a6470; }
"""


def echanges_table(model: EchangesModel) -> QTableView:
    return list_table(
        model,
        "echangesTable",
        translate("EchangesView", "Échanges"),
        widths=COLUMN_WIDTHS,
        stretch_column=Column.MOTIF,
        sorted_by=Column.DATE,
        # On a narrow screen the reference, date and state stay whole; the theme, then the
        # author step aside (the detail shows both).
        whole=(Column.REFERENCE, Column.DATE, Column.STATUS),
        left_out_first=(Column.THEME, Column.AUTHOR),
    )
