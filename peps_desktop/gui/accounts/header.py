"""The accounts view's header (its title, the actions on the whole structure) and toolbar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolBar, QToolButton, QVBoxLayout

from peps_desktop.gui.accounts.actions import AccountActions
from peps_desktop.gui.shared.resources import icon
from peps_desktop.gui.shared.toolbar_labels import labels_while_they_fit


def _header_button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    return button


def accounts_header(actions: AccountActions) -> QVBoxLayout:
    """The title, and under it the actions on the whole structure: side by side, they would
    not fit a 1024-pixel screen."""
    title = QLabel(QCoreApplication.translate("AccountsView", "<h2>Account management</h2>"))
    title.setObjectName("accountsTitle")
    header = QVBoxLayout()
    header.addWidget(title)
    row = QHBoxLayout()
    header.addLayout(row)
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
    row.addStretch()
    return header


def accounts_toolbar(actions: AccountActions) -> QToolBar:
    """New account, then what applies to the selection; the two ways back in for a person
    who lost their password or phone share one menu, to fit a 1024-pixel screen."""
    toolbar = QToolBar(QCoreApplication.translate("AccountsView", "Account actions"))
    toolbar.setObjectName("accountsToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addAction(actions.create)
    toolbar.addSeparator()
    toolbar.addActions([actions.modify, actions.renew, actions.unlock])
    access = QToolButton()
    access.setObjectName("accountsAccessButton")
    access.setText(QCoreApplication.translate("AccountsView", "Lost access"))
    access.setIcon(icon("activation-code"))
    access.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    access.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(access)
    menu.addActions([actions.new_code, actions.reset_factor])
    access.setMenu(menu)
    toolbar.addWidget(access)
    toolbar.addAction(actions.delete)
    labels_while_they_fit(toolbar)
    return toolbar
