"""Every screen a user meets, on the demo data: the main window on each of its areas and the
dialogs it opens. The tests that walk them all (clipped text, keyboard and names) share it.

A screen is a function that shows it and returns the window to check: the main window,
resized to the screen's size, or a dialog at its natural size.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from peps_desktop.core.accounts.account_list import list_accounts
from peps_desktop.core.accounts.enrolment import start_enrolment
from peps_desktop.core.accounts.overview import list_services
from peps_desktop.core.accounts.review import ReviewOutcome, start_review
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.demo.reference import DEMO_ADMIN_LOGIN, DEMO_USER_LOGIN
from peps_desktop.core.demo.seed import seed_demo
from peps_desktop.core.notifications.due import run_check
from peps_desktop.core.shared.clock import Clock
from peps_desktop.gui.app import build_window
from peps_desktop.gui.main_window import MainWindow
from peps_desktop.gui.settings.preferences import AppSettings
from peps_desktop.store import Store
from peps_desktop.store.models import Account, Courrier
from tests.factories import signed_in_as

SIZES = {"1024x768": (1024, 768), "1280x800": (1280, 800)}
LANGUAGES = ("fr", "en")
WAIT_MS = 5000
# The offscreen platform's notices about the notification centre's popup.
OFFSCREEN_POPUP = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing"
)


@dataclass(frozen=True)
class Demo:
    """The demo commune, seeded once per run; every screen reads it, none changes what the
    others show."""

    store: Store
    clock: Clock
    admin: SignedIn
    read_courrier_id: int
    folder: Path
    url: str


def seed(store: Store, clock: Clock, folder: Path, url: str) -> Demo:
    seed_demo(store, clock, accounts=15, courriers=40)
    admin = signed_in_as(store, DEMO_ADMIN_LOGIN)
    # An open review (its decision page); the notifications of the day (the centre's list).
    start_review(store, clock, admin)
    run_check(store, clock, admin)
    with store.read_session() as session:
        # An old courrier, read already: opening it changes no count the other screens show.
        read_courrier_id = session.scalars(
            select(Courrier.id).where(~Courrier.archived).order_by(Courrier.recu_le)
        ).first()
    assert read_courrier_id is not None
    return Demo(store, clock, admin, read_courrier_id, folder, url)


class Screens:
    """One test's screens: the main window made on first use, at one size."""

    def __init__(self, qtbot: QtBot, demo: Demo, size: tuple[int, int]) -> None:
        self.qtbot = qtbot
        self.demo = demo
        self.size = size
        self.settings = AppSettings(demo.folder / "settings.ini")
        self._window: MainWindow | None = None

    def settle(self) -> None:
        """Until the work started off the GUI thread is done and its outcome shown."""
        pool = QThreadPool.globalInstance()
        for _ in range(10):
            pool.waitForDone(WAIT_MS)
            QApplication.processEvents()
            if pool.activeThreadCount() == 0:
                QApplication.processEvents()
                if pool.activeThreadCount() == 0:
                    return

    @property
    def window(self) -> MainWindow:
        if self._window is None:
            demo = self.demo
            window = build_window(demo.store, demo.clock, demo.admin, self.settings)
            self.qtbot.addWidget(window)
            window.resize(*self.size)
            window.show()
            self._window = window
            self.settle()
        return self._window

    def area(self, page: QWidget | None) -> MainWindow:
        assert page is not None
        window = self.window
        window.show_page(page)
        self.settle()
        return window

    def dialog(self, dialog: QDialog) -> QDialog:
        self.qtbot.addWidget(dialog)
        dialog.show()
        self.settle()
        dialog.adjustSize()
        QApplication.processEvents()
        return dialog


# --- the main window's areas ----------------------------------------------------------------


def dashboard(screens: Screens) -> QWidget:
    return screens.area(screens.window.dashboard)


def inbox(screens: Screens) -> QWidget:
    return screens.area(screens.window.inbox)


def inbox_reader(screens: Screens) -> QWidget:
    window = screens.area(screens.window.inbox)
    assert window.inbox is not None
    window.inbox.open_courrier(screens.demo.read_courrier_id)
    screens.settle()
    return window


def archives(screens: Screens) -> QWidget:
    window = screens.area(screens.window.inbox)
    assert window.inbox is not None
    window.inbox.view.tabs.setCurrentIndex(1)
    screens.settle()
    return window


def accounts(screens: Screens) -> QWidget:
    return screens.area(screens.window.accounts_view)


def audit_log(screens: Screens) -> QWidget:
    return screens.area(screens.window.audit_view)


def intervenants(screens: Screens) -> QWidget:
    window = screens.window
    window.show_area(window.area_labels().index(window.tr("My intervenants")))
    screens.settle()
    return window


