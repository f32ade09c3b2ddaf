"""The keyboard checks find what they are for: a control without a name, a control Tab never
reaches (a table that keeps Tab for its cells), a control drawn the same focused or not."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton, QTableWidget, QVBoxLayout, QWidget

from tests.gui.keyboard import skipped_by_tab, unnamed_controls, walk_with_tab


def window(qtbot, *widgets: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    top = QWidget()
    qtbot.addWidget(top)
    column = QVBoxLayout(top)
    for widget in widgets:
        column.addWidget(widget)
    top.show()
    return top


def test_a_control_without_a_name_is_found(qtbot) -> None:  # type: ignore[no-untyped-def]
    nameless = QLineEdit()
    nameless.setObjectName("nameless")
    named = QLineEdit()
    named.setAccessibleName("Nom")
    top = window(qtbot, nameless, named, QPushButton("Envoyer"))

    assert unnamed_controls(top) == ["QLineEdit nameless"]


def test_a_table_that_keeps_tab_hides_what_follows(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = QTableWidget(2, 2)
    table.setAccessibleName("Liste")
    after = QPushButton("Après")
    after.setObjectName("afterButton")
    top = window(qtbot, table, after)
    assert skipped_by_tab(top, walk_with_tab(top).reached) == ["QPushButton afterButton"]

    table.setTabKeyNavigation(False)
    assert skipped_by_tab(top, walk_with_tab(top).reached) == []


def test_a_control_drawn_the_same_focused_is_found(qtbot) -> None:  # type: ignore[no-untyped-def]
    plain = QPushButton("Ordinaire")
    flat = QPushButton("Sans anneau")
    flat.setObjectName("flatButton")
    flat.setStyleSheet("border: none; outline: none; background: white;")  # no focus drawn
    top = window(qtbot, plain, flat)

    unmarked = walk_with_tab(top).unmarked
    assert flat in unmarked
    assert plain not in unmarked  # the style rings it
