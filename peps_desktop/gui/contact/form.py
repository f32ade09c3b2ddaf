"""Nous contacter: the form whose fields follow the sous-motif chosen.

Every edit is checked by the core's own rules (core/contact/form.py): errors show under the
fields already touched, and "Send" stays disabled, with what is missing said beside it, until
the request is valid. The form is kept as a draft in the store a moment after each edit, so
a crash loses at most that moment.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.contact.catalogue import Catalogue, SousMotif, Theme
from peps_desktop.core.contact.echanges import draft_submission, save_draft, submit
from peps_desktop.core.contact.form import (
    MESSAGE_KEY,
    ContactInvalid,
    FieldValue,
    Submission,
    validate,
)
from peps_desktop.core.shared.clock import Clock
from peps_desktop.gui.contact.field_widgets import FieldWidget, field_widget
from peps_desktop.gui.shared.message_bar import ERROR, INFO, MessageBar
from peps_desktop.gui.shared.styles import primary_button_style
from peps_desktop.gui.shared.tasks import TaskRunner
from peps_desktop.store import Store

DRAFT_DELAY_MS = 1000
ERROR_STYLE = "color: #b00020;"
STYLE = """
#sousMotifInformation { background: #e8f1fb; border: 1px solid #8fb3e0; border-radius: 6px;
                        padding: 8px; color: #13315c; }