def review_decisions(screens: Screens) -> QWidget:
    window = screens.area(screens.window.review_view)
    assert window.review_view is not None
    assert window.review_view.pages.currentWidget() is window.review_view.review_page
    return window


def review_start(screens: Screens) -> QWidget:
    window = screens.area(screens.window.review_view)
    view = window.review_view
    assert view is not None
    view._show_start_page()
    return window


def review_done(screens: Screens) -> QWidget:
    window = screens.area(screens.window.review_view)
    view = window.review_view
    assert view is not None and view.schedule is not None
    outcome = ReviewOutcome(
        renewed=["camille.bernard"],
        deleted=["julien.petit"],
        kept=[],
        closed_at=screens.demo.clock.now(),
        actor_deleted=False,
    )
    view.done_page.show_outcome(outcome, view.schedule)
    view.pages.setCurrentWidget(view.done_page)
    return window


def _contact_area(screens: Screens):  # type: ignore[no-untyped-def]
    from peps_desktop.gui.contact.area import ContactArea

    window = screens.window
    window.show_area(window.area_labels().index(window.tr("Contact us")))
    screens.settle()
    contact = window.pages.currentWidget()
    assert isinstance(contact, ContactArea)
    return window, contact


def help_centre(screens: Screens) -> QWidget:
    window, _contact = _contact_area(screens)
    return window


def contact_form(screens: Screens) -> QWidget:
    window, contact = _contact_area(screens)
    contact.open_form(contact.help_centre.current_theme().code)
    form = contact.form
    # A motif and a sous-motif chosen: the information zone and the fields it asks for.
    form.motif.setCurrentIndex(form.motif.count() - 1)
    form.sous_motif.setCurrentIndex(form.sous_motif.count() - 1)
    screens.settle()
    return window


def echanges(screens: Screens) -> QWidget:
    return screens.area(screens.window.echanges_view)


def echange_opened(screens: Screens) -> QWidget:
    window = screens.area(screens.window.echanges_view)
    view = window.echanges_view
    assert view is not None
    assert view.model.rowCount() > 0
    view.table.selectRow(0)
    screens.settle()
    return window


def notification_centre(screens: Screens) -> QWidget:
    from peps_desktop.gui.notifications.centre import NotificationCentre
    from peps_desktop.gui.notifications.wiring import StoreHistory

    demo = screens.demo
    window = screens.window
    centre = NotificationCentre(StoreHistory(demo.store, demo.clock, demo.admin))
    window.add_header_widget(centre)
    centre.refresh()
    screens.settle()
    centre.open_panel()
    screens.settle()
    assert centre.panel.list.count() > 0
    return centre.panel


# --- the dialogs ----------------------------------------------------------------------------


def settings_dialog(screens: Screens) -> QWidget:
    from peps_desktop.gui.settings.dialog import SettingsDialog

    return screens.dialog(SettingsDialog(screens.settings, clock=screens.demo.clock))


def about_dialog(screens: Screens) -> QWidget:
    from peps_desktop.core.shared.about import about
    from peps_desktop.core.shared.locations import Location
    from peps_desktop.gui.about_dialog import AboutDialog

    demo = screens.demo
    location = Location(demo.folder, demo.url)
    return screens.dialog(AboutDialog(about(demo.store, location)))


def _create_wizard(screens: Screens, page: int) -> QWidget:
    from peps_desktop.gui.accounts.create_wizard import CreateAccountWizard

    demo = screens.demo
    wizard = CreateAccountWizard(demo.store, demo.clock, demo.admin, list_services(demo.store))
    screens.dialog(wizard)
    fields = wizard.identity_page.fields
    fields.nom_edit.setText("Garnier")
    fields.prenom_edit.setText("Léa")
    fields.email_edit.setText("lea.garnier@saint-aubin-sur-loire.fr")
    for _ in range(page):
        wizard.next()
    screens.settle()
    wizard.adjustSize()
    return wizard


def create_wizard_identity(screens: Screens) -> QWidget:
    return _create_wizard(screens, 0)


def create_wizard_profile(screens: Screens) -> QWidget:
    return _create_wizard(screens, 1)


def create_wizard_rights(screens: Screens) -> QWidget:
    return _create_wizard(screens, 2)


def edit_dialog(screens: Screens) -> QWidget:
    from peps_desktop.gui.accounts.edit_dialog import EditAccountDialog

    demo = screens.demo
    (row,) = [
        row
        for row in list_accounts(demo.store, demo.clock, demo.admin)
        if row.login == DEMO_USER_LOGIN
    ]
    services = list_services(demo.store)
    return screens.dialog(EditAccountDialog(demo.store, demo.clock, demo.admin, row, services))


