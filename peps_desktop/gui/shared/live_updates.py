"""Changes made on other seats, as they happen: a listener thread (core.shared.live) that
emits Qt signals the views already refresh from, and says when the server is lost and back.

The thread only waits and reads the change feed; every signal is delivered on the GUI
thread (queued, the receivers live there). The background check stays the safety net.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from peps_desktop.core.shared.live import Change

log = logging.getLogger(__name__)
WAIT_S = 1.0


class Feed(Protocol):
    @property
    def connected(self) -> bool: ...

    def wait(self, timeout: float) -> list[Change]: ...

    def close(self) -> None: ...


class LiveUpdates(QObject):
    courriers_changed = Signal()
    accounts_changed = Signal()
    echanges_changed = Signal()
    server_lost = Signal()
    server_back = Signal()

    def __init__(self, open_feed: Callable[[], Feed], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_feed = open_feed
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self.connected = True
        # Set once the feed is open: changes from then on are heard.
        self.listening = threading.Event()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="live-updates", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _run(self) -> None:
        feed: Feed | None = None
        try:
            while not self._stopping.is_set():
                if feed is None:
                    feed = self._opened()
                    if feed is None:
                        continue
                    self.listening.set()
                try:
                    changes = feed.wait(WAIT_S)
                except Exception:  # never the end of the thread: the check is the safety net
                    log.warning("live updates: reading the changes failed", exc_info=True)
                    self._stopping.wait(WAIT_S)
                    continue
                self._follow_connection(feed.connected)
                self._announce(changes)
        finally:
            if feed is not None:
                feed.close()

    def _opened(self) -> Feed | None:
        try:
            return self._open_feed()
        except Exception:  # the server is away at start: try again
            log.info("live updates: no connection yet", exc_info=True)
            self._follow_connection(False)
            self._stopping.wait(WAIT_S)
            return None

    def _follow_connection(self, connected: bool) -> None:
        if connected == self.connected:
            return
        self.connected = connected
        if connected:
            self.server_back.emit()
        else:
            self.server_lost.emit()

    def _announce(self, changes: list[Change]) -> None:
        kinds = {change.kind for change in changes}
        if "courrier" in kinds:
            self.courriers_changed.emit()
        if "account" in kinds:
            self.accounts_changed.emit()
        if "echange" in kinds:
            self.echanges_changed.emit()
