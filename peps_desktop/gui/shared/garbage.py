"""Python's cyclic garbage collector runs on the GUI thread only.

Left automatic, it may run in a worker thread and free Qt objects there, which crashes Qt.
Automatic collection is turned off and a timer collects on the GUI thread instead (the
technique calibre and other PySide/PyQt applications use).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose allocation counts passed gc's own thresholds."""
        counts = gc.get_count()
        if counts[0] > self._threshold[0]:
            generation = 0
            if counts[1] > self._threshold[1]:
                generation = 1
                if counts[2] > self._threshold[2]:
                    generation = 2
            gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
