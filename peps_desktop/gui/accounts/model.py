"""The structure's accounts as a table, and the filter the accounts view puts over it.

All rows live in memory: a structure has at most some ten thousand accounts, which a
QSortFilterProxyModel sorts and filters in a few milliseconds with the keys computed here once.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from peps_desktop.core.accounts.account_list import AccountRow
from peps_desktop.gui.accounts.words import (
    STATUSES,
    contact_problems_text,
    profile_label,
    rights_summaries,
    service_right,
    status_label,
)
from peps_desktop.gui.shared.resources import icon
from peps_desktop.gui.shared.table_model import AnyIndex, RowTableModel

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the AccountRow itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # the status code, for the status delegate
MUTED = QColor("#5a6470")


class Column(IntEnum):
    NOM = 0
    PRENOM = 1
    LOGIN = 2
    PROFILE = 3
    STATUS = 4
    EXPIRES = 5
    LAST_SIGN_IN = 6
    LAST_REVIEW = 7
    RIGHTS = 8


def _without_accents(character: str) -> str:
    decomposed = unicodedata.normalize("NFKD", character)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Latin letters with accents, once: str.translate then strips them at C speed (10,000 rows).
_ACCENTS = {
    code: _without_accents(chr(code))
    for code in range(0xC0, 0x250)
    if _without_accents(chr(code)) != chr(code)
} | {ord("œ"): "oe", ord("æ"): "ae"}


def search_key(*parts: str) -> str:
    """Lower case without accents: "helene" finds "Hélène". Logins and emails are ASCII: only
    the other parts go through the (slower) accent table."""
    return " ".join(
        part.casefold() if part.isascii() else part.casefold().translate(_ACCENTS) for part in parts
    )


def _day(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value is not None else "—"


def _moment(value: dt.datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value is not None else "—"


def _ordinal(value: dt.date | dt.datetime | None) -> float:
    if value is None:
        return -1.0
    if isinstance(value, dt.datetime):
        return value.timestamp()
    return float(value.toordinal())


# A row with its search key and rights summary, computed once per load.
Entry = tuple[AccountRow, str, str]


def prepare_entries(rows: list[AccountRow], service_order: tuple[str, ...]) -> list[Entry]:
    """Search keys and rights summaries of every row: pure Python, safe in a worker thread."""
    summaries = rights_summaries((row.rights for row in rows), service_order)
    return [
        (row, search_key(row.nom, row.prenom, row.login, row.email), summary)
        for row, summary in zip(rows, summaries, strict=True)
    ]


def entry_sort_key(entry: Entry, column: Column) -> Any:
    row, search, rights = entry
    if column is Column.NOM:
        return search  # "nom prenom login email": the same order, already computed
    if column is Column.PRENOM:  # ties broken by the nom, then the login
        return search_key(row.prenom, row.nom, row.login)
    if column is Column.LOGIN:
        return row.login
    if column is Column.PROFILE:
        return profile_label(row.profile)
    if column is Column.STATUS:
        return STATUSES.index(row.status) if row.status in STATUSES else len(STATUSES)
    if column is Column.EXPIRES:
        return _ordinal(row.expires_on)
    if column is Column.LAST_SIGN_IN:
        return _ordinal(row.last_sign_in_at)
    if column is Column.LAST_REVIEW:
        return _ordinal(row.last_review_at)
    return rights


def sort_entries(entries: list[Entry], column: Column, order: Qt.SortOrder) -> list[Entry]:
    """One key per row, not a Python call per comparison; pure: safe in a worker thread."""
    keys = [entry_sort_key(entry, column) for entry in entries]
    positions = sorted(
        range(len(entries)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
    )
    return [entries[p] for p in positions]


class AccountTableModel(RowTableModel[AccountRow, Column]):
    """The rows, sorted here in Python: one key per row, not a Python call per comparison."""

    columns = Column

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search: list[str] = []
        self._rights: list[str] = []
        self._service_order: tuple[str, ...] = ()
        self._sort_column: Column | None = None
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_rows(
        self,
        rows: list[AccountRow],
        service_order: tuple[str, ...] = (),
        entries: list[Entry] | None = None,
        sorted_by: tuple[Column | None, Qt.SortOrder] | None = None,
    ) -> None:
        """Show `rows`; `entries`, when given, are `prepare_entries(rows, service_order)`
        already computed (off the GUI thread), sorted as `sorted_by` says."""
        self.beginResetModel()
        self._service_order = service_order
        self._set_entries(entries if entries is not None else prepare_entries(rows, service_order))
        if self._sort_column is not None and sorted_by != self.sort_state:
            self._set_entries(self._sorted(self._sort_column, self._sort_order))
        self.endResetModel()

    def _set_entries(self, entries: list[Entry]) -> None:
        self._rows = [entry[0] for entry in entries]
        self._search = [entry[1] for entry in entries]
        self._rights = [entry[2] for entry in entries]

    def _entries(self) -> list[Entry]:
        return list(zip(self._rows, self._search, self._rights, strict=True))

    @property
    def sort_state(self) -> tuple[Column | None, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def _sorted(self, column: Column, order: Qt.SortOrder) -> list[Entry]:
        return sort_entries(self._entries(), column, order)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self._sort_column, self._sort_order = Column(column), order
        self.layoutAboutToBeChanged.emit()
        before = {row.id: number for number, row in enumerate(self._rows)}
        self._set_entries(self._sorted(self._sort_column, order))
        after = {row.id: number for number, row in enumerate(self._rows)}
        moved = {before[row_id]: after[row_id] for row_id in before}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(moved[index.row()], index.column()) for index in persistent],
        )
        self.layoutChanged.emit()

    def search_text(self, row: int) -> str:
        return self._search[row]

    # --- cells ---------------------------------------------------------------------------

    def _headers(self) -> list[str]:
        return [
            self.tr("Last name"),
            self.tr("First name"),
            self.tr("Login"),
            self.tr("Profile"),
            self.tr("Status"),
            self.tr("Expires on"),
            self.tr("Last sign-in"),
            self.tr("Last review"),
            self.tr("Rights"),
        ]

    def _cell(self, number: int, row: AccountRow, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(number, row, column)
        if role == SORT_ROLE:
            return entry_sort_key((row, self._search[number], self._rights[number]), column)
        if role == ROW_ROLE:
            return row
        if role == STATUS_ROLE:
            return row.status
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and self._is_muted(row, column):
            return MUTED
        if role == Qt.ItemDataRole.DecorationRole and column is Column.NOM:
            return icon("contact-missing") if row.contact_problems else None
        return None

    def _display(self, number: int, row: AccountRow, column: Column) -> str:
        if column is Column.NOM:
            return row.nom
        if column is Column.PRENOM:
            return row.prenom
        if column is Column.LOGIN:
            return row.login
        if column is Column.PROFILE:
            return profile_label(row.profile)
        if column is Column.STATUS:
            return status_label(row.status)
        if column is Column.EXPIRES:
            return _day(row.expires_on)
        if column is Column.LAST_SIGN_IN:
            if row.last_sign_in_at is None and row.activation_pending:
                return self.tr("awaiting activation")
            return _moment(row.last_sign_in_at)
        if column is Column.LAST_REVIEW:
            return _day(row.last_review_at.date() if row.last_review_at else None)
        return self._rights[number]

    def _tooltip(self, row: AccountRow, column: Column) -> str | None:
        if column is Column.RIGHTS:
            return "\n".join(
                service_right(code, level)
                for code, level in sorted(
                    row.rights.items(), key=lambda item: self._service_rank(item[0])
                )
            )
        if column is Column.LOGIN:
            return row.email
        if column is Column.NOM and row.contact_problems:
            return contact_problems_text(row.contact_problems)
        if column is Column.LAST_SIGN_IN and row.activation_pending:
            return self.tr("The holder has not chosen a password yet.")
        return None

    def _service_rank(self, code: str) -> tuple[int, str]:
        order = self._service_order
        return (order.index(code) if code in order else len(order), code)

    @staticmethod
    def _is_muted(row: AccountRow, column: Column) -> bool:
        if column is Column.LAST_SIGN_IN:
            return row.last_sign_in_at is None
        return column is Column.LAST_REVIEW and row.last_review_at is None


class AccountFilterProxy(QSortFilterProxyModel):
    """Filters by text (name, login, email; accents ignored), status and profile.

    Sorting is the source model's (see AccountTableModel.sort), so the proxy keeps the
    source's order: its row i is the i-th accepted source row, which `row_at` reads from a
    Python list instead of asking Qt to map each index.
    """

    def __init__(self, source: AccountTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._words: list[str] = []
        self._status: str | None = None
        self._profile: str | None = None
        self._accepted: set[int] | None = None  # account ids, whatever their order
        self._visible: list[int] | None = None  # source row of each proxy row
        # Connected before setSourceModel: forgotten before the proxy itself reacts.
        source.modelAboutToBeReset.connect(self._forget_all)
        source.layoutAboutToBeChanged.connect(self._forget_order)
        self.setSourceModel(source)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source.sort(column, order)

    def set_filters(self, text: str, status: str | None, profile: str | None) -> None:
        """Empty text and None accept everything."""
        self.beginFilterChange()
        self._words = search_key(text).split()
        self._status = status or None
        self._profile = profile or None
        self._forget_all()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.set_filters(text, self._status, self._profile)

    def set_status(self, status: str | None) -> None:
        self.set_filters(" ".join(self._words), status, self._profile)

    def set_profile(self, profile: str | None) -> None:
        self.set_filters(" ".join(self._words), self._status, profile)

    def _forget_all(self) -> None:
        self._accepted = None
        self._visible = None

    def _forget_order(self) -> None:
        self._visible = None

    def _accepts(self, number: int) -> bool:
        row = self._source.row_at(number)
        if self._status is not None and row.status != self._status:
            return False
        if self._profile is not None and row.profile != self._profile:
            return False
        text = self._source.search_text(number)
        return all(word in text for word in self._words)

    def _accepted_ids(self) -> set[int]:
        if self._accepted is None:
            source = self._source
            self._accepted = {
                source.row_at(number).id
                for number in range(source.rowCount())
                if self._accepts(number)
            }
        return self._accepted

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        return self._source.row_at(source_row).id in self._accepted_ids()

    def _visible_rows(self) -> list[int]:
        if self._visible is None:
            accepted = self._accepted_ids()
            source = self._source
            self._visible = [
                number
                for number in range(source.rowCount())
                if source.row_at(number).id in accepted
            ]
        return self._visible

    def row_at(self, proxy_row: int) -> AccountRow:
        return self._source.row_at(self._visible_rows()[proxy_row])

    def rows_at(self, proxy_rows: list[int]) -> list[AccountRow]:
        visible = self._visible_rows()
        return [self._source.row_at(visible[number]) for number in proxy_rows]
