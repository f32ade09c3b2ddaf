"""« ← Gestion des comptes »: the way back from the pages reached from the accounts view
(the audit log, the review)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QToolButton

from peps_desktop.gui.shared.resources import icon


def back_to_accounts(name: str) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    button.setIcon(icon("back"))
    button.setText(QCoreApplication.translate("AccountsBack", "Account management"))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setAccessibleName(
        QCoreApplication.translate("AccountsBack", "Back to the account management")
    )
    return button
