"""The accounts view's header: its title, and the actions on the whole structure."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton

from peps_desktop.gui.accounts.actions import AccountActions
from peps_desktop.gui.shared.resources import icon


def _header_button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    return button


def accounts_header(actions: AccountActions) -> QHBoxLayout:
    title = QLabel(QCoreApplication.translate("AccountsView", "<h2>Account management</h2>"))
    title.setObjectName("accountsTitle")
    row = QHBoxLayout()
    row.addWidget(title)
    row.addStretch()
    for action in (actions.review, actions.succession, actions.audit):
        row.addWidget(_header_button(action))
    transfer = QToolButton()
    transfer.setObjectName("accountsTransferButton")
    transfer.setText(QCoreApplication.translate("AccountsView", "Import / Export"))
    transfer.setIcon(icon("import"))
    transfer.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    transfer.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    transfer.setStyleSheet("QToolButton::menu-indicator { image: none; }")
    menu = QMenu(transfer)
    menu.addActions([actions.import_, actions.export])
    transfer.setMenu(menu)
    row.addWidget(transfer)
    return row
