"""What is chosen in the inbox's list: its rows, and the one courrier chosen (or none) that
the reading pane and the reader follow.

A reload (after an action, a refresh) loses the table's selection: the courrier chosen is
chosen again, or, gone from the list (archived, say), the one now in its place, as a mail
client goes on to the next message.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, Signal
from PySide6.QtWidgets import QTableView

from peps_desktop.gui.inbox.model import InboxModel


class ListChoice(QObject):
    # The one courrier chosen (its id), or None: none or several.
    changed = Signal(object)

    def __init__(self, table: QTableView, model: InboxModel) -> None:
        super().__init__(table)
        self._table = table
        self._model = model
        self._chosen: int | None = None  # as last said
        self._chosen_row = 0  # where it was: gone, the next one takes its place
        table.selectionModel().selectionChanged.connect(self.follow)
        model.loaded.connect(self._choose_again)

    @property
    def chosen(self) -> int | None:
        return self._chosen

    # --- the rows -------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        """Row numbers of the selection, without building an index per row."""
        numbers: list[int] = []
        for top, bottom in self._selected_runs():
            numbers.extend(range(top, bottom + 1))
        return sorted(set(numbers))

    def _selected_runs(self) -> list[tuple[int, int]]:
        selection = self._table.selectionModel().selection()
        parts = (selection.at(number) for number in range(selection.count()))
        return [(part.top(), part.bottom()) for part in parts]

    def selected_count(self) -> int:
        return sum(bottom - top + 1 for top, bottom in self._selected_runs())

    def select_rows(self, numbers: list[int]) -> None:
        model = self._model
        chosen = QItemSelection()
        for number in numbers:
            chosen.select(model.index(number, 0), model.index(number, 0))
        # One change, not cleared then chosen: the reading pane hears of the new choice only.
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        selection = self._table.selectionModel()
        selection.select(chosen, flags)
        if numbers:
            selection.setCurrentIndex(
                model.index(numbers[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    # --- the one courrier chosen ----------------------------------------------------------

    def follow(self) -> None:
        if self._model.loading:  # the rows are the old ones: told once the new ones are in
            return
        rows = self.selected_rows() if self.selected_count() == 1 else []
        row = self._model.row_at(rows[0]) if rows else None
        if row is not None:
            self._chosen_row = rows[0]
        self.say(row.id if row is not None else None)

    def say(self, courrier_id: int | None) -> None:
        if courrier_id != self._chosen or courrier_id is None:
            self._chosen = courrier_id
            self.changed.emit(courrier_id)

    def _choose_again(self) -> None:
        model = self._model
        if self._chosen is not None and not self.selected_count() and model.total:
            row = model.row_of_id(self._chosen)
            if row is None:
                row = min(self._chosen_row, model.total - 1)
            self.select_rows([row])
            self._table.scrollTo(model.index(row, 0))
        self.follow()

    def neighbours_of(self, courrier_id: int | None) -> tuple[bool, bool]:
        """Whether the list has a courrier before and after this one."""
        row = self._model.row_of_id(courrier_id) if courrier_id is not None else None
        if row is None:
            return False, False
        return row > 0, row < self._model.total - 1

    def choose_neighbour(self, courrier_id: int, step: int) -> None:
        """Choose the courrier `step` rows from this one, in the list's order."""
        model = self._model
        row = model.row_of_id(courrier_id)
        if row is None or model.loading or not 0 <= row + step < model.total:
            return
        self.select_rows([row + step])
        self._table.scrollTo(model.index(row + step, 0))
