"""The inbox's columns: Objet takes the free width; the others keep the widths designed,
narrowed (never below their header, nor below the words a column must show whole: Type's)
when the window is too small to leave Objet its room, and, narrower still, the least needed
are left out (the reader shows them all), as a mail client does beside its reading pane.
Once the user resizes, moves, shows or hides a column (the header's menu), the columns are
theirs, and remembered (gui/inbox/arrangement.py); Objet still takes what is left.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QMenu, QTableView

from peps_desktop.gui.inbox.arrangement import InboxArrangement
from peps_desktop.gui.inbox.model import Column

# About forty characters: below, most objets lose what tells them apart.
OBJET_ROOM = 240
# Dragging a column's edge resizes it many times a second: it is written once it stops.
SAVE_DELAY_MS = 400


class InboxColumns(QObject):
    def __init__(
        self,
        table: QTableView,
        arrangement: InboxArrangement,
        designed: Mapping[Column, int],
        *,
        legible: Mapping[Column, int] | None = None,
        free_column: int,
        left_out_first: Sequence[int],
        sorted_by: int,
        order: Qt.SortOrder,
    ) -> None:
        super().__init__(table)
        self._table = table
        self._arrangement = arrangement
        self._designed = {int(column): width for column, width in designed.items()}
        # The width a column's words need to be read whole: narrower, it is left out.
        self._legible = {int(column): width for column, width in (legible or {}).items()}
        self._free_column = free_column
        self._left_out_first = list(left_out_first)
        self._fitting = False
        self._arranged = bool(arrangement.inbox_columns)  # at once, the writing comes later
        self._least: dict[int, int] = {}  # each column's header width, measured while shown
        self._fit_again = QTimer(self)  # the room changed while fitting (a scroll bar came)
        self._fit_again.setSingleShot(True)
        self._fit_again.setInterval(0)
        self._fit_again.timeout.connect(self.fit)
        header = table.horizontalHeader()
        if arrangement.inbox_columns:
            header.blockSignals(True)  # no sort nor resize news while the state comes back
            restored = header.restoreState(QByteArray(arrangement.inbox_columns))
            header.setSortIndicator(sorted_by, order)  # the list opens sorted as designed
            header.blockSignals(False)
            if not restored:  # another version's columns
                arrangement.inbox_columns = b""
                self._arranged = False
        header.setSectionsMovable(True)
        header.setFirstSectionMovable(True)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)
        header.sectionResized.connect(self._resized)
        header.sectionMoved.connect(lambda *_: self._user_arranged())
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu)
        table.viewport().installEventFilter(self)
        application = QCoreApplication.instance()
        if application is not None:  # a change still waiting is written as the program ends
            application.aboutToQuit.connect(self._write_waiting)

    def _write_waiting(self) -> None:
        if self._save_timer.isActive():
            self.save()

    @property
    def arranged(self) -> bool:
        """The user has resized, moved, shown or hidden a column."""
        return self._arranged

    def _user_arranged(self) -> None:
        self._arranged = True
        self._save_timer.start()

    def save(self) -> None:
        self._save_timer.stop()
        state = self._table.horizontalHeader().saveState()
        self._arrangement.inbox_columns = bytes(state.data())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            if self._fitting:
                self._fit_again.start()
            else:
                self.fit()
        return False

    def fit(self) -> None:
        """The designed widths, narrowed to leave Objet its room; the user's, once arranged."""
        if self.arranged or self._fitting:
            return
        header = self._table.horizontalHeader()
        room = self._table.viewport().width() - OBJET_ROOM
        others = {c: w for c, w in self._designed.items() if c != self._free_column}
        for column in others:
            if not header.isSectionHidden(column):  # a hidden column's hint is 0
                self._least[column] = max(
                    header.sectionSizeHint(column), self._legible.get(column, 0)
                )
        least = {c: self._least.get(c, w) for c, w in others.items()}
        shown = dict(others)
        for column in self._left_out_first:  # while even their headers do not fit
            if sum(least[c] for c in shown) <= room:
                break
            shown.pop(column, None)
        widths = _narrowed(shown, least, room)
        self._fitting = True
        try:
            for column in others:
                header.setSectionHidden(column, column not in shown)
            for column, width in widths.items():
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _menu(self, position: QPoint) -> None:
        """Show or hide a column, as a mail client's header offers."""
        header = self._table.horizontalHeader()
        model = self._table.model()
        menu = QMenu(header)
        menu.setObjectName("inboxColumnsMenu")
        for column in range(header.count()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != self._free_column)  # Objet is always there
            action.toggled.connect(lambda on, c=column: self.show_column(c, on))
        menu.exec(header.mapToGlobal(position))
        menu.deleteLater()

    def show_column(self, column: int, shown: bool) -> None:
        """The user's choice: the columns are theirs from now on."""
        self._arranged = True
        self._table.horizontalHeader().setSectionHidden(column, not shown)
        self.save()

    def _resized(self, column: int, old: int, new: int) -> None:
        # Objet follows the window, fitting is ours, a column hidden or shown (0 wide) is
        # told later by Qt: none of them is the user's arranging.
        if not self._fitting and column != self._free_column and old and new:
            self._user_arranged()


def _narrowed(designed: Mapping[int, int], least: Mapping[int, int], room: int) -> dict[int, int]:
    """The designed widths, all narrowed in the same proportion to fit `room`, none below
    its least width (the room those at their least leave is shared among the others)."""
    widths = dict(designed)
    free = dict(designed)  # the columns still narrowed in proportion
    while free:
        fixed = sum(width for column, width in widths.items() if column not in free)
        scale = min(1.0, max(room - fixed, 0) / max(sum(designed[c] for c in free), 1))
        at_least = [c for c in free if designed[c] * scale < least[c]]
        for column in free:
            widths[column] = max(int(designed[column] * scale), least[column])
        if not at_least:
            break
        for column in at_least:
            del free[column]
    return widths
