"""The GUI application: start-up, first-run wizard, sign-in, main window."""

from __future__ import annotations

import logging
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from peps_desktop import APP_NAME, logs
from peps_desktop.core.accounts.cgu import cgu_state
from peps_desktop.core.accounts.second_factor_sign_in import SecondFactor
from peps_desktop.core.accounts.setup import structure_exists, structure_name
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.dashboard import DashboardFigures, figures
from peps_desktop.core.demo.reference import DEMO_RECIPIENT
from peps_desktop.core.shared import credentials, locations
from peps_desktop.core.shared.clock import Clock, SystemClock
from peps_desktop.core.shared.data_key import DataKey, DeferredDataKey, open_deferring_data_key
from peps_desktop.core.shared.store_choice import current_choice, has_a_choice
from peps_desktop.errors import AuthenticationError, UserError
from peps_desktop.gui.accounts.code_prompt import CodePrompt
from peps_desktop.gui.dashboard.view import DashboardView
from peps_desktop.gui.inbox.area import InboxArea
from peps_desktop.gui.main_window import Administration, MainWindow
from peps_desktop.gui.notifications.live import install_live_updates
from peps_desktop.gui.notifications.wiring import install_notifications
from peps_desktop.gui.settings.preferences import AppSettings
from peps_desktop.gui.shared.crash import CrashReporter
from peps_desktop.gui.shared.focus_ring import install_focus_ring
from peps_desktop.gui.shared.garbage import GuiThreadCollector
from peps_desktop.gui.shared.live_updates import LiveUpdates
from peps_desktop.gui.shared.resources import icon
from peps_desktop.gui.shared.single_instance import SingleInstance
from peps_desktop.gui.shared.tasks import TaskRunner
from peps_desktop.gui.shared.translations import FRENCH, activate
from peps_desktop.gui.shared.windows_identity import declare_app_user_model_id
from peps_desktop.gui.shared.workers import Job, start
from peps_desktop.store import Store
from peps_desktop.store.engine import sqlite_path

if TYPE_CHECKING:
    from peps_desktop.core.accounts.review import ReviewOutcome

log = logging.getLogger(__name__)
# At exit, how long background work may take to finish before the store closes.
STOP_WAIT_MS = 10_000
# The smoke run's first line, once the main window is shown (benchmarks/startup.py waits for it).
SHOWN = "main window shown"
# How long a smoke run waits for the dashboard's figures after --quit-after, at most.
DASHBOARD_WAIT_MS = 30_000


