"""The accounts' table: its columns, their widths and what gives way on a narrow screen."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from peps_desktop.gui.accounts.model import Column
from peps_desktop.gui.accounts.status_delegate import StatusDelegate
from peps_desktop.gui.shared.column_fit import keep_columns_in_view
from peps_desktop.i18n import translate

# Designed at 1280 pixels so that the rights, last, keep some room.
WIDTHS = (
    (Column.NOM, 115),
    (Column.PRENOM, 100),
    (Column.LOGIN, 155),
    (Column.PROFILE, 110),
    (Column.STATUS, 115),
    (Column.EXPIRES, 95),
    (Column.LAST_SIGN_IN, 140),
    (Column.LAST_REVIEW, 100),
)


def accounts_table(model: QAbstractItemModel) -> QTableView:
    table = QTableView()
    table.setObjectName("accountsTable")
    table.setAccessibleName(translate("AccountsView", "Accounts of the structure"))
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setSortingEnabled(True)
    table.sortByColumn(Column.NOM, Qt.SortOrder.AscendingOrder)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table: the arrows move in it
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(30)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in WIDTHS:
        table.setColumnWidth(column, width)
    header.setSectionResizeMode(Column.RIGHTS, QHeaderView.ResizeMode.Stretch)
    table.setItemDelegateForColumn(Column.STATUS, StatusDelegate(table))
    # The rights, last, on screen on a 1024-pixel screen too, the states and profiles whole;
    # the last review (the review's own screen shows it) goes first for want of room.
    keep_columns_in_view(
        table, whole=(Column.STATUS, Column.PROFILE), left_out_first=(Column.LAST_REVIEW,)
    )
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return table
