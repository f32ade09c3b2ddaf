"""The review's table: one row per account, its recommendation and the decision so far.

The rows are the structure's accounts (thousands at most), held in memory; editing a decision
or a reason calls the `ReviewActions` given, which save it at once through core.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from peps_desktop.core.accounts.review import (
    DECISION_CONSERVER,
    DECISION_JE_NE_SAIS_PAS,
    DECISION_SUPPRIMER,
    DECISIONS,
    RecordedDecision,
    ReviewRow,
    decision_label,
)
from peps_desktop.core.accounts.review_advice import (
    RECOMMEND_A_VERIFIER,
    RECOMMEND_CONSERVER,
    RECOMMEND_RENOUVELER_OU_SUPPRIMER,
    RECOMMEND_SUPPRIMER,
    advice_text,
)
from peps_desktop.core.accounts.rules import (
    PROFILE_ADMINISTRATEUR,
    STATUS_EXPIRE,
    STATUS_EXPIRE_BIENTOT,
    STATUS_VERROUILLE,
)
from peps_desktop.errors import UserError
from peps_desktop.gui.accounts.words import (
    contact_problems_text,
    profile_label,
    rights_summary,
    service_right,
)
from peps_desktop.gui.shared.resources import icon

Index = QModelIndex | QPersistentModelIndex

# The holder is « Nom Prénom » (login and e-mail in its tooltip); the profile leads the rights.
HOLDER, RIGHTS, STATUS, LAST_SIGN_IN, RECOMMENDATION, DECISION, REASON = range(7)
COLUMN_COUNT = 7
# The decision code ("" while undecided), whatever the column.
DECISION_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
LOGIN_ROLE = Qt.ItemDataRole.UserRole + 3

DECISION_COLOURS = {
    DECISION_CONSERVER: ("#1e6b34", "#e6f4ea"),
    DECISION_SUPPRIMER: ("#b00020", "#fdecee"),
    DECISION_JE_NE_SAIS_PAS: ("#8a5a00", "#fff4de"),
}
RECOMMENDATION_COLOURS = {
    RECOMMEND_CONSERVER: "#5a6470",
    RECOMMEND_SUPPRIMER: "#b00020",
    RECOMMEND_A_VERIFIER: "#8a5a00",
    RECOMMEND_RENOUVELER_OU_SUPPRIMER: "#8a5a00",
}
MUTED = "#5a6470"


log = logging.getLogger(__name__)


class ReviewActions(Protocol):
    """What the model asks for when a cell is edited: both save at once, or raise UserError."""

    def decide(
        self, logins: Sequence[str], decision: str, reason: str | None = None
    ) -> list[RecordedDecision]: ...

    def set_reason(self, login: str, reason: str) -> RecordedDecision: ...


class ReviewTableModel(QAbstractTableModel):
    # A save was refused: the message to show.
    failed = Signal(str)
    # Decided and total accounts, after every change.
    progress_changed = Signal(int, int)

    def __init__(self, actions: ReviewActions, parent: Any = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self._rows: list[ReviewRow] = []
        self._row_of: dict[str, int] = {}
        self._decided = 0
        self._headers = [
            self.tr("Holder"),
            self.tr("Rights"),
            self.tr("Status"),
            self.tr("Last sign-in"),
            self.tr("Recommendation"),
            self.tr("Decision"),
            self.tr("Reason"),
        ]
        self._never = self.tr("never")

    # --- content -----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[ReviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of = {row.login: number for number, row in enumerate(self._rows)}
        self._decided = sum(1 for row in self._rows if row.decision is not None)
        self.endResetModel()
        self.progress_changed.emit(self._decided, len(self._rows))

    def rows(self) -> list[ReviewRow]:
        return list(self._rows)

    def row_at(self, number: int) -> ReviewRow:
        return self._rows[number]

    def progress(self) -> tuple[int, int]:
        return self._decided, len(self._rows)

    def record(self, recorded: Sequence[RecordedDecision]) -> None:
        """Show decisions saved by core (one or many, e.g. a bulk decision)."""
        changed = []
        for decision in recorded:
            number = self._row_of.get(decision.login)
            if number is None:
                continue
            old = self._rows[number]
            if old.decision is None:
                self._decided += 1
            self._rows[number] = dataclasses.replace(
                old,
                decision=decision.decision,
                reason=decision.reason,
                decided_at=decision.decided_at,
                decided_by_login=decision.decided_by_login,
            )
            changed.append(number)
        if changed:
            # One signal for the span: a bulk decision on 3,000 rows stays one repaint.
            self.dataChanged.emit(
                self.index(min(changed), 0), self.index(max(changed), COLUMN_COUNT - 1)
            )
        self.progress_changed.emit(self._decided, len(self._rows))

    # --- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMN_COUNT
        ):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = index.column()
        if column == DECISION or (
            column == REASON and self._rows[index.row()].decision is not None
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == DECISION:
                return row.decision or ""
            if column == REASON:
                return row.reason or ""
            return self._display(row, column)
        if role == DECISION_ROLE:
            return row.decision or ""
        if role == LOGIN_ROLE:
            return row.login
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == HOLDER and row.contact_problems:
            return icon("contact-missing")
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == DECISION and row.decision:
            return QColor(DECISION_COLOURS.get(row.decision, (MUTED, "#ffffff"))[1])
        if role == Qt.ItemDataRole.FontRole and column == DECISION and row.decision is None:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        try:
            if index.column() == DECISION:
                if value not in DECISIONS or value == row.decision:
                    return False
                self.record(self._actions.decide([row.login], str(value)))
                return True
            if index.column() == REASON and row.decision is not None:
                if str(value or "").strip() == (row.reason or ""):
                    return False
                self.record([self._actions.set_reason(row.login, str(value or ""))])
                return True
        except UserError as error:
            self.failed.emit(str(error))
        except Exception:  # e.g. the store busy with a long write: say so, keep the table
            log.exception("a review decision could not be saved")
            self.failed.emit(self.tr("The decision could not be saved; try again in a moment."))
        return False

    # --- texts -------------------------------------------------------------------------------

    def _display(self, row: ReviewRow, column: int) -> str:
        if column == HOLDER:
            return f"{row.nom} {row.prenom}"
        if column == RIGHTS:
            return self._rights(row)
        if column == STATUS:
            return self._status(row)
        if column == LAST_SIGN_IN:
            return row.last_sign_in_at.strftime("%d/%m/%Y") if row.last_sign_in_at else self._never
        if column == RECOMMENDATION:
            return advice_text(row.recommendation, row.recommendation_reason)
        if column == DECISION:
            return decision_label(row.decision)
        return row.reason or ""

    def _rights(self, row: ReviewRow) -> str:
        rights = rights_summary(row.rights) or self.tr("no right")
        if row.profile == PROFILE_ADMINISTRATEUR:
            return self.tr("{profile}; {rights}").format(
                profile=profile_label(row.profile), rights=rights
            )
        return rights

    def _status(self, row: ReviewRow) -> str:
        """The state with the date it turns: « actif jusqu’au 01/06/2027 »."""
        date = row.expires_on.strftime("%d/%m/%Y")
        if row.status == STATUS_VERROUILLE:
            return self.tr("locked")
        if row.status == STATUS_EXPIRE:
            return self.tr("expired on {date}").format(date=date)
        if row.status == STATUS_EXPIRE_BIENTOT:
            return self.tr("expires on {date}").format(date=date)
        return self.tr("active until {date}").format(date=date)

    def details(self, row: ReviewRow) -> str:
        """Everything about one account on a line, for the details under the table."""
        parts = [
            f"<b>{row.prenom} {row.nom}</b> ({row.login})",
            profile_label(row.profile),
            ", ".join(
                service_right(code, level) for code, level in row.rights.items() if level != "aucun"
            )
            or self.tr("no right"),
            self._status(row),
            self.tr("last sign-in on {date}").format(date=row.last_sign_in_at.strftime("%d/%m/%Y"))
            if row.last_sign_in_at
            else self.tr("never signed in"),
        ]
        advice = self.tr("Recommendation: {advice}").format(
            advice=advice_text(row.recommendation, row.recommendation_reason)
        )
        return " · ".join(parts) + "<br/>" + advice

    def _sort_key(self, row: ReviewRow, column: int) -> str:
        if column == HOLDER:
            return f"{row.nom}\t{row.prenom}\t{row.login}".casefold()
        if column == STATUS:
            return f"{row.status}\t{row.expires_on.isoformat()}"
        if column == LAST_SIGN_IN:
            return row.last_sign_in_at.isoformat() if row.last_sign_in_at else ""
        if column == DECISION:
            if row.decision is None:
                return "0"
            return str(DECISIONS.index(row.decision) + 1) if row.decision in DECISIONS else "9"
        return self._display(row, column).casefold()

    def _tooltip(self, row: ReviewRow, column: int) -> str | None:
        if column == DECISION and row.decided_at is not None:
            return self.tr("Decided on {date} by {login}").format(
                date=row.decided_at.strftime("%d/%m/%Y %H:%M"), login=row.decided_by_login
            )
        if column == HOLDER and row.contact_problems:
            return contact_problems_text(row.contact_problems)
        if column == HOLDER:
            return self.tr("{login}, {profile}").format(
                login=row.login, profile=profile_label(row.profile)
            )
        if column == RIGHTS:
            return "\n".join(
                service_right(code, level) for code, level in row.rights.items() if level != "aucun"
            ) or self.tr("no right")
        if column in (DECISION, RECOMMENDATION):
            return advice_text(row.recommendation, row.recommendation_reason)
        if column == REASON and row.reason:
            return row.reason
        return None

    def _foreground(self, row: ReviewRow, column: int) -> QColor | None:
        if column == RECOMMENDATION:
            return QColor(RECOMMENDATION_COLOURS.get(row.recommendation, MUTED))
        if column == DECISION:
            if row.decision is None:
                return QColor(MUTED)
            return QColor(DECISION_COLOURS.get(row.decision, (MUTED, ""))[0])
        if column == STATUS and row.status in (STATUS_EXPIRE, STATUS_VERROUILLE):
            return QColor("#b00020")
        if column == STATUS and row.status == STATUS_EXPIRE_BIENTOT:
            return QColor("#8a5a00")
        return None


# Filters of the decision combo: everything, those still to decide, or one decision.
FILTER_ALL = "*"
FILTER_UNDECIDED = ""


class ReviewFilterModel(QSortFilterProxyModel):
    """Sorting, a text search on nom, prénom and login, and a filter on the decision."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._decision = FILTER_ALL
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_text", text.strip().casefold()))

    def set_decision(self, decision: str) -> None:
        self._refilter(lambda: setattr(self, "_decision", decision))

    def _refilter(self, change: Callable[[], None]) -> None:
        # Qt 6.10 replaced invalidateRowsFilter (now deprecated) by begin/endFilterChange.
        if hasattr(self, "endFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # older Qt
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ReviewTableModel):
            return True
        row = model.row_at(source_row)
        if self._decision != FILTER_ALL and (row.decision or "") != self._decision:
            return False
        if not self._text:
            return True
        return any(self._text in text.casefold() for text in (row.nom, row.prenom, row.login))
