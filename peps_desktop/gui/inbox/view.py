"""Vos courriers: the tabs, filters and table of the inbox, and its actions.

The table's model reads pages from SQL as they are painted (gui/inbox/model.py). Every
action goes through a core use case off the GUI thread (rights checked there); the list is
read again after it, and the unread count is passed on to the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QPoint,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QStyle,
    QTabBar,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.courriers import inbox
from peps_desktop.core.courriers.query import Tab
from peps_desktop.core.shared.clock import Clock
from peps_desktop.gui.inbox.actions import InboxActions
from peps_desktop.gui.inbox.arrangement import (
    ArrangementInMemory,
    InboxArrangement,
    PanePosition,
    pane_position,
)
from peps_desktop.gui.inbox.assign_dialog import AssignDialog
from peps_desktop.gui.inbox.choice import ListChoice
from peps_desktop.gui.inbox.columns import InboxColumns
from peps_desktop.gui.inbox.filter_bar import FilterBar
from peps_desktop.gui.inbox.model import Column, InboxModel
from peps_desktop.gui.inbox.reading_pane import PaneMenu, ReadingPane
from peps_desktop.gui.inbox.source import StoreInboxSource
from peps_desktop.gui.inbox.words import type_labels
from peps_desktop.gui.shared.list_table import list_table
from peps_desktop.gui.shared.message_bar import ERROR, INFO, MessageBar
from peps_desktop.gui.shared.tasks import TaskRunner
from peps_desktop.gui.shared.toolbar_labels import labels_while_they_fit
from peps_desktop.gui.shared.workers import Job, start
from peps_desktop.store import Store

if TYPE_CHECKING:
    from peps_desktop.gui.inbox.reader import CourrierReader

# One action sends every id in one statement; SQLite takes about 32,000 at most.
MAX_SELECTED = 5000
TABS: tuple[Tab, ...] = ("courriers", "archives")
COLUMN_WIDTHS = {
    Column.RECU_LE: 88,
    Column.SERVICE: 78,
    Column.TYPE: 150,
    Column.OBJET: 300,
    Column.REFERENCE: 145,
    Column.ACTION: 70,
    Column.ECHEANCE: 88,
    Column.MONTANT: 100,
    Column.ASSIGNED: 120,
}
# Left out in this order when even their headers leave Objet no room (the reader shows them).
LEFT_OUT_FIRST = (
    Column.ACTION,
    Column.REFERENCE,
    Column.MONTANT,
    Column.TYPE,
    Column.ECHEANCE,
    Column.ASSIGNED,
)
STYLE = """
#inboxTable { background: white; alternate-background-color: #f6f8fb;
              border: 1px solid #d0d7e2; border-radius: 6px;
              selection-background-color: #d6e4f7; selection-color: #0f1f38; }
#inboxTable QHeaderView::section { background: #eef2f8; color: #1b3a6b; font-weight: bold;
              border: none; border-bottom: 1px solid #d0d7e2; padding: 6px; }
