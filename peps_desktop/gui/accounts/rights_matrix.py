"""Rights per service as a matrix: one row per service, Aucun / Lecture seule / Modification.

Each row is an exclusive button group: Tab goes from row to row, the arrow keys choose the
level within a row.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from peps_desktop.core.accounts.overview import ServiceLabel
from peps_desktop.core.shared.services import RIGHT_AUCUN
from peps_desktop.gui.accounts.words import RIGHTS, right_label, service_right


class RightsMatrix(QWidget):
    changed = Signal()

    def __init__(self, services: list[ServiceLabel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rightsMatrix")
        self._groups: dict[str, QButtonGroup] = {}
        self._buttons: dict[tuple[str, str], QRadioButton] = {}
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        header = QLabel(self.tr("Service"))
        header.setStyleSheet("font-weight: bold;")
        grid.addWidget(header, 0, 0)
        for column, level in enumerate(RIGHTS, start=1):
            title = QLabel(right_label(level))
            title.setStyleSheet("font-weight: bold;")
            grid.addWidget(title, 0, column, Qt.AlignmentFlag.AlignHCenter)
        for row, service in enumerate(services, start=1):
            name = QLabel(
                f"<b>{service.code}</b><br><span style='color:#5a6470; font-size:small'>"
                f"{service.libelle}</span>"
            )
            name.setTextFormat(Qt.TextFormat.RichText)
            name.setWordWrap(True)
            name.setMinimumWidth(220)
            grid.addWidget(name, row, 0)
            group = QButtonGroup(self)
            group.setExclusive(True)
            self._groups[service.code] = group
            for column, level in enumerate(RIGHTS, start=1):
                button = QRadioButton()
                button.setObjectName(f"right_{service.code}_{level}")
                button.setAccessibleName(service_right(service.code, level))
                button.setToolTip(service_right(service.code, level))
                group.addButton(button, column)
                self._buttons[(service.code, level)] = button
                grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignHCenter)
            group.idToggled.connect(self._toggled)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(services) + 1, 1)  # rows stay together at the top
        self.set_rights({})

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def services(self) -> list[str]:
        return list(self._groups)

    def button(self, service: str, level: str) -> QRadioButton:
        return self._buttons[(service, level)]

    def set_rights(self, rights: Mapping[str, str]) -> None:
        """Services absent from `rights` get Aucun."""
        for code in self._groups:
            self._buttons[(code, rights.get(code, RIGHT_AUCUN))].setChecked(True)

    def set_level(self, service: str, level: str) -> None:
        self._buttons[(service, level)].setChecked(True)

    def rights(self) -> dict[str, str]:
        return {
            code: RIGHTS[group.checkedId() - 1] if group.checkedId() > 0 else RIGHT_AUCUN
            for code, group in self._groups.items()
        }
