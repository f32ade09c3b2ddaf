"""Changes from other seats, shown as they happen in one signed-in window: the views refresh,
and a banner says when the shared store's server cannot be reached."""

from __future__ import annotations

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.live import StructureChanges
from peps_desktop.gui.main_window import MainWindow
from peps_desktop.gui.shared.live_updates import LiveUpdates
from peps_desktop.store import Store


def install_live_updates(window: MainWindow, store: Store, user: SignedIn) -> LiveUpdates:
    """Started now; the caller stops it before the window or the store goes."""
    live = LiveUpdates(lambda: StructureChanges(store, user.structure_id), window)
    live.setObjectName("liveUpdates")
    live.courriers_changed.connect(lambda: _courriers_changed(window))
    live.accounts_changed.connect(lambda: _accounts_changed(window))
    live.echanges_changed.connect(lambda: _echanges_changed(window))
    live.server_lost.connect(lambda: window.set_server_reachable(False))
    live.server_back.connect(lambda: _server_back(window))
    live.start()
    return live


def _courriers_changed(window: MainWindow) -> None:
    if window.inbox is not None:
        window.inbox.view.refresh_when_shown()  # the dashboard follows its count
    else:
        window.dashboard.refresh()


def _accounts_changed(window: MainWindow) -> None:
    if window.accounts_view is not None:
        window.accounts_view.refresh()
    window.dashboard.refresh()


def _echanges_changed(window: MainWindow) -> None:
    # Imported here: Mes échanges is built on first use, not with the window.
    from peps_desktop.gui.contact.echanges_view import EchangesView

    echanges = window.findChild(EchangesView)
    if echanges is not None:
        echanges.refresh()
    window.dashboard.refresh()


def _server_back(window: MainWindow) -> None:
    window.set_server_reachable(True)
    _courriers_changed(window)
    _accounts_changed(window)
    _echanges_changed(window)
