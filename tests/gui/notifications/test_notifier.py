"""The tray notifier, offscreen (its icon is never shown here; see test_tray.py for a real
tray): the menu, the tooltip, what a message says and which view its click opens."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QIcon

from peps_desktop.gui.notifications.notifier import NullNotifier, TrayNotifier
from peps_desktop.gui.notifications.views import CENTRE, ECHANGES, INBOX, WINDOW


@dataclass(frozen=True)
class Raised:
    kind: str
    title: str


def tray_notifier(qtbot) -> tuple[TrayNotifier, list[tuple[str, str]]]:  # type: ignore[no-untyped-def]
    notifier = TrayNotifier(QIcon())
    shown: list[tuple[str, str]] = []
    notifier.tray.showMessage = lambda title, text, *_: shown.append((title, text))  # type: ignore[method-assign]
    return notifier, shown


def test_the_menu_opens_the_window_its_courriers_and_echanges_or_quits(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    notifier, _shown = tray_notifier(qtbot)
    menu = notifier.tray.contextMenu()
    assert menu is notifier.menu
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts == ["&Open", "Your &courriers", "My &échanges", "&Quit"]

    for action, view in (
        (notifier.open_action, WINDOW),
        (notifier.inbox_action, INBOX),
        (notifier.echanges_action, ECHANGES),
    ):
        with qtbot.waitSignal(notifier.open_requested, timeout=1000) as opened:
            action.trigger()
        assert opened.args == [view]
    with qtbot.waitSignal(notifier.quit_requested, timeout=1000):
        notifier.quit_action.trigger()


def test_without_mes_echanges_the_menu_does_not_offer_it(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    notifier = TrayNotifier(QIcon(), with_echanges=False)
    assert not notifier.echanges_action.isVisible()
    assert notifier.inbox_action.isVisible()


def test_the_tooltip_says_the_unread_count(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    notifier, _shown = tray_notifier(qtbot)
    assert notifier.tray.toolTip() == "PEP's Desktop — No unread courrier"
    notifier.set_unread(12)
    assert notifier.tray.toolTip() == "PEP's Desktop — Unread courriers: 12"


def test_a_message_opens_the_view_it_speaks_of(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    notifier, shown = tray_notifier(qtbot)
    notifier.notify([Raised("echange_repondu", "Your échange E-12 has an answer")])
    assert shown == [("Answered échanges", "Your échange E-12 has an answer")]
    with qtbot.waitSignal(notifier.open_requested, timeout=1000) as opened:
        notifier.tray.messageClicked.emit()
    assert opened.args == [ECHANGES]

    notifier.notify([Raised("nouveau_courrier", "2 new courriers"), Raised("revue_due", "Due")])
    assert shown[-1] == ("2 notifications", "2 new courriers\nDue")
    with qtbot.waitSignal(notifier.open_requested, timeout=1000) as opened:
        notifier.tray.messageClicked.emit()
    assert opened.args == [CENTRE]  # several: their list

    notifier.notify([])
    assert len(shown) == 2


def test_without_a_tray_nothing_pops_up() -> None:
    notifier = NullNotifier()
    notifier.notify([Raised("nouveau_courrier", "1 new courrier")])
    notifier.set_unread(3)  # and nothing fails
