"""The main window: a header with the user's badge, navigation, and the areas that exist.

Areas may be added built or lazily (gui/shared/lazy_area.py): a lazy area's row is there from
the start, its pages are made the first time the row is chosen or one of its views is asked
for (`accounts_view`, `echanges_view`…).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

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
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peps_desktop import APP_NAME
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.dashboard import DashboardFigures
from peps_desktop.gui.dashboard.destinations import open_courrier, open_destination
from peps_desktop.gui.dashboard.view import DashboardView
from peps_desktop.gui.page_history import PageHistory
from peps_desktop.gui.shared.lazy_area import LazyArea
from peps_desktop.gui.shared.resources import icon
from peps_desktop.i18n import format_number, french_of

if TYPE_CHECKING:  # built on first use: not imported with the window
    from peps_desktop.gui.accounts.audit_view import AuditView
    from peps_desktop.gui.accounts.review.view import ReviewView
    from peps_desktop.gui.accounts.view import AccountsView
    from peps_desktop.gui.contact.area import ContactArea
    from peps_desktop.gui.contact.echanges_view import EchangesView
    from peps_desktop.gui.inbox.area import InboxArea

Administration = tuple["AccountsView", "AuditView", "ReviewView"]

HEADER_STYLE = """
#header { background: #1b3a6b; }
#header QLabel { color: white; }
#userBadge { color: white; background: #2c5394; border: none; border-radius: 14px;
             padding: 4px 12px; font-weight: bold; }
#userBadge:focus { border: 2px solid #ffd166; padding: 2px 10px; }
#header QLabel#administratorMark { color: #1b3a6b; background: #ffd166; border-radius: 11px;
             font-weight: bold; }
