"""Steps through the contact form that several tests take: a theme, then the fields."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from peps_desktop.core.contact.nir import nir_key
from peps_desktop.gui.contact.area import ContactArea
from peps_desktop.gui.contact.field_widgets import AgentsField, AttachmentsField
from peps_desktop.gui.contact.form import ContactFormView

BODY = "2951063220146"
NIR = f"{BODY}{nir_key(BODY):02d}"
SPACED = f"{NIR[0]} {NIR[1:3]} {NIR[3:5]} {NIR[5:7]} {NIR[7:10]} {NIR[10:13]} {NIR[13:]}"


def open_remboursement(area: ContactArea) -> ContactFormView:
    """Help centre › Remboursement de cotisations › Contact us › the « demande » sous-motif."""
    themes = area.help_centre.themes
    row = [themes.item(n).data(Qt.ItemDataRole.UserRole) for n in range(themes.count())].index(
        "remboursement"
    )
    themes.setCurrentRow(row)
    assert "Remboursement de cotisations" in area.help_centre.help.text()
    area.help_centre.contact_button.click()
    form = area.form
    assert area.currentWidget() is form
    assert form.theme.currentData() == "remboursement"
    form.motif.setCurrentIndex(form.motif.findData("cotisations_a_tort"))
    form.sous_motif.setCurrentIndex(form.sous_motif.findData("demande"))
    return form


def fill(qtbot, form: ContactFormView, tmp_path: Path, nir: str = SPACED) -> None:  # type: ignore[no-untyped-def]
    agents = form._fields["agents"]
    assert isinstance(agents, AgentsField)
    nir_edit, nom, prenom, _remove = agents.rows[0]
    nir_edit.setFocus()
    qtbot.keyClicks(nir_edit, nir)
    nom.setFocus()  # leaving the NIR field masks it
    qtbot.keyClicks(nom, "Durand")
    qtbot.keyClicks(prenom, "Marie")
    qtbot.keyClicks(form.findChild(QLineEdit, "field_montant"), "1 234,56")
    qtbot.keyClicks(form.findChild(QLineEdit, "field_date"), "15/10/2026")
    proof = tmp_path / "bulletin.pdf"
    proof.write_bytes(b"%PDF-1.4\n% bulletin\n%%EOF\n")
    attachments = form._fields["pieces_jointes"]
    assert isinstance(attachments, AttachmentsField)
    attachments._ask_files = lambda: [proof]  # type: ignore[method-assign]
    attachments.add.click()
    form._fields["attestation"].set_value(True)
    qtbot.keyClicks(form.message, "Nous demandons le remboursement.")
