"""A reader and the list it reads from: its archive, assign and previous/next go to the list,
which runs the use cases and keeps the order; what the reader opens turns read in the list."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import SignalInstance

from peps_desktop.gui.inbox.reader import (
    ARCHIVE,
    ASSIGN,
    NEXT,
    PREVIOUS,
    UNARCHIVE,
    CourrierReader,
)
from peps_desktop.gui.shared.message_bar import MessageBar

STEPS = {PREVIOUS: -1, NEXT: 1}


class CourrierList(Protocol):
    """What a reader needs of the list (gui/inbox/view.py's InboxView)."""

    @property
    def chosen_changed(self) -> SignalInstance: ...

    @property
    def list_loaded(self) -> SignalInstance: ...

    def may_modify(self, service: str) -> bool: ...

    def neighbours_of(self, courrier_id: int | None) -> tuple[bool, bool]: ...

    def choose_neighbour(self, courrier_id: int, step: int) -> None: ...

    def show_as_read(self, courrier_id: int) -> None: ...

    def archive_courrier(self, courrier_id: int, report_to: MessageBar | None) -> None: ...

    def unarchive_courrier(self, courrier_id: int, report_to: MessageBar | None) -> None: ...

    def assign_courrier(self, courrier_id: int, report_to: MessageBar | None) -> None: ...


def serve(view: CourrierList, reader: CourrierReader, report_to: MessageBar | None) -> None:
    """Wire `reader` to `view`; the outcome of its actions is told in `report_to` (the
    list's own bar when None)."""
    reader.may_modify = view.may_modify

    def answer(what: str, courrier_id: int) -> None:
        if what in STEPS:
            view.choose_neighbour(courrier_id, STEPS[what])
        elif what == ARCHIVE:
            view.archive_courrier(courrier_id, report_to)
        elif what == UNARCHIVE:
            view.unarchive_courrier(courrier_id, report_to)
        elif what == ASSIGN:
            view.assign_courrier(courrier_id, report_to)

    def update_neighbours(*_: object) -> None:
        reader.set_neighbours(*view.neighbours_of(reader.shown_id))

    reader.asked.connect(answer)
    reader.opened.connect(view.show_as_read)
    reader.opened.connect(update_neighbours)
    view.chosen_changed.connect(update_neighbours)
    view.list_loaded.connect(update_neighbours)