"""
MAX_AREA_SHORTCUTS = 9
# The navigation's width: never narrower than this; the icon, the gaps around it and the text's
# own margins beside its widest label.
NAVIGATION_LEAST_WIDTH = 160
NAVIGATION_ITEM_MARGINS = 24


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    settings_requested = Signal()
    about_requested = Signal()
    my_account_requested = Signal()
    cgu_requested = Signal()

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
        self.navigation.setFixedWidth(NAVIGATION_LEAST_WIDTH)
        self.navigation.setIconSize(QSize(20, 20))
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        # The page of each navigation row; some pages (the audit log) have no row of their own.
        self._area_pages: list[QWidget] = []
        self._owners: dict[QWidget, QWidget] = {}
        self.navigation.currentRowChanged.connect(self._show_row)
        self.history = PageHistory(self)
        self.history.page_wanted.connect(self._show_from_history)
        self.establishment_action: QAction | None = None
        self._accounts_view: AccountsView | None = None
        self._audit_view: AuditView | None = None
        self._review_view: ReviewView | None = None
        self._echanges_view: EchangesView | None = None
        self._lazy_areas: dict[QWidget, LazyArea] = {}  # by placeholder, until built
        self._administration: LazyArea | None = None
        self._contact: LazyArea | None = None
        self.inbox: InboxArea | None = None
        self._unread_courriers: int | None = None

        self.dashboard = dashboard
        self.dashboard.refreshed.connect(self._figures_refreshed)
        dashboard.destination_requested.connect(lambda where: open_destination(self, where))
        dashboard.courrier_requested.connect(lambda number: open_courrier(self, number))
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
        column.addWidget(self._build_cgu_banner())
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
        name = f"{self.user.prenom} {self.user.nom}"
        self.badge.setText(name)
        self.badge.setIcon(icon("user"))
        self.badge.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.badge.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.badge.setAccessibleName(
            self.tr("User menu of {name}").format(name=name, of_name=french_of(name))
        )
        # PEP's marks an administrator with an « a » before the name: here a round mark of
        # its own, named for what it means, rather than a letter that reads like a typo.
        self.administrator_mark = QLabel(self.tr("a", "administrator mark"))
        self.administrator_mark.setObjectName("administratorMark")
        self.administrator_mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.administrator_mark.setFixedSize(22, 22)
        self.administrator_mark.setToolTip(self.tr("Administrator"))
        self.administrator_mark.setAccessibleName(self.tr("Administrator"))
        self.administrator_mark.setVisible(self.user.is_administrator)
        self.badge_menu = QMenu(self.badge)
        self.badge_menu.setObjectName("badgeMenu")
        self.my_account_action = QAction(icon("user"), self.tr("My &account…"), self)
        self.my_account_action.setObjectName("myAccountAction")
        self.my_account_action.triggered.connect(self.my_account_requested)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.settings_requested)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self.tr("&About PEP's Desktop"), self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.triggered.connect(self.about_requested)
        self.badge_menu.addActions(
            [
                self.my_account_action,
                self.settings_action,
                self.about_action,
                self.sign_out_action,
            ]
        )
        self.badge_menu.addSeparator()
        self.badge_menu.addAction(self.quit_action)
        self.addActions([self.settings_action, self.quit_action])
        self.badge.setMenu(self.badge_menu)
        row = QHBoxLayout(header)
        row.setContentsMargins(16, 8, 16, 8)
        row.addWidget(title)
        row.addStretch()
        row.addWidget(self.administrator_mark)
        row.addWidget(self.badge)
        return header

    def _build_cgu_banner(self) -> QFrame:
        """Shown while the structure's conditions of use wait for an administrator."""
        banner = QFrame()
        banner.setObjectName("cguBanner")
        banner.setStyleSheet(
            "#cguBanner { background: #fff4e0; border-bottom: 1px solid #e0a526; }"
            " #cguBanner QLabel { color: #5c3b00; }"
        )
        self.cgu_label = QLabel()
        self.cgu_label.setObjectName("cguBannerText")
        self.cgu_label.setWordWrap(True)
        self.cgu_button = QPushButton()
        self.cgu_button.setObjectName("cguBannerButton")
        self.cgu_button.clicked.connect(self.cgu_requested)
        row = QHBoxLayout(banner)
        row.setContentsMargins(16, 6, 16, 6)
        row.addWidget(self.cgu_label, 1)
        row.addWidget(self.cgu_button)
        banner.hide()
        self.cgu_banner = banner
        return banner

    def show_cgu_banner(self, waiting: bool) -> None:
        """`waiting`: the current conditions of use are not accepted for the structure."""
        if self.user.is_administrator:
            self.cgu_label.setText(
                self.tr(
                    "The conditions of use of PEP's are not accepted yet for your structure: "
                    "as its administrator, read and accept them."
                )
            )
            self.cgu_button.setText(self.tr("Read and &accept…"))
        else:
            self.cgu_label.setText(
                self.tr(
                    "The conditions of use of PEP's are not accepted yet for your structure: "
                    "an administrator of your structure must accept them."
                )
            )
            self.cgu_button.setText(self.tr("&Read them"))
        self.cgu_banner.setVisible(waiting)

    def add_header_widget(self, widget: QWidget) -> None:
        """A control in the header, before the user's badge (the notification centre)."""
        row = self.header.layout()
        assert isinstance(row, QHBoxLayout)
        row.insertWidget(row.indexOf(self.administrator_mark), widget)

    def add_area(self, label: str, icon_name: str, page: QWidget) -> None:
        """Areas are added as their features land: an absent area is never faked. The first
        nine are reached with Ctrl+1…9, in their order."""
        item = QListWidgetItem(icon(icon_name), label)
        number = self.navigation.count() + 1
        if number <= MAX_AREA_SHORTCUTS:
            shortcut = QKeySequence(f"Ctrl+{number}")
            item.setToolTip(shortcut.toString(QKeySequence.SequenceFormat.NativeText))
            switch = QAction(self)
            switch.setObjectName(f"showArea{number}")
            switch.setShortcut(shortcut)
            switch.triggered.connect(lambda _checked=False, row=number - 1: self.show_area(row))
            self.addAction(switch)
        self.navigation.addItem(item)
        self.pages.addWidget(page)
        self._area_pages.append(page)
        self._fit_navigation()

    def _fit_navigation(self) -> None:
        """As wide as its longest label, the inbox's with the largest count it may show, and no
        wider: on a 1024-pixel screen, what it leaves goes to the lists."""
        labels = [self.navigation.item(row).text() for row in range(self.navigation.count())]
        if self.inbox is not None:
            labels.append(self.tr("Your courriers ({count})").format(count=format_number(88888)))
        metrics = self.navigation.fontMetrics()
        widest = max((metrics.horizontalAdvance(label) for label in labels), default=0)
        room = self.navigation.iconSize().width() + NAVIGATION_ITEM_MARGINS
        width = max(NAVIGATION_LEAST_WIDTH, widest + room + 2 * self.navigation.frameWidth())
        self.navigation.setFixedWidth(width)

    def show_area(self, row: int) -> None:
        if 0 <= row < len(self._area_pages):
            self.show_page(self._area_pages[row])

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._area_pages):
            page = self._built(self._area_pages[row])
            self.pages.setCurrentWidget(page)
            self.history.visit(page)

    def _show_from_history(self, page: QWidget) -> None:
        self.show_page(page, remember=False)

    # --- lazy areas ---------------------------------------------------------------------------

    def add_lazy_area(
        self, rows: Sequence[tuple[str, str]], build: Callable[[], Sequence[QWidget]], name: str
    ) -> LazyArea:
        """Navigation rows (label, icon name) whose pages `build` makes on first use."""
        area = LazyArea(build, len(rows), name)
        for (label, icon_name), placeholder in zip(rows, area.placeholders, strict=True):
            self.add_area(label, icon_name, placeholder)
            self._lazy_areas[placeholder] = area
        area.when_built(lambda pages: self._put_in_place(area, pages))
        return area

    def _built(self, page: QWidget) -> QWidget:
        """The page itself: a lazy area's placeholder is first replaced by its page."""
        area = self._lazy_areas.get(page)
        return page if area is None else area.page_for(page)

    def _put_in_place(self, area: LazyArea, pages: Sequence[QWidget]) -> None:
        for placeholder, page in zip(area.placeholders, pages, strict=True):
            self.pages.insertWidget(self.pages.indexOf(placeholder), page)
            self.pages.removeWidget(placeholder)
            self._area_pages[self._area_pages.index(placeholder)] = page
            del self._lazy_areas[placeholder]
            placeholder.deleteLater()

    @staticmethod
    def _build(area: LazyArea | None) -> None:
        if area is not None:
            area.pages()

    def add_sub_page(self, page: QWidget, area: QWidget) -> None:
        """A page reached from an area (the audit log, the review): no navigation row."""
        self.pages.addWidget(page)
        self._owners[page] = area

    def show_page(self, page: QWidget, remember: bool = True) -> None:
        """Show `page`; the navigation marks its area (or the area it belongs to). Alt+Left
        and Alt+Right go back and forth between the pages shown."""
        page = self._built(page)
        self.pages.setCurrentWidget(page)
        if remember:
            self.history.visit(page)
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

    def _inbox_label(self) -> str:
        if self._unread_courriers:
            return self.tr("Your courriers ({count})").format(
                count=format_number(self._unread_courriers)
            )
        return self.tr("Your courriers")

    def set_unread_courriers(self, count: int) -> None:
        self._unread_courriers = count
        if self.inbox is not None:
            row = self._area_pages.index(self.inbox)
            item = self.navigation.item(row)
            item.setText(self._inbox_label())
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("Your courriers, %Ln unread", "", count),
            )
        self._update_title()

    def add_contact(self, contact: QWidget, echanges: EchangesView | None) -> None:
        """Nous contacter (the help centre and its form) and Mes échanges."""
        self.add_area(self.tr("Contact us"), "new-request", contact)
        if echanges is not None:
            self.add_area(self.tr("My échanges"), "send", echanges)
        self._wire_contact(contact, echanges)

    def add_contact_lazily(
        self, build: Callable[[], tuple[QWidget, EchangesView | QWidget]]
    ) -> None:
        """The same two rows, their pages made on first use (`echanges_view` makes them)."""

        def pages() -> list[QWidget]:
            contact, echanges = build()
            self._wire_contact(contact, echanges)
            return [contact, echanges]

        rows = [(self.tr("Contact us"), "new-request"), (self.tr("My échanges"), "send")]
        self._contact = self.add_lazy_area(rows, pages, "contact")

    @property
    def has_echanges(self) -> bool:
        """Whether the window has Mes échanges, made or still to make."""
        return self._contact is not None or self._echanges_view is not None

    @property
    def echanges_view(self) -> EchangesView | None:
        """Mes échanges, made now if it was not yet; None where there is none."""
        self._build(self._contact)
        return self._echanges_view

    def _wire_contact(self, contact: QWidget, echanges: QWidget | None) -> None:
        from peps_desktop.gui.contact.area import ContactArea
        from peps_desktop.gui.contact.echanges_view import EchangesView

        if not isinstance(echanges, EchangesView):
            return
        self._echanges_view = echanges
        if isinstance(contact, ContactArea):
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

    def add_intervenants_lazily(self, build: Callable[[], QWidget]) -> None:
        self.add_lazy_area(
            [(self.tr("My intervenants"), "intervenants")], lambda: [build()], "intervenants"
        )

    def add_administration(
        self, accounts: AccountsView, audit: AuditView, review: ReviewView
    ) -> None:
        """Account management, for administrators: "Mon établissement" in the badge's menu."""
        self.add_area(self.tr("Account management"), "accounts", accounts)
        self._wire_administration(accounts, audit, review)
        self._add_establishment_action()

    def add_administration_lazily(self, build: Callable[[], Administration]) -> None:
        """The same, its views made on first use (`accounts_view` and the others make them)."""

        def pages() -> list[QWidget]:
            accounts, audit, review = build()
            self._wire_administration(accounts, audit, review)
            return [accounts]

        rows = [(self.tr("Account management"), "accounts")]
        self._administration = self.add_lazy_area(rows, pages, "administration")
        self._add_establishment_action()

    @property
    def administration_built(self) -> bool:
        return self._accounts_view is not None

    @property
    def accounts_view(self) -> AccountsView | None:
        """The accounts' view, made now if it was not yet; None for a utilisateur."""
        self._build(self._administration)
        return self._accounts_view

    @property
    def audit_view(self) -> AuditView | None:
        self._build(self._administration)
        return self._audit_view

    @property
    def review_view(self) -> ReviewView | None:
        self._build(self._administration)
        return self._review_view

    def _wire_administration(
        self, accounts: AccountsView, audit: AuditView, review: ReviewView
    ) -> None:
        self._accounts_view = accounts
        self._audit_view = audit
        self._review_view = review
        self.add_sub_page(audit, accounts)
        self.add_sub_page(review, accounts)
        accounts.audit_requested.connect(lambda: self.show_page(audit))
        audit.back_requested.connect(lambda: self.show_page(accounts))
        accounts.review_requested.connect(lambda: self.show_page(review))
        review.back_requested.connect(lambda: self.show_page(accounts))

    def _add_establishment_action(self) -> None:
        self.establishment_action = QAction(icon("accounts"), self.tr("My &establishment"), self)
        self.establishment_action.setObjectName("establishmentAction")
        self.establishment_action.triggered.connect(self._show_accounts)
        self.badge_menu.insertAction(self.settings_action, self.establishment_action)
        self.badge_menu.insertSeparator(self.settings_action)

    def _show_accounts(self) -> None:
        accounts = self.accounts_view
        if accounts is not None:
            self.show_page(accounts)

    def area_labels(self) -> list[str]:
        return [self.navigation.item(row).text() for row in range(self.navigation.count())]

    def _figures_refreshed(self, figures: DashboardFigures | None) -> None:
        if figures is not None:
            self.set_unread_courriers(figures.unread_courriers)

    def _update_title(self) -> None:
        title = f"{APP_NAME} — {self.structure_name}"
        if self._unread_courriers:
            title = self.tr("(%Ln unread) {title}", "", self._unread_courriers).format(title=title)
        self.setWindowTitle(title)
