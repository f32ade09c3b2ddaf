"""One widget per kind of field a sous-motif asks for; each says its value as the core reads it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.contact.catalogue import Champ
from peps_desktop.core.contact.form import Agent, FieldValue
from peps_desktop.gui.contact.nir_edit import NirEdit


class FieldWidget(QWidget):
    """Base: `changed` on every edit; `value()` and `set_value()` in the core's terms."""

    changed = Signal()
    # A part of the field was reached (left or edited): its problems may now be said.
    reached_more = Signal()

    def value(self) -> FieldValue | None:
        raise NotImplementedError

    def set_value(self, value: FieldValue) -> None:
        raise NotImplementedError

    def reached(self, place: str) -> bool:
        """Whether the person got to this part (`agents[1].nom`) yet; a field is one part."""
        return True


class TextField(FieldWidget):
    PLACEHOLDERS = {"date": "JJ/MM/AAAA", "montant": "1 234,56 €"}

    def __init__(self, champ: Champ) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setObjectName(f"field_{champ.cle}")
        self.edit.setAccessibleName(champ.libelle)
        self.edit.setPlaceholderText(self.PLACEHOLDERS.get(champ.type, ""))
        self.edit.textChanged.connect(self.changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def value(self) -> FieldValue | None:
        return self.edit.text()

    def set_value(self, value: FieldValue) -> None:
        self.edit.setText(value if isinstance(value, str) else "")


class ChoiceField(FieldWidget):
    def __init__(self, champ: Champ) -> None:
        super().__init__()
        self.combo = QComboBox()
        self.combo.setObjectName(f"field_{champ.cle}")
        self.combo.setAccessibleName(champ.libelle)
        self.combo.addItem(self.tr("Choose…"), "")
        for code in champ.choix:
            self.combo.addItem(code, code)
        self.combo.currentIndexChanged.connect(self.changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo)
        row.addStretch()
        self.setFocusProxy(self.combo)

    def value(self) -> FieldValue | None:
        return str(self.combo.currentData() or "")

    def set_value(self, value: FieldValue) -> None:
        index = self.combo.findData(value if isinstance(value, str) else "")
        self.combo.setCurrentIndex(max(index, 0))


class AttestationField(FieldWidget):
    def __init__(self, champ: Champ) -> None:
        super().__init__()
        self.box = QCheckBox(champ.texte)
        self.box.setObjectName(f"field_{champ.cle}")
        self.box.toggled.connect(self.changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box)
        self.setFocusProxy(self.box)

    def value(self) -> FieldValue | None:
        return self.box.isChecked()

    def set_value(self, value: FieldValue) -> None:
        self.box.setChecked(value is True or value == "oui")


class AttachmentsField(FieldWidget):
    def __init__(self, champ: Champ) -> None:
        super().__init__()
        self._paths: list[Path] = []
        self.files = QListWidget()
        self.files.setObjectName(f"field_{champ.cle}")
        self.files.setAccessibleName(champ.libelle)
        self.files.setMaximumHeight(90)
        self.add = QPushButton(self.tr("&Add files…"))
        self.add.setObjectName(f"add_{champ.cle}")
        self.add.clicked.connect(self._add)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setObjectName(f"remove_{champ.cle}")
        self.remove.clicked.connect(self._remove)
        hint = QLabel(self.tr("PDF, PNG or JPEG; 10 MB at most each."))
        hint.setStyleSheet("color: #5a6470;")
        buttons = QVBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.files, 0, 0)
        grid.addLayout(buttons, 0, 1)
        grid.addWidget(hint, 1, 0, 1, 2)
        self.setFocusProxy(self.add)

    def _ask_files(self) -> list[Path]:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach documents"),
            "",
            self.tr("PDF or images (*.pdf *.png *.jpg *.jpeg)"),
        )
        return [Path(name) for name in names]

    def _add(self) -> None:
        for path in self._ask_files():
            if path not in self._paths:
                self._paths.append(path)
        self._refill()

    def _remove(self) -> None:
        row = self.files.currentRow()
        if 0 <= row < len(self._paths):
            del self._paths[row]
            self._refill()

    def _refill(self) -> None:
        self.files.clear()
        self.files.addItems([path.name for path in self._paths])
        self.changed.emit()

    def value(self) -> FieldValue | None:
        return tuple(self._paths)

    def set_value(self, value: FieldValue) -> None:
        self._paths = (
            [item for item in value if isinstance(item, Path)] if isinstance(value, tuple) else []
        )
        self._refill()


