"""Create an account in three steps, as on the platform: identity → profile → rights.

The acting administrator confirms with a code of their authenticator app; the core generates
the login and a one-time activation code, shown on the last page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from peps_desktop.core.accounts.admin import AccountDraft, ActivationCode, create_account
from peps_desktop.core.accounts.overview import ServiceLabel
from peps_desktop.core.accounts.same_person import PersonMatch, SamePersonFound, describe_match
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import Clock
from peps_desktop.gui.accounts.code_panel import ActivationCodePanel
from peps_desktop.gui.accounts.code_prompt import CodePrompt
from peps_desktop.gui.accounts.identity_fields import IdentityFields
from peps_desktop.gui.accounts.profile_choice import ProfileChoice
from peps_desktop.gui.accounts.rights_matrix import RightsMatrix
from peps_desktop.gui.accounts.words import RIGHTS, right_label
from peps_desktop.gui.shared.fields import error_label
from peps_desktop.gui.shared.tasks import TaskRunner
from peps_desktop.i18n import french_of
from peps_desktop.store import Store

# What the administrator answers when the new holder seems to have an account already.
MODIFY_THAT_ONE = "modify"
ANOTHER_PERSON = "another"


class IdentityPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("identityPage")
        self.setTitle(self.tr("Step 1 of 3: identity and contact"))
        self.setSubTitle(
            self.tr(
                "An account is personal: create one for each person, never reuse another "
                "person's account."
            )
        )
        self.fields = IdentityFields()
        self.fields.changed.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addStretch()

    def isComplete(self) -> bool:
        return self.fields.is_complete()


class ProfilePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("profilePage")
        self.setTitle(self.tr("Step 2 of 3: profile"))
        self.setSubTitle(self.tr("Two administrators are recommended, for the holidays."))
        self.choice = ProfileChoice()
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addStretch()


class RightsPage(QWizardPage):
    def __init__(self, services: list[ServiceLabel]) -> None:
        super().__init__()
        self.setObjectName("rightsPage")
        self.setTitle(self.tr("Step 3 of 3: rights per service"))
        self.setSubTitle(
            self.tr(
                "Give only the rights the person needs: courriers of a service are visible "
                "only with a right on it."
            )
        )
        self.matrix = RightsMatrix(services)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields it holds
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.matrix)
        quick = QHBoxLayout()
        quick.addWidget(QLabel(self.tr("Every service:")))
        for level in RIGHTS:
            button = QPushButton(right_label(level))
            button.setObjectName(f"allRights_{level}")
            button.clicked.connect(lambda _checked=False, level=level: self._set_all(level))
            quick.addWidget(button)
        quick.addStretch()
        self.error_label = error_label("createErrorLabel")
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(quick)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        self.setCommitPage(True)

    def _set_all(self, level: str) -> None:
        for code in self.matrix.services():
            self.matrix.set_level(code, level)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))


class CreatedPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("createdPage")
        self.setTitle(self.tr("Account created"))
        self.summary_label = QLabel()
        self.summary_label.setObjectName("createdSummaryLabel")
        self.summary_label.setWordWrap(True)
        self.panel = ActivationCodePanel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.panel)
        layout.addStretch()


class CreateAccountWizard(QWizard):
    """`created` is emitted with the ActivationCode once the core has created the account;
    `modify_requested` with the login of an account the new person already holds, when the
    administrator chooses to modify it instead."""

    created = Signal(object)
    modify_requested = Signal(str)

    def __init__(
        self,
        store: Store,
        clock: Clock,
        user: SignedIn,
        services: list[ServiceLabel],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("createAccountWizard")
        self.setWindowTitle(self.tr("New account"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self._store = store
        self._clock = clock
        self._user = user
        self.code: ActivationCode | None = None
        # Accounts the administrator confirmed are other people's than the new holder's.
        self.distinct_from: frozenset[str] = frozenset()
        self.runner = TaskRunner(self)
        self.runner.refused.connect(self._refused)
        self.runner.finished.connect(self._idle)

        self.identity_page = IdentityPage()
        self.profile_page = ProfilePage()
        self.rights_page = RightsPage(services)
        self.created_page = CreatedPage()
        for page in (self.identity_page, self.profile_page, self.rights_page, self.created_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the account"))
        self.resize(720, 640)

    def draft(self) -> AccountDraft:
        fields = self.identity_page.fields
        return AccountDraft(
            nom=fields.nom(),
            prenom=fields.prenom(),
            email=fields.email(),
            telephone=fields.telephone() or None,
            profile=self.profile_page.choice.profile(),
            rights=self.rights_page.matrix.rights(),
            distinct_from=self.distinct_from,
        )

    def ask_code(self) -> str | None:
        return CodePrompt.ask(self.tr("Creating an account"), self._user.login, self)

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is not self.rights_page or self.code is not None:
            return super().validateCurrentPage()
        if self.runner.busy:
            return False
        code = self.ask_code()
        if code is None:
            return False
        self._create(code)
        return False

    def _create(self, code: str) -> None:
        self.rights_page.show_error("")
        draft = self.draft()
        store, clock, user = self._store, self._clock, self._user

        def work() -> ActivationCode | SamePersonFound:
            try:
                return create_account(store, clock, user, code, draft)
            except SamePersonFound as found:  # a question for the administrator, not a failure
                return found

        self._set_busy(True)
        self.runner.run(work, self._created)

    def ask_same_person(self, match: PersonMatch) -> str:
        """MODIFY_THAT_ONE, ANOTHER_PERSON or "" (cancel); tests replace this."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("This person already has an account"),
            describe_match(match),
            parent=self,
        )
        if match.exists:
            choices = [
                (self.tr("&Modify that account"), MODIFY_THAT_ONE),
                (self.tr("&Another person: create"), ANOTHER_PERSON),
            ]
        else:
            choices = [(self.tr("&Create the new account"), ANOTHER_PERSON)]
        answers: dict[QAbstractButton, str] = {
            box.addButton(text, QMessageBox.ButtonRole.AcceptRole): answer
            for text, answer in choices
        }
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return answers.get(box.clickedButton(), "")

    def _created(self, outcome: ActivationCode | SamePersonFound) -> None:
        if isinstance(outcome, SamePersonFound):
            self._same_person(outcome)
            return
        code = outcome
        self.code = code
        draft = self.draft()
        holder = f"{draft.prenom} {draft.nom}"
        self.created_page.summary_label.setText(
            self.tr(
                "The account of {prenom} {nom} is created; it is valid for 18 months. Its "
                "holder signs in for the first time with this code."
            ).format(prenom=draft.prenom, nom=draft.nom, of_holder=french_of(holder))
        )
        self.created_page.panel.show_code(code)
        self.created.emit(code)
        self.next()

    def _same_person(self, found: SamePersonFound) -> None:
        answer = self.ask_same_person(found.match)
        if answer == MODIFY_THAT_ONE:
            self.modify_requested.emit(found.match.login)
            QTimer.singleShot(0, self.reject)  # once the runner is done with this attempt
        elif answer == ANOTHER_PERSON:
            self.distinct_from = self.distinct_from | {found.match.login}
            # A new code: the first may have expired while the question was read.
            code = self.ask_code()
            if code is None:
                return
            # Queued: the runner is still ending the attempt that stopped.
            QTimer.singleShot(0, lambda: self._create(code))
        else:
            self.rights_page.show_error(str(found))

    def _refused(self, message: str) -> None:
        self.rights_page.show_error(message)

    def _set_busy(self, busy: bool) -> None:
        for which in (
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
        ):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _idle(self) -> None:
        self._set_busy(False)

    def reject(self) -> None:
        if not self.runner.busy:  # the account may be created at any moment: wait for its code
            super().reject()