class Application:
    """Holds what lives as long as the GUI: store, settings, the signed-in person's window."""

    def __init__(
        self,
        qt_app: QApplication,
        location: locations.Location,
        store: Store,
        settings: AppSettings,
        clock: Clock,
        data_key: DeferredDataKey | None = None,
    ) -> None:
        self.qt_app = qt_app
        self.location = location
        self.store = store
        self.settings = settings
        self.clock = clock
        self.data_key = data_key
        self.window: MainWindow | None = None
        self.live: LiveUpdates | None = None
        # Where the data key is kept when no keyring exists: the user is told once.
        self.data_key_file: Path | None = None
        self._data_key_job: Job | None = None

    def ensure_structure(self) -> bool:
        """On an empty store, the first-run wizard; False if the user gave up."""
        if structure_exists(self.store):
            return True
        from peps_desktop.gui.accounts.setup_wizard import SetupWizard

        wizard = SetupWizard(self.store, self.clock)
        wizard.setWindowIcon(icon("peps-desktop"))
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return False
        self.settings.last_login = wizard.administrator_login
        return True

    def ask_sign_in(self) -> SignedIn | None:
        from peps_desktop.gui.shared.signin_dialog import SignInDialog

        dialog = SignInDialog(
            self.store,
            self.clock,
            self.settings,
            self.location.key,
            structure_name(self.store),
        )
        dialog.setWindowIcon(icon("peps-desktop"))
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.signed_in is None:
            return None
        if dialog.remember_failed:
            QMessageBox.information(
                None,
                APP_NAME,
                self.qt_app.translate(
                    "Application",
                    "This computer has no password keyring: your password was not remembered.",
                ),
            )
        from peps_desktop.gui.accounts.after_sign_in import (
            complete_sign_in,
            tell_recovery_codes_left,
        )

        if dialog.recovery_codes_left is not None:
            tell_recovery_codes_left(dialog.recovery_codes_left)
        complete_sign_in(self.store, self.clock, dialog.signed_in)
        return dialog.signed_in

    def open_window(self, user: SignedIn) -> MainWindow:
        window = build_window(self.store, self.clock, user, self.settings)
        install_notifications(window, self.store, self.clock, user, self.settings)
        self.live = install_live_updates(window, self.store, user)
        window.sign_out_requested.connect(self.sign_out)
        window.settings_requested.connect(self.edit_settings)
        window.about_requested.connect(self.show_about)
        window.my_account_requested.connect(self.show_my_account)
        window.cgu_requested.connect(self.show_cgu)
        self._show_cgu_banner(window)
        window.show()
        self.window = window
        return window

    def look_up_the_data_key(self, *, interactive: bool) -> None:
        """Once the window is shown, off the GUI thread: the keyring is asked for the data key
        now rather than when personal data is first needed, and what it says is told."""
        if self.data_key is None or self._data_key_job is not None:
            return
        data_key = self.data_key
        self._data_key_job = Job(data_key.resolve)
        self._data_key_job.signals.done.connect(
            lambda found: self._data_key_found(found, interactive)
        )
        self._data_key_job.signals.failed.connect(
            lambda error: self._data_key_refused(error, interactive)
        )
        start(self._data_key_job)

    def _data_key_found(self, found: DataKey | None, interactive: bool) -> None:
        # None: no key kept on this computer; the key came with the sign-in, wrapped for
        # the account (core.accounts.data_key_access).
        self.data_key_file = found.file if found is not None and found.kept_in == "file" else None
        if interactive:
            self.tell_about_the_data_key()

    def _data_key_refused(self, error: Exception, interactive: bool) -> None:
        # The window stays: only personal data (NIRs, agents' names) needs the key, and it
        # says the same when it is needed.
        log.error("data key: %s", error)
        if interactive:
            QMessageBox.warning(self.window, APP_NAME, str(error))

    def tell_about_the_data_key(self) -> None:
        """Without a keyring, the key of the personal data is a file: say where, once."""
        if self.data_key_file is None or self.settings.data_key_notice_given:
            return
        log.info("data key kept in a file, no keyring on this computer")
        QMessageBox.information(
            self.window,
            APP_NAME,
            self.qt_app.translate(
                "Application",
                "This computer has no password keyring. The key that encrypts the agents' "
                "NIRs and names is kept in {file}, readable by you only. Back it up with the "
                "store: without it, that data cannot be read.",
            ).format(file=self.data_key_file),
        )
        self.settings.data_key_notice_given = True

    def sign_out(self) -> None:
        # Closing the window must not end the application before the next sign-in.
        self.qt_app.setQuitOnLastWindowClosed(False)
        try:
            self.stop_live_updates()
            if self.window is not None:
                self.window.close()
                self.window.deleteLater()
                self.window = None
            user = self.ask_sign_in()
        finally:
            self.qt_app.setQuitOnLastWindowClosed(True)
        if user is None:
            self.qt_app.quit()
        else:
            self.open_window(user)

    def show_about(self) -> None:
        from peps_desktop.core.shared.about import about
        from peps_desktop.gui.about_dialog import AboutDialog

        dialog = AboutDialog(about(self.store, self.location), self.window)
        dialog.exec()
        dialog.deleteLater()

    def show_my_account(self) -> None:
        if self.window is None:
            return
        from peps_desktop.gui.accounts.my_account_dialog import MyAccountDialog

        user = self.window.user
        dialog = MyAccountDialog(self.store, self.clock, user, self.window)
        dialog.password_changed.connect(lambda new: self._remembered_password(user, new))
        dialog.exec()
        dialog.deleteLater()

    def _remembered_password(self, user: SignedIn, new_password: str) -> None:
        """A password kept by « Se souvenir de moi » follows the change."""
        if credentials.recall(self.location.key, user.login) is not None:
            credentials.remember(self.location.key, user.login, new_password)

    def show_cgu(self) -> None:
        if self.window is None:
            return
        try:
            state = cgu_state(self.store, self.window.user)
        except UserError as error:
            QMessageBox.warning(self.window, APP_NAME, str(error))
            return
        from peps_desktop.gui.accounts.cgu_dialog import CguDialog

        dialog = CguDialog(self.store, self.clock, self.window.user, state, self.window)
        dialog.exec()
        dialog.deleteLater()
        self._show_cgu_banner(self.window)

    def _show_cgu_banner(self, window: MainWindow) -> None:
        try:
            accepted = cgu_state(self.store, window.user).accepted
        except UserError as error:
            log.error("conditions of use refused: %s", error)
            return
        window.show_cgu_banner(not accepted)

    def stop_live_updates(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live = None

    def edit_settings(self) -> None:
        from peps_desktop.gui.settings.dialog import SettingsDialog

        SettingsDialog(self.settings, self.window, self.clock).exec()

    def bring_forward(self) -> None:
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()


def build_window(store: Store, clock: Clock, user: SignedIn, settings: AppSettings) -> MainWindow:
    """The main window with the areas this person may reach."""

    def load() -> DashboardFigures:
        return figures(store, clock, user)

    dashboard = DashboardView(load, administrator=user.is_administrator)
    window = MainWindow(user, structure_name(store, user.structure_id), dashboard)
    inbox = InboxArea(store, clock, user, arrangement=settings)
    window.add_inbox(inbox)
    inbox.view.unread_changed.connect(lambda _count: dashboard.refresh())
    inbox.view.load()
    # The other areas are made the first time they are opened: the window shows sooner.
    window.add_contact_lazily(lambda: _contact_pages(store, clock, user, settings))
    window.add_intervenants_lazily(lambda: _intervenants(store, user))
    if user.is_administrator:
        window.add_administration_lazily(lambda: _administration(window, store, clock, user))
        _wire_leaver_deletion(window, store, clock, user)
    return window


def _contact_pages(
    store: Store, clock: Clock, user: SignedIn, settings: AppSettings
) -> tuple[QWidget, QWidget]:
    """Nous contacter and Mes échanges; a damaged catalogue is said in their place."""
    from peps_desktop.core.contact.catalogue_file import load_catalogue
    from peps_desktop.gui.contact.area import CatalogueProblem, ContactArea
    from peps_desktop.gui.contact.echanges_view import EchangesView

    try:
        catalogue = load_catalogue()
    except UserError as error:
        log.error("contact catalogue refused: %s", error)
        return CatalogueProblem(str(error)), CatalogueProblem(str(error))
    return (
        ContactArea(store, clock, user, catalogue),
        EchangesView(store, clock, user, settings, catalogue=catalogue),
    )


def _intervenants(store: Store, user: SignedIn) -> QWidget:
    from peps_desktop.gui.accounts.intervenants_view import IntervenantsView

    return IntervenantsView(store, user)


def _administration(
    window: MainWindow, store: Store, clock: Clock, user: SignedIn
) -> Administration:
    from peps_desktop.gui.accounts.account_file import AccountFileActions
    from peps_desktop.gui.accounts.audit_view import AuditView
    from peps_desktop.gui.accounts.review.view import ReviewView
    from peps_desktop.gui.accounts.view import AccountsView

    accounts = AccountsView(store, clock, user)
    review = ReviewView(store, clock, user)
    AccountFileActions(accounts, store, clock, user)
    accounts.succession_requested.connect(lambda: _run_succession(window, store, clock, user))
    review.applied.connect(lambda outcome: _review_applied(window, outcome))
    return accounts, AuditView(store, clock, user), review


def _run_succession(window: MainWindow, store: Store, clock: Clock, user: SignedIn) -> None:
    from peps_desktop.gui.accounts.succession_wizard import SuccessionWizard

    wizard = SuccessionWizard(store, clock, user, window)
    wizard.exec()
    wizard.deleteLater()
    _refresh_administration(window)


def _review_applied(window: MainWindow, outcome: ReviewOutcome) -> None:
    if outcome.actor_deleted:  # the administrator deleted their own account
        window.sign_out_requested.emit()
        return
    _refresh_administration(window)


def _wire_leaver_deletion(window: MainWindow, store: Store, clock: Clock, user: SignedIn) -> None:
    """The dashboard's « delete the leaver's account », off the GUI thread."""

    def delete_leaver(succession_id: int) -> None:
        from peps_desktop.core.accounts.succession import delete_leaver_account

        code = CodePrompt.ask(
            QCoreApplication.translate("Application", "Deleting an account"), user.login, window
        )
        if code is not None:
            deletion.run(partial(delete_leaver_account, store, clock, user, succession_id, code))

    deletion = TaskRunner(window)
    deletion.setObjectName("leaverDeletion")
    deletion.refused.connect(lambda message: QMessageBox.warning(window, APP_NAME, message))
    deletion.finished.connect(lambda: _refresh_administration(window))
    window.dashboard.delete_leaver_requested.connect(delete_leaver)


def _refresh_administration(window: MainWindow) -> None:
    window.dashboard.refresh()
    if window.administration_built and window.accounts_view is not None:
        window.accounts_view.refresh()


def _fail(message: str, interactive: bool) -> int:
    print(f"peps-desktop: {message}", file=sys.stderr)
    if interactive:
        QMessageBox.critical(None, APP_NAME, message)
    return 1


def prepare_demo_sending(settings: AppSettings) -> None:
    """A fresh demo sends its requests at once: to a fictitious address, through the outbox
    folder (the default method). A recipient the user set is kept."""
    if not settings.contact_recipient:
        settings.contact_recipient = DEMO_RECIPIENT


def _seed_demo_if_empty(store: Store, clock: Clock) -> None:
    if not structure_exists(store):
        from peps_desktop.core.demo.seed import seed_demo

        seed_demo(store, clock)


def _choose_store(location: locations.Location) -> locations.Location | None:
    """At the very first start (no choice made, no local base yet): local or server? None
    if the person gave up."""
    local = sqlite_path(location.db_url)
    if has_a_choice() or local is None or local.exists():
        return location
    from peps_desktop.gui.settings.store_dialog import StoreChoiceDialog  # the first start only

    dialog = StoreChoiceDialog(current_choice(), first_start=True)
    dialog.setWindowIcon(icon("peps-desktop"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return locations.resolve()


def run(
    location: locations.Location,
    *,
    demo: bool = False,
    quit_after_ms: int | None = None,
    ask_store: bool = False,
) -> int:
    """`ask_store`: the store was not named on the command line, so the first start may ask
    where the data lives."""
    declare_app_user_model_id()
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName(APP_NAME)
    qt_app.setOrganizationName("CNRACL")
    qt_app.setWindowIcon(icon("peps-desktop"))
    qt_app.setQuitOnLastWindowClosed(True)
    install_focus_ring(qt_app)
    interactive = quit_after_ms is None

    settings = AppSettings(location.settings_file)
    if demo:
        prepare_demo_sending(settings)
    translators = activate(settings.language)  # noqa: F841  (kept alive while the GUI runs)
    if settings.language == FRENCH:
        QLocale.setDefault(QLocale("fr_FR"))

    if ask_store and interactive:
        chosen = _choose_store(location)
        if chosen is None:
            return 0
        location = chosen

    collector = GuiThreadCollector(qt_app)  # noqa: F841  (lives as long as the application)
    reporter = CrashReporter(locations.log_dir() / logs.LOG_FILE, interactive=interactive)
    reporter.install()

    instance = SingleInstance(location.data_dir, location.key)
    if not instance.acquire():
        if instance.wake_running_instance():
            return 0
        return _fail(
            qt_app.translate(
                "Application", "PEP's Desktop is already running on this store ({folder})."
            ).format(folder=location.data_dir),
            interactive,
        )
    clock = SystemClock()
    try:
        # The keyring is asked for the data key when it is first needed: by the sign-in (the
        # second factor's secret is encrypted), else once the window is shown
        # (Application.look_up_the_data_key).
        store, data_key = open_deferring_data_key(location)
        if demo:
            _seed_demo_if_empty(store, clock)
    except UserError as error:
        instance.release()
        return _fail(str(error), interactive)

    app = Application(qt_app, location, store, settings, clock, data_key)
    instance.activation_requested.connect(app.bring_forward)
    try:
        if quit_after_ms is not None:
            code = _smoke_run(app, demo, quit_after_ms)
        else:
            code = _interactive_run(app)
        return 1 if reporter.failures else code
    finally:
        # A check or a load may still run in the pool: let it end before the store closes.
        app.stop_live_updates()
        QThreadPool.globalInstance().waitForDone(STOP_WAIT_MS)
        store.dispose()
        instance.release()


def _interactive_run(app: Application) -> int:
    if not app.ensure_structure():
        return 0
    user = app.ask_sign_in()
    if user is None:
        return 0
    app.open_window(user)
    QTimer.singleShot(0, lambda: app.look_up_the_data_key(interactive=True))  # once painted
    return app.qt_app.exec()


def _sign_in_to_the_demo(app: Application) -> SignedIn:
    """As the demo administrator, with the code of the demo's published authenticator."""
    from peps_desktop.core.demo.reference import DEMO_ADMIN_LOGIN, DEMO_PASSWORD, demo_code

    def with_code(steps: int) -> SignedIn:
        factor = SecondFactor(code=demo_code(app.clock, steps), remember_device=False)
        return sign_in(app.store, app.clock, DEMO_ADMIN_LOGIN, DEMO_PASSWORD, factor)

    try:
        return with_code(0)
    except AuthenticationError:
        return with_code(1)  # a run a moment ago spent this code: the app's next one


def _quit_once_the_dashboard_shows(app: Application, window: MainWindow) -> None:
    """Quit now if the dashboard has its figures, else as soon as it has them (or gives up):
    a short --quit-after must not end the run while they are being read."""
    if window.dashboard.figures is not None:
        app.qt_app.quit()
        return
    window.dashboard.refreshed.connect(lambda _figures: app.qt_app.quit())
    QTimer.singleShot(DASHBOARD_WAIT_MS, app.qt_app.quit)


def _smoke_run(app: Application, demo: bool, quit_after_ms: int) -> int:
    """Headless check: sign in as the demo administrator, show the window, quit on time."""
    if not demo:
        return _fail(
            app.qt_app.translate("Application", "--quit-after needs --demo."), interactive=False
        )
    try:
        user = _sign_in_to_the_demo(app)
    except UserError as error:
        return _fail(str(error), interactive=False)
    window = app.open_window(user)
    # Said once the window is shown and painted (queued after its first paint), so that a
    # start can be timed from outside; then the data key is looked up, as in a real start.
    QTimer.singleShot(0, lambda: print(f"{APP_NAME}: {SHOWN}", flush=True))
    QTimer.singleShot(0, lambda: app.look_up_the_data_key(interactive=False))
    QTimer.singleShot(quit_after_ms, lambda: _quit_once_the_dashboard_shows(app, window))
    code = app.qt_app.exec()
    if window.dashboard.figures is None:
        return _fail(
            app.qt_app.translate("Application", "The dashboard did not load its figures."),
            interactive=False,
        )
    print(
        f"{APP_NAME}: {window.windowTitle()} — {window.user.login}; "
        f"{window.dashboard.figures.as_dict()}"
    )
    return code
