"""The reading pane: the list, and beside it or under it the courrier chosen in it, as a mail
client shows the message selected.

The pane is the reader (gui/inbox/reader.py) made on first use, so that Qt's PDF modules are
loaded only by those who turn the pane on. Moving through the list asks the reader for each
courrier chosen; it opens one at a time and the latest asked for wins, and a short pause
first lets the arrow keys run down the list without opening (and marking read) every
courrier passed over.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMenu, QSplitter, QWidget

from peps_desktop.gui.inbox.arrangement import InboxArrangement, PanePosition
from peps_desktop.gui.shared.resources import icon

if TYPE_CHECKING:
    from peps_desktop.gui.inbox.reader import CourrierReader

# Long enough to go past a courrier with the arrow keys, short enough to feel at once.
SETTLE_MS = 150
SHARE_SETTLE_MS = 300
# The list's share of the room, the pane having the rest, until the user moves the divider.
LIST_SHARE = {PanePosition.RIGHT: 0.6, PanePosition.BELOW: 0.45}


class ReadingPane(QSplitter):
    def __init__(
        self,
        table: QWidget,
        make_reader: Callable[[], CourrierReader],
        arrangement: InboxArrangement,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readingPane")
        self.setChildrenCollapsible(False)
        self.addWidget(table)
        self._arrangement = arrangement
        self._share_pending = False
        # Remembered once the divider stops: a drag moves it many times.
        self._share_moved = QTimer(self)
        self._share_moved.setSingleShot(True)
        self._share_moved.setInterval(SHARE_SETTLE_MS)
        self._share_moved.timeout.connect(self._remember_share)
        self.splitterMoved.connect(lambda _position, _index: self._share_moved.start())
        self._make_reader = make_reader
        self._reader: CourrierReader | None = None
        self.position = PanePosition.OFF
        self._chosen: int | None = None
        self._chosen_count = 0
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._show_chosen)

    @property
    def reader(self) -> CourrierReader | None:
        """The pane's reader, None until the pane is first turned on."""
        return self._reader

    def set_position(self, position: PanePosition) -> None:
        self.position = position
        if position == PanePosition.OFF:
            if self._reader is not None:
                self._reader.hide()
                self._reader.show_nothing("")
            return
        beside = position == PanePosition.RIGHT
        reader = self._reader
        if reader is None:
            reader = self._reader = self._make_reader()
            reader.set_embedded(details_beside=not beside)
            self.addWidget(reader)
            self.setStretchFactor(1, 1)
        reader.set_details_beside(not beside)
        self.setOrientation(Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical)
        reader.show()
        self._share_pending = True
        if self.isVisible():
            self._give_shares()
        self._show_chosen()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._share_pending:  # placed before the window had its size: once it has it
            QTimer.singleShot(0, self._give_shares)

    def _give_shares(self) -> None:
        if self.position == PanePosition.OFF:
            return
        self._share_pending = False
        beside = self.position == PanePosition.RIGHT
        room = self.width() if beside else self.height()
        fraction = self._arrangement.pane_shares.get(self.position.value, LIST_SHARE[self.position])
        share = int(room * fraction)
        self.setSizes([share, max(room - share, 1)])

    def _remember_share(self) -> None:
        """The divider moved by the user: the list's share, for the next time."""
        sizes = self.sizes()
        if self.position == PanePosition.OFF or len(sizes) < 2 or sum(sizes) <= 0:
            return
        shares = dict(self._arrangement.pane_shares)
        shares[self.position.value] = sizes[0] / sum(sizes)
        self._arrangement.pane_shares = shares

    def choose(self, courrier_id: int | None, count: int) -> None:
        """The list's selection changed: one courrier (its id), or `count` of them."""
        self._chosen, self._chosen_count = courrier_id, count
        if self.position != PanePosition.OFF:
            self._settle.start()

    def _show_chosen(self) -> None:
        self._settle.stop()
        reader = self._reader
        if reader is None or self.position == PanePosition.OFF:
            return
        if self._chosen is None:
            reader.show_nothing(
                self.tr("%n courriers selected.", "", self._chosen_count)
                if self._chosen_count > 1
                else self.tr("Select a courrier to read it here.")
            )
        elif self._chosen != reader.shown_id:
            reader.open(self._chosen)


class PaneMenu(QMenu):
    """Affichage › Volet de lecture: à droite, en bas, désactivé; a key goes round them."""

    def __init__(self, on_change: Callable[[PanePosition], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("readingPaneMenu")
        self.setTitle(self.tr("Reading &pane"))
        self.setIcon(icon("reading-pane"))
        self._on_change = on_change
        self._group = QActionGroup(self)
        self.choices: dict[PanePosition, QAction] = {}
        for position, text in (
            (PanePosition.RIGHT, self.tr("On the &right")),
            (PanePosition.BELOW, self.tr("&Below")),
            (PanePosition.OFF, self.tr("&Off")),
        ):
            action = QAction(text, self)
            action.setObjectName(f"readingPane{position.value.capitalize()}")
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, p=position: self._chosen(p))
            self._group.addAction(action)
            self.addAction(action)
            self.choices[position] = action
        self.next_position = QAction(self.tr("Move the reading pane"), parent)
        self.next_position.setObjectName("readingPaneNextPosition")
        self.next_position.setShortcut(QKeySequence("Ctrl+Alt+P"))
        self.next_position.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.next_position.triggered.connect(self._go_round)
        self.menuAction().setToolTip(
            self.tr("Reading pane: on the right, below or off ({key})").format(
                key=self.next_position.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )

    def show_position(self, position: PanePosition) -> None:
        self.choices[position].setChecked(True)

    def _chosen(self, position: PanePosition) -> None:
        self.show_position(position)
        self._on_change(position)

    def _go_round(self) -> None:
        order = list(self.choices)
        current = next((p for p, action in self.choices.items() if action.isChecked()), None)
        following = order[(order.index(current) + 1) % len(order)] if current else order[0]
        self._chosen(following)
