"""Tableau de bord: live figures from the store, loaded off the GUI thread, each a link to the
view that lists what it counts; under them, the courriers to handle first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.accounts.succession import SuccessionTask
from peps_desktop.core.dashboard import DashboardFigures
from peps_desktop.gui.dashboard.cards import ACCOUNTS_GROUP, INBOX_ACTION, Card, cards
from peps_desktop.gui.dashboard.first_to_handle import FirstToHandle
from peps_desktop.gui.shared.workers import Job, start
from peps_desktop.i18n import french_of

REFRESH_INTERVAL_MS = 60_000
WARNING_STYLE = (
    "background: #fff4e5; color: #663c00; border: 1px solid #f0b35b; border-radius: 6px; "
    "padding: 8px;"
)
CARD_STYLE = """
FigureCard { background: white; border: 1px solid #d0d7e2; border-radius: 8px; }
FigureCard[alert="true"] { border: 1px solid #d9534f; background: #fff7f6; }
"""
VALUE_STYLE = "font-size: 24pt; font-weight: bold; color: %s;"
COLUMNS = 4


class FigureCard(QFrame):
    def __init__(self, name: str, caption: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(CARD_STYLE)
        self.value_label = QLabel("…")
        self.value_label.setObjectName(f"{name}Value")
        self.value_label.setStyleSheet(VALUE_STYLE % "#1b3a6b")
        self.caption_label = QLabel(caption)
        self.caption_label.setWordWrap(True)
        self.detail_label = QLabel()
        self.detail_label.setObjectName(f"{name}Detail")
        self.detail_label.setStyleSheet("color: #5a6470;")
        self.detail_label.setWordWrap(True)
        self.detail_label.hide()
        self._alert: bool | None = None  # as last styled
        self._column = QVBoxLayout(self)
        self._column.addWidget(self.value_label)
        self._column.addWidget(self.caption_label)
        self._column.addWidget(self.detail_label)
        self._column.addStretch()
        self.setAccessibleName(caption)

    def add_link(self, name: str, text: str) -> QPushButton:
        """A flat button under the caption: where to go from this figure."""
        link = QPushButton(text)
        link.setObjectName(name)
        link.setFlat(True)
        link.setCursor(Qt.CursorShape.PointingHandCursor)
        link.setStyleSheet("text-align: left; color: #2c5394; text-decoration: underline;")
        link.setAccessibleName(f"{text} ({self.accessibleName()})")
        self._column.addWidget(link)
        return link

    def set_value(self, text: str, detail: str = "", alert: bool = False) -> None:
        self.value_label.setText(text)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        if alert != self._alert:  # styling again re-polishes the card: only when it turns
            self._alert = alert
            self.value_label.setStyleSheet(VALUE_STYLE % ("#b00020" if alert else "#1b3a6b"))
            self.setProperty("alert", alert)
            self.style().unpolish(self)
            self.style().polish(self)
        self.setAccessibleDescription(f"{text} {detail}".strip())


class DashboardView(QWidget):
    """Shows the figures `load` computes; refreshes on show and every minute."""

    refreshed = Signal(object)
    delete_leaver_requested = Signal(int)  # a succession's id
    # A card's link, or the courriers list: where to go (see gui/dashboard/cards.py).
    destination_requested = Signal(str)
    courrier_requested = Signal(int)  # a courrier's id, to open

    def __init__(
        self,
        load: Callable[[], DashboardFigures],
        administrator: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardView")
        self._load = load
        self._job: Job | None = None
        self.figures: DashboardFigures | None = None

        title = QLabel(self.tr("<h2>Dashboard</h2>"))
        self.updated_label = QLabel()
        self.updated_label.setObjectName("dashboardUpdatedLabel")
        self.updated_label.setStyleSheet("color: #5a6470;")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("refreshDashboardButton")
        self.refresh_button.clicked.connect(self.refresh)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch()
        heading.addWidget(self.updated_label)
        heading.addWidget(self.refresh_button)

        self.administrators_warning = QLabel(
            self.tr(
                "Your structure has fewer than two active administrators. Name a second one: "
                "it helps during holidays and to unlock accounts."
            )
        )
        self.administrators_warning.setObjectName("administratorsWarning")
        self.administrators_warning.setWordWrap(True)
        self.administrators_warning.setStyleSheet(WARNING_STYLE)
        self.administrators_warning.setVisible(False)
        self.contact_warning = QLabel()
        self.contact_warning.setObjectName("contactDetailsWarning")
        self.contact_warning.setWordWrap(True)
        self.contact_warning.setStyleSheet(WARNING_STYLE)
        self.contact_warning.setVisible(False)
        self.tasks_box = QGroupBox(self.tr("To do"))
        self.tasks_box.setObjectName("dashboardTasks")
        self.tasks_layout = QVBoxLayout(self.tasks_box)
        self.tasks_box.setVisible(False)
        self.error_label = QLabel()
        self.error_label.setObjectName("dashboardErrorLabel")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setVisible(False)

        self.cards: dict[str, tuple[Card, FigureCard]] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        shown = [card for card in cards() if administrator or card.group != ACCOUNTS_GROUP]
        for number, card in enumerate(shown):
            widget = FigureCard(card.name, card.caption)
            link = widget.add_link(f"{card.name}Link", card.link)
            link.clicked.connect(
                lambda _checked=False, where=card.destination: self.destination_requested.emit(
                    where
                )
            )
            self.cards[card.name] = (card, widget)
            grid.addWidget(widget, number // COLUMNS, number % COLUMNS)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)

        self.first_to_handle = FirstToHandle()
        self.first_to_handle.courrier_requested.connect(self.courrier_requested)
        self.first_to_handle.all_requested.connect(
            lambda: self.destination_requested.emit(INBOX_ACTION)
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 16)
        layout.addLayout(heading)
        layout.addWidget(self.administrators_warning)
        layout.addWidget(self.contact_warning)
        layout.addWidget(self.tasks_box)
        layout.addLayout(grid)
        layout.addWidget(self.error_label)
        layout.addWidget(self.first_to_handle, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_INTERVAL_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    def card(self, name: str) -> FigureCard | None:
        found = self.cards.get(name)
        return found[1] if found else None

    # The cards the first dashboard had, by their names (tests and the smoke run read them).
    @property
    def unread_card(self) -> FigureCard:
        return self.cards["unreadCourriersCard"][1]

    @property
    def echanges_card(self) -> FigureCard:
        return self.cards["echangesAwaitingCard"][1]

    @property
    def expiring_card(self) -> FigureCard | None:
        return self.card("expiringAccountsCard")

    @property
    def review_card(self) -> FigureCard | None:
        return self.card("nextReviewCard")

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if self._job is not None:
            return  # the previous load is still running
        self._job = Job(self._load)
        self._job.signals.done.connect(self._show)
        self._job.signals.failed.connect(self._fail)
        start(self._job)

    def _show(self, figures: DashboardFigures) -> None:
        self._job = None
        self.figures = figures
        self.error_label.setVisible(False)
        for card, widget in self.cards.values():
            value = card.value(figures)
            widget.setVisible(value is not None)
            if value is not None:
                widget.set_value(value, card.detail(figures), card.alert(figures))
        self.administrators_warning.setVisible(figures.too_few_administrators)
        self._show_contact_warning(figures.accounts_without_contact or 0)
        self._show_tasks(figures.succession_tasks)
        self.first_to_handle.show_courriers(figures.first_to_handle)
        self.updated_label.setText(
            self.tr("Updated at {time}").format(
                time=QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
            )
        )
        self.refreshed.emit(figures)

    def _show_contact_warning(self, count: int) -> None:
        if count == 1:
            text = self.tr(
                "1 account lacks the e-mail or telephone PEP's requires: it is flagged in "
                "Account management, and its holder is asked at sign-in."
            )
        else:
            text = self.tr(
                "{count} accounts lack the e-mail or telephone PEP's requires: they are "
                "flagged in Account management, and their holders are asked at sign-in."
            ).format(count=count)
        self.contact_warning.setText(text)
        self.contact_warning.setVisible(count > 0)

    def _show_tasks(self, tasks: tuple[SuccessionTask, ...]) -> None:
        while (item := self.tasks_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        for task in tasks:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = QLabel(
                self.tr(
                    "{prenom} {nom} left the structure on {date}: as their successor, delete "
                    "their account."
                ).format(
                    prenom=task.leaver_prenom,
                    nom=task.leaver_nom,
                    date=task.departure_on.strftime("%d/%m/%Y"),
                )
            )
            text.setWordWrap(True)
            button = QPushButton(self.tr("Delete this account…"))
            button.setObjectName(f"deleteLeaverButton{task.succession_id}")
            button.clicked.connect(lambda _=False, t=task: self._ask_delete_leaver(t))
            line.addWidget(text, 1)
            line.addWidget(button)
            self.tasks_layout.addWidget(row)
        self.tasks_box.setVisible(bool(tasks))

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete an account"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_delete_leaver(self, task: SuccessionTask) -> None:
        question = self.tr("Delete the account {login} of {prenom} {nom}? This cannot be undone.")
        holder = f"{task.leaver_prenom} {task.leaver_nom}"
        if self.confirm(
            question.format(
                login=task.leaver_login,
                prenom=task.leaver_prenom,
                nom=task.leaver_nom,
                of_holder=french_of(holder),
            )
        ):
            self.delete_leaver_requested.emit(task.succession_id)

    def _fail(self, error: Exception) -> None:
        self._job = None
        self.error_label.setText(
            self.tr("The figures could not be loaded: {error}").format(error=error)
        )
        self.error_label.setVisible(True)
