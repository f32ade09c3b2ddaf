"""One échange beside the list: what was asked, about whom (NIRs masked), the files sent, and
the thread of messages sent and answers received.

Every text shown here came from a user or a fund: labels are plain text, never rich text.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import PurePath

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peps_desktop.core.contact.catalogue import Catalogue, Champ
from peps_desktop.core.contact.echanges import (
    DIRECTION_SENT,
    DRAFT_ATTACHMENTS,
    STATUS_A_ENVOYER,
    STATUS_BROUILLON,
    STATUS_CLOS,
    STATUS_ENVOYE,
    STATUS_REPONDU,
)
from peps_desktop.core.contact.history import EchangeDetail, EchangeRow, ThreadMessage
from peps_desktop.gui.contact.echanges_model import shown_date, status_label
from peps_desktop.gui.inbox.words import euros

# (background, text): contrast above 4.5:1 for each.
STATUS_COLOURS = {
    STATUS_BROUILLON: ("#eceef1", "#3c4650"),
    STATUS_A_ENVOYER: ("#fff1d6", "#7a4a00"),
    STATUS_ENVOYE: ("#e3edfa", "#1b3a6b"),
    STATUS_REPONDU: ("#e3f4e8", "#1e6b34"),
    STATUS_CLOS: ("#eceef1", "#3c4650"),
}
STYLE = """
#echangeDetail { background: white; border: 1px solid #d0d7e2; border-radius: 6px; }
#echangeDetail:focus { border: 2px solid #1b5fbf; }
#echangeDetailContent { background: white; }
#echangeDetailReference { color: #1b3a6b; font-size: 15px; font-weight: bold; }
#echangeDetailTitle { color: #1f2933; font-weight: bold; }
#echangeDetailContent QLabel[field="true"] { color: #5a6470; }
#echangeDetailContent QLabel[section="true"] { color: #1b3a6b; font-weight: bold;
              border-bottom: 1px solid #d0d7e2; padding-bottom: 2px; margin-top: 8px; }
#echangeDetailSendError { background: #fdecea; border: 1px solid #d9534f; border-radius: 6px;
              color: #8a1010; padding: 6px 8px; }
#echangeMessageSent { background: #e3edfa; border: 1px solid #b7cdef; border-radius: 8px; }
#echangeMessageReceived { background: #eaf6ec; border: 1px solid #b9dfc1; border-radius: 8px; }
#echangeMessageDraft { background: #f6f8fb; border: 1px dashed #b0b8c4; border-radius: 8px; }
#echangeDetailContent QLabel[when="true"] { color: #5a6470; font-size: 11px; }
#echangeDetailPlaceholder { color: #5a6470; padding: 24px; }
"""
# The side a message leans to: what we sent on the right, what we received on the left.
BUBBLE_INDENT = 48
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MONTH = re.compile(r"\d{4}-\d{2}")
_AMOUNT = re.compile(r"-?\d+\.\d{2}")


def champs_of(catalogue: Catalogue | None, row: EchangeRow) -> dict[str, Champ]:
    """The fields of the échange's sous-motif, found by the labels it was saved with."""
    if catalogue is None:
        return {}
    for theme in catalogue.themes:
        if theme.titre != row.theme:
            continue
        for motif in theme.motifs:
            if motif.libelle != row.motif:
                continue
            for sous_motif in motif.sous_motifs:
                if sous_motif.libelle == row.sous_motif:
                    return {champ.cle: champ for champ in sous_motif.champs}
    return {}


