"""The inbox area: the list, and the reader that replaces it while a courrier is open."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import Clock
from peps_desktop.gui.inbox.reader import CourrierReader
from peps_desktop.gui.inbox.view import InboxView
from peps_desktop.store import Store


class InboxArea(QStackedWidget):
    def __init__(
        self, store: Store, clock: Clock, user: SignedIn, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inboxArea")
        self.view = InboxView(store, clock, user)
        self.reader = CourrierReader(store, clock, user)
        self.addWidget(self.view)
        self.addWidget(self.reader)
        self.view.open_requested.connect(self.open_courrier)
        self.reader.back_requested.connect(self.show_list)
        self.reader.opened.connect(lambda _courrier_id: self.view.refresh())
        # MainWindow.show_page focuses the page: the list, so its shortcuts work at once.
        self.setFocusProxy(self.view.table)

    def open_courrier(self, courrier_id: int) -> None:
        self.setCurrentWidget(self.reader)
        self.setFocusProxy(self.reader)
        self.reader.setFocus()
        self.reader.open(courrier_id)

    def show_list(self) -> None:
        self.setCurrentWidget(self.view)
        self.setFocusProxy(self.view.table)
        self.view.table.setFocus()
