"""Gestion des comptes: the structure's accounts for its administrators.

The rows are loaded off the GUI thread, then sorted and filtered in memory. Every change goes
through a core use case (one transaction, rules and permission checked there), off the GUI
thread too; a refusal is shown in the message bar, and the list is reloaded after a change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.accounts import admin as account_admin
from peps_desktop.core.accounts.account_list import AccountRow
from peps_desktop.core.accounts.admin import ActivationCode
from peps_desktop.core.accounts.administrators import RECOMMENDED_ADMINISTRATORS
from peps_desktop.core.accounts.enrolment import reset_second_factor
from peps_desktop.core.accounts.overview import (
    AccountsOverview,
    ServiceLabel,
    load_accounts_overview,
)
from peps_desktop.core.accounts.rules import STATUS_VERROUILLE, expiry_from
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import Clock
from peps_desktop.gui.accounts.actions import AccountActions
from peps_desktop.gui.accounts.code_panel import ActivationCodeDialog
from peps_desktop.gui.accounts.code_prompt import CodePrompt
from peps_desktop.gui.accounts.create_wizard import CreateAccountWizard
from peps_desktop.gui.accounts.edit_dialog import EditAccountDialog
from peps_desktop.gui.accounts.header import accounts_header, accounts_toolbar
from peps_desktop.gui.accounts.model import (
    AccountFilterProxy,
    AccountTableModel,
    Column,
    Entry,
    prepare_entries,
    sort_entries,
)
from peps_desktop.gui.accounts.table import accounts_table
from peps_desktop.gui.accounts.words import PROFILES, STATUSES, profile_label, status_label
from peps_desktop.gui.shared.message_bar import ERROR, INFO, WARNING, MessageBar
from peps_desktop.gui.shared.row_runs import row_runs
from peps_desktop.gui.shared.tasks import TaskRunner
from peps_desktop.store import Store

STYLE = """
#accountsTable { background: white; alternate-background-color: #f6f8fb;
                 border: 1px solid #d0d7e2; border-radius: 6px;
                 selection-background-color: #d6e4f7; selection-color: #0f1f38; }
#accountsTable QHeaderView::section { background: #eef2f8; color: #1b3a6b; font-weight: bold;
                 border: none; border-bottom: 1px solid #d0d7e2; padding: 6px; }
