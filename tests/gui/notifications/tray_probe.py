"""Run by test_tray.py in its own process, on a real X display with a tray host (trayer):
show a real window with its tray icon, raise a message, click it, then pick "Your courriers"
in the icon's menu with the window hidden in the tray. Prints what happened as JSON.

Usage: python tray_probe.py WORK_DIR   (with DISPLAY set and QT_QPA_PLATFORM=xcb)
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from peps_desktop.core.accounts.rules import Identity
from peps_desktop.core.accounts.setup import create_structure
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.gui.app import build_window
from peps_desktop.gui.notifications.wiring import Notifications, install_notifications
from peps_desktop.gui.settings.preferences import AppSettings
from peps_desktop.gui.shared.translations import activate
from peps_desktop.store.encrypted import new_data_key
from peps_desktop.store.migrate import open_store
from tests.factories import add_courrier

PASSWORD = "Mot-de-passe-2026"
ADMIN = Identity(
    login="claire.martin", nom="Martin", prenom="Claire", email="claire.martin@mairie.fr"
)
CREATED = dt.datetime(2026, 11, 25, 9, 30)
NOW = dt.datetime(2026, 11, 26, 10, 0)


def wait_until(app: QApplication, condition, seconds: float = 10.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    return bool(condition())


def balloon(app: QApplication) -> QWidget | None:
    """Qt's own message bubble, used where no notification service runs (as here)."""
    for widget in app.topLevelWidgets():
        if widget.metaObject().className() == "QBalloonTip" and widget.isVisible():
            return widget
    return None


def main(work: Path) -> dict[str, object]:
    app = QApplication(sys.argv[:1])
    activate("en")
    found: dict[str, object] = {"platform": app.platformName()}
    found["tray_available"] = wait_until(app, QSystemTrayIcon.isSystemTrayAvailable)
    found["messages_supported"] = QSystemTrayIcon.supportsMessages()

    clock = FixedClock(CREATED)
    store = open_store(
        f"sqlite:///{work / 'store.sqlite3'}", work / "documents", data_key=new_data_key()
    )
    try:
        create_structure(store, clock, "Mairie de Saint-Aubin", ADMIN, PASSWORD)
        clock.set(NOW)
        with store.session() as session:
            add_courrier(session, "CNRACL", recu_le=NOW.date(), objet="Facture de novembre")
        settings = AppSettings(work / "settings.ini")
        user = sign_in(store, clock, ADMIN.login, PASSWORD)
        window = build_window(store, clock, user, settings)
        told: list[bool] = []
        notifications = install_notifications(
            window,
            store,
            clock,
            user,
            settings,
            first_check_delay_ms=0,
            tell=lambda: told.append(True),
        )
        found.update(run(app, window, notifications, told))
        notifications.shut_down()
        wait_until(
            app, lambda: not notifications.service.running and not notifications.centre.loader.busy
        )
        window.close()
    finally:
        store.dispose()
    return found


def run(
    app: QApplication, window, notifications: Notifications, told: list[bool]
) -> dict[str, object]:  # type: ignore[no-untyped-def]
    found: dict[str, object] = {}
    tray = notifications.tray
    found["tray_created"] = tray is not None
    if tray is None:
        return found
    results: list[object] = []
    notifications.service.checked.connect(results.append)
    window.show()
    found["checked"] = wait_until(app, lambda: bool(results))
    found["icon_visible"] = tray.tray.isVisible()
    geometry = tray.tray.geometry()
    found["icon_geometry"] = [geometry.x(), geometry.y(), geometry.width(), geometry.height()]
    found["tooltip"] = tray.tray.toolTip()

    # The check raised "1 new courrier": a message by the icon.
    bubble = wait_until(app, lambda: balloon(app) is not None, 5)
    found["message_shown"] = bubble
    if bubble:
        tip = balloon(app)
        assert tip is not None
        found["message_texts"] = sorted(
            label.text()
            for label in tip.findChildren(QWidget)
            if hasattr(label, "text") and label.text()
        )
        window.show_page(window.dashboard)
        QTest.mouseClick(
            tip, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(20, 20)
        )
        app.processEvents()
        found["page_after_message_click"] = window.pages.currentWidget().objectName()

    # Closed to the tray, then "Your courriers" from the icon's menu.
    window.show_page(window.dashboard)
    notifications.close_to_tray.hide_to_tray()
    app.processEvents()
    found["hidden_to_tray"] = not window.isVisible()
    found["told_once"] = told == [True]
    menu = tray.menu
    menu.popup(geometry.center())
    found["menu_shown"] = wait_until(app, menu.isVisible, 5)
    action = tray.inbox_action
    found["menu_action"] = action.text()
    QTest.mouseClick(
        menu,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        menu.actionGeometry(action).center(),
    )
    wait_until(app, window.isVisible, 5)
    found["window_visible_after_menu"] = window.isVisible()
    found["page_after_menu"] = window.pages.currentWidget().objectName()
    found["quit_on_last_window_closed"] = QApplication.quitOnLastWindowClosed()
    return found


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
