"""The clipped-text check finds text cut short, and only that: the walk over every screen
relies on it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from tests.gui.clipping import clipped_texts

LONG = "Rechercher par nom, identifiant ou courriel"


def shown(qtbot, *widgets: QWidget, width: int) -> QWidget:  # type: ignore[no-untyped-def]
    top = QWidget()
    qtbot.addWidget(top)
    column = QVBoxLayout(top)
    for widget in widgets:
        widget.setFixedWidth(width)
        column.addWidget(widget)
    top.show()
    return top


def test_cut_texts_are_found_with_the_pixels_they_lack(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel(LONG)
    label.setObjectName("narrowLabel")
    button = QPushButton(LONG)
    combo = QComboBox()
    combo.addItem(LONG)
    edit = QLineEdit()
    edit.setPlaceholderText(LONG)
    table = QTableWidget(1, 2)
    table.setObjectName("narrowTable")
    table.setHorizontalHeaderLabels(["Dernière connexion", "Droits"])
    table.setColumnWidth(0, 40)
    top = shown(qtbot, label, button, combo, edit, table, width=120)

    found = clipped_texts(top)

    assert {type(clipped.widget).__name__ for clipped in found} == {
        "QLabel",
        "QPushButton",
        "QComboBox",
        "QLineEdit",
        "QHeaderView",
    }
    (cut,) = [clipped for clipped in found if clipped.widget is label]
    assert cut.missing == label.fontMetrics().horizontalAdvance(LONG) - label.contentsRect().width()
    assert str(cut) == f"QLabel narrowLabel: « {LONG} » lacks {cut.missing} px"
    headers = [str(clipped) for clipped in found if clipped.widget is table.horizontalHeader()]
    assert any(
        text.startswith("QHeaderView of narrowTable: « Dernière connexion »") for text in headers
    )


def test_texts_with_room_are_not_reported(qtbot) -> None:  # type: ignore[no-untyped-def]
    wrapped = QLabel(LONG * 3)
    wrapped.setWordWrap(True)
    button = QPushButton("OK")
    edit = QLineEdit()
    edit.setPlaceholderText(LONG)
    edit.setText("typed")  # the placeholder is not drawn
    top = shown(qtbot, QLabel("Nom"), wrapped, button, edit, width=400)

    assert clipped_texts(top) == []


def _toolbar(actions: int) -> QToolBar:
    toolbar = QToolBar()
    toolbar.setObjectName("narrowToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    sign = toolbar.style().standardIcon(QStyle.StandardPixmap.SP_DialogOkButton)
    for number in range(actions):
        toolbar.addAction(QAction(sign, f"Action numéro {number + 1}", toolbar))
    return toolbar


def test_actions_pushed_into_a_toolbars_overflow_menu_are_found(qtbot) -> None:  # type: ignore[no-untyped-def]
    narrow, roomy = _toolbar(6), _toolbar(2)
    top = shown(qtbot, narrow, roomy, width=300)
    qtbot.waitUntil(lambda: not narrow.widgetForAction(narrow.actions()[-1]).isVisible())

    found = [str(clipped) for clipped in clipped_texts(top)]

    assert found and all(
        text.startswith("QToolBar narrowToolbar: « Action numéro") for text in found
    )
    assert "« Action numéro 6 »" in found[-1]
    assert not any("« Action numéro 1 »" in text for text in found)  # the first ones stay
