from __future__ import annotations

import gc

from peps_desktop.gui.shared.garbage import GuiThreadCollector


def test_collection_runs_on_the_gui_thread_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    gc.enable()
    collector = GuiThreadCollector()
    try:
        assert not gc.isenabled()
        for _ in range(gc.get_threshold()[0] * 2):
            cycle: list[object] = []
            cycle.append(cycle)
        assert gc.get_count()[0] > gc.get_threshold()[0]
        collector.check()
        assert gc.get_count()[0] < gc.get_threshold()[0]
    finally:
        collector.stop()
    assert gc.isenabled()
