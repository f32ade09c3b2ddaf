"""Nous contacter: the help centre, and the form it opens on a theme."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.contact.catalogue import Catalogue
from peps_desktop.core.shared.clock import Clock
from peps_desktop.gui.contact.form import ContactFormView
from peps_desktop.gui.contact.help_centre import HelpCentreView
from peps_desktop.store import Store


class ContactArea(QStackedWidget):
    def __init__(
        self,
        store: Store,
        clock: Clock,
        user: SignedIn,
        catalogue: Catalogue,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactArea")
        self.help_centre = HelpCentreView(catalogue)
        self.form = ContactFormView(store, clock, user, catalogue)
        self.addWidget(self.help_centre)
        self.addWidget(self.form)
        self.help_centre.contact_requested.connect(self.open_form)
        self.form.cancelled.connect(self.show_help_centre)
        self.setFocusProxy(self.help_centre)

    def open_form(self, theme_code: str) -> None:
        self.form.start(theme_code)
        self._show(self.form)
        self.form.theme.setFocus()

    def open_draft(self, draft_id: int) -> None:
        self.form.open_draft(draft_id)
        self._show(self.form)

    def show_help_centre(self) -> None:
        self._show(self.help_centre)

    def _show(self, page: QWidget) -> None:
        self.setCurrentWidget(page)
        self.setFocusProxy(page)


class CatalogueProblem(QLabel):
    """Where the catalogue could not be read: what is wrong, in place of the forms."""

    def __init__(self, problem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueProblem")
        self.setWordWrap(True)
        self.setMargin(24)
        self.setStyleSheet("color: #8a1010;")
        self.setText(
            self.tr(
                "The contact forms cannot be shown: their catalogue is damaged. Tell your "
                "administrator; the rest of the application works.\n\n{problem}"
            ).format(problem=problem)
        )