#inboxToolbar { border: none; spacing: 4px; }
#inboxToolbar QToolButton { padding: 4px 8px; border-radius: 4px; }
#inboxToolbar QToolButton:hover { background: #e6edf7; }
#inboxStatus { color: #5a6470; }
"""
UseCase = Callable[[Store, Clock, SignedIn, Sequence[int]], None]


def _type_width(table: QTableView) -> int:
    """The width of the widest courrier type, in bold as an unread row shows it, among those
    the designed width shows whole (a longer one is elided anyway): « Notificat… » does not
    say which courrier it is."""
    font = QFont(table.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    designed = COLUMN_WIDTHS[Column.TYPE]
    widths = [metrics.horizontalAdvance(label) + 2 * margin for label in type_labels().values()]
    return max((width for width in widths if width <= designed), default=designed)


class InboxView(QWidget):
    open_requested = Signal(int)  # a courrier's id
    unread_changed = Signal(int)
    # For whoever waits: an action ended (done or refused).
    change_finished = Signal()

    def __init__(
        self,
        store: Store,
        clock: Clock,
        user: SignedIn,
        parent: QWidget | None = None,
        *,
        arrangement: InboxArrangement | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inboxView")
        self.setStyleSheet(STYLE)
        self._store = store
        self._clock = clock
        self._user = user
        services = inbox.services_of(store, user)
        self._modifiable = {code for code, may_modify in services if may_modify}
        self._unread_job: Job | None = None
        self._stale = False  # changed while hidden: read again when shown
        self._arrangement = arrangement if arrangement is not None else ArrangementInMemory()
        self._report_to: MessageBar | None = None  # where the action under way is told

        self.model = InboxModel(StoreInboxSource(store, user), self)
        self.model.load_failed.connect(self._load_failed)
        self.model.loaded.connect(self._update_status)
        self.model.first_page_shown.connect(self._counting)
        self.model.loading_changed.connect(lambda _loading: self._update_actions())
        self.changer = TaskRunner(self)
        # Who may take the courriers chosen, read before the assignment is asked.
        self.colleague_finder = TaskRunner(self)
        self._colleagues_report_to: MessageBar | None = None
        self.colleague_finder.refused.connect(self._colleagues_refused)
        self.changer.refused.connect(self._refused)
        self.changer.finished.connect(self._change_ended)
        self.actions_ = InboxActions(self)

        title = QLabel(self.tr("<h2>Your courriers</h2>"))
        title.setObjectName("inboxTitle")
        self.tabs = QTabBar()
        self.tabs.setObjectName("inboxTabs")
        self.tabs.addTab(self.tr("Courriers"))
        self.tabs.addTab(self.tr("Archives"))
        self.tabs.setAccessibleName(self.tr("Courriers or archives"))
        self.tabs.currentChanged.connect(self._query_changed)
        self.filters = FilterBar([code for code, _ in services])
        self.filters.changed.connect(self._query_changed)
        self.message_bar = MessageBar("inboxMessage")
        self.table = self._build_table()
        self.pane = ReadingPane(self.table, self._make_pane_reader, self._arrangement)
        self.pane_menu = PaneMenu(self.set_pane_position, self)
        self.chosen_changed.connect(
            lambda chosen: self.pane.choose(chosen, self.choice.selected_count())
        )
        self.status = QLabel()
        self.status.setObjectName("inboxStatus")

        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch()
        # Beside the tabs, where the toolbar has no room left at 1024 pixels wide: their
        # icons (and tooltips) say them.
        header.addWidget(self._icon_button(self.actions_.refresh, "inboxRefresh"))
        pane_button = self._icon_button(self.pane_menu.menuAction(), "readingPaneButton")
        pane_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        header.addWidget(pane_button)
        header.addSpacing(8)
        header.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.filters)
        layout.addWidget(self.message_bar)
        layout.addWidget(self._build_toolbar())
        layout.addWidget(self.pane, 1)
        layout.addWidget(self.status)
        self._connect_actions()
        self._update_actions()
        self.pane_menu.show_position(pane_position(self._arrangement))
        self.pane.set_position(pane_position(self._arrangement))

    # --- building ---------------------------------------------------------------------------

    def _build_table(self) -> QTableView:
        table = list_table(
            self.model,
            "inboxTable",
            self.tr("Courriers"),
            widths=COLUMN_WIDTHS,
            stretch_column=Column.OBJET,
            sorted_by=Column.RECU_LE,
        )
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.customContextMenuRequested.connect(self._context_menu)
        table.doubleClicked.connect(self._open_index)
        table.selectionModel().selectionChanged.connect(self._update_actions)
        self.choice = ListChoice(table, self.model)
        self.columns = InboxColumns(
            table,
            self._arrangement,
            COLUMN_WIDTHS,
            legible={Column.TYPE: _type_width(table)},
            free_column=Column.OBJET,
            left_out_first=LEFT_OUT_FIRST,
            sorted_by=Column.RECU_LE,
            order=Qt.SortOrder.DescendingOrder,
        )
        return table

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.tr("Courrier actions"))
        toolbar.setObjectName("inboxToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in self.actions_.on_selection():
            if action is not self.actions_.open:  # Enter and double-click open: room saved
                toolbar.addAction(action)
        labels_while_they_fit(toolbar)
        self.addAction(self.pane_menu.next_position)
        for action in self.actions_.all():
            if action is not self.actions_.open:
                self.addAction(action)
        # Return opens only from the table: in the search field it applies the search.
        self.actions_.open.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.actions_.open)
        for number in range(len(TABS)):  # Alt: Ctrl+1…6 switch the window's areas
            switch = QAction(self)
            switch.setShortcut(QKeySequence(f"Alt+{number + 1}"))
            switch.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            switch.triggered.connect(lambda _checked=False, n=number: self.tabs.setCurrentIndex(n))
            self.addAction(switch)
        return toolbar

    @staticmethod
    def _icon_button(action: QAction, name: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setAccessibleName(action.text().replace("&", ""))
        return button

    def _connect_actions(self) -> None:
        actions = self.actions_
        actions.open.triggered.connect(self._open_current)
        actions.mark_read.triggered.connect(
            lambda: self._run(inbox.mark_read, self.tr("{count} courrier(s) marked as read."))
        )
        actions.mark_unread.triggered.connect(
            lambda: self._run(inbox.mark_unread, self.tr("{count} courrier(s) marked as unread."))
        )
        actions.assign_to_me.triggered.connect(self._assign_to_me)
        actions.assign_to.triggered.connect(lambda: self._assign_to())
        actions.archive.triggered.connect(
            lambda: self._run(inbox.archive, self.tr("{count} courrier(s) archived."))
        )
        actions.unarchive.triggered.connect(
            lambda: self._run(
                inbox.unarchive, self.tr("{count} courrier(s) back among the courriers.")
            )
        )
        actions.refresh.triggered.connect(self.refresh)

    # --- loading ----------------------------------------------------------------------------

    def load(self) -> None:
        """Read the count and, as the table paints, the first page."""
        self.model.set_query(self._current_query())

    def refresh_when_shown(self) -> None:
        """News from elsewhere (a background check): the unread count now, off the GUI
        thread; the list itself at once if on screen, else when next shown."""
        if self.isVisible():
            self.refresh()
            return
        self._stale = True
        self.count_unread()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.model.refresh()
        self._update_actions()
        self.count_unread()

    def count_unread(self) -> None:
        """Count the unread courriers off the GUI thread; `unread_changed` says the result."""
        if self._unread_job is not None:
            return
        store, user = self._store, self._user
        self._unread_job = Job(lambda: inbox.unread_count(store, user))
        self._unread_job.signals.done.connect(self._unread_counted)
        self._unread_job.signals.failed.connect(lambda _error: self._unread_counted(None))
        start(self._unread_job)

    def _unread_counted(self, count: int | None) -> None:
        self._unread_job = None
        if count is not None:
            self.unread_changed.emit(count)

    def _current_query(self) -> inbox.InboxQuery:
        tab = TABS[max(self.tabs.currentIndex(), 0)]
        return self.filters.apply_to(replace(self.model.query, tab=tab))

    def _query_changed(self) -> None:
        # The rows selected belong to the old query: they stay on screen until the new ones
        # come, but are no longer chosen.
        self.table.selectionModel().clearSelection()
        self.choice.say(None)  # another list: nothing to find again in it
        self.model.set_query(self._current_query())
        self._update_actions()

    def _load_failed(self, error: str) -> None:
        self.message_bar.show_message(
            self.tr("The courriers could not be read: {error}").format(error=error), ERROR
        )

    def _counting(self) -> None:
        self.status.setText(self.tr("Counting the courriers…"))

    def _update_status(self) -> None:
        total = self.model.total
        if total:
            text = self.tr("{count} courrier(s)").format(count=self._number(total))
        elif self.model.query.search or self.filters.apply_to(inbox.InboxQuery()) != (
            inbox.InboxQuery()
        ):
            text = self.tr("No courrier matches these filters.")
        elif self.model.query.tab == "archives":
            text = self.tr("No archived courrier.")
        else:
            text = self.tr("No courrier.")
        self.status.setText(text)

    def _number(self, value: int) -> str:
        return self.locale().toString(value)

    # --- selection --------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return self.choice.selected_rows()

    def select_rows(self, numbers: list[int]) -> None:
        self.choice.select_rows(numbers)

    def _update_actions(self) -> None:
        count = self.choice.selected_count()
        busy = self.changer.busy or self.model.loading
        archives = self.model.query.tab == "archives"
        modifiable = count > 0 and self._selection_modifiable()
        actions = self.actions_
        actions.open.setEnabled(count == 1 and not self.model.loading)
        for action in (actions.mark_read, actions.mark_unread):
            action.setEnabled(count > 0 and not busy)
        for action in (actions.assign_to_me, actions.assign_to):
            action.setEnabled(modifiable and not busy)
        actions.archive.setVisible(not archives)
        actions.unarchive.setVisible(archives)
        actions.archive.setEnabled(modifiable and not busy and not archives)
        actions.unarchive.setEnabled(modifiable and not busy and archives)

    def _selection_modifiable(self) -> bool:
        """False when a selected courrier's service is only readable; rows not read yet
        count as modifiable and the core has the last word."""
        if self.choice.selected_count() > MAX_SELECTED:
            return True
        for number in self.selected_rows():
            row = self.model.cached_row(number)
            if row is not None and row.service not in self._modifiable:
                return False
        return True

    # --- actions ----------------------------------------------------------------------------

    def _selected_ids(self) -> list[int] | None:
        count = self.choice.selected_count()
        if count > MAX_SELECTED:
            self.message_bar.show_message(
                self.tr("{count} courriers are selected: act on at most {limit} at a time.").format(
                    count=self._number(count), limit=self._number(MAX_SELECTED)
                ),
                ERROR,
            )
            return None
        return self.model.ids_of_rows(self.selected_rows())

    def may_modify(self, service: str) -> bool:
        return service in self._modifiable

    def _run(
        self,
        use_case: UseCase,
        done: str,
        ids: list[int] | None = None,
        report_to: MessageBar | None = None,
    ) -> None:
        """Run the use case on `ids` (the selection by default); the outcome is told in
        `report_to` (the list's bar by default)."""
        if ids is None:
            ids = self._selected_ids()
        if not ids or self.changer.busy:
            return
        bar = report_to or self.message_bar
        self._report_to = bar
        store, clock, user = self._store, self._clock, self._user
        chosen = list(ids)

        def work() -> int:
            use_case(store, clock, user, chosen)
            return inbox.unread_count(store, user)

        def succeeded(unread: Any) -> None:
            self.model.refresh()
            bar.show_message(done.format(count=len(chosen)), INFO)
            self.unread_changed.emit(unread)

        self.changer.run(work, succeeded)
        self._update_actions()

    def _assign_to_me(self) -> None:
        login = self._user.login
        self._run(
            lambda store, clock, user, ids: inbox.assign(store, clock, user, ids, login),
            self.tr("{count} courrier(s) assigned to you."),
        )

    def _assign_to(self, ids: list[int] | None = None, report_to: MessageBar | None = None) -> None:
        """The colleagues who may take the courriers are read off the GUI thread; the
        choice is then asked, and the assignment made as every change is."""
        ids = ids or self._selected_ids()
        if not ids or self.changer.busy or self.colleague_finder.busy:
            return
        bar = report_to or self.message_bar
        self._colleagues_report_to = bar
        store, user = self._store, self._user
        self.colleague_finder.run(
            lambda: inbox.colleagues_for(store, user, ids),
            lambda colleagues: self._choose_assignee(colleagues, ids, report_to),
        )

    def _colleagues_refused(self, message: str) -> None:
        (self._colleagues_report_to or self.message_bar).show_message(message, ERROR)

    def _choose_assignee(
        self,
        colleagues: list[tuple[str, str, str]],
        ids: list[int],
        report_to: MessageBar | None,
    ) -> None:
        dialog = AssignDialog(colleagues, len(ids), self)
        accepted = dialog.exec()
        login = dialog.chosen_login()
        dialog.deleteLater()
        if not accepted:
            return
        names = {colleague: f"{prenom} {nom}" for colleague, nom, prenom in colleagues}
        done = (
            self.tr("{count} courrier(s) assigned to {name}.").replace(
                "{name}", names.get(login, login)
            )
            if login
            else self.tr("{count} courrier(s) no longer assigned.")
        )
        self._run(
            lambda store, clock, user, chosen: inbox.assign(store, clock, user, chosen, login),
            done,
            ids,
            report_to,
        )

    def _refused(self, message: str) -> None:
        (self._report_to or self.message_bar).show_message(message, ERROR)

    def _change_ended(self) -> None:
        self._report_to = None
        self._update_actions()
        self.change_finished.emit()

    # --- opening ----------------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        if self.model.loading:  # the row belongs to the query being replaced
            return
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_requested.emit(row.id)

    def _open_current(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self._open_index(current)

    def _context_menu(self, position: QPoint) -> None:
        if self.model.loading or not self.table.indexAt(position).isValid():
            return
        menu = QMenu(self)
        menu.setObjectName("inboxContextMenu")
        for action in self.actions_.on_selection():
            if action.isVisible():
                menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(position))
        menu.deleteLater()

    # --- the courrier chosen, and the reading pane ---------------------------------------------

    @property
    def chosen_changed(self) -> SignalInstance:
        """The one courrier chosen in the list (its id), or None: none or several."""
        return self.choice.changed

    @property
    def chosen(self) -> int | None:
        return self.choice.chosen

    @property
    def list_loaded(self) -> SignalInstance:
        """The rows of a new query, or of a refresh, are in."""
        return self.model.loaded

    def neighbours_of(self, courrier_id: int | None) -> tuple[bool, bool]:
        return self.choice.neighbours_of(courrier_id)

    def choose_neighbour(self, courrier_id: int, step: int) -> None:
        self.choice.choose_neighbour(courrier_id, step)

    def show_as_read(self, courrier_id: int) -> None:
        """A reader opened the courrier (and marked it read): its row turns plain, the
        count follows; the list is not read again."""
        self.model.show_as_read(courrier_id)
        self.count_unread()

    def archive_courrier(self, courrier_id: int, report_to: MessageBar | None) -> None:
        self._run(inbox.archive, self.tr("{count} courrier(s) archived."), [courrier_id], report_to)

    def unarchive_courrier(self, courrier_id: int, report_to: MessageBar | None) -> None:
        self._run(
            inbox.unarchive,
            self.tr("{count} courrier(s) back among the courriers."),
            [courrier_id],
            report_to,
        )

    def assign_courrier(self, courrier_id: int, report_to: MessageBar | None) -> None:
        self._assign_to([courrier_id], report_to)

    def set_pane_position(self, position: PanePosition) -> None:
        self._arrangement.reading_pane = position.value
        self.pane_menu.show_position(position)
        self.pane.set_position(position)

    def _make_pane_reader(self) -> CourrierReader:
        from peps_desktop.gui.inbox.reader import CourrierReader
        from peps_desktop.gui.inbox.reader_links import serve

        reader = CourrierReader(self._store, self._clock, self._user)
        serve(self, reader, report_to=None)
        return reader
