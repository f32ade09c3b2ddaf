"""Tableau de bord: live figures from the store, loaded off the GUI thread."""

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
from peps_desktop.gui.shared.workers import Job, start

REFRESH_INTERVAL_MS = 60_000
WARNING_STYLE = (
    "background: #fff4e5; color: #663c00; border: 1px solid #f0b35b; border-radius: 6px; "
    "padding: 8px;"
)


class FigureCard(QFrame):
    def __init__(self, name: str, caption: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "FigureCard { background: white; border: 1px solid #d0d7e2; border-radius: 8px; }"
        )
        self.value_label = QLabel("…")
        self.value_label.setObjectName(f"{name}Value")
        self.value_label.setStyleSheet("font-size: 28pt; font-weight: bold; color: #1b3a6b;")
        self.caption_label = QLabel(caption)
        self.caption_label.setWordWrap(True)
        self._column = QVBoxLayout(self)
        self._column.addWidget(self.value_label)
        self._column.addWidget(self.caption_label)
        self.setAccessibleName(caption)

    def add_link(self, name: str, text: str) -> QPushButton:
        """A flat button under the caption: where to go from this figure."""
        link = QPushButton(text)
        link.setObjectName(name)
        link.setFlat(True)
        link.setCursor(Qt.CursorShape.PointingHandCursor)
        link.setStyleSheet("text-align: left; color: #2c5394; text-decoration: underline;")
        self._column.addWidget(link)
        return link

    def set_value(self, text: str) -> None:
        self.value_label.setText(text)
        self.setAccessibleDescription(text)


class DashboardView(QWidget):
    """Shows the figures `load` computes; refreshes on show and every minute."""

    refreshed = Signal(object)
    delete_leaver_requested = Signal(int)  # a succession's id
    inbox_requested = Signal()

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
        self.unread_card = FigureCard("unreadCourriersCard", self.tr("unread courriers"))
        self.unread_card.add_link("openInboxLink", self.tr("Open your courriers")).clicked.connect(
            self.inbox_requested
        )
        self.echanges_card = FigureCard(
            "echangesAwaitingCard", self.tr("échanges awaiting an answer")
        )
        self.expiring_card = FigureCard(
            "expiringAccountsCard", self.tr("accounts expiring within 60 days")
        )
        self.review_card = FigureCard("nextReviewCard", self.tr("next account review due"))
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
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("refreshDashboardButton")
        self.refresh_button.clicked.connect(self.refresh)

        grid = QGridLayout()
        grid.addWidget(self.unread_card, 0, 0)
        grid.addWidget(self.echanges_card, 0, 1)
        if administrator:
            grid.addWidget(self.expiring_card, 1, 0)
            grid.addWidget(self.review_card, 1, 1)
        else:
            self.expiring_card.hide()
            self.review_card.hide()
        self.updated_label = QLabel()
        self.updated_label.setObjectName("dashboardUpdatedLabel")
        self.updated_label.setStyleSheet("color: #5a6470;")
        footer = QHBoxLayout()
        footer.addWidget(self.updated_label)
        footer.addStretch()
        footer.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.administrators_warning)
        layout.addWidget(self.contact_warning)
        layout.addWidget(self.tasks_box)
        layout.addLayout(grid)
        layout.addWidget(self.error_label)
        layout.addLayout(footer)
        layout.addStretch()

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_INTERVAL_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

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
        locale = QLocale()
        self.error_label.setVisible(False)
        self.unread_card.set_value(locale.toString(figures.unread_courriers))
        self.echanges_card.set_value(locale.toString(figures.echanges_awaiting_answer))
        if figures.accounts_expiring_soon is not None:
            self.expiring_card.set_value(locale.toString(figures.accounts_expiring_soon))
        self.administrators_warning.setVisible(figures.too_few_administrators)
        self._show_contact_warning(figures.accounts_without_contact or 0)
        self._show_tasks(figures.succession_tasks)
        if figures.next_review_due is not None:
            self.review_card.set_value(figures.next_review_due.strftime("%d/%m/%Y"))
        self.updated_label.setText(
            self.tr("Updated at {time}").format(
                time=locale.toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
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
        if self.confirm(
            question.format(login=task.leaver_login, prenom=task.leaver_prenom, nom=task.leaver_nom)
        ):
            self.delete_leaver_requested.emit(task.succession_id)

    def _fail(self, error: Exception) -> None:
        self._job = None
        self.error_label.setText(
            self.tr("The figures could not be loaded: {error}").format(error=error)
        )
        self.error_label.setVisible(True)
