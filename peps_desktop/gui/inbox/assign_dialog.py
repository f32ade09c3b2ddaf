"""Choose who the selected courriers go to: a colleague with rights on their services."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

NOBODY = ""


class AssignDialog(QDialog):
    def __init__(
        self,
        colleagues: list[tuple[str, str, str]],
        courrier_count: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assignDialog")
        self.setWindowTitle(self.tr("Assign courriers"))
        intro = QLabel(
            self.tr(
                "Assign %n courrier(s) to a colleague. Only colleagues with rights on "
                "the service of every selected courrier are listed.",
                "",
                courrier_count,
            )
        )
        intro.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setObjectName("assignFilter")
        self.filter.setPlaceholderText(self.tr("Find a colleague…"))
        self.filter.setAccessibleName(self.tr("Find a colleague"))
        self.filter.textChanged.connect(self._filter)
        self.colleagues = QListWidget()
        self.colleagues.setObjectName("assignColleagues")
        self.colleagues.setAccessibleName(self.tr("Colleagues"))
        nobody = QListWidgetItem(self.tr("Nobody (remove the assignment)"))
        nobody.setData(Qt.ItemDataRole.UserRole, NOBODY)
        self.colleagues.addItem(nobody)
        for login, nom, prenom in colleagues:
            item = QListWidgetItem(f"{prenom} {nom} ({login})")
            item.setData(Qt.ItemDataRole.UserRole, login)
            self.colleagues.addItem(item)
        self.colleagues.setCurrentRow(1 if colleagues else 0)
        self.colleagues.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.filter)
        column.addWidget(self.colleagues, 1)
        column.addWidget(buttons)
        self.resize(420, 380)

    def chosen_login(self) -> str | None:
        """The login chosen, None for nobody."""
        item = self.colleagues.currentItem()
        if item is None:
            return None
        login = item.data(Qt.ItemDataRole.UserRole)
        return login or None

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for number in range(1, self.colleagues.count()):
            item = self.colleagues.item(number)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())
