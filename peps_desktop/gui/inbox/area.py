"""The inbox area: the list (with its reading pane), and the reader that replaces it while a
courrier is open.

The reader (and Qt's PDF modules with it) is made when a courrier is first opened. While it
is shown it follows the list's choice: previous/next and archiving move along the list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QStackedWidget, QWidget

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import Clock
from peps_desktop.gui.inbox.arrangement import InboxArrangement
from peps_desktop.gui.inbox.view import InboxView
from peps_desktop.store import Store

if TYPE_CHECKING:
    from peps_desktop.gui.inbox.reader import CourrierReader


class InboxArea(QStackedWidget):
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
        self.setObjectName("inboxArea")
        self._store = store
        self._clock = clock
        self._user = user
        self.view = InboxView(store, clock, user, arrangement=arrangement)
        self._reader: CourrierReader | None = None
        self.addWidget(self.view)
        self.view.open_requested.connect(self.open_courrier)
        self.view.chosen_changed.connect(self._follow_list)
        # MainWindow.show_page focuses the page: the list, so its shortcuts work at once. Not
        # a focus proxy: Tab would jump from the navigation to the list, past the filters.
        self._focus_target: QWidget = self.view.table

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._focus_target.setFocus(event.reason())

    @property
    def reader(self) -> CourrierReader:
        if self._reader is None:
            from peps_desktop.gui.inbox.reader import CourrierReader
            from peps_desktop.gui.inbox.reader_links import serve

            reader = CourrierReader(self._store, self._clock, self._user)
            self.addWidget(reader)
            reader.back_requested.connect(self.show_list)
            serve(self.view, reader, report_to=reader.message_bar)
            self._reader = reader
        return self._reader

    def open_courrier(self, courrier_id: int) -> None:
        reader = self.reader
        self.setCurrentWidget(reader)
        self._focus_target = reader
        reader.setFocus()
        reader.open(courrier_id)

    def _follow_list(self, courrier_id: int | None) -> None:
        if self._reader is None or self.currentWidget() is not self._reader:
            return
        if courrier_id is None:
            self.show_list()  # the last courrier went (archived): back to the list
        elif courrier_id != self._reader.shown_id:
            self._reader.open(courrier_id)

    def show_list(self) -> None:
        self.setCurrentWidget(self.view)
        self._focus_target = self.view.table
        self.view.table.setFocus()
        self.view.refresh()  # read ones leave a list of unread ones, say
