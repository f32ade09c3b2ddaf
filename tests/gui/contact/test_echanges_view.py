"""Mes échanges: the list, its search and filter, the thread, answers, drafts and sending."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel

from peps_desktop.core.contact.history import EchangeRow, list_echanges
from peps_desktop.core.contact.nir import spaced_nir
from peps_desktop.gui.contact.answer_dialog import AnswerDialog
from peps_desktop.gui.contact.echanges_model import ID_ROLE, SEND_ERROR_COLOUR, Column
from peps_desktop.gui.contact.echanges_view import EchangesView
from peps_desktop.gui.settings.preferences import AppSettings
from peps_desktop.gui.shared.message_bar import ERROR, INFO
from peps_desktop.store import Store
from tests.gui.contact.echange_builders import NIR, Echanges, made_echanges


@pytest.fixture
def echanges(store: Store, tmp_path: Path) -> Echanges:
    return made_echanges(store, tmp_path)


@pytest.fixture
def view(
    qtbot, store: Store, clock, echanges: Echanges, settings: AppSettings, english
) -> EchangesView:  # type: ignore[no-untyped-def]
    widget = EchangesView(store, clock, echanges.claire, settings)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.show()  # the list is first read when the page is shown
    return widget


def references(view: EchangesView) -> list[str]:
    return [view.model.row_at(number).reference for number in range(view.model.rowCount())]


def cell(view: EchangesView, reference: str, column: Column, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    return view.model.index(references(view).index(reference), column).data(role)


def select(qtbot, view: EchangesView, reference: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.detail_loaded, timeout=5000):
        view.table.selectRow(references(view).index(reference))
    assert view.detail.shown is not None and view.detail.shown.row.reference == reference


def act(qtbot, view: EchangesView, trigger) -> None:  # type: ignore[no-untyped-def]
    """Trigger an action and wait until the list is read again after it."""
    with qtbot.waitSignals([view.change_finished, view.loaded], timeout=10000):
        trigger()


def label_texts(view: EchangesView) -> list[str]:
    return [label.text() for label in view.findChildren(QLabel)]


def test_lists_the_structures_echanges_latest_first(
    view: EchangesView, echanges: Echanges, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    assert references(view) == ["ECH-2026-000003", echanges.invoice, echanges.refund]
    assert cell(view, echanges.refund, Column.DATE) == "23/11/2026 10:15"
    assert cell(view, echanges.refund, Column.THEME) == "Remboursement de cotisations"
    assert (
        cell(view, echanges.refund, Column.MOTIF)
        == "Cotisations versées à tort / Demande de remboursement"
    )
    assert cell(view, echanges.refund, Column.AUTHOR) == "Claire Martin"
    assert cell(view, echanges.refund, Column.STATUS) == "To send"
    assert cell(view, "ECH-2026-000003", Column.STATUS) == "Draft"
    assert view.model.index(0, 0).data(ID_ROLE) == echanges.draft
    assert view.status.text() == "3 échange(s)"
    assert view.findChild(QLabel, "echangesTitle").text() == "<h2>My échanges</h2>"
    qtmodeltester.check(view.model)


def test_sorting_by_a_column(view: EchangesView, echanges: Echanges) -> None:
    view.table.sortByColumn(Column.REFERENCE, Qt.SortOrder.AscendingOrder)
    assert references(view) == [echanges.refund, echanges.invoice, "ECH-2026-000003"]
    view.table.sortByColumn(Column.STATUS, Qt.SortOrder.AscendingOrder)
    assert references(view)[0] == "ECH-2026-000003"  # drafts come first, as in their life


def test_search_after_a_pause_and_the_status_filter(
    qtbot, view: EchangesView, echanges: Echanges
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(view.search, "Rembourse")
    assert view.model.rowCount() == 3  # not yet: the user is still typing
    qtbot.waitUntil(lambda: references(view) == [echanges.refund], timeout=3000)
    view.search.clear()
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.search.returnPressed.emit()
    assert view.model.rowCount() == 3

    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.status_filter.setCurrentIndex(view.status_filter.findData("brouillon"))
    assert references(view) == ["ECH-2026-000003"]
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.status_filter.setCurrentIndex(view.status_filter.findData("repondu"))
    assert references(view) == []
    assert view.status.text() == "No échange matches this search."
    assert [view.status_filter.itemText(n) for n in range(view.status_filter.count())] == [
        "All statuses",
        "Draft",
        "To send",
        "Sent",
        "Answered",
        "Closed",
    ]


def test_ctrl_f_goes_to_the_search(qtbot, view: EchangesView) -> None:  # type: ignore[no-untyped-def]
    view.activateWindow()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()


def test_f5_reads_the_list_again(
    qtbot, view: EchangesView, store: Store, tmp_path: Path, echanges: Echanges
) -> None:  # type: ignore[no-untyped-def]
    made_echanges(store, tmp_path)  # three more, written elsewhere meanwhile
    view.table.setFocus()
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.keyClick(view.table, Qt.Key.Key_F5)
    assert view.model.rowCount() == 6


def test_the_detail_shows_the_request_and_its_thread_with_the_nir_masked(
    qtbot, view: EchangesView, echanges: Echanges
) -> None:  # type: ignore[no-untyped-def]
    select(qtbot, view, echanges.refund)
    texts = label_texts(view)
    assert echanges.refund in texts
    assert "Demande de remboursement" in texts
    assert "Montant à rembourser" in texts and "1\u202f234,56\u00a0€" in texts
    assert "15/10/2026" in texts
    assert f"2 95 10 •• ••• ••• {NIR[-2:]} — DURAND Marie" in texts
    assert "bulletin.pdf" in texts
    sent = view.detail.findChildren(QFrame, "echangeMessageSent")
    assert len(sent) == 1
    assert sent[0].findChild(QLabel, "echangeMessageSentBody").text() == (
        "Nous demandons le remboursement des cotisations versées à tort."
    )
    # « To send »: the thread does not claim it went.
    assert "Written on 23/11/2026 10:15, not sent yet" in texts
    assert not any(text.startswith("Sent on") for text in texts)
    # Nowhere in full: not in a label, not in the table.
    everything = " ".join(texts)
    for shown in (NIR, spaced_nir(NIR), NIR[:13]):
        assert shown not in everything
    cells = [
        str(view.model.index(row, column).data(role))
        for row in range(view.model.rowCount())
        for column in Column
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    ]
    assert not any(NIR[:13] in text for text in cells)


def test_nothing_selected_shows_a_placeholder(
    qtbot, view: EchangesView, echanges: Echanges
) -> None:  # type: ignore[no-untyped-def]
    select(qtbot, view, echanges.invoice)
    view.table.clearSelection()
    assert view.detail.shown is None
    assert view.findChild(QLabel, "echangeDetailPlaceholder") is not None


def test_a_pasted_answer_sets_the_echange_answered(
    qtbot, view: EchangesView, echanges: Echanges, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    select(qtbot, view, echanges.invoice)
    assert view.add_answer_action.isEnabled()
    asked: list[str] = []

    def paste(reference: str) -> str:
        asked.append(reference)
        return "La facture a été corrigée."

    monkeypatch.setattr(view, "_ask_answer", paste)
    with qtbot.waitSignal(view.detail_loaded, timeout=10000):
        act(qtbot, view, view.add_answer_action.trigger)
    assert asked == [echanges.invoice]
    assert cell(view, echanges.invoice, Column.STATUS) == "Answered"
    assert view.selected_row() is not None and view.selected_row().reference == echanges.invoice  # type: ignore[union-attr]
    received = view.detail.findChildren(QFrame, "echangeMessageReceived")
    assert [frame.findChild(QLabel, "echangeMessageReceivedBody").text() for frame in received] == [
        "La facture a été corrigée."
    ]
    assert view.message_bar.kind == INFO
    assert view.message_bar.label.text() == f"The answer was attached to {echanges.invoice}."


def test_a_cancelled_paste_changes_nothing(
    qtbot, view: EchangesView, echanges: Echanges, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    select(qtbot, view, echanges.invoice)
    monkeypatch.setattr(view, "_ask_answer", lambda reference: "")
    view.add_answer_action.trigger()
    assert not view.changer.busy
    assert cell(view, echanges.invoice, Column.STATUS) == "To send"


def test_an_imported_eml_answer_sets_its_echange_answered(
    qtbot,
    view: EchangesView,
    echanges: Echanges,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    answer = tmp_path / "reponse.eml"
    answer.write_bytes(
        (
            "From: contact@fonds.example\r\nTo: claire.martin@mairie.fr\r\n"
            f"Subject: RE: [{echanges.refund}] Demande de remboursement\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n"
            "Le remboursement sera versé le 5 décembre.\r\n"
        ).encode()
    )
    monkeypatch.setattr(view, "_ask_eml_file", lambda: str(answer))
    with qtbot.waitSignal(view.detail_loaded, timeout=10000):
        act(qtbot, view, view.import_answer_action.trigger)
    assert cell(view, echanges.refund, Column.STATUS) == "Answered"
    assert view.selected_row() is not None and view.selected_row().reference == echanges.refund  # type: ignore[union-attr]
    assert "Le remboursement sera versé le 5 décembre." in label_texts(view)
    assert view.message_bar.label.text() == (
        f"The answer in reponse.eml was attached to {echanges.refund}."
    )


def test_a_file_that_answers_nothing_is_refused(
    qtbot,
    view: EchangesView,
    echanges: Echanges,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    stray = tmp_path / "publicite.eml"
    stray.write_bytes(b"From: promo@example.com\r\nSubject: Offre\r\n\r\nAchetez !\r\n")
    monkeypatch.setattr(view, "_ask_eml_file", lambda: str(stray))
    with qtbot.waitSignal(view.change_finished, timeout=5000):
        view.import_answer_action.trigger()
    assert view.message_bar.kind == ERROR
    assert "names no échange" in view.message_bar.label.text()
    monkeypatch.setattr(view, "_ask_eml_file", lambda: str(tmp_path / "absent.eml"))
    with qtbot.waitSignal(view.change_finished, timeout=5000):
        view.import_answer_action.trigger()
    assert view.message_bar.label.text().startswith("The file absent.eml could not be read")
    assert [row.status for row in list_echanges(view._store, echanges.claire)].count("repondu") == 0


def test_a_draft_is_continued_or_deleted(
    qtbot, view: EchangesView, echanges: Echanges, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    select(qtbot, view, echanges.invoice)
    assert not view.continue_draft_action.isVisible() and view.add_answer_action.isVisible()
    select(qtbot, view, "ECH-2026-000003")
    assert view.continue_draft_action.isEnabled() and view.delete_draft_action.isEnabled()
    assert not view.add_answer_action.isVisible()
    with qtbot.waitSignal(view.draft_requested, timeout=1000) as opened:
        view.continue_draft_action.trigger()
    assert opened.args == [echanges.draft]
    middle = view.table.visualRect(view.model.index(0, 0)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    with qtbot.waitSignal(view.draft_requested, timeout=1000):
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    view.table.setFocus()
    with qtbot.waitSignal(view.draft_requested, timeout=1000):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)

    monkeypatch.setattr(view, "_confirm_delete", lambda row: False)
    view.delete_draft_action.trigger()
    assert not view.changer.busy and view.model.rowCount() == 3
    confirmed: list[str] = []

    def confirm(row: EchangeRow) -> bool:
        confirmed.append(row.reference)
        return True

    monkeypatch.setattr(view, "_confirm_delete", confirm)
    act(qtbot, view, view.delete_draft_action.trigger)
    assert confirmed == ["ECH-2026-000003"]
    assert references(view) == [echanges.invoice, echanges.refund]
    assert view.detail.shown is None


def test_new_request(qtbot, view: EchangesView) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.new_request_requested, timeout=1000):
        view.new_request_button.click()


def test_send_now_through_the_outbox(
    qtbot, view: EchangesView, echanges: Echanges, settings: AppSettings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    settings.contact_recipient = "contact@fonds.example"
    act(qtbot, view, view.send_now_action.trigger)
    assert cell(view, echanges.refund, Column.STATUS) == "Sent"
    assert cell(view, echanges.invoice, Column.STATUS) == "Sent"
    assert cell(view, "ECH-2026-000003", Column.STATUS) == "Draft"  # a draft is not sent
    outbox = tmp_path / "envoi"
    assert settings.outbox_folder == outbox
    assert sorted(path.name for path in outbox.glob("*.eml")) == [
        f"{echanges.refund}.eml",
        f"{echanges.invoice}.eml",
    ]
    assert view.message_bar.kind == INFO
    assert str(outbox) in view.message_bar.label.text()

    act(qtbot, view, view.send_now_action.trigger)  # nothing is sent twice
    assert view.message_bar.label.text() == "No request was waiting to be sent."
    assert len(list(outbox.glob("*.eml"))) == 2


def test_send_now_without_an_address_says_where_to_set_it(
    qtbot, view: EchangesView, echanges: Echanges, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.change_finished, timeout=1000):
        view.send_now_action.trigger()
    assert view.message_bar.kind == ERROR
    assert "Sending requests" in view.message_bar.label.text()
    assert not (tmp_path / "envoi").exists()
    assert cell(view, echanges.refund, Column.STATUS) == "To send"


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_mail_server_down_keeps_the_requests_to_send_with_the_reason(
    qtbot, view: EchangesView, echanges: Echanges, settings: AppSettings
) -> None:  # type: ignore[no-untyped-def]
    settings.contact_recipient = "contact@fonds.example"
    settings.send_method = "smtp"
    settings.smtp_host = "127.0.0.1"
    settings.smtp_port = closed_port()
    act(qtbot, view, view.send_now_action.trigger)
    assert cell(view, echanges.refund, Column.STATUS) == "To send ⚠"
    tooltip = cell(view, echanges.refund, Column.STATUS, Qt.ItemDataRole.ToolTipRole)
    assert (
        tooltip.startswith("Not sent: The mail server 127.0.0.1:")
        and "cannot be reached" in tooltip
    )
    assert (
        cell(view, echanges.refund, Column.STATUS, Qt.ItemDataRole.ForegroundRole)
        == SEND_ERROR_COLOUR
    )
    assert view.message_bar.kind == ERROR
    assert "2 request(s) not sent" in view.message_bar.label.text()
    assert echanges.refund in view.message_bar.label.text()
    select(qtbot, view, echanges.refund)
    error = view.detail.findChild(QLabel, "echangeDetailSendError")
    assert error is not None and "cannot be reached" in error.text()


def test_the_answer_dialog_needs_a_text(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    dialog = AnswerDialog("ECH-2026-000001")
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.text.setPlainText("   ")
    assert not dialog.ok.isEnabled()
    dialog.text.setPlainText("  Bien reçu.  ")
    assert dialog.ok.isEnabled() and dialog.answer() == "Bien reçu."


def test_on_a_narrow_window_the_reference_date_and_state_stay_whole(  # type: ignore[no-untyped-def]
    qtbot, view: EchangesView
) -> None:
    table, header = view.table, view.table.horizontalHeader()
    view.resize(800, 600)  # a 1024-pixel screen, less the navigation
    qtbot.waitUntil(lambda: header.isSectionHidden(Column.THEME))
    for column in (Column.REFERENCE, Column.DATE, Column.STATUS):
        assert header.sectionSize(column) >= table.sizeHintForColumn(column)
    shown = [c for c in Column if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width()
    view.resize(1400, 700)
    qtbot.waitUntil(lambda: not header.isSectionHidden(Column.THEME))
