"""Notifications for one signed-in window: the background service, the system tray where
one exists, the notification centre in the header, and closing to the tray.

`install_notifications(window, ...)` is the one call the application makes; what it builds
is owned by the window and goes with it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from peps_desktop import APP_NAME
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import Clock
from peps_desktop.gui.main_window import MainWindow
from peps_desktop.gui.notifications import core_api
from peps_desktop.gui.notifications.centre import LedgerRowLike, NotificationCentre
from peps_desktop.gui.notifications.closing import CloseToTray
from peps_desktop.gui.notifications.core_api import NOUVEAU_COURRIER
from peps_desktop.gui.notifications.notifier import Notifier, NullNotifier, TrayNotifier
from peps_desktop.gui.notifications.service import (
    FIRST_CHECK_DELAY_MS,
    POLL_INTERVAL_MS,
    Check,
    NotificationService,
)
from peps_desktop.gui.notifications.views import ACCOUNTS, CENTRE, ECHANGES, INBOX, REVIEW
from peps_desktop.gui.settings.preferences import AppSettings
from peps_desktop.gui.shared.resources import icon
from peps_desktop.store import Store

log = logging.getLogger(__name__)
PROBLEM_SHOWN_MS = 15_000


class StoreHistory:
    """The notification centre's history in the store, for the signed-in person."""

    def __init__(self, store: Store, clock: Clock, user: SignedIn) -> None:
        self._store = store
        self._clock = clock
        self._user = user

    def history(self) -> Sequence[LedgerRowLike]:
        return core_api.notification_history(self._store, self._user)

    def mark_seen(self, ids: Sequence[int]) -> None:
        core_api.mark_seen(self._store, self._clock, self._user, ids)