#accountsToolbar { border: none; spacing: 4px; }
#accountsToolbar QToolButton { padding: 4px 8px; border-radius: 4px; }
#accountsToolbar QToolButton:hover { background: #e6edf7; }
#accountsToolbar QToolButton:focus { border: 2px solid #1b5fbf; padding: 2px 6px; }
"""
PREVIEW_LOGINS = 5
BulkUseCase = Callable[[Store, Clock, SignedIn, Iterable[str], str | None], int]


class AccountsView(QWidget):
    # Wired by the main window to the other account screens.
    review_requested = Signal()
    succession_requested = Signal()
    import_requested = Signal()
    export_requested = Signal()
    audit_requested = Signal()
    # For whoever waits: the rows were (re)loaded; a change ended (done or refused).
    loaded = Signal()
    change_finished = Signal()

    def __init__(
        self, store: Store, clock: Clock, user: SignedIn, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountsView")
        self.setStyleSheet(STYLE)
        self._store = store
        self._clock = clock
        self._user = user
        self.services: list[ServiceLabel] = []
        self.overview: AccountsOverview | None = None
        self._reselect: set[str] = set()
        self._selection_before_change: set[str] = set()

        self.model = AccountTableModel(self)
        self.proxy = AccountFilterProxy(self.model, self)
        self.loader = TaskRunner(self)
        self.loader.refused.connect(self._load_refused)
        self.loader.finished.connect(self._load_ended)
        self._stale = False
        self.changer = TaskRunner(self)
        self.changer.refused.connect(self._change_refused)
        self.changer.finished.connect(self._change_ended)
        self.actions_ = AccountActions(self)

        self.administrators_banner = MessageBar("administratorsBanner", closable=False)
        self.message_bar = MessageBar("accountsMessage")
        self.table = self._build_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(accounts_header(self.actions_))
        layout.addWidget(self.administrators_banner)
        layout.addWidget(self.message_bar)
        layout.addWidget(self._build_toolbar())
        layout.addLayout(self._build_filters())
        layout.addWidget(self.table, 1)
        self._connect_actions()
        self._update_actions()

    # --- building ------------------------------------------------------------------------

    def _build_toolbar(self) -> QToolBar:
        toolbar = accounts_toolbar(self.actions_)
        for action in self.actions_.all():
            self.addAction(action)  # shortcuts work even for actions shown in a menu
        return toolbar

    def _build_filters(self) -> QHBoxLayout:
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("accountsSearchEdit")
        self.search_edit.setPlaceholderText(self.tr("Search by name, login or email (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search the accounts"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._filters_changed)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("accountsStatusFilter")
        self.status_combo.setAccessibleName(self.tr("Filter by status"))
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.currentIndexChanged.connect(self._filters_changed)
        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("accountsProfileFilter")
        self.profile_combo.setAccessibleName(self.tr("Filter by profile"))
        self.profile_combo.addItem(self.tr("All profiles"), None)
        for profile in PROFILES:
            self.profile_combo.addItem(profile_label(profile), profile)
        self.profile_combo.currentIndexChanged.connect(self._filters_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("accountsCountLabel")
        self.count_label.setStyleSheet("color: #5a6470;")
        row = QHBoxLayout()
        row.addWidget(self.search_edit, 1)  # what is left: its hint whole on a 1024-pixel screen
        row.addWidget(self.status_combo)
        row.addWidget(self.profile_combo)
        row.addWidget(self.count_label)
        find = QAction(self.tr("Search the accounts"), self)
        find.setObjectName("findAccountsAction")
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self._focus_search)
        self.addAction(find)
        return row

    def _build_table(self) -> QTableView:
        table = accounts_table(self.proxy)
        table.customContextMenuRequested.connect(self._context_menu)
        table.doubleClicked.connect(lambda _index: self.modify_selected())
        table.activated.connect(lambda _index: self.modify_selected())
        table.selectionModel().selectionChanged.connect(self._update_actions)
        return table

    def _connect_actions(self) -> None:
        actions = self.actions_
        actions.create.triggered.connect(self.create_account)
        actions.modify.triggered.connect(self.modify_selected)
        actions.renew.triggered.connect(self.renew_selected)
        actions.unlock.triggered.connect(self.unlock_selected)
        actions.new_code.triggered.connect(self.issue_code_selected)
        actions.reset_factor.triggered.connect(self.reset_second_factor_selected)
        actions.delete.triggered.connect(self.delete_selected)
        actions.review.triggered.connect(self.review_requested)
        actions.succession.triggered.connect(self.succession_requested)
        actions.import_.triggered.connect(self.import_requested)
        actions.export.triggered.connect(self.export_requested)
        actions.audit.triggered.connect(self.audit_requested)
        actions.refresh.triggered.connect(self.refresh)

    # --- loading -------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self.overview is None:
            self.refresh()

    def refresh(self, reselect: set[str] | None = None) -> None:
        """Reload the rows; the selection is kept (or set to `reselect`'s logins)."""
        self._reselect = (
            reselect if reselect is not None else {row.login for row in self.selected_rows()}
        )
        if self.loader.busy:
            self._stale = True  # reloaded again when the running load ends
            return
        store, clock, user = self._store, self._clock, self._user

        sort_state = self.model.sort_state

        def load() -> tuple[AccountsOverview, list[Entry], tuple[Column | None, Qt.SortOrder]]:
            # Off the GUI thread: read, prepare and sort; the GUI thread only installs.
            overview = load_accounts_overview(store, clock, user)
            order = tuple(service.code for service in overview.services)
            entries = prepare_entries(overview.rows, order)
            column, direction = sort_state
            if column is not None:
                entries = sort_entries(entries, column, direction)
            return overview, entries, sort_state

        self.loader.run(load, self._show_overview)

    def _load_ended(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh(self._reselect)

    def _show_overview(
        self, loaded: tuple[AccountsOverview, list[Entry], tuple[Column | None, Qt.SortOrder]]
    ) -> None:
        overview, entries, sorted_by = loaded
        self.overview = overview
        self.services = overview.services
        order = tuple(service.code for service in overview.services)
        self.model.set_rows(overview.rows, order, entries, sorted_by)
        self._show_administrators_banner(overview)
        self._restore_selection()
        self._update_count()
        self._update_actions()
        self.loaded.emit()

    def _show_administrators_banner(self, overview: AccountsOverview) -> None:
        if not overview.needs_more_administrators:
            self.administrators_banner.hide()
            return
        if overview.active_administrators == 1:
            headline = self.tr(
                "Your structure has only one active administrator; {recommended} are recommended"
            )
        else:
            headline = self.tr(
                "Your structure has %n active administrator(s); {recommended} are recommended",
                "",
                overview.active_administrators,
            )
        headline = headline.format(recommended=RECOMMENDED_ADMINISTRATORS)
        advice = self.tr(
            "for the holidays, and so that someone can always unlock an account. Give the "
            "administrator profile to another account."
        )
        self.administrators_banner.show_message(f"<b>{headline}</b>, {advice}", WARNING)

    def _restore_selection(self) -> None:
        wanted, self._reselect = self._reselect, set()
        self.select_logins(wanted)

    def select_logins(self, logins: set[str]) -> None:
        """Select these accounts among those shown, in runs of neighbouring rows."""
        numbers = [
            number
            for number, row in enumerate(self.proxy.rows_at(list(range(self.proxy.rowCount()))))
            if row.login in logins
        ]
        selection = QItemSelection()
        last_column = self.proxy.columnCount() - 1
        for first, last in row_runs(numbers):
            selection.select(self.proxy.index(first, 0), self.proxy.index(last, last_column))
        self.table.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _load_refused(self, message: str) -> None:
        self.show_message(message, ERROR)
        self.loaded.emit()

    # --- filters and selection -----------------------------------------------------------

    def _filters_changed(self) -> None:
        self.proxy.set_filters(
            self.search_edit.text(),
            self.status_combo.currentData(),
            self.profile_combo.currentData(),
        )
        self._update_count()
        self._update_actions()

    def show_only(self, status: str | None) -> None:
        """The accounts of one status, every other filter cleared (the dashboard's links)."""
        self.search_edit.clear()
        self.profile_combo.setCurrentIndex(0)
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(status), 0))

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("%Ln account(s)", "", total)
        else:
            text = self.tr("{shown} of %Ln account(s)", "", total).format(
                shown=self.locale().toString(shown)
            )
        self.count_label.setText(text)

    def selected_rows(self) -> list[AccountRow]:
        numbers: set[int] = set()
        selection = self.table.selectionModel().selection()
        for number in range(selection.count()):
            selected = selection.at(number)
            numbers.update(range(selected.top(), selected.bottom() + 1))
        return self.proxy.rows_at(sorted(numbers))

    def _update_actions(self) -> None:
        rows = self.selected_rows()
        idle = not self.changer.busy
        self.actions_.create.setEnabled(idle and bool(self.services))
        self.actions_.modify.setEnabled(idle and len(rows) == 1)
        self.actions_.new_code.setEnabled(idle and len(rows) == 1)
        self.actions_.reset_factor.setEnabled(
            idle and len(rows) == 1 and rows[0].login != self._user.login
        )
        self.actions_.renew.setEnabled(idle and bool(rows))
        self.actions_.delete.setEnabled(idle and bool(rows))
        self.actions_.unlock.setEnabled(
            idle and any(row.status == STATUS_VERROUILLE for row in rows)
        )

    def _context_menu(self, position: QPoint) -> None:
        if not self.selected_rows():
            return
        menu = QMenu(self)
        menu.addActions(self.actions_.on_selection())
        menu.popup(self.table.viewport().mapToGlobal(position))

    # --- asking --------------------------------------------------------------------------

    def confirm(self, title: str, question: str, details: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self)
        box.setInformativeText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def show_message(self, text: str, kind: str = INFO) -> None:
        self.message_bar.show_message(text, kind)

    def show_code(self, code: ActivationCode, holder: str) -> None:
        dialog = ActivationCodeDialog(code, holder, self)
        dialog.exec()
        dialog.deleteLater()

    def new_wizard(self) -> CreateAccountWizard:
        wizard = CreateAccountWizard(self._store, self._clock, self._user, self.services, self)
        wizard.created.connect(self._account_created)
        wizard.modify_requested.connect(self._modify_holder)
        return wizard

    def _modify_holder(self, login: str) -> None:
        """The new account's person holds one already: modify theirs, once the wizard closed."""
        self.search_edit.clear()
        self.status_combo.setCurrentIndex(0)
        self.profile_combo.setCurrentIndex(0)
        self.select_logins({login})
        QTimer.singleShot(0, self.modify_selected)

    def new_edit_dialog(self, row: AccountRow) -> EditAccountDialog:
        return EditAccountDialog(self._store, self._clock, self._user, row, self.services, self)

    # --- changes -------------------------------------------------------------------------

    def create_account(self) -> None:
        wizard = self.new_wizard()
        wizard.exec()
        wizard.deleteLater()

    def _account_created(self, code: ActivationCode) -> None:
        self.show_message(self.tr("Account {login} created.").format(login=code.login))
        self.refresh({code.login})

    def modify_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1 or self.changer.busy:
            return
        dialog = self.new_edit_dialog(rows[0])
        if dialog.exec() == EditAccountDialog.DialogCode.Accepted:
            self.show_message(self.tr("Account {login} saved.").format(login=rows[0].login))
            self.refresh()
        dialog.deleteLater()

    def issue_code_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1 or self.changer.busy:
            return
        row = rows[0]
        holder = f"{row.prenom} {row.nom}"
        if not self.confirm(
            self.tr("New activation code"),
            self.tr("Issue a new activation code for {holder} ({login})?").format(
                holder=holder, login=row.login
            ),
            self.tr(
                "For a forgotten password: their current password stops working at once, and "
                "they choose a new one with the code. A locked account is unlocked."
            ),
        ):
            return
        confirmation = self.ask_code(self.tr("Issuing an activation code"))
        if confirmation is None:
            return
        store, clock, user, login = self._store, self._clock, self._user, row.login

        def issued(code: ActivationCode) -> None:
            self.show_message(
                self.tr("A new activation code was issued for {login}.").format(login=login)
            )
            self.show_code(code, holder)

        self._change(
            lambda: account_admin.issue_activation_code(store, clock, user, login, confirmation),
            issued,
        )

    def reset_second_factor_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1 or self.changer.busy:
            return
        row = rows[0]
        if not self.confirm(
            self.tr("New authenticator"),
            self.tr("Reset the second factor of {prenom} {nom} ({login})?").format(
                prenom=row.prenom, nom=row.nom, login=row.login
            ),
            self.tr(
                "For a lost or replaced phone: their authenticator app, recovery codes and "
                "trusted computers stop working, and they set up a new app at their next "
                "sign-in, with their password. Check first that you are speaking to them."
            ),
        ):
            return
        code = self.ask_code(self.tr("Resetting a second factor"))
        if code is None:
            return
        store, clock, user, login = self._store, self._clock, self._user, row.login
        self._change(
            lambda: reset_second_factor(store, clock, user, code, login),
            lambda _none: self.show_message(
                self.tr("{login} sets up a new authenticator at the next sign-in.").format(
                    login=login
                )
            ),
        )

    def ask_code(self, action: str) -> str | None:
        """The acting administrator's code, or None if cancelled (tests replace this)."""
        return CodePrompt.ask(action, self._user.login, self)

    def renew_selected(self) -> None:
        rows = self.selected_rows()
        until = expiry_from(self._clock.now().date()).strftime("%d/%m/%Y")
        if not rows or not self.confirm(
            self.tr("Renew accounts"),
            self.tr("Renew %n account(s)?", "", len(rows)),
            self.tr("They will expire on {date}, 18 months from today.").format(date=until)
            + self._preview(rows),
        ):
            return
        self._bulk(
            account_admin.renew_accounts,
            self.tr("Renewing accounts"),
            rows,
            lambda count: self.tr("%n account(s) renewed until {date}.", "", count).format(
                date=until
            ),
        )

    def unlock_selected(self) -> None:
        rows = [row for row in self.selected_rows() if row.status == STATUS_VERROUILLE]
        if not rows or not self.confirm(
            self.tr("Unlock accounts"),
            self.tr("Unlock %n account(s)?", "", len(rows)),
            self.tr("Their holders can sign in again with their password.") + self._preview(rows),
        ):
            return
        self._bulk(
            account_admin.unlock_accounts,
            self.tr("Unlocking accounts"),
            rows,
            lambda count: self.tr("%n account(s) unlocked.", "", count),
        )

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if not rows or not self.confirm(
            self.tr("Delete accounts"),
            self.tr("Delete %n account(s)?", "", len(rows)),
            self.tr(
                "Delete the accounts of people who have left the structure. A deleted account "
                "cannot be restored, and its login is never used again."
            )
            + self._preview(rows),
        ):
            return
        self._bulk(
            account_admin.delete_accounts,
            self.tr("Deleting accounts"),
            rows,
            lambda count: self.tr("%n account(s) deleted.", "", count),
        )

    def _preview(self, rows: list[AccountRow]) -> str:
        names = [f"{row.prenom} {row.nom} ({row.login})" for row in rows[:PREVIEW_LOGINS]]
        if len(rows) > PREVIEW_LOGINS:
            names.append(self.tr("and %n more", "", len(rows) - PREVIEW_LOGINS))
        return "\n\n" + "\n".join(names)

    def _bulk(
        self,
        use_case: BulkUseCase,
        action: str,
        rows: list[AccountRow],
        done: Callable[[int], str],
    ) -> None:
        code = self.ask_code(action)
        if code is None:
            return
        store, clock, user = self._store, self._clock, self._user
        logins = [row.login for row in rows]
        self._change(
            lambda: use_case(store, clock, user, logins, code),
            lambda count: self.show_message(done(count)),
        )

    def _change(self, work: Callable[[], Any], on_success: Callable[[Any], None]) -> None:
        self._selection_before_change = {row.login for row in self.selected_rows()}
        if self.changer.run(work, on_success):
            self.setCursor(Qt.CursorShape.BusyCursor)
            self._update_actions()

    def _change_refused(self, message: str) -> None:
        # Each change is one transaction: refused means nothing at all was written.
        self.show_message(self.tr("Nothing was changed. {reason}").format(reason=message), ERROR)

    def _change_ended(self) -> None:
        self.unsetCursor()
        self._update_actions()
        self.refresh(self._selection_before_change)
        self.change_finished.emit()
