"""« Je quitte la structure »: an administrator who leaves names their successor.

Promote an existing account to administrateur, or create the successor's administrator
account (its one-time activation code is shown at the end), then give the departure date and
confirm with a code of one's authenticator app. After that date, administrators are asked to
delete the leaver's account.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from peps_desktop.core.accounts.admin import AccountDraft
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.accounts.succession import (
    SuccessionRecord,
    SuccessorCandidate,
    create_successor,
    pending_succession,
    promote_successor,
    successor_candidates,
)
from peps_desktop.core.shared.clock import Clock
from peps_desktop.errors import UserError
from peps_desktop.gui.accounts.code_prompt import CODE_MAX_LENGTH
from peps_desktop.gui.shared.fields import error_label, line_edit, wrapped_label
from peps_desktop.gui.shared.tasks import TaskRunner
from peps_desktop.gui.shared.workers import Job, start
from peps_desktop.store import Store

INTRO, PROMOTE, CREATE, DEPARTURE, DONE = range(5)


class IntroPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("successionIntroPage")
        self.setTitle(self.tr("I am leaving the structure"))
        self.setSubTitle(self.tr("Before you leave, name the administrator who takes over."))
        explanation = wrapped_label(
            self.tr(
                "After your departure date, the administrators will be asked to delete your "
                "account: an account is personal and is never handed over to someone else."
            )
        )
        self.promote_radio = QRadioButton(
            self.tr("&Give the administrator profile to an existing account")
        )
        self.promote_radio.setObjectName("promoteRadio")
        self.create_radio = QRadioButton(self.tr("&Create my successor's administrator account"))
        self.create_radio.setObjectName("createRadio")
        self.promote_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.promote_radio)
        group.addButton(self.create_radio)
        self.notice_label = error_label("successionNoticeLabel")
        self.notice_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addSpacing(8)
        layout.addWidget(self.promote_radio)
        layout.addWidget(self.create_radio)
        layout.addWidget(self.notice_label)
        layout.addStretch()
        self._blocked = False

    def block(self, message: str) -> None:
        """Nothing to do here (a successor is already named, or an error): say why."""
        self._blocked = True
        self.notice_label.setText(message)
        self.notice_label.setVisible(True)
        self.promote_radio.setEnabled(False)
        self.create_radio.setEnabled(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._blocked

    def nextId(self) -> int:
        return PROMOTE if self.promote_radio.isChecked() else CREATE


class PromotePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("successionPromotePage")
        self.setTitle(self.tr("Your successor"))
        self.setSubTitle(
            self.tr(
                "Choose the person who takes over. Their account gets the administrator "
                "profile; their rights on the services stay as they are."
            )
        )
        self.filter_edit = line_edit("successorFilterEdit")
        self.filter_edit.setPlaceholderText(self.tr("Search by name or login"))
        self.filter_edit.setAccessibleName(self.tr("Search by name or login"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.candidates_list = QListWidget()
        self.candidates_list.setObjectName("successorList")
        self.candidates_list.setAccessibleName(self.tr("Accounts that can take over"))
        self.candidates_list.itemSelectionChanged.connect(self.completeChanged)
        self.loading_label = wrapped_label(self.tr("Loading the accounts…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.loading_label)
        layout.addWidget(self.candidates_list, 1)

    def show_candidates(self, candidates: list[SuccessorCandidate]) -> None:
        self.loading_label.setVisible(not candidates)
        self.loading_label.setText(self.tr("No other account can take over: create one instead."))
        self.candidates_list.clear()
        for candidate in candidates:
            text = f"{candidate.nom} {candidate.prenom} — {candidate.login} ({candidate.profile})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, candidate.login)
            self.candidates_list.addItem(item)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.candidates_list.count()):
            item = self.candidates_list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def chosen_login(self) -> str | None:
        items = self.candidates_list.selectedItems()
        return str(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def select_login(self, login: str) -> None:
        for row in range(self.candidates_list.count()):
            item = self.candidates_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == login:
                self.candidates_list.setCurrentItem(item)

    def isComplete(self) -> bool:
        return self.chosen_login() is not None

    def nextId(self) -> int:
        return DEPARTURE


class CreatePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("successionCreatePage")
        self.setTitle(self.tr("Your successor's account"))
        self.setSubTitle(
            self.tr(
                "A new administrator account, with your rights on the services. Its login, "
                "made from the name, and its activation code are shown at the end."
            )
        )
        self.nom_edit = line_edit("successorNomEdit")
        self.prenom_edit = line_edit("successorPrenomEdit")
        self.email_edit = line_edit("successorEmailEdit")
        self.telephone_edit = line_edit("successorTelephoneEdit")
        form = QFormLayout(self)
        form.addRow(self.tr("&Last name"), self.nom_edit)
        form.addRow(self.tr("&First name"), self.prenom_edit)
        form.addRow(self.tr("&Email"), self.email_edit)
        form.addRow(self.tr("&Telephone"), self.telephone_edit)
        self.registerField("successorNom*", self.nom_edit)
        self.registerField("successorPrenom*", self.prenom_edit)
        self.registerField("successorEmail*", self.email_edit)

    def draft(self) -> AccountDraft:
        return AccountDraft(
            nom=self.nom_edit.text(),
            prenom=self.prenom_edit.text(),
            email=self.email_edit.text().strip(),
            telephone=self.telephone_edit.text().strip() or None,
        )

    def nextId(self) -> int:
        return DEPARTURE


class DeparturePage(QWizardPage):
    def __init__(self, today: dt.date) -> None:
        super().__init__()
        self.setObjectName("successionDeparturePage")
        self.setTitle(self.tr("Your departure"))
        self.setSubTitle(
            self.tr(
                "From the day after this date, your successor is asked to delete your account. "
                "Confirm with a code of your authenticator app: this changes who administers "
                "the structure."
            )
        )
        self.setCommitPage(True)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("departureDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setMinimumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.code_edit = line_edit("leaverCodeEdit")
        self.code_edit.setMaxLength(CODE_MAX_LENGTH)
        self.code_edit.setPlaceholderText(self.tr("e.g. 123 456"))
        self.error_label = error_label("successionErrorLabel")
        form = QFormLayout()
        form.addRow(self.tr("&Departure date"), self.date_edit)
        form.addRow(self.tr("&Code of your app"), self.code_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch()
        self.registerField("leaverCode*", self.code_edit)

        self._saving = False

    def departure_on(self) -> dt.date:
        date = self.date_edit.date()
        return dt.date(date.year(), date.month(), date.day())

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)

    def set_saving(self, saving: bool) -> None:
        """While the change is written: nothing to edit, no second confirmation."""
        self._saving = saving
        self.date_edit.setEnabled(not saving)
        self.code_edit.setEnabled(not saving)
        if saving:
            self.error_label.setText(self.tr("Saving…"))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._saving and super().isComplete()

    def nextId(self) -> int:
        return DONE


class DonePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("successionDonePage")
        self.setTitle(self.tr("Your successor is named"))
        self.summary_label = wrapped_label(name="successionSummaryLabel")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.login_label = wrapped_label(name="successorLoginLabel")
        self.code_label = wrapped_label(name="activationCodeLabel")
        code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        code_font.setPointSize(16)
        code_font.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(code_font)
        for label in (self.login_label, self.code_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setVisible(False)
        self.code_hint = wrapped_label(name="activationCodeHint")
        self.code_hint.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.login_label)
        layout.addWidget(self.code_label)
        layout.addWidget(self.code_hint)
        layout.addStretch()

    def show_record(self, record: SuccessionRecord) -> None:
        departure = record.departure_on.strftime("%d/%m/%Y")
        self.summary_label.setText(
            self.tr(
                "{login} is an administrator of the structure. After your departure on {date}, "
                "the administrators will be asked to delete your account."
            ).format(login=record.successor_login, date=departure)
        )
        code = record.activation
        if code is None:
            return
        self.login_label.setText(self.tr("Login: {login}").format(login=code.login))
        self.code_label.setText(code.code)
        self.code_label.setAccessibleName(self.tr("One-time activation code"))
        self.code_hint.setText(
            self.tr(
                "Give this one-time activation code to your successor in person. With their "
                "login, it lets them choose their password once, until {date}."
            ).format(date=code.expires_at.strftime("%d/%m/%Y %H:%M"))
        )
        for label in (self.login_label, self.code_label, self.code_hint):
            label.setVisible(True)


class SuccessionWizard(QWizard):
    """For an administrator who leaves; `record` is set, and `recorded` emitted, on success."""

    recorded = Signal(object)
    # The candidates and any successor already named, loaded off the GUI thread.
    loaded = Signal()

    def __init__(
        self, store: Store, clock: Clock, user: SignedIn, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("successionWizard")
        self.setWindowTitle(self.tr("PEP's Desktop – I am leaving the structure"))
        self._store = store
        self._clock = clock
        self._user = user
        self.record: SuccessionRecord | None = None
        self.intro_page = IntroPage()
        self.promote_page = PromotePage()
        self.create_page = CreatePage()
        self.departure_page = DeparturePage(clock.now().date())
        self.done_page = DonePage()
        for page_id, page in (
            (INTRO, self.intro_page),
            (PROMOTE, self.promote_page),
            (CREATE, self.create_page),
            (DEPARTURE, self.departure_page),
            (DONE, self.done_page),
        ):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Confirm"))
        self.setMinimumSize(640, 440)
        # The code's check and the change run off the GUI thread.
        self._committing = TaskRunner(self)
        self._committing.refused.connect(self._commit_refused)
        self._job = Job(lambda: self._load(store, clock, user))
        self._job.signals.done.connect(self._show_loaded)
        self._job.signals.failed.connect(self._show_load_failure)
        start(self._job)

    @staticmethod
    def _load(
        store: Store, clock: Clock, user: SignedIn
    ) -> tuple[SuccessionRecord | None, list[SuccessorCandidate]]:
        return pending_succession(store, clock, user), successor_candidates(store, clock, user)

    def _show_loaded(self, loaded: tuple[SuccessionRecord | None, list[Any]]) -> None:
        pending, candidates = loaded
        self.promote_page.show_candidates(candidates)
        if pending is not None:
            self.intro_page.block(
                self.tr(
                    "You have already named “{login}” as your successor (departure on {date})."
                ).format(
                    login=pending.successor_login, date=pending.departure_on.strftime("%d/%m/%Y")
                )
            )
        self.loaded.emit()

    def _show_load_failure(self, error: Exception) -> None:
        message = str(error) if isinstance(error, UserError) else repr(error)
        self.intro_page.block(message)
        self.loaded.emit()

    def validateCurrentPage(self) -> bool:
        """On the departure page, the change is started here and the wizard moves on when
        it is written (`_committed`): False until then."""
        if self.currentPage() is not self.departure_page or self.record is not None:
            return super().validateCurrentPage()
        if self._committing.busy:
            return False
        page = self.departure_page
        code = page.code_edit.text().strip()
        departure_on = page.departure_on()
        store, clock, user = self._store, self._clock, self._user
        if self.intro_page.promote_radio.isChecked():
            successor = self.promote_page.chosen_login()
            if successor is None:
                page.show_error(self.tr("Choose your successor first."))
                return False

            def work() -> SuccessionRecord:
                return promote_successor(store, clock, user, code, successor, departure_on)
        else:
            draft = self.create_page.draft()

            def work() -> SuccessionRecord:
                return create_successor(store, clock, user, code, draft, departure_on)

        page.code_edit.clear()
        page.set_saving(True)
        self._committing.run(work, on_success=self._committed)
        return False

    def _committed(self, record: SuccessionRecord) -> None:
        self.record = record
        self.departure_page.set_saving(False)
        self.departure_page.show_error("")
        self.done_page.show_record(record)
        self.next()  # validateCurrentPage lets it through now that the record is set
        self.recorded.emit(record)

    def _commit_refused(self, message: str) -> None:
        self.departure_page.set_saving(False)
        self.departure_page.show_error(message)
        self.departure_page.code_edit.setFocus()

    def reject(self) -> None:
        if self._committing.busy:
            return  # the change is being written: closing now would hide its outcome
        super().reject()
