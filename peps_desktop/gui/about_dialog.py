"""« À propos »: the version, the store's engine and location, the folders, the licence; what
a support call asks first, with a button to copy it all."""

from __future__ import annotations

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.shared.about import About
from peps_desktop.gui.shared.resources import icon


def _value(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AboutDialog(QDialog):
    def __init__(self, about: About, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About PEP's Desktop"))
        self.setWindowIcon(icon("peps-desktop"))
        title = QLabel(f"<h2>{about.application}</h2>")
        subtitle = QLabel(
            self.tr(
                "The desktop companion of PEP's, the employer platform of the CNRACL and the "
                "Caisse des Dépôts."
            )
        )
        subtitle.setWordWrap(True)
        self.rows = [
            (self.tr("Version"), about.version, "aboutVersion"),
            (self.tr("Store engine"), about.engine, "aboutEngine"),
            (self.tr("Store"), about.store, "aboutStore"),
            (self.tr("Documents"), about.documents, "aboutDocuments"),
            (self.tr("Logs"), about.logs, "aboutLogs"),
            (
                self.tr("Built with"),
                self.tr("Python {python}, Qt {qt}, SQLAlchemy {sqlalchemy}").format(
                    python=about.python, qt=qVersion(), sqlalchemy=about.sqlalchemy
                ),
                "aboutBuiltWith",
            ),
        ]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, value, name in self.rows:
            form.addRow(self.tr("{label}:").format(label=label), _value(value, name))
        licence_title = QLabel(f"<b>{self.tr('Licence')}</b>")
        self.licence = _value(about.licence, "aboutLicence")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self.tr("&Copy these details"))
        self.copy_button.setObjectName("aboutCopyButton")
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        about_qt = QPushButton(self.tr("About &Qt"))
        about_qt.setObjectName("aboutQtButton")
        about_qt.clicked.connect(lambda: QMessageBox.aboutQt(self))
        buttons.addButton(about_qt, QDialogButtonBox.ButtonRole.HelpRole)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(licence_title)
        layout.addWidget(self.licence)
        layout.addStretch()
        layout.addWidget(buttons)
        self.resize(640, 420)

    def text(self) -> str:
        """Every detail, one per line: what the copy button puts on the clipboard."""
        lines = [self.windowTitle()]
        lines += [
            f"{self.tr('{label}:').format(label=label)} {value}" for label, value, _ in self.rows
        ]
        return "\n".join(lines)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
