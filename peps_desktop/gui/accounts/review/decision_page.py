"""The review in progress: search and filter, bulk decisions, the table, progress, apply."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.accounts.review import (
    DECISION_CONSERVER,
    DECISION_JE_NE_SAIS_PAS,
    DECISION_SUPPRIMER,
    decision_label,
)
from peps_desktop.gui.accounts.review.delegate import DecisionDelegate
from peps_desktop.gui.accounts.review.model import (
    DECISION,
    FILTER_ALL,
    FILTER_UNDECIDED,
    HOLDER,
    LAST_SIGN_IN,
    REASON,
    RECOMMENDATION,
    RIGHTS,
    STATUS,
    ReviewFilterModel,
)
from peps_desktop.gui.shared.column_shares import fit_columns

COLUMN_SHARES: dict[int, float] = {
    HOLDER: 0.14,
    RIGHTS: 0.13,
    STATUS: 0.16,
    LAST_SIGN_IN: 0.13,
    RECOMMENDATION: 0.21,
    DECISION: 0.11,
}


class DecisionPage(QWidget):
    """The widgets only: the review view connects them to the use cases."""

    def __init__(self, proxy: ReviewFilterModel) -> None:
        super().__init__()
        self.setObjectName("reviewDecisionPage")
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("reviewSearchEdit")
        self.search_edit.setPlaceholderText(self.tr("Search by name or login"))
        self.search_edit.setAccessibleName(self.tr("Search by name or login"))
        self.search_edit.setClearButtonEnabled(True)
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("reviewFilterCombo")
        self.filter_combo.setAccessibleName(self.tr("Show"))
        self.filter_combo.addItem(self.tr("All accounts"), FILTER_ALL)
        self.filter_combo.addItem(self.tr("To decide"), FILTER_UNDECIDED)
        for decision in (DECISION_CONSERVER, DECISION_SUPPRIMER, DECISION_JE_NE_SAIS_PAS):
            self.filter_combo.addItem(decision_label(decision), decision)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        show_label = QLabel(self.tr("S&how:"))
        show_label.setBuddy(self.filter_combo)
        filters.addWidget(show_label)
        filters.addWidget(self.filter_combo)

        self.keep_button = QPushButton(self.tr("Keep and renew"))
        self.keep_button.setObjectName("keepButton")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteButton")
        self.unsure_button = QPushButton(self.tr("I don't know"))
        self.unsure_button.setObjectName("unsureButton")
        self.recommended_button = QPushButton(self.tr("Follow the recommendation"))
        self.recommended_button.setObjectName("recommendedButton")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("bulkReasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("Reason (optional)"))
        self.reason_edit.setAccessibleName(self.tr("Reason for the selected accounts"))
        bulk = QHBoxLayout()
        bulk.addWidget(QLabel(self.tr("Selected accounts:")))
        for button in (
            self.keep_button,
            self.delete_button,
            self.unsure_button,
            self.recommended_button,
        ):
            bulk.addWidget(button)
        bulk.addStretch()
        # On a line of its own: beside the four buttons, too narrow on a 1024-pixel screen.
        reason = QHBoxLayout()
        reason.addWidget(self.reason_edit, 1)

        self.table = QTableView()
        self.table.setObjectName("reviewTable")
        self.table.setAccessibleName(self.tr("Accounts to review"))
        self.table.setModel(proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setItemDelegateForColumn(DECISION, DecisionDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(HOLDER, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: the arrows move in it
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Not stretchLastSection: that keeps the last column at least 100 pixels wide, off a
        # 1024-pixel screen; a stretched section takes what is left, however little.
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)

        self.table.setStyleSheet(
            "QTableView { background: white; alternate-background-color: #f6f8fb;"
            " gridline-color: #e3e8ef; selection-background-color: #cfe0f7;"
            " selection-color: #1f2933; }"
            " QHeaderView::section { background: #e8eef7; color: #1b3a6b; padding: 4px;"
            " border: none; border-bottom: 1px solid #c5cfdd; font-weight: bold; }"
        )

        # The selected account in full: rights, state, activity and why the recommendation.
        self.details_label = QLabel()
        self.details_label.setObjectName("reviewDetails")
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.setStyleSheet(
            "background: #f6f8fb; border: 1px solid #d0d7e2; border-radius: 6px; padding: 6px;"
        )

        self.progress = QProgressBar()
        self.progress.setObjectName("reviewProgress")
        self.progress.setAccessibleName(self.tr("Review progress"))
        self.progress_hint = QLabel()
        self.progress_hint.setObjectName("reviewHint")
        self.pdf_button = QPushButton(self.tr("Export &PDF"))
        self.pdf_button.setObjectName("exportPdfButton")
        self.csv_button = QPushButton(self.tr("Export &CSV"))
        self.csv_button.setObjectName("exportCsvButton")
        self.apply_button = QPushButton(self.tr("&Apply the review…"))
        self.apply_button.setObjectName("applyReviewButton")
        footer = QHBoxLayout()
        footer.addWidget(self.progress, 1)
        footer.addWidget(self.progress_hint, 1)
        footer.addStretch()
        footer.addWidget(self.pdf_button)
        footer.addWidget(self.csv_button)
        footer.addWidget(self.apply_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(bulk)
        layout.addLayout(reason)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details_label)
        layout.addLayout(footer)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        fit_columns(self.table, COLUMN_SHARES)  # the reason takes what is left

    def show_progress(self, decided: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(decided)
        self.progress.setFormat(
            self.tr("{decided} / {total} decided").format(decided=decided, total=total)
        )
        left = total - decided
        if left:
            self.progress_hint.setText(self.tr("%n account(s) still to decide.", "", left))
        else:
            self.progress_hint.setText(self.tr("Every account is decided: you can apply."))
        self.apply_button.setEnabled(total > 0 and left == 0)
