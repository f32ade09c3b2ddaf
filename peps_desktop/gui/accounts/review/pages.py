"""The review view's quiet pages: loading, no review in progress, and review applied."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from peps_desktop.core.accounts.review import ReviewOutcome, ReviewSchedule
from peps_desktop.reports.review import CSV_SUFFIX, PDF_SUFFIX


def _card_page(page: QWidget) -> QVBoxLayout:
    """A white card at the top of `page`; returns the card's layout."""
    card = QFrame()
    card.setObjectName("reviewCard")
    inner = QVBoxLayout(card)
    inner.setContentsMargins(20, 16, 20, 16)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 8, 0, 0)
    layout.addWidget(card)
    layout.addStretch()
    return inner


def _date(value: object) -> str:
    return value.strftime("%d/%m/%Y")  # type: ignore[attr-defined]


class LoadingPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("reviewLoadingPage")
        label = QLabel(self.tr("Loading the accounts…"))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addStretch()


class StartPage(QWidget):
    """No review is open: when the last one was applied, when the next is due, and Start."""

    start_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("reviewStartPage")
        self.schedule_label = QLabel()
        self.schedule_label.setObjectName("reviewScheduleLabel")
        self.schedule_label.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "Every account of the structure is reviewed at least every 18 months: delete "
                "those who should no longer have access, renew the active ones. Each account "
                "comes with a recommendation; your decisions are saved as you make them and "
                "change nothing until you apply the review."
            )
        )
        explanation.setWordWrap(True)
        self.start_button = QPushButton(self.tr("&Start the review"))
        self.start_button.setObjectName("startReviewButton")
        self.start_button.clicked.connect(self.start_requested)
        inner = _card_page(self)
        inner.addWidget(self.schedule_label)
        inner.addWidget(explanation)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addStretch()
        inner.addLayout(row)

    def show_schedule(self, schedule: ReviewSchedule | None) -> None:
        lines = []
        if schedule is not None and schedule.last_closed_at is not None:
            lines.append(
                self.tr("The last review was applied on {date}.").format(
                    date=_date(schedule.last_closed_at)
                )
            )
        if schedule is not None and schedule.next_due is not None:
            lines.append(
                self.tr("The next one is due by {date}.").format(date=_date(schedule.next_due))
            )
        self.schedule_label.setText(" ".join(lines))
        self.schedule_label.setStyleSheet("font-weight: bold;")


class DonePage(QWidget):
    """The review was just applied: what changed, when the next one is due, the report."""

    # The report's format: PDF_SUFFIX or CSV_SUFFIX.
    export_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("reviewDonePage")
        self.outcome_label = QLabel()
        self.outcome_label.setObjectName("reviewOutcomeLabel")
        self.outcome_label.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Export the report as PDF"))
        self.pdf_button.setObjectName("doneExportPdfButton")
        self.pdf_button.clicked.connect(lambda: self.export_requested.emit(PDF_SUFFIX))
        self.csv_button = QPushButton(self.tr("Export the report as CSV"))
        self.csv_button.setObjectName("doneExportCsvButton")
        self.csv_button.clicked.connect(lambda: self.export_requested.emit(CSV_SUFFIX))
        inner = _card_page(self)
        inner.addWidget(self.outcome_label)
        row = QHBoxLayout()
        row.addWidget(self.pdf_button)
        row.addWidget(self.csv_button)
        row.addStretch()
        inner.addLayout(row)

    def show_outcome(self, outcome: ReviewOutcome, schedule: ReviewSchedule) -> None:
        counts = ", ".join(
            (
                self.tr("%n account(s) renewed", "", len(outcome.renewed)),
                self.tr("%n deleted", "", len(outcome.deleted)),
                self.tr("%n kept as they were", "", len(outcome.kept)),
            )
        )
        lines = [counts + "."]
        if schedule.next_due is not None:
            lines.append(
                self.tr("The next review is due by {date}.").format(date=_date(schedule.next_due))
            )
        if outcome.actor_deleted:
            lines.append(self.tr("Your own account was deleted: you will be signed out."))
        self.outcome_label.setText("<br/>".join(lines))
