"""The conditions of use (CGU): read by everyone, accepted for the structure by an
administrator (name, date and version go to the audit log)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.accounts.cgu import CguState, accept_cgu
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import Clock
from peps_desktop.errors import UserError
from peps_desktop.gui.shared.fields import error_label, wrapped_label
from peps_desktop.store import Store


class CguDialog(QDialog):
    def __init__(
        self,
        store: Store,
        clock: Clock,
        user: SignedIn,
        state: CguState,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cguDialog")
        self.setWindowTitle(state.current.title)
        self._store, self._clock, self._user, self._state = store, clock, user, state
        can_accept = user.is_administrator and not state.accepted
        if state.accepted and state.accepted_at is not None:
            status = self.tr("Version {version}, accepted for the structure by {name} on {date}.")
            status = status.format(
                version=state.current.version,
                name=state.accepted_by,
                date=state.accepted_at.strftime("%d/%m/%Y"),
            )
        elif can_accept:
            status = self.tr(
                "Version {version} is not accepted yet for your structure. As its "
                "administrator, read it and accept it for everyone."
            ).format(version=state.current.version)
        else:
            status = self.tr(
                "Version {version} is not accepted yet: an administrator of your structure "
                "must accept it."
            ).format(version=state.current.version)
        self.status_label = wrapped_label(status, "cguStatusLabel")
        text = QTextBrowser()
        text.setObjectName("cguText")
        text.setOpenExternalLinks(False)
        text.setMarkdown(state.current.text)
        self.error_label = error_label("cguErrorLabel")
        buttons = QDialogButtonBox()
        self.accept_button = None
        if can_accept:
            self.accept_button = buttons.addButton(
                self.tr("I &accept them for the structure"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.accept_button.clicked.connect(self.accept_conditions)
            buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        else:
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(text, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def accept_conditions(self) -> None:
        try:
            accept_cgu(self._store, self._clock, self._user, self._state.current.version)
        except UserError as error:
            self.error_label.setText(str(error))
            return
        self.accept()