#contactFields { background: white; }
"""


class ContactFormView(QWidget):
    submitted = Signal(str)  # the new échange's reference
    cancelled = Signal()
    draft_saved = Signal(int)

    def __init__(
        self,
        store: Store,
        clock: Clock,
        user: SignedIn,
        catalogue: Catalogue,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactForm")
        self.setStyleSheet(STYLE + primary_button_style("sendButton"))
        self._store = store
        self._clock = clock
        self._user = user
        self._catalogue = catalogue
        self.draft_id: int | None = None
        self._fields: dict[str, FieldWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._touched: set[str] = set()
        # Every problem said, reached or not: after « Envoyer », or on a draft reopened.
        self._all_said = False
        self._loading = False
        self._dirty = False
        self._send_after_save = False
        self.saver = TaskRunner(self)
        self.saver.finished.connect(self._draft_save_ended)
        self.sender_ = TaskRunner(self)
        self.sender_.refused.connect(self._send_refused)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._save_draft)

        title = QLabel(self.tr("<h2>Contact us</h2>"))
        self.theme = self._combo("themeCombo", self.tr("Theme"))
        self.motif = self._combo("motifCombo", self.tr("Motif"))
        self.sous_motif = self._combo("sousMotifCombo", self.tr("Sous-motif"))
        for theme in catalogue.themes:
            self.theme.addItem(theme.titre, theme.code)
        self.theme.currentIndexChanged.connect(self._theme_chosen)
        self.motif.currentIndexChanged.connect(self._motif_chosen)
        self.sous_motif.currentIndexChanged.connect(self._sous_motif_chosen)
        self.information = QLabel()
        self.information.setObjectName("sousMotifInformation")
        self.information.setWordWrap(True)
        self.message_bar = MessageBar("contactMessage")

        self.fields_box = QWidget()
        self.fields_box.setObjectName("contactFields")
        fields = QWidget()
        self.fields_layout = QFormLayout(fields)
        self.fields_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.message = QPlainTextEdit()
        self.message.setObjectName("messageEdit")
        self.message.setAccessibleName(self.tr("Your message"))
        self.message.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.message.setPlaceholderText(self.tr("Describe your request…"))
        self.message.textChanged.connect(lambda: self._edited(MESSAGE_KEY))
        self.message_error = self._error_label(MESSAGE_KEY)
        message_label = QLabel(self.tr("&Message *"))
        message_label.setBuddy(self.message)
        inside = QVBoxLayout(self.fields_box)
        inside.addWidget(fields)
        inside.addWidget(message_label)
        inside.addWidget(self.message, 1)
        inside.addWidget(self.message_error)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields it holds
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.fields_box)

        self.missing = QLabel()
        self.missing.setObjectName("contactMissing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #5a6470;")
        self.draft_status = QLabel()
        self.draft_status.setObjectName("draftStatus")
        self.draft_status.setStyleSheet("color: #5a6470;")
        self.send_button = QPushButton(self.tr("&Send"))
        self.send_button.setObjectName("sendButton")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.cancel_button = QPushButton(self.tr("&Back to the help centre"))
        self.cancel_button.setObjectName("cancelContactButton")
        self.cancel_button.clicked.connect(self._cancel)

        choices = QFormLayout()
        choices.addRow(self.tr("&Theme"), self.theme)
        choices.addRow(self.tr("&Motif"), self.motif)
        choices.addRow(self.tr("&Sous-motif"), self.sous_motif)
        footer = QHBoxLayout()
        footer.addWidget(self.draft_status)
        footer.addStretch()
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(title)
        layout.addWidget(self.message_bar)
        layout.addLayout(choices)
        layout.addWidget(self.information)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.missing)
        layout.addLayout(footer)
        self.start()

    # --- building ---------------------------------------------------------------------------

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        return combo

    def _error_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{key}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self._errors[key] = label
        return label

    def _current_theme(self) -> Theme:
        return self._catalogue.theme(self.theme.currentData())

    def _current_sous_motif(self) -> SousMotif:
        motif = self._current_theme().motif(self.motif.currentData())
        return motif.sous_motif(self.sous_motif.currentData())

    def _theme_chosen(self) -> None:
        self.motif.blockSignals(True)
        self.motif.clear()
        for motif in self._current_theme().motifs:
            self.motif.addItem(motif.libelle, motif.code)
        self.motif.blockSignals(False)
        self._motif_chosen()

    def _motif_chosen(self) -> None:
        self.sous_motif.blockSignals(True)
        self.sous_motif.clear()
        motif = self._current_theme().motif(self.motif.currentData())
        for sous_motif in motif.sous_motifs:
            self.sous_motif.addItem(sous_motif.libelle, sous_motif.code)
        self.sous_motif.blockSignals(False)
        self._sous_motif_chosen()

    def _sous_motif_chosen(self) -> None:
        """The fields of this sous-motif, keeping what was typed in fields of the same key."""
        kept = {cle: widget.value() for cle, widget in self._fields.items()}
        while self.fields_layout.rowCount():
            self.fields_layout.removeRow(0)
        self._fields.clear()
        self._errors = {MESSAGE_KEY: self.message_error}
        sous_motif = self._current_sous_motif()
        self.information.setText(sous_motif.information)
        for champ in sous_motif.champs:
            widget = field_widget(champ)
            previous = kept.get(champ.cle)
            if previous is not None:
                widget.set_value(previous)
            widget.changed.connect(lambda cle=champ.cle: self._edited(cle))
            widget.reached_more.connect(lambda: self._edited(None))
            self._fields[champ.cle] = widget
            label = f"{champ.libelle} *" if champ.obligatoire else champ.libelle
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            column.addWidget(self._error_label(champ.cle))
            self.fields_layout.addRow(label, box)
        # Made after the message: Tab would reach them last.
        before: QWidget = self.sous_motif
        for after in (*self._fields.values(), self.message):
            QWidget.setTabOrder(before, after)
            before = after
        self._edited(None)

    @contextmanager
    def _quiet(self) -> Iterator[None]:
        """Widgets filled by the form itself: not edits of the user."""
        self._loading = True
        try:
            yield
        finally:
            self._loading = False

    # --- starting ---------------------------------------------------------------------------

    def start(self, theme_code: str | None = None) -> None:
        """A new request; the theme (and so its motifs and funds) chosen when given."""
        self.draft_id = None
        self._touched.clear()
        self._all_said = False
        self.message_bar.hide()
        self.draft_status.clear()
        with self._quiet():
            self._fields.clear()
            self.message.clear()
            self.theme.blockSignals(True)
            index = self.theme.findData(theme_code) if theme_code else 0
            self.theme.setCurrentIndex(max(index, 0))
            self.theme.blockSignals(False)
        self._theme_chosen()

    def open_draft(self, draft_id: int) -> None:
        submission = draft_submission(self._store, self._user, draft_id)
        self.start(submission.theme)
        with self._quiet():
            self.motif.setCurrentIndex(max(self.motif.findData(submission.motif), 0))
            self._motif_chosen()
            self.sous_motif.setCurrentIndex(max(self.sous_motif.findData(submission.sous_motif), 0))
            self._sous_motif_chosen()
            for cle, value in submission.values.items():
                if cle in self._fields:
                    self._fields[cle].set_value(value)
            self.message.setPlainText(submission.message)
        self.draft_id = draft_id
        self._touched = set(self._errors)
        self._all_said = True
        self._edited(None)

    # --- checking ---------------------------------------------------------------------------

    def submission(self) -> Submission:
        values: dict[str, FieldValue] = {}
        for cle, widget in self._fields.items():
            value = widget.value()
            if value is not None:
                values[cle] = value
        return Submission(
            self.theme.currentData(),
            self.motif.currentData(),
            self.sous_motif.currentData(),
            self.message.toPlainText(),
            values,
        )

    def errors(self) -> dict[str, str]:
        try:
            validate(self._catalogue, self.submission(), read_attachments=False)
        except ContactInvalid as invalid:
            return invalid.errors
        return {}

    def _edited(self, key: str | None) -> None:
        if self._loading:
            return
        if key is not None:
            self._touched.add(key)
            self._dirty = True
            self._draft_timer.start()
        self._show_errors(self.errors())

    def _show_errors(self, errors: dict[str, str]) -> None:
        by_field: dict[str, list[str]] = {}
        said: dict[str, list[str]] = {}
        for place, message in errors.items():
            cle = place.split("[", 1)[0]
            by_field.setdefault(cle, []).append(self._describe(place, message))
            widget = self._fields.get(cle)
            if self._all_said or widget is None or widget.reached(place):
                said.setdefault(cle, []).append(self._describe(place, message))
        for cle, label in self._errors.items():
            shown = cle in self._touched and cle in said
            label.setText("\n".join(said.get(cle, [])))
            label.setVisible(shown)
        self.send_button.setEnabled(not errors and not self.sender_.busy)
        if errors:
            names = [self._label_of(cle) for cle in by_field]
            self.missing.setText(
                self.tr("To complete or correct before sending: {fields}.").format(
                    fields=", ".join(names)
                )
            )
        else:
            self.missing.setText(self.tr("The request is ready to be sent."))

    def _describe(self, place: str, message: str) -> str:
        """« agents[1].nir » → « Agent 2, NIR: … »; a field's own error as it is."""
        if "[" not in place:
            return message
        number = int(place.split("[", 1)[1].split("]", 1)[0]) + 1
        part = place.rsplit(".", 1)[1] if "." in place else ""
        names = {
            "nir": self.tr("NIR"),
            "nom": self.tr("last name"),
            "prenom": self.tr("first name"),
        }
        if part in names:
            return self.tr("Agent {number}, {part}: {message}").format(
                number=number, part=names[part], message=message
            )
        return self.tr("Document {number}: {message}").format(number=number, message=message)

    def _label_of(self, cle: str) -> str:
        if cle == MESSAGE_KEY:
            return self.tr("Message")
        for champ in self._current_sous_motif().champs:
            if champ.cle == cle:
                return champ.libelle
        return cle

    # --- drafts -----------------------------------------------------------------------------

    def _save_draft(self) -> None:
        if not self._dirty:
            return
        if self.saver.busy:
            self._draft_timer.start()  # again once the current save is done
            return
        self._dirty = False
        store, clock, user, catalogue = self._store, self._clock, self._user, self._catalogue
        submission, draft_id = self.submission(), self.draft_id
        self.saver.run(
            lambda: save_draft(store, clock, user, catalogue, submission, draft_id),
            self._draft_kept,
        )

    def _draft_kept(self, draft_id: Any) -> None:
        self.draft_id = draft_id
        self.draft_status.setText(
            self.tr("Draft saved at {time}.").format(time=self._clock.now().strftime("%H:%M"))
        )
        self.draft_saved.emit(draft_id)

    def _draft_save_ended(self) -> None:
        if self._send_after_save:
            self._send_after_save = False
            self.send()
        elif self._dirty:
            self._draft_timer.start()

    def flush_draft(self) -> None:
        """Save now what the timer would save in a moment (leaving the form, closing)."""
        self._draft_timer.stop()
        self._save_draft()

    # --- sending ----------------------------------------------------------------------------

    def send(self) -> None:
        errors = self.errors()
        if errors:
            self._touched = set(self._errors)
            self._all_said = True
            self._show_errors(errors)
            return
        if self.sender_.busy:
            return
        self._draft_timer.stop()
        self._dirty = False
        if self.saver.busy:  # the draft being saved is the one the request replaces
            self._send_after_save = True
            return
        store, clock, user, catalogue = self._store, self._clock, self._user, self._catalogue
        submission, draft_id = self.submission(), self.draft_id
        self.send_button.setEnabled(False)
        self.sender_.run(
            lambda: submit(store, clock, user, catalogue, submission, draft_id), self._sent
        )

    def _sent(self, reference: Any) -> None:
        self.message_bar.show_message(
            self.tr("Your request {reference} is saved and will be sent.").format(
                reference=reference
            ),
            INFO,
        )
        self.draft_id = None
        self.submitted.emit(reference)

    def _send_refused(self, message: str) -> None:
        self.message_bar.show_message(message, ERROR)
        self._show_errors(self.errors())

    def _cancel(self) -> None:
        self.flush_draft()
        self.cancelled.emit()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._cancel()
            return
        super().keyPressEvent(event)
