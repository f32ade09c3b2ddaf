"""The inbox's search, saved views and filters; it says what to show as an InboxQuery."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.courriers.inbox import InboxQuery
from peps_desktop.core.courriers.query import Assignment, ReadState
from peps_desktop.gui.inbox.words import type_labels
from peps_desktop.gui.shared.search_field import SearchField

# The first date of the date fields stands for "no limit" and shows as such.
NO_DATE = QDate(2000, 1, 1)

ALL_VIEWS = "all"
A_TRAITER = "a_traiter"
ACTION_REQUISE = "action_requise"


class FilterBar(QWidget):
    """Emits `changed` with the filters and search as they stand; the tab and sort are the
    view's. A saved view sets the filters it stands for; changing a filter by hand leaves it."""

    changed = Signal()

    def __init__(self, services: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inboxFilterBar")
        self._quiet = False

        self.saved_view = QComboBox()
        self.saved_view.setObjectName("inboxSavedView")
        self.saved_view.setAccessibleName(self.tr("Saved view"))
        self.saved_view.addItem(self.tr("All courriers"), ALL_VIEWS)
        self.saved_view.addItem(self.tr("To handle (assigned to me)"), A_TRAITER)
        self.saved_view.addItem(self.tr("Action required"), ACTION_REQUISE)
        self.saved_view.currentIndexChanged.connect(self._apply_saved_view)

        self.search = SearchField(
            "inboxSearch",
            self.tr("Search the subject and reference…"),
            self.tr("Search the courriers"),
        )
        self.search.searched.connect(self._emit)

        self.more = QToolButton()
        self.more.setObjectName("inboxMoreFilters")
        self.more.setText(self.tr("Filters"))
        self.more.setCheckable(True)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.service = self._combo("inboxServiceFilter", self.tr("Fund"))
        self.service.addItem(self.tr("All funds"), None)
        for code in services:
            self.service.addItem(code, code)
        self.type = self._combo("inboxTypeFilter", self.tr("Type"))
        self.type.addItem(self.tr("All types"), None)
        for code, label in type_labels().items():
            self.type.addItem(label, code)
        self.action = self._combo("inboxActionFilter", self.tr("Action required"))
        self.action.addItem(self.tr("With or without action"), None)
        self.action.addItem(self.tr("Action required"), True)
        self.action.addItem(self.tr("No action required"), False)
        self.assignment = self._combo("inboxAssignmentFilter", self.tr("Assignment"))
        self.assignment.addItem(self.tr("Assigned to anyone"), None)
        self.assignment.addItem(self.tr("Assigned to me"), "me")
        self.assignment.addItem(self.tr("Unassigned"), "unassigned")
        self.read_state = self._combo("inboxReadFilter", self.tr("Read state"))
        self.read_state.addItem(self.tr("Read and unread"), None)
        self.read_state.addItem(self.tr("Unread"), "unread")
        self.read_state.addItem(self.tr("Read"), "read")
        self.received_from = self._date("inboxReceivedFrom", self.tr("Received from"))
        self.received_to = self._date("inboxReceivedTo", self.tr("Received until"))
        self.clear = QPushButton(self.tr("Clear the filters"))
        self.clear.setObjectName("inboxClearFilters")
        self.clear.clicked.connect(self.reset)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        view_label = QLabel(self.tr("&View:"))
        view_label.setBuddy(self.saved_view)
        top.addWidget(view_label)
        top.addWidget(self.saved_view)
        top.addWidget(self.search, 1)
        top.addWidget(self.more)
        self.details = QWidget()
        self.details.setObjectName("inboxFilterDetails")
        row = QHBoxLayout(self.details)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.service, self.type, self.action, self.assignment, self.read_state):
            row.addWidget(widget)
        row.addWidget(QLabel(self.tr("from")))
        row.addWidget(self.received_from)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.received_to)
        row.addWidget(self.clear)
        row.addStretch()
        self.details.setVisible(False)
        self.more.toggled.connect(self.details.setVisible)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.details)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        # Sized to a short text, not to its longest item, so the row fits a small window.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(self._edited)
        return combo

    def _date(self, name: str, accessible: str) -> QDateEdit:
        field = QDateEdit()
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        field.setToolTip(accessible)
        field.setCalendarPopup(True)
        field.setDisplayFormat("dd/MM/yyyy")
        field.setMinimumDate(NO_DATE)
        field.setSpecialValueText(self.tr("any date"))
        field.setDate(NO_DATE)
        field.dateChanged.connect(self._edited)
        return field

    # --- what the bar says ------------------------------------------------------------------

    def apply_to(self, query: InboxQuery) -> InboxQuery:
        """`query` with this bar's filters and search (its tab and sort kept)."""
        service = self.service.currentData()
        type_code = self.type.currentData()
        assignment: Assignment | None = self.assignment.currentData()
        read_state: ReadState | None = self.read_state.currentData()
        return replace(
            query,
            services=(service,) if service else (),
            types=(type_code,) if type_code else (),
            requires_action=self.action.currentData(),
            assignment=assignment,
            read_state=read_state,
            received_from=_date_or_none(self.received_from.date()),
            received_to=_date_or_none(self.received_to.date()),
            search=self.search.text().strip(),
        )

    def reset(self) -> None:
        """Every filter off and the search empty: all the tab's courriers."""
        self._set_filters(assignment=None, action=None)
        self._quiet = True
        self.saved_view.setCurrentIndex(0)
        self.search.clear()
        self.search.cancel_pending()
        self._quiet = False
        self._emit()

    # --- saved views ------------------------------------------------------------------------

    def _apply_saved_view(self) -> None:
        view = self.saved_view.currentData()
        if view == A_TRAITER:
            self._set_filters(assignment="me", action=None)
        elif view == ACTION_REQUISE:
            self._set_filters(assignment=None, action=True)
        else:
            self._set_filters(assignment=None, action=None)
        self._emit()

    def _set_filters(self, *, assignment: str | None, action: bool | None) -> None:
        self._quiet = True
        try:
            for combo in (self.service, self.type, self.read_state):
                combo.setCurrentIndex(0)
            self.assignment.setCurrentIndex(self.assignment.findData(assignment))
            self.action.setCurrentIndex(self.action.findData(action))
            self.received_from.setDate(NO_DATE)
            self.received_to.setDate(NO_DATE)
        finally:
            self._quiet = False

    def _edited(self) -> None:
        if self._quiet:
            return
        # A filter changed by hand: the saved view no longer describes what is shown.
        if self.saved_view.currentIndex() != 0:
            self.saved_view.blockSignals(True)
            self.saved_view.setCurrentIndex(0)
            self.saved_view.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        if not self._quiet:
            self.search.cancel_pending()
            self.changed.emit()


def _date_or_none(date: QDate) -> dt.date | None:
    if date <= NO_DATE:
        return None
    return dt.date(date.year(), date.month(), date.day())
