"""Columns kept in view: narrowed down to their header, a column kept whole never below its
content, and, when even that does not fit, the table's least needed column left out until the
window widens again."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

from peps_desktop.gui.shared.column_fit import header_width, keep_columns_in_view

NAME, STATE, REVIEW, DETAILS = range(4)
WANTED = {NAME: 200, STATE: 150, REVIEW: 160}


def _table(qtbot, **fit) -> QTableView:  # type: ignore[no-untyped-def]
    model = QStandardItemModel(0, 4)
    model.setHorizontalHeaderLabels(["Nom", "État", "Dernière revue", "Droits"])
    for name, state in (("Bernard", "actif"), ("Faure", "verrouillé depuis longtemps")):
        model.appendRow(
            [QStandardItem(name), QStandardItem(state), QStandardItem(""), QStandardItem("")]
        )
    table = QTableView()
    table.setModel(model)
    qtbot.addWidget(table)
    table.verticalHeader().hide()
    for column, width in WANTED.items():
        table.setColumnWidth(column, width)
    table.horizontalHeader().setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
    keep_columns_in_view(table, **fit)
    table.show()
    return table


def _at_width(qtbot, table: QTableView, width: int) -> None:  # type: ignore[no-untyped-def]
    table.resize(width, 300)
    qtbot.waitUntil(lambda: table.width() == width)
    qtbot.wait(20)  # the viewport's resize reaches the fit


def test_narrowed_columns_keep_their_header_and_the_whole_one_its_content(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = _table(qtbot, whole=(STATE,))
    header = table.horizontalHeader()
    _at_width(qtbot, table, 420)
    content = table.sizeHintForColumn(STATE)
    assert content > header_width(header, STATE)  # the content is the wider: the case tested
    assert header.sectionSize(STATE) >= content
    assert header.sectionSize(NAME) < WANTED[NAME]  # the others gave way
    for column in (NAME, REVIEW):
        assert header.sectionSize(column) >= header_width(header, column)


def test_without_whole_the_state_is_narrowed_below_its_content(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = _table(qtbot)
    _at_width(qtbot, table, 420)
    assert table.horizontalHeader().sectionSize(STATE) < table.sizeHintForColumn(STATE)


def test_the_least_needed_column_leaves_when_nothing_fits_and_comes_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = _table(qtbot, whole=(STATE,), left_out_first=(REVIEW,))
    header = table.horizontalHeader()
    _at_width(qtbot, table, 330)
    assert header.isSectionHidden(REVIEW)
    assert header.sectionSize(STATE) >= table.sizeHintForColumn(STATE)
    shown = [c for c in range(4) if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width()
    _at_width(qtbot, table, 900)
    assert not header.isSectionHidden(REVIEW)
    assert header.sectionSize(REVIEW) == WANTED[REVIEW]


def test_a_column_the_user_hid_stays_hidden_when_the_window_widens(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = _table(qtbot, left_out_first=(REVIEW,))
    header = table.horizontalHeader()
    header.setSectionHidden(NAME, True)
    _at_width(qtbot, table, 330)
    _at_width(qtbot, table, 900)
    assert header.isSectionHidden(NAME)
