"""The help centre: the catalogue's themes with their help, and "Contact us" at the bottom."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.contact.catalogue import Catalogue, Theme
from peps_desktop.gui.shared.styles import primary_button_style

STYLE = """
#themeList { background: white; border: 1px solid #d0d7e2; border-radius: 6px; }
#themeList::item { padding: 8px; }
#themeList::item:selected { background: #d6e4f7; color: #0f1f38; }
#themeHelp { background: white; border: 1px solid #d0d7e2; border-radius: 6px; padding: 16px; }
"""


class HelpCentreView(QWidget):
    contact_requested = Signal(str)  # a theme's code
    drafts_requested = Signal()

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpCentre")
        self.setStyleSheet(STYLE + primary_button_style("contactButton"))
        self._catalogue = catalogue
        title = QLabel(self.tr("<h2>Help centre</h2>"))
        intro = QLabel(
            self.tr("Choose a theme: its help may answer your question; if not, contact us.")
        )
        self.themes = QListWidget()
        self.themes.setObjectName("themeList")
        self.themes.setAccessibleName(self.tr("Themes"))
        self.themes.setFixedWidth(300)
        for theme in catalogue.themes:
            item = QListWidgetItem(theme.titre)
            item.setData(Qt.ItemDataRole.UserRole, theme.code)
            self.themes.addItem(item)
        self.help = QLabel()
        self.help.setObjectName("themeHelp")
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.RichText)
        self.help.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.contact_button = QPushButton(self.tr("&Contact us"))
        self.contact_button.setObjectName("contactButton")
        self.contact_button.clicked.connect(self._contact)
        self.themes.currentRowChanged.connect(self._show)
        self.themes.itemActivated.connect(lambda _item: self._contact())

        detail = QVBoxLayout()
        detail.addWidget(self.help, 1)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.contact_button)
        detail.addLayout(buttons)
        body = QHBoxLayout()
        body.addWidget(self.themes)
        body.addLayout(detail, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        self.setFocusProxy(self.themes)
        self.themes.setCurrentRow(0)

    def current_theme(self) -> Theme:
        return self._catalogue.themes[max(self.themes.currentRow(), 0)]

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._catalogue.themes):
            return
        theme = self._catalogue.themes[row]
        motifs = "".join(
            f"<li><b>{escape(motif.libelle)}</b> — "
            + ", ".join(escape(item.libelle) for item in motif.sous_motifs)
            + "</li>"
            for motif in theme.motifs
        )
        asks = self.tr("What you can ask us about this theme:")
        self.help.setText(
            f"<h3>{escape(theme.titre)}</h3><p>{escape(theme.aide)}</p>"
            f"<p>{escape(asks)}</p><ul>{motifs}</ul>"
        )
        self.contact_button.setToolTip(
            self.tr("Open the form for « {theme} »").format(theme=theme.titre)
        )

    def _contact(self) -> None:
        self.contact_requested.emit(self.current_theme().code)