def assign_dialog(screens: Screens) -> QWidget:
    from peps_desktop.core.courriers.actions import colleagues_for
    from peps_desktop.gui.inbox.assign_dialog import AssignDialog

    demo = screens.demo
    colleagues = colleagues_for(demo.store, demo.admin, [demo.read_courrier_id])
    return screens.dialog(AssignDialog(colleagues, 1))


def sign_in_dialog(screens: Screens) -> QWidget:
    from peps_desktop.gui.shared.signin_dialog import SignInDialog

    demo = screens.demo
    return screens.dialog(
        SignInDialog(demo.store, demo.clock, screens.settings, "sqlite:///demo", "Commune")
    )


def store_choice_dialog(screens: Screens) -> QWidget:
    from peps_desktop.core.shared.store_choice import StoreChoice
    from peps_desktop.gui.settings.store_dialog import StoreChoiceDialog

    return screens.dialog(
        StoreChoiceDialog(StoreChoice("local", None, "default"), first_start=True)
    )


def code_prompt(screens: Screens) -> QWidget:
    from peps_desktop.gui.accounts.code_prompt import CodePrompt

    # As the account wizard asks it, in its words.
    action = QCoreApplication.translate("CreateAccountWizard", "Creating an account")
    return screens.dialog(CodePrompt(action, DEMO_ADMIN_LOGIN))


def enrolment_dialog(screens: Screens) -> QWidget:
    from peps_desktop.gui.accounts.enrolment_dialog import EnrolmentDialog

    demo = screens.demo
    with demo.store.session() as session:
        account = session.scalars(select(Account).where(Account.login == DEMO_USER_LOGIN)).one()
        enrolment = start_enrolment(session, demo.clock, account)
        session.rollback()  # shown, never kept: the other screens see the demo as it was
    return screens.dialog(EnrolmentDialog(enrolment, lambda _code: None))


def _my_account(screens: Screens, tab: int) -> QWidget:
    from peps_desktop.gui.accounts.my_account_dialog import MyAccountDialog

    demo = screens.demo
    dialog = MyAccountDialog(demo.store, demo.clock, demo.admin)
    dialog.tabs.setCurrentIndex(tab)
    return screens.dialog(dialog)


def my_account_identity(screens: Screens) -> QWidget:
    return _my_account(screens, 0)


def my_account_security(screens: Screens) -> QWidget:
    return _my_account(screens, 1)


def my_account_devices(screens: Screens) -> QWidget:
    return _my_account(screens, 2)


def enrolment_codes(screens: Screens) -> QWidget:
    """The second page: the recovery codes, shown once."""
    from peps_desktop.gui.accounts.enrolment_dialog import EnrolmentDialog

    dialog = enrolment_dialog(screens)
    assert isinstance(dialog, EnrolmentDialog)
    dialog.code_edit.setText("123456")  # the screens' confirmation takes any code
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == 1
    screens.settle()
    dialog.adjustSize()
    return dialog


@dataclass(frozen=True)
class Screen:
    name: str
    show: Callable[[Screens], QWidget]
    dialog: bool = False


SCREENS = (
    Screen("dashboard", dashboard),
    Screen("inbox", inbox),
    Screen("inbox reader", inbox_reader),
    Screen("archives", archives),
    Screen("accounts", accounts),
    Screen("audit log", audit_log),
    Screen("intervenants", intervenants),
    Screen("review start", review_start),
    Screen("review decisions", review_decisions),
    Screen("review done", review_done),
    Screen("help centre", help_centre),
    Screen("contact form", contact_form),
    Screen("échanges", echanges),
    Screen("échange opened", echange_opened),
    Screen("notification centre", notification_centre, dialog=True),
    Screen("settings", settings_dialog, dialog=True),
    Screen("about", about_dialog, dialog=True),
    Screen("create account: identity", create_wizard_identity, dialog=True),
    Screen("create account: profile", create_wizard_profile, dialog=True),
    Screen("create account: rights", create_wizard_rights, dialog=True),
    Screen("edit account", edit_dialog, dialog=True),
    Screen("assign", assign_dialog, dialog=True),
    Screen("sign-in", sign_in_dialog, dialog=True),
    Screen("store choice", store_choice_dialog, dialog=True),
    Screen("code prompt", code_prompt, dialog=True),
    Screen("enrolment", enrolment_dialog, dialog=True),
    Screen("enrolment: recovery codes", enrolment_codes, dialog=True),
    Screen("my account: identity", my_account_identity, dialog=True),
    Screen("my account: security", my_account_security, dialog=True),
    Screen("my account: devices", my_account_devices, dialog=True),
)


def visible_widgets(top: QWidget) -> Iterator[QWidget]:
    """`top` and its descendants shown on screen now."""
    if top.isVisible():
        yield top
    for child in top.findChildren(QWidget):
        if child.isVisible() and child.window() is top:
            yield child