class AgentsField(FieldWidget):
    """Rows of NIR, nom and prénom; one row to start with, more on request."""

    def __init__(self, champ: Champ) -> None:
        super().__init__()
        self._cle = champ.cle
        self.rows: list[tuple[NirEdit, QLineEdit, QLineEdit, QToolButton]] = []
        # The cells typed in or left: an empty nom is not flagged before it is reached.
        self._reached: set[QLineEdit] = set()
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        for column, title in enumerate(
            (self.tr("NIR"), self.tr("Last name"), self.tr("First name"))
        ):
            header = QLabel(f"<b>{title}</b>")
            self.grid.addWidget(header, 0, column)
        self.add = QPushButton(self.tr("Add an &agent"))
        self.add.setObjectName(f"add_{champ.cle}")
        self.add.clicked.connect(lambda: self.add_row(focus=True))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.grid)
        outer.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_row()

    def add_row(self, *, focus: bool = False) -> None:
        number = len(self.rows)
        nir = NirEdit()
        nir.setObjectName(f"{self._cle}_{number}_nir")
        nir.setAccessibleName(self.tr("NIR of agent {number}").format(number=number + 1))
        nir.edited.connect(self.changed)
        nom = QLineEdit()
        nom.setObjectName(f"{self._cle}_{number}_nom")
        nom.setAccessibleName(self.tr("Last name of agent {number}").format(number=number + 1))
        nom.textChanged.connect(self.changed)
        prenom = QLineEdit()
        prenom.setObjectName(f"{self._cle}_{number}_prenom")
        prenom.setAccessibleName(self.tr("First name of agent {number}").format(number=number + 1))
        prenom.textChanged.connect(self.changed)
        remove = QToolButton()
        remove.setText("✕")
        remove.setAccessibleName(self.tr("Remove agent {number}").format(number=number + 1))
        remove.setToolTip(remove.accessibleName())
        remove.clicked.connect(lambda: self._remove(nir))
        nir.edited.connect(lambda: self._reach(nir))
        for edit in (nir, nom, prenom):
            edit.installEventFilter(self)  # leaving a cell empty reaches it too
        nom.textChanged.connect(lambda: self._reach(nom))
        prenom.textChanged.connect(lambda: self._reach(prenom))
        for column, widget in enumerate((nir, nom, prenom, remove)):
            self.grid.addWidget(widget, number + 1, column)
        self.rows.append((nir, nom, prenom, remove))
        if focus:
            nir.setFocus()
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QLineEdit):
            self._reach(watched)
        return super().eventFilter(watched, event)

    def _reach(self, edit: QLineEdit) -> None:
        if edit not in self._reached:
            self._reached.add(edit)
            self.reached_more.emit()

    def reached(self, place: str) -> bool:
        number, _, part = place.partition("[")[2].partition("]")
        cells = {"nir": 0, "nom": 1, "prenom": 2}
        part = part.lstrip(".")
        if not number.isdigit() or int(number) >= len(self.rows) or part not in cells:
            return True
        return self.rows[int(number)][cells[part]] in self._reached

    def _remove(self, nir: NirEdit) -> None:
        values = [
            Agent(row[0].value(), row[1].text(), row[2].text())
            for row in self.rows
            if row[0] is not nir
        ]
        self.set_value(tuple(values))

    def value(self) -> FieldValue | None:
        return tuple(
            Agent(nir.value(), nom.text(), prenom.text()) for nir, nom, prenom, _ in self.rows
        )

    def set_value(self, value: FieldValue) -> None:
        agents = (
            [item for item in value if isinstance(item, Agent)] if isinstance(value, tuple) else []
        )
        for row in self.rows:
            for widget in row:
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = []
        self._reached.clear()
        for _agent in agents or [Agent("", "", "")]:
            self.add_row()
        for (nir, nom, prenom, _remove), agent in zip(self.rows, agents, strict=False):
            nir.set_value(agent.nir)
            nom.setText(agent.nom)
            prenom.setText(agent.prenom)
        self.changed.emit()


def field_widget(champ: Champ) -> FieldWidget:
    if champ.type == "agents":
        return AgentsField(champ)
    if champ.type == "pieces_jointes":
        return AttachmentsField(champ)
    if champ.type == "attestation":
        return AttestationField(champ)
    if champ.type == "fonds":
        return ChoiceField(champ)
    return TextField(champ)