def _plain(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class EchangeDetailPanel(QScrollArea):
    """Shows one EchangeDetail, or a placeholder; rebuilt whole for each échange."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("echangeDetail")
        self.setStyleSheet(STYLE)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Échange details"))
        self.shown: EchangeDetail | None = None
        self.show_placeholder()

    def show_placeholder(self, text: str | None = None) -> None:
        self.shown = None
        content = QWidget()
        content.setObjectName("echangeDetailContent")
        layout = QVBoxLayout(content)
        placeholder = _plain(
            text or self.tr("Select an échange to read its messages."), "echangeDetailPlaceholder"
        )
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(placeholder)
        layout.addStretch()
        self._replace(content)

    def show_detail(self, detail: EchangeDetail, catalogue: Catalogue | None = None) -> None:
        self.shown = detail
        row = detail.row
        content = QWidget()
        content.setObjectName("echangeDetailContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        layout.addLayout(self._header(row))
        layout.addWidget(_plain(row.sous_motif, "echangeDetailTitle"))
        if row.send_error:
            layout.addWidget(
                _plain(
                    self.tr(
                        "Not sent: {error}\nIt will be tried again at the next sending."
                    ).format(error=row.send_error),
                    "echangeDetailSendError",
                )
            )
        layout.addLayout(self._summary(row))
        champs = champs_of(catalogue, row)
        # In the form's order when the sous-motif is known.
        order = {cle: number for number, cle in enumerate(champs)}
        fields = sorted(
            ((cle, value) for cle, value in detail.fields if value),
            key=lambda item: order.get(item[0], len(order)),
        )
        if fields:
            layout.addWidget(self._section(self.tr("Details")))
            form = self._form()
            for cle, value in fields:
                champ = champs.get(cle)
                form.addRow(
                    self._field(champ.libelle if champ else cle),
                    _plain(self._shown_value(cle, champ, value)),
                )
            layout.addLayout(form)
        if detail.agents:
            layout.addWidget(self._section(self.tr("Agents concerned")))
            for masked, nom, prenom in detail.agents:
                shown = " — ".join(
                    part for part in (masked, f"{nom.upper()} {prenom}".strip()) if part
                )
                layout.addWidget(_plain(shown, "echangeAgent"))
        if detail.attachments:
            layout.addWidget(self._section(self.tr("Attachments")))
            for name in detail.attachments:
                layout.addWidget(_plain(name, "echangeAttachment"))
        layout.addWidget(self._section(self.tr("Messages")))
        if detail.thread:
            for message in detail.thread:
                layout.addLayout(self._bubble(message))
        elif detail.message:
            layout.addLayout(self._draft_bubble(detail.message))
        else:
            layout.addWidget(_plain(self.tr("No message yet."), "echangeNoMessage"))
        layout.addStretch()
        self._replace(content)

    # --- parts --------------------------------------------------------------------------

    def _replace(self, content: QWidget) -> None:
        old = self.takeWidget()
        self.setWidget(content)
        if old is not None:
            old.deleteLater()

    def _header(self, row: EchangeRow) -> QHBoxLayout:
        header = QHBoxLayout()
        header.addWidget(_plain(row.reference, "echangeDetailReference"))
        header.addStretch()
        status = _plain(status_label(row.status), "echangeDetailStatus")
        background, colour = STATUS_COLOURS.get(row.status, ("#eceef1", "#3c4650"))
        status.setStyleSheet(
            f"background: {background}; color: {colour}; border-radius: 9px;"
            " padding: 2px 10px; font-weight: bold;"
        )
        status.setWordWrap(False)
        header.addWidget(status)
        return header

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(4)
        return form

    def _summary(self, row: EchangeRow) -> QFormLayout:
        form = self._form()
        for name, value in (
            (self.tr("Theme"), row.theme),
            (self.tr("Motif"), row.motif),
            (self.tr("Created on"), shown_date(row.created_at)),
            (self.tr("Author"), row.author or "—"),
        ):
            form.addRow(self._field(name), _plain(value))
        return form

    def _field(self, text: str) -> QLabel:
        label = _plain(text)
        label.setProperty("field", True)
        return label

    def _section(self, text: str) -> QLabel:
        label = _plain(text)
        label.setProperty("section", True)
        return label

    def _shown_value(self, cle: str, champ: Champ | None, value: str) -> str:
        kind = champ.type if champ else ""
        if kind == "date" and _ISO_DATE.fullmatch(value):
            return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
        if kind == "date" and _ISO_MONTH.fullmatch(value):
            return f"{value[5:7]}/{value[:4]}"
        if kind == "montant" and _AMOUNT.fullmatch(value):
            return euros(Decimal(value))
        if kind == "attestation":
            return self.tr("Certified") if value == "oui" else value
        if cle == DRAFT_ATTACHMENTS:
            # A draft keeps the chosen files' paths: their names are enough here.
            return ", ".join(PurePath(line).name for line in value.splitlines() if line)
        return value

    def _bubble(self, message: ThreadMessage) -> QHBoxLayout:
        sent = message.direction == DIRECTION_SENT
        if message.waiting:
            when = self.tr("Written on {date}, not sent yet")
        elif sent:
            when = self.tr("Sent on {date}")
        else:
            when = self.tr("Received on {date}")
        when = when.format(date=shown_date(message.at))
        return self._leaning(
            "echangeMessageSent" if sent else "echangeMessageReceived", when, message.body, sent
        )

    def _draft_bubble(self, text: str) -> QHBoxLayout:
        return self._leaning("echangeMessageDraft", self.tr("Draft, not sent"), text, True)

    def _leaning(self, name: str, when: str, body: str, right: bool) -> QHBoxLayout:
        bubble = QFrame()
        bubble.setObjectName(name)
        inside = QVBoxLayout(bubble)
        inside.setContentsMargins(10, 6, 10, 8)
        inside.setSpacing(2)
        header = _plain(when)
        header.setProperty("when", True)
        inside.addWidget(header)
        inside.addWidget(_plain(body, f"{name}Body"))
        row = QHBoxLayout()
        if right:
            row.addSpacing(BUBBLE_INDENT)
        row.addWidget(bubble, 1)
        if not right:
            row.addSpacing(BUBBLE_INDENT)
        return row
