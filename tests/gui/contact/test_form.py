"""Nous contacter: from a help-centre theme to a request kept in the store, NIRs masked,
drafts kept, nothing sent while a field is missing or wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.contact.catalogue_file import load_catalogue
from peps_desktop.core.contact.echanges import drafts_of
from peps_desktop.core.contact.form import Agent
from peps_desktop.core.contact.history import echange_detail, list_echanges
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.gui.contact.area import ContactArea
from peps_desktop.store import Store
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.gui.contact.form_steps import NIR, SPACED, fill, open_remboursement

CATALOGUE = load_catalogue()


@pytest.fixture
def claire(store: Store, clock: FixedClock) -> SignedIn:
    return sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)


@pytest.fixture
def area(qtbot, store: Store, clock: FixedClock, claire: SignedIn, english: None) -> ContactArea:  # type: ignore[no-untyped-def]
    widget = ContactArea(store, clock, claire, CATALOGUE)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)
    return widget


def test_fields_follow_the_sous_motif_and_send_waits_for_them(  # type: ignore[no-untyped-def]
    qtbot, area: ContactArea, tmp_path: Path
) -> None:
    form = open_remboursement(area)
    assert set(form._fields) == {"agents", "montant", "date", "pieces_jointes", "attestation"}
    assert "NIR" in form.information.text() or form.information.text()
    assert not form.send_button.isEnabled()
    assert "Amount" in form.missing.text() or "Montant" in form.missing.text()
    form.sous_motif.setCurrentIndex(form.sous_motif.findData("suivi"))
    assert "agents" not in form._fields and "date_demande" in form._fields

    form.sous_motif.setCurrentIndex(form.sous_motif.findData("demande"))
    fill(qtbot, form, tmp_path)
    assert form.send_button.isEnabled(), form.missing.text()
    assert form.missing.text() == "The request is ready to be sent."


def test_a_wrong_nir_key_is_said_under_the_field_and_blocks_sending(  # type: ignore[no-untyped-def]
    qtbot, area: ContactArea, tmp_path: Path
) -> None:
    form = open_remboursement(area)
    wrong = NIR[:13] + f"{(int(NIR[13:]) % 97) + 1:02d}"
    fill(qtbot, form, tmp_path, nir=wrong)
    error = form._errors["agents"]
    assert error.isVisible()
    assert error.text().startswith("Agent 1, NIR: The key")
    assert not form.send_button.isEnabled()
    assert NIR[:13] not in error.text()


def test_a_nir_is_masked_outside_its_field(qtbot, area: ContactArea, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    form = open_remboursement(area)
    fill(qtbot, form, tmp_path)
    nir_edit = form._fields["agents"].rows[0][0]  # type: ignore[attr-defined]
    assert nir_edit.is_masked()
    assert nir_edit.text() == f"{SPACED[:7]} •• ••• ••• {NIR[-2:]}"
    assert nir_edit.value() == SPACED
    nir_edit.setFocus()
    qtbot.waitUntil(lambda: not nir_edit.is_masked(), timeout=2000)
    assert nir_edit.text() == SPACED


def test_sending_keeps_the_request_and_it_shows_in_mes_echanges(  # type: ignore[no-untyped-def]
    qtbot, area: ContactArea, tmp_path: Path, store: Store, claire: SignedIn
) -> None:
    form = open_remboursement(area)
    fill(qtbot, form, tmp_path)
    with qtbot.waitSignal(form.submitted, timeout=5000) as sent:
        qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)
    reference = sent.args[0]
    rows = list_echanges(store, claire)
    assert [(row.reference, row.status) for row in rows] == [(reference, "a_envoyer")]
    detail = echange_detail(store, claire, rows[0].id)
    assert detail.agents == ((f"{SPACED[:7]} •• ••• ••• {NIR[-2:]}", "Durand", "Marie"),)
    assert drafts_of(store, claire) == []  # the draft became the request


def test_the_draft_is_kept_as_the_user_types_and_reopens(  # type: ignore[no-untyped-def]
    qtbot, area: ContactArea, tmp_path: Path, store: Store, claire: SignedIn
) -> None:
    form = open_remboursement(area)
    qtbot.keyClicks(form.findChild(QLineEdit, "field_montant"), "99,90")
    with qtbot.waitSignal(form.draft_saved, timeout=5000):
        pass
    drafts = drafts_of(store, claire)
    assert len(drafts) == 1
    area.open_draft(drafts[0][0])
    assert form.sous_motif.currentData() == "demande"
    assert form.findChild(QLineEdit, "field_montant").text() == "99,90"
    assert form._fields["agents"].value() == (Agent("", "", ""),)


def test_the_nir_typed_in_the_form_is_nowhere_in_the_store_file(  # type: ignore[no-untyped-def]
    qtbot, area: ContactArea, tmp_path: Path, store_url: str
) -> None:
    form = open_remboursement(area)
    fill(qtbot, form, tmp_path)
    with qtbot.waitSignal(form.submitted, timeout=5000):
        form.send_button.click()
    database = Path(store_url.removeprefix("sqlite:///"))
    for path in (database, database.with_name(database.name + "-wal")):
        if not path.exists():
            continue
        raw = path.read_bytes()
        for form_of_nir in (NIR, SPACED, NIR[:13]):
            for encoding in ("utf-8", "utf-16-le"):
                assert form_of_nir.encode(encoding) not in raw, (path.name, form_of_nir)


def test_an_agent_s_names_are_not_flagged_before_they_are_reached(  # type: ignore[no-untyped-def]
    qtbot, area: ContactArea
) -> None:
    form = open_remboursement(area)
    agents = form._fields["agents"]
    nir_edit, nom, prenom, _remove = agents.rows[0]
    error = form._errors["agents"]
    nir_edit.setFocus()
    qtbot.keyClicks(nir_edit, SPACED)
    assert not error.isVisible()  # nom and prénom are empty, but not reached yet
    assert not form.send_button.isEnabled()
    assert form.missing.text().startswith("To complete or correct before sending:")

    nom.setFocus()
    prenom.setFocus()  # nom left empty: now it is said
    qtbot.waitUntil(error.isVisible, timeout=2000)
    assert error.text() == "Agent 1, last name: This field is required."

    form.send_button.setEnabled(True)  # as if: « Envoyer » says everything still missing
    form.send()
    assert "Agent 1, first name: This field is required." in error.text()
