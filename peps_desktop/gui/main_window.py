"""The main window: a header with the user's badge, navigation, and the areas that exist."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peps_desktop import APP_NAME
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.dashboard import DashboardFigures
from peps_desktop.gui.accounts import AccountsView
from peps_desktop.gui.accounts.audit_view import AuditView
from peps_desktop.gui.accounts.review.view import ReviewView
from peps_desktop.gui.contact.area import ContactArea
from peps_desktop.gui.contact.echanges_view import EchangesView
from peps_desktop.gui.dashboard_view import DashboardView
from peps_desktop.gui.inbox.area import InboxArea
from peps_desktop.gui.shared.resources import icon

HEADER_STYLE = """
#header { background: #1b3a6b; }
#header QLabel { color: white; }
#userBadge { color: white; background: #2c5394; border: none; border-radius: 14px;
             padding: 4px 12px; font-weight: bold; }
"""


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    settings_requested = Signal()

    def __init__(self, user: SignedIn, structure_name: str, dashboard: DashboardView) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.user = user
        self.structure_name = structure_name
        self.setWindowIcon(icon("peps-desktop"))
        self.resize(1280, 800)

        self.header = self._build_header()
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setFixedWidth(220)
        self.navigation.setIconSize(QSize(20, 20))
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        # The page of each navigation row; some pages (the audit log) have no row of their own.
        self._area_pages: list[QWidget] = []
        self._owners: dict[QWidget, QWidget] = {}
        self.navigation.currentRowChanged.connect(self._show_row)
        self.establishment_action: QAction | None = None
        self.accounts_view: AccountsView | None = None
        self.audit_view: AuditView | None = None
        self.review_view: ReviewView | None = None
        self.inbox: InboxArea | None = None
        self._unread_courriers: int | None = None

        self.dashboard = dashboard
        self.dashboard.refreshed.connect(self._figures_refreshed)
        self.add_area(self.tr("Dashboard"), "dashboard", dashboard)
        self.navigation.setCurrentRow(0)

        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.navigation)
        row.addWidget(self.pages, 1)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(self._build_server_banner())
        column.addWidget(body, 1)
        self.setCentralWidget(central)
        self.statusBar().setObjectName("statusBar")
        self._update_title()

    def _build_server_banner(self) -> QLabel:
        self.server_banner = QLabel(self.tr("Server unreachable — trying again…"))
        self.server_banner.setObjectName("serverBanner")
        self.server_banner.setStyleSheet(
            "#serverBanner { background: #fff4ce; color: #5c4400; padding: 6px 12px; "
            "border-bottom: 1px solid #e0c36a; font-weight: bold; }"
        )
        self.server_banner.setAccessibleName(self.tr("Connection to the server"))
        self.server_banner.hide()
        return self.server_banner

    def set_server_reachable(self, reachable: bool) -> None:
        """The banner while the shared store's server cannot be reached."""
        self.server_banner.setVisible(not reachable)

    def _build_header(self) -> QFrame:
        header = QFrame()
        header.setObjectName("header")
        header.setStyleSheet(HEADER_STYLE)
        title = QLabel(f"<b>{APP_NAME}</b> — {self.structure_name}")
        title.setObjectName("headerTitle")
        title.setTextFormat(Qt.TextFormat.RichText)
        self.badge = QToolButton()
        self.badge.setObjectName("userBadge")
        self.badge.setText(self.user.badge)
        self.badge.setIcon(icon("user"))
        self.badge.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.badge.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.badge.setAccessibleName(self.tr("User menu of {name}").format(name=self.user.badge))
        self.badge_menu = QMenu(self.badge)
        self.badge_menu.setObjectName("badgeMenu")
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.settings_requested)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.badge_menu.addActions([self.settings_action, self.sign_out_action])
        self.badge_menu.addSeparator()
        self.badge_menu.addAction(self.quit_action)
        self.addActions([self.settings_action, self.quit_action])
        self.badge.setMenu(self.badge_menu)
        row = QHBoxLayout(header)
        row.setContentsMargins(16, 8, 16, 8)
        row.addWidget(title)
        row.addStretch()
        row.addWidget(self.badge)
        return header

    def add_header_widget(self, widget: QWidget) -> None:
        """A control in the header, before the user's badge (the notification centre)."""
        row = self.header.layout()
        assert isinstance(row, QHBoxLayout)
        row.insertWidget(row.indexOf(self.badge), widget)

    def add_area(self, label: str, icon_name: str, page: QWidget) -> None:
        """Areas are added as their features land: an absent area is never faked."""
        item = QListWidgetItem(icon(icon_name), label)
        self.navigation.addItem(item)
        self.pages.addWidget(page)
        self._area_pages.append(page)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._area_pages):
            self.pages.setCurrentWidget(self._area_pages[row])

    def add_sub_page(self, page: QWidget, area: QWidget) -> None:
        """A page reached from an area (the audit log, the review): no navigation row."""
        self.pages.addWidget(page)
        self._owners[page] = area

    def show_page(self, page: QWidget) -> None:
        """Show `page`; the navigation marks its area (or the area it belongs to)."""
        self.pages.setCurrentWidget(page)
        owner = self._owners.get(page, page)
        if owner in self._area_pages:
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(self._area_pages.index(owner))
            self.navigation.blockSignals(False)
        page.setFocus()

    def add_inbox(self, inbox: InboxArea) -> None:
        """Vos courriers: its unread count goes to the navigation and the title."""
        self.inbox = inbox
        self.add_area(self._inbox_label(), "courriers", inbox)
        inbox.view.unread_changed.connect(self.set_unread_courriers)
        self.dashboard.inbox_requested.connect(lambda: self.show_page(inbox))

    def _inbox_label(self) -> str:
        if self._unread_courriers:
            return self.tr("Your courriers ({count})").format(count=self._unread_courriers)
        return self.tr("Your courriers")

    def set_unread_courriers(self, count: int) -> None:
        self._unread_courriers = count
        if self.inbox is not None:
            row = self._area_pages.index(self.inbox)
            item = self.navigation.item(row)
            item.setText(self._inbox_label())
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("Your courriers, {count} unread").format(count=count),
            )
        self._update_title()

    def add_contact(self, contact: QWidget, echanges: EchangesView | None) -> None:
        """Nous contacter (the help centre and its form) and Mes échanges."""
        self.add_area(self.tr("Contact us"), "new-request", contact)
        if echanges is not None:
            self.add_area(self.tr("My échanges"), "send", echanges)
        if isinstance(contact, ContactArea) and echanges is not None:
            contact.form.submitted.connect(lambda _reference: self._request_submitted(echanges))
            echanges.draft_requested.connect(lambda draft_id: self._open_draft(contact, draft_id))
            echanges.new_request_requested.connect(lambda: self._new_request(contact))

    def _open_draft(self, contact: ContactArea, draft_id: int) -> None:
        contact.open_draft(draft_id)
        self.show_page(contact)

    def _new_request(self, contact: ContactArea) -> None:
        contact.show_help_centre()
        self.show_page(contact)

    def _request_submitted(self, echanges: EchangesView) -> None:
        self.show_page(echanges)
        echanges.refresh()
        # Sent at once where a recipient is set; otherwise it waits, said in Mes échanges.
        if echanges.can_send():
            echanges.send_now()

    def add_intervenants(self, page: QWidget) -> None:
        """Mes intervenants: the structure's administrators, for everybody."""
        self.add_area(self.tr("My intervenants"), "intervenants", page)

    def add_administration(
        self, accounts: AccountsView, audit: AuditView, review: ReviewView
    ) -> None:
        """Account management, for administrators: "Mon établissement" in the badge's menu."""
        self.accounts_view = accounts
        self.audit_view = audit
        self.review_view = review
        self.add_area(self.tr("Account management"), "accounts", accounts)
        self.add_sub_page(audit, accounts)
        self.add_sub_page(review, accounts)
        self.establishment_action = QAction(icon("accounts"), self.tr("My &establishment"), self)
        self.establishment_action.setObjectName("establishmentAction")
        self.establishment_action.triggered.connect(lambda: self.show_page(accounts))
        self.badge_menu.insertAction(self.settings_action, self.establishment_action)
        self.badge_menu.insertSeparator(self.settings_action)
        accounts.audit_requested.connect(lambda: self.show_page(audit))
        audit.back_requested.connect(lambda: self.show_page(accounts))
        accounts.review_requested.connect(lambda: self.show_page(review))

    def area_labels(self) -> list[str]:
        return [self.navigation.item(row).text() for row in range(self.navigation.count())]

    def _figures_refreshed(self, figures: DashboardFigures | None) -> None:
        if figures is not None:
            self.set_unread_courriers(figures.unread_courriers)

    def _update_title(self) -> None:
        title = f"{APP_NAME} — {self.structure_name}"
        if self._unread_courriers == 1:
            title = self.tr("(1 unread) {title}").format(title=title)
        elif self._unread_courriers:
            title = self.tr("({count} unread) {title}").format(
                count=self._unread_courriers, title=title
            )
        self.setWindowTitle(title)
