"""From a help-centre theme, through the form, to Mes échanges: in the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.gui.app import build_window
from peps_desktop.gui.contact.area import ContactArea
from peps_desktop.gui.contact.echanges_view import EchangesView
from peps_desktop.gui.settings.preferences import AppSettings
from peps_desktop.store import Store
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.gui.contact.form_steps import fill, open_remboursement


def test_a_request_from_the_help_centre_lands_in_mes_echanges_and_the_outbox(  # type: ignore[no-untyped-def]
    qtbot, settings: AppSettings, store: Store, clock: FixedClock, tmp_path: Path, english: None
) -> None:
    settings.contact_recipient = "Relations employeurs <contact@fonds.example>"
    settings.outbox_folder = tmp_path / "envoi"
    window = build_window(
        store, clock, sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD), settings
    )
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.navigation.setCurrentRow(window.area_labels().index("Contact us"))
    contact = window.pages.currentWidget()
    assert isinstance(contact, ContactArea)

    form = open_remboursement(contact)
    fill(qtbot, form, tmp_path)
    echanges = window.findChild(EchangesView)
    with qtbot.waitSignal(echanges.change_finished, timeout=10000):  # sent at once
        qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)

    assert window.pages.currentWidget() is echanges

    def listed_as_sent() -> bool:
        rows = [echanges.model.row_at(n) for n in range(echanges.model.rowCount())]
        return [row.status for row in rows] == ["envoye"]

    qtbot.waitUntil(listed_as_sent, timeout=5000)  # the list is read again after sending
    row = echanges.model.row_at(0)
    assert (row.reference, row.status) == ("ECH-2026-000001", "envoye")
    assert [path.name for path in (tmp_path / "envoi").iterdir()] == ["ECH-2026-000001.eml"]
