"""The accounts view's actions: labels, shortcuts and icons in one place."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from peps_desktop.gui.shared.resources import icon


class AccountActions(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        # Per account, or on the selected accounts.
        self.create = self._action("newAccountAction", self.tr("&New account"), "account-new")
        self.create.setShortcut(QKeySequence.StandardKey.New)
        self.modify = self._action("modifyAccountAction", self.tr("&Modify…"), "account-edit")
        self.modify.setShortcut(QKeySequence("Ctrl+E"))
        self.renew = self._action("renewAccountsAction", self.tr("&Renew"), "account-renew")
        self.renew.setShortcut(QKeySequence("Ctrl+R"))
        self.unlock = self._action("unlockAccountsAction", self.tr("&Unlock"), "account-unlock")
        self.unlock.setShortcut(QKeySequence("Ctrl+U"))
        self.new_code = self._action(
            "newActivationCodeAction", self.tr("New activation &code…"), "activation-code"
        )
        self.new_code.setToolTip(
            self.tr("A forgotten password: issue a new one-time code to choose another one.")
        )
        self.reset_factor = self._action(
            "resetSecondFactorAction", self.tr("New &authenticator…"), "authenticator"
        )
        self.reset_factor.setToolTip(
            self.tr("A lost phone: the holder sets up a new authenticator app at the next sign-in.")
        )
        self.delete = self._action("deleteAccountsAction", self.tr("&Delete"), "account-delete")
        self.delete.setShortcut(QKeySequence.StandardKey.Delete)
        # For the whole structure.
        self.review = self._action("reviewAction", self.tr("Account re&view"), "account-review")
        self.succession = self._action(
            "successionAction", self.tr("I am &leaving the structure"), "leave-structure"
        )
        self.import_ = self._action("importAccountsAction", self.tr("&Import…"), "import")
        self.export = self._action("exportAccountsAction", self.tr("E&xport…"), "export")
        self.audit = self._action("auditLogAction", self.tr("Audit &log"), "audit-log")
        self.audit.setShortcut(QKeySequence("Ctrl+J"))
        self.refresh = self._action("refreshAccountsAction", self.tr("Re&fresh"), "refresh")
        self.refresh.setShortcut(QKeySequence.StandardKey.Refresh)

    def _action(self, name: str, text: str, icon_name: str) -> QAction:
        action = QAction(icon(icon_name), text, self.parent())
        action.setObjectName(name)
        # The view is one page among others: its shortcuts work only while it has focus.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return action

    def on_selection(self) -> list[QAction]:
        return [
            self.modify,
            self.renew,
            self.unlock,
            self.new_code,
            self.reset_factor,
            self.delete,
        ]

    def all(self) -> list[QAction]:
        return [
            self.create,
            *self.on_selection(),
            self.review,
            self.succession,
            self.import_,
            self.export,
            self.audit,
            self.refresh,
        ]
