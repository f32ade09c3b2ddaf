"""Notifications in a real window over a real store (offscreen, so without a system tray):
the checks feed the centre, the inbox and the notifier; views open; closing to the tray."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.contact.catalogue_file import load_catalogue
from peps_desktop.core.contact.echanges import submit
from peps_desktop.core.contact.form import Submission
from peps_desktop.core.contact.history import list_echanges
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.gui.app import Application, build_window
from peps_desktop.gui.contact.echanges_view import EchangesView
from peps_desktop.gui.main_window import MainWindow
from peps_desktop.gui.notifications.centre import NotificationCentre
from peps_desktop.gui.notifications.closing import CloseToTray
from peps_desktop.gui.notifications.notifier import NotificationLike
from peps_desktop.gui.notifications.views import ACCOUNTS, CENTRE, ECHANGES, INBOX, REVIEW
from peps_desktop.gui.notifications.wiring import Notifications, install_notifications
from peps_desktop.gui.settings.preferences import AppSettings
from peps_desktop.store import Store
from tests.conftest import ADMIN, ADMIN_PASSWORD, NOW
from tests.factories import add_courrier

NEXT_DAY = NOW + dt.timedelta(days=1)
OFFSCREEN_POPUP = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing"
)


class RecordingNotifier:
    def __init__(self) -> None:
        self.raised: list[list[str]] = []
        self.unread: list[int] = []

    def notify(self, notifications: Sequence[NotificationLike]) -> None:
        self.raised.append([notification.title for notification in notifications])

    def set_unread(self, count: int) -> None:
        self.unread.append(count)


def add_new_courrier(store: Store, received: dt.date, objet: str) -> None:
    with store.session() as session:
        add_courrier(session, "CNRACL", recu_le=received, objet=objet)


def open_window(  # type: ignore[no-untyped-def]
    qtbot, store: Store, clock: FixedClock, settings: AppSettings, **options
) -> tuple[MainWindow, Notifications]:
    user = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    window = build_window(store, clock, user, settings)
    qtbot.addWidget(window)
    notifications = install_notifications(
        window,
        store,
        clock,
        user,
        settings,
        tray_available=False,
        poll_interval_ms=10,
        first_check_delay_ms=0,
        **options,
    )
    return window, notifications


def stop(qtbot, notifications: Notifications) -> None:  # type: ignore[no-untyped-def]
    notifications.shut_down()
    qtbot.waitUntil(lambda: not notifications.service.running, timeout=10_000)
    qtbot.waitUntil(lambda: not notifications.centre.loader.busy, timeout=10_000)


def test_a_check_fills_the_centre_and_the_inbox_and_do_not_disturb_keeps_quiet(  # type: ignore[no-untyped-def]
    qtbot, store: Store, clock: FixedClock, settings: AppSettings, english
) -> None:
    clock.set(NEXT_DAY.replace(hour=10))
    add_new_courrier(store, NEXT_DAY.date(), "Facture de novembre")
    settings.do_not_disturb = True
    window, notifications = open_window(qtbot, store, clock, settings)
    recorder = RecordingNotifier()
    notifications.notifier = recorder  # before the first check, which waits for the loop
    assert window.findChild(NotificationCentre) is notifications.centre
    assert window.header.isAncestorOf(notifications.centre)
    try:
        with qtbot.waitSignal(notifications.service.checked, timeout=10_000) as checked:
            window.show()
        result = checked.args[0]
        assert [n.kind for n in result.notifications] == ["nouveau_courrier"]
        assert recorder.raised == []  # do not disturb: nothing pops up…
        assert recorder.unread[-1] == 1
        qtbot.waitUntil(lambda: notifications.centre.unseen_count == 1, timeout=10_000)
        (entry,) = notifications.centre.entries  # …but the centre keeps it
        assert entry.kind == "nouveau_courrier" and not entry.seen
        assert "1 new courrier" in entry.title

        settings.do_not_disturb = False
        clock.advance(dt.timedelta(hours=1))
        add_new_courrier(store, NEXT_DAY.date(), "Appel de cotisations")
        with qtbot.waitSignal(notifications.service.checked, timeout=10_000):
            clock.advance(dt.timedelta(minutes=settings.check_interval_minutes))
        assert len(recorder.raised) == 1 and "1 new courrier" in recorder.raised[0][0]
        qtbot.waitUntil(lambda: notifications.centre.unseen_count == 2, timeout=10_000)
        assert recorder.unread[-1] == 2
        # The inbox reads its list and count again, the navigation follows.
        qtbot.waitUntil(lambda: window.area_labels()[1] == "Your courriers (2)", timeout=10_000)
    finally:
        stop(qtbot, notifications)


def test_the_kinds_turned_off_are_not_raised(  # type: ignore[no-untyped-def]
    qtbot, store: Store, clock: FixedClock, settings: AppSettings, english
) -> None:
    clock.set(NEXT_DAY.replace(hour=10))
    add_new_courrier(store, NEXT_DAY.date(), "Facture de novembre")
    settings.notification_kinds = frozenset({"echange_repondu"})
    window, notifications = open_window(qtbot, store, clock, settings)
    try:
        with qtbot.waitSignal(notifications.service.checked, timeout=10_000) as checked:
            window.show()
        assert checked.args[0].notifications == ()
        assert checked.args[0].unread_count == 1
    finally:
        stop(qtbot, notifications)


def test_a_problem_of_the_check_is_said_in_the_status_bar(  # type: ignore[no-untyped-def]
    qtbot, store: Store, clock: FixedClock, settings: AppSettings, tmp_path: Path, english
) -> None:
    settings.drop_folder = tmp_path / "absent"
    window, notifications = open_window(qtbot, store, clock, settings)
    try:
        with qtbot.waitSignal(notifications.service.checked, timeout=10_000):
            window.show()
        assert "absent" in window.statusBar().currentMessage()
    finally:
        stop(qtbot, notifications)


def test_a_failed_check_is_said_in_the_status_bar(  # type: ignore[no-untyped-def]
    qtbot, store: Store, clock: FixedClock, settings: AppSettings, english
) -> None:
    def broken() -> None:
        raise RuntimeError("disk I/O error")

    window, notifications = open_window(qtbot, store, clock, settings, make_check=lambda: broken)
    try:
        with qtbot.waitSignal(notifications.service.failed, timeout=10_000):
            window.show()
        assert window.statusBar().currentMessage() == ("The check for news failed: disk I/O error")
    finally:
        stop(qtbot, notifications)


@OFFSCREEN_POPUP
def test_each_view_a_notification_speaks_of_opens(  # type: ignore[no-untyped-def]
    qtbot, store: Store, clock: FixedClock, settings: AppSettings, english
) -> None:
    window, notifications = open_window(qtbot, store, clock, settings)
    try:
        window.show()
        assert window.inbox is not None and window.review_view is not None
        echanges = window.echanges_view
        for view, page in (
            (INBOX, window.inbox),
            (ECHANGES, echanges),
            (REVIEW, window.review_view),
            (ACCOUNTS, window.accounts_view),
        ):
            window.show_page(window.dashboard)
            notifications.open_view(view)
            assert window.pages.currentWidget() is page, view
        window.hide()
        notifications.open_view(INBOX)  # from the tray, the window hidden
        assert window.isVisible()
        notifications.open_view(CENTRE)
        assert notifications.centre.panel.isVisible()
    finally:
        stop(qtbot, notifications)


def test_closing_the_window_for_good_stops_the_checks(  # type: ignore[no-untyped-def]
    qtbot, store: Store, clock: FixedClock, settings: AppSettings, english
) -> None:
    window, notifications = open_window(qtbot, store, clock, settings)
    window.show()
    assert notifications.service.active
    window.close()  # the application's close (sign out, Quit): no tray to keep it in
    assert not window.isVisible()
    assert not notifications.service.active
    stop(qtbot, notifications)


def test_the_application_puts_the_bell_in_each_window_it_opens(  # type: ignore[no-untyped-def]
    qapp, qtbot, store: Store, clock: FixedClock, tmp_path: Path, english
) -> None:
    from peps_desktop.core.shared import locations

    location = locations.resolve(data_dir=tmp_path)
    application = Application(qapp, location, store, AppSettings(location.settings_file), clock)
    window = application.open_window(sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD))
    try:
        bell = window.findChild(NotificationCentre)
        assert bell is not None and window.header.isAncestorOf(bell)
    finally:
        window.close()
        notifications = window.findChild(Notifications)
        assert notifications is not None and not notifications.service.active
        stop(qtbot, notifications)


# --- closing to the tray ---------------------------------------------------------------------


class Told:
    def __init__(self) -> None:
        self.times = 0

    def __call__(self) -> None:
        self.times += 1


def test_closing_keeps_the_application_in_the_tray_and_says_so_once(  # type: ignore[no-untyped-def]
    qtbot, settings: AppSettings
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    told = Told()
    guard = CloseToTray(window, settings, tray_shown=lambda: True, tell=told)
    closed: list[bool] = []
    guard.closing.connect(lambda: closed.append(True))
    window.show()
    assert QApplication.quitOnLastWindowClosed()

    assert guard.window_closing(spontaneous=True) is True  # the close button
    assert not window.isVisible()
    assert told.times == 1 and settings.close_to_tray_told
    # Hidden, the window no longer counts: closing a message box must not end the application.
    assert not QApplication.quitOnLastWindowClosed()
    window.show()  # opened again from the tray
    assert QApplication.quitOnLastWindowClosed()

    assert guard.window_closing(spontaneous=True) is True
    assert told.times == 1  # said once, ever
    window.show()
    assert closed == []

    assert guard.window_closing(spontaneous=False) is False  # Quit, sign out: really closes
    assert closed == [True]


def test_without_a_tray_or_with_the_setting_off_closing_closes(  # type: ignore[no-untyped-def]
    qtbot, settings: AppSettings
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    shown = [False]
    told = Told()
    guard = CloseToTray(window, settings, tray_shown=lambda: shown[0], tell=told)
    window.show()
    assert guard.window_closing(spontaneous=True) is False
    shown[0] = True
    settings.close_to_tray = False
    assert guard.window_closing(spontaneous=True) is False
    assert told.times == 0 and QApplication.quitOnLastWindowClosed()


def test_the_filter_lets_an_application_close_through(qtbot, settings: AppSettings) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    CloseToTray(window, settings, tray_shown=lambda: True, tell=Told(), parent=window)
    window.show()
    assert window.close()  # not from the window system: closes
    assert not window.isVisible()


def a_request_to_send(store: Store, clock: FixedClock) -> tuple[SignedIn, str]:
    """The administrator, and the reference of a request of theirs waiting to be sent."""
    user = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    reference = submit(
        store,
        clock,
        user,
        load_catalogue(),
        Submission(
            "courriers",
            "facture",
            "facture_cotisations",
            "Une question sur la facture.",
            {"reference_courrier": "CNR-2026-0000123"},
        ),
    )
    return user, reference


def test_requests_left_to_send_are_tried_again_at_each_check(  # type: ignore[no-untyped-def]
    qtbot, store: Store, clock: FixedClock, settings: AppSettings, tmp_path: Path, english
) -> None:
    user, reference = a_request_to_send(store, clock)
    settings.contact_recipient = "contact@fonds.example"
    settings.outbox_folder = tmp_path / "envoi"
    window, notifications = open_window(qtbot, store, clock, settings)
    try:
        # Mes échanges is made by the check that finds a request to send, if not before.
        window.show()
        qtbot.waitUntil(
            lambda: (
                [(row.reference, row.status) for row in list_echanges(store, user)]
                == [(reference, "envoye")]
            ),
            timeout=10_000,
        )
        assert window.findChild(EchangesView) is window.echanges_view is not None
        assert (tmp_path / "envoi" / f"{reference}.eml").is_file()
    finally:
        stop(qtbot, notifications)


def test_requests_with_nowhere_to_go_leave_mes_echanges_unmade(  # type: ignore[no-untyped-def]
    qtbot, store: Store, clock: FixedClock, settings: AppSettings, english
) -> None:
    """No recipient set: a check finding requests to send makes no view for them (the
    first tick stays short on the GUI thread); they wait, as Mes échanges says when opened."""
    user, _reference = a_request_to_send(store, clock)
    assert not settings.contact_recipient
    window, notifications = open_window(qtbot, store, clock, settings)
    try:
        with qtbot.waitSignal(notifications.service.checked, timeout=10_000) as checked:
            window.show()
        assert checked.args[0].to_send == 1
        assert window.findChild(EchangesView) is None
        assert window.has_echanges
        assert [(row.status) for row in list_echanges(store, user)] == ["a_envoyer"]
    finally:
        stop(qtbot, notifications)
