from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.dashboard import figures
from peps_desktop.gui.dashboard.view import DashboardView
from peps_desktop.gui.main_window import MainWindow
from peps_desktop.store.models import Account, CourrierRead
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.factories import add_account, add_courrier, add_echange


def seed(store, clock) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        admin = session.scalar(select(Account).where(Account.login == ADMIN.login))
        read = add_courrier(session, "CNRACL")
        add_courrier(session, "CNRACL")
        add_courrier(session, "RAFP")
        add_courrier(session, "IRCANTEC", archived=True)
        add_courrier(session, "FEH")
        session.add(CourrierRead(account_id=admin.id, courrier_id=read.id, read_at=clock.now()))
        add_account(
            session,
            "paul.durand",
            rights={"CNRACL": "lecture", "FEH": "aucun"},
            expires_on=dt.date(2027, 1, 10),
        )
        add_account(session, "lea.petit", expires_on=dt.date(2027, 6, 1))
        add_echange(session, "envoye", admin)
        add_echange(session, "envoye", admin)
        add_echange(session, "repondu", admin)


def open_window(qtbot, store, clock, login, password):  # type: ignore[no-untyped-def]
    user = sign_in(store, clock, login, password)
    dashboard = DashboardView(lambda: figures(store, clock, user), user.is_administrator)
    window = MainWindow(user, "Mairie de Saint-Aubin", dashboard)
    qtbot.addWidget(window)
    with qtbot.waitSignal(dashboard.refreshed, timeout=5000):
        window.show()
    return window


def test_administrator_sees_badge_and_live_figures(qtbot, store, clock, english) -> None:  # type: ignore[no-untyped-def]
    seed(store, clock)
    window = open_window(qtbot, store, clock, ADMIN.login, ADMIN_PASSWORD)

    assert window.badge.text() == "Claire Martin"
    assert not window.administrator_mark.isHidden()
    assert window.administrator_mark.accessibleName() == "Administrator"
    assert window.area_labels() == ["Dashboard"]  # only areas that exist
    dashboard = window.dashboard
    assert dashboard.unread_card.value_label.text() == "3"  # 2 CNRACL unread + RAFP + FEH - read
    assert dashboard.echanges_card.value_label.text() == "2"
    assert dashboard.expiring_card.value_label.text() == "1"  # paul.durand, 10/01/2027
    assert dashboard.review_card.value_label.text() == "25/05/2028"
    assert window.windowTitle().startswith("(3 unread)")
    assert not dashboard.administrators_warning.isHidden()  # ADMIN is the only administrator


def test_figures_follow_the_store(qtbot, store, clock, english) -> None:  # type: ignore[no-untyped-def]
    seed(store, clock)
    window = open_window(qtbot, store, clock, ADMIN.login, ADMIN_PASSWORD)
    with store.session() as session:
        add_courrier(session, "CNRACL")
    with qtbot.waitSignal(window.dashboard.refreshed, timeout=5000):
        window.dashboard.refresh_button.click()
    assert window.dashboard.unread_card.value_label.text() == "4"


def test_a_user_sees_only_their_services_and_no_administration(  # type: ignore[no-untyped-def]
    qtbot, store, clock, english
) -> None:
    seed(store, clock)
    window = open_window(qtbot, store, clock, "paul.durand", "Mot-de-passe-2026")
    assert window.badge.text() == "Paul Durand"
    assert window.administrator_mark.isHidden()
    assert window.dashboard.unread_card.value_label.text() == "2"  # CNRACL only
    # No card about accounts for a utilisateur: they are not built at all.
    assert window.dashboard.expiring_card is None
    assert window.dashboard.review_card is None
    assert window.dashboard.administrators_warning.isHidden()


def test_the_warning_goes_when_a_second_administrator_exists(qtbot, store, clock, english) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        add_account(session, "remi.blanc", profile="administrateur")
    window = open_window(qtbot, store, clock, ADMIN.login, ADMIN_PASSWORD)
    assert window.dashboard.figures.active_administrators == 2
    assert window.dashboard.administrators_warning.isHidden()


def test_the_title_counts_unread_courriers_in_french_singular_and_plural(
    qtbot,  # type: ignore[no-untyped-def]
    store,
    clock,
    french,
) -> None:
    seed(store, clock)
    window = open_window(qtbot, store, clock, ADMIN.login, ADMIN_PASSWORD)
    window.set_unread_courriers(1)
    assert window.windowTitle().startswith("(1 non lu) PEP's Desktop")
    window.set_unread_courriers(12)
    assert window.windowTitle().startswith("(12 non lus) PEP's Desktop")
    window.set_unread_courriers(0)
    assert window.windowTitle().startswith("PEP's Desktop")


def test_numbers_are_grouped_the_french_way_in_the_title_and_navigation(  # type: ignore[no-untyped-def]
    qtbot, store, clock, french
) -> None:
    from peps_desktop.gui.inbox.area import InboxArea

    window = open_window(qtbot, store, clock, ADMIN.login, ADMIN_PASSWORD)
    user = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    window.add_inbox(InboxArea(store, clock, user))
    window.set_unread_courriers(51076)
    assert window.windowTitle().startswith("(51\u202f076 non lus) PEP's Desktop")
    assert window.area_labels()[1] == "Vos courriers (51\u202f076)"


@pytest.mark.parametrize("language", ["french", "english"])
def test_the_navigation_fits_its_longest_label_and_no_more(  # type: ignore[no-untyped-def]
    qtbot, store, clock, language, request
) -> None:
    from peps_desktop.gui.inbox.area import InboxArea

    request.getfixturevalue(language)
    window = open_window(qtbot, store, clock, ADMIN.login, ADMIN_PASSWORD)
    user = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    window.add_inbox(InboxArea(store, clock, user))
    navigation = window.navigation
    width = navigation.width()
    for count in (0, 7, 51076, 99999):  # the width stays put as the count changes
        window.set_unread_courriers(count)
        assert navigation.width() == width
        for row in range(navigation.count()):
            shown = navigation.visualItemRect(navigation.item(row)).width()
            text = navigation.fontMetrics().horizontalAdvance(navigation.item(row).text())
            assert text + navigation.iconSize().width() < shown, navigation.item(row).text()
    assert width < 220  # the width it had whatever its labels: what is left goes to the lists