class Notifications(QObject):
    """What `install_notifications` built; a child of the window."""

    def __init__(
        self,
        window: MainWindow,
        service: NotificationService,
        centre: NotificationCentre,
        tray: TrayNotifier | None,
        settings: AppSettings,
        *,
        tell: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self.centre = centre
        self.tray = tray
        self.notifier: Notifier = tray if tray is not None else NullNotifier()
        self.settings = settings
        self.last_result: core_api.CheckResult | None = None
        self.close_to_tray = CloseToTray(
            window,
            settings,
            tray_shown=lambda: self.tray is not None and self.tray.tray.isVisible(),
            tell=tell or self._tell_close_to_tray,
            parent=self,
        )
        self.close_to_tray.closing.connect(self.shut_down)
        service.checked.connect(self._checked)
        service.failed.connect(self._failed)
        centre.open_requested.connect(self.open_view)
        if tray is not None:
            tray.open_requested.connect(self.open_view)
            tray.quit_requested.connect(self.quit)
        if window.inbox is not None:
            window.inbox.view.unread_changed.connect(self._unread_changed)

    # --- results ----------------------------------------------------------------------------

    def _checked(self, result: core_api.CheckResult) -> None:
        self.last_result = result
        if result.unread_count is not None:
            self.notifier.set_unread(result.unread_count)
        if result.notifications and not self.settings.do_not_disturb:
            self.notifier.notify(result.notifications)
        self.centre.refresh()
        kinds = {notification.kind for notification in result.notifications}
        report = result.import_report
        imported = report is not None and report.imported > 0
        if (imported or NOUVEAU_COURRIER in kinds) and self.window.inbox is not None:
            self.window.inbox.view.refresh_when_shown()  # the dashboard follows its count
        elif kinds or result.expired_count:
            self.window.dashboard.refresh()
        self._send_waiting_requests(result.to_send)
        if result.problems:
            log.warning("notification check: %s", "; ".join(result.problems))
            self.window.statusBar().showMessage("  ".join(result.problems), PROBLEM_SHOWN_MS)

    def _send_waiting_requests(self, to_send: int) -> None:
        """Requests left `à envoyer` (a server down, no network) are tried again at each
        check, through Mes échanges' own sender: never two sends at once."""
        if not to_send or not self.settings.contact_recipient or not self.window.has_echanges:
            return  # nothing to send, or nowhere to send it: Mes échanges is not made for it
        echanges = self.window.echanges_view  # made now if it was not yet: there is work
        if echanges is not None and echanges.can_send() and not echanges.sending.busy:
            echanges.send_now()

    def _unread_changed(self, count: int) -> None:
        self.notifier.set_unread(count)

    def _failed(self, message: str) -> None:
        log.warning("notification check failed: %s", message)
        self.window.statusBar().showMessage(
            self.tr("The check for news failed: {error}").format(error=message), PROBLEM_SHOWN_MS
        )

    # --- views ------------------------------------------------------------------------------

    def open_view(self, view: str) -> None:
        """Bring the window forward, on `view` (views.py)."""
        window = self.window
        if window.isMinimized():
            window.showNormal()
        else:
            window.show()
        window.raise_()
        window.activateWindow()
        if view == INBOX and window.inbox is not None:
            window.inbox.show_list()
            window.show_page(window.inbox)
        elif view == ECHANGES and (echanges := window.echanges_view) is not None:
            window.show_page(echanges)
            echanges.refresh()  # an answer may have come from elsewhere
        elif view == REVIEW and window.review_view is not None:
            window.show_page(window.review_view)
        elif view in (ACCOUNTS, REVIEW) and window.accounts_view is not None:
            window.show_page(window.accounts_view)
            window.accounts_view.refresh()  # the check may have expired some
        elif view == CENTRE:
            self.centre.open_panel()

    # --- the end ----------------------------------------------------------------------------

    def shut_down(self) -> None:
        """The window closes (sign out, quit): no more checks, no icon left behind."""
        self.service.stop()
        self.centre.panel.hide()
        if self.tray is not None:
            self.tray.hide()

    def quit(self) -> None:
        """The tray's Quit: the application really ends."""
        self.shut_down()
        self.window.close()
        QApplication.quit()

    def _tell_close_to_tray(self) -> None:
        QMessageBox.information(
            self.window,
            APP_NAME,
            self.tr(
                "PEP's Desktop keeps running in the notification area, to tell you of new "
                "courriers and answers. To quit, choose Quit in the menu of its icon there. "
                "This can be changed in the settings."
            ),
        )


def install_notifications(
    window: MainWindow,
    store: Store,
    clock: Clock,
    user: SignedIn,
    settings: AppSettings,
    *,
    tray_available: bool | None = None,
    make_check: Callable[[], Check] | None = None,
    poll_interval_ms: int = POLL_INTERVAL_MS,
    first_check_delay_ms: int = FIRST_CHECK_DELAY_MS,
    tell: Callable[[], None] | None = None,
) -> Notifications:
    """Start the checks for this window and put the bell in its header; the tray icon where
    a system tray exists (`tray_available` None asks Qt)."""
    if make_check is None:
        make_check = _store_check(store, clock, user, settings)
    service = NotificationService(
        make_check,
        clock,
        lambda: dt.timedelta(minutes=settings.check_interval_minutes),
        poll_interval_ms=poll_interval_ms,
        first_check_delay_ms=first_check_delay_ms,
        parent=window,
    )
    centre = NotificationCentre(StoreHistory(store, clock, user))
    window.add_header_widget(centre)
    if tray_available is None:
        tray_available = QSystemTrayIcon.isSystemTrayAvailable()
    tray = None
    if tray_available:
        tray = TrayNotifier(icon("peps-desktop"), with_echanges=window.has_echanges)
    notifications = Notifications(window, service, centre, tray, settings, tell=tell)
    if tray is not None:
        tray.setParent(notifications)
        tray.show()
    centre.refresh()
    service.start()
    return notifications


def _store_check(
    store: Store, clock: Clock, user: SignedIn, settings: AppSettings
) -> Callable[[], Check]:
    def make_check() -> Check:
        # Read on the GUI thread, where the settings live; the check runs in the pool.
        drop_folder = settings.drop_folder
        kinds = tuple(kind for kind in core_api.KINDS if kind in settings.notification_kinds)

        def check() -> Any:
            return core_api.run_check(store, clock, user, drop_folder=drop_folder, kinds=kinds)

        return check

    return make_check
