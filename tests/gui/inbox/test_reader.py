"""The courrier reader: the PDF beside the details, read marks, copies, and no crash on a
missing or damaged document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt, QThreadPool, QUrl
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.demo.pdf import courrier_pdf
from peps_desktop.core.shared.documents import document_path, store_document
from peps_desktop.gui.inbox.pdf_controls import LOWEST_ZOOM, ZOOM_STEP
from peps_desktop.gui.inbox.reader import VIEWING_FOLDER, CourrierReader
from peps_desktop.store import Store
from peps_desktop.store.models import CourrierRead
from tests.core.courriers.inbox_builders import courrier, person

LETTER = courrier_pdf(
    "CNRACL — Facture de cotisations",
    ["Madame, Monsieur,", "", "Veuillez trouver ci-joint la facture du mois d'octobre."],
)
OBJET = "Facture de cotisations octobre"
REFERENCE = "CNR-2026-0000042"


@pytest.fixture(autouse=True)
def no_job_left_running(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    QThreadPool.globalInstance().waitForDone(5000)


@pytest.fixture
def lea(store: Store) -> SignedIn:
    with store.session() as session:
        return person(session, "lea.petit", {"CNRACL": "lecture"})


def add_letter(store: Store, content: bytes | None, **fields: object) -> int:
    """A CNRACL courrier; `content` stored as its document (None: no document)."""
    sha = store_document(store.documents_dir, content) if content is not None else None
    with store.session() as session:
        return courrier(
            session,
            fields.pop("service", "CNRACL"),  # type: ignore[arg-type]
            objet=OBJET,
            reference=REFERENCE,
            type="facture",
            action_requise=True,
            echeance=dt.date(2026, 12, 15),
            montant=Decimal("1200.50"),
            document_sha256=sha,
            **fields,
        )


@pytest.fixture
def reader(qtbot, store, clock, lea, english) -> CourrierReader:  # type: ignore[no-untyped-def]
    widget = CourrierReader(store, clock, lea)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    return widget


def open_in(qtbot, reader: CourrierReader, courrier_id: int) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(reader.loaded, timeout=5000):
        reader.open(courrier_id)


def is_read(store: Store, user: SignedIn, courrier_id: int) -> bool:
    with store.read_session() as session:
        return session.get(CourrierRead, (user.account_id, courrier_id)) is not None


def detail(reader: CourrierReader, name: str) -> str:
    label = reader.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def test_a_valid_pdf_is_shown_beside_the_details_and_the_courrier_is_read(  # type: ignore[no-untyped-def]
    qtbot, reader, store, lea
) -> None:
    letter = add_letter(store, LETTER)
    assert not is_read(store, lea, letter)

    with qtbot.waitSignal(reader.opened, timeout=5000) as emitted:
        open_in(qtbot, reader, letter)

    assert emitted.args == [letter]
    assert is_read(store, lea, letter)
    assert reader.document.status() == QPdfDocument.Status.Ready
    assert reader.document.pageCount() >= 1
    assert reader.pages.currentWidget() is reader.document_page
    assert reader.pdf_view.document() is reader.document
    assert detail(reader, "readerObjet") == OBJET
    assert detail(reader, "readerReference") == REFERENCE
    assert detail(reader, "readerService") == "CNRACL"
    assert detail(reader, "readerType") == "Invoice"
    assert detail(reader, "readerEcheance") == "15/12/2026"
    assert detail(reader, "readerActionRequise") == "Yes"
    assert reader.message_bar.isHidden()
    assert reader.save_action.isEnabled()
    assert reader.external_action.isEnabled()


def test_a_corrupt_pdf_shows_a_message_and_the_details(  # type: ignore[no-untyped-def]
    qtbot, reader, store, lea
) -> None:
    letter = add_letter(store, b"%PDF-1.4 garbage")  # the right hash, a PDF header, no PDF

    open_in(qtbot, reader, letter)

    assert is_read(store, lea, letter)
    assert not reader.message_bar.isHidden()
    assert "cannot be displayed: it is damaged or not a valid PDF" in (
        reader.message_bar.label.text()
    )
    assert reader.pages.currentWidget() is reader.placeholder
    assert reader.document.pageCount() == 0
    assert detail(reader, "readerObjet") == OBJET
    assert not reader.save_action.isEnabled()
    assert not reader.external_action.isEnabled()


def test_a_missing_document_shows_a_message(qtbot, reader, store, lea) -> None:  # type: ignore[no-untyped-def]
    letter = add_letter(store, LETTER)
    document_path(store.documents_dir, store_document(store.documents_dir, LETTER)).unlink()

    with qtbot.waitSignal(reader.opened, timeout=5000):
        open_in(qtbot, reader, letter)

    assert is_read(store, lea, letter)
    assert "missing from the store" in reader.message_bar.label.text()
    assert reader.pages.currentWidget() is reader.placeholder
    assert detail(reader, "readerReference") == REFERENCE
    assert not reader.save_action.isEnabled()


def test_a_courrier_without_document_says_so(qtbot, reader, store) -> None:  # type: ignore[no-untyped-def]
    open_in(qtbot, reader, add_letter(store, None))
    assert "No document is attached to this courrier." in reader.message_bar.label.text()
    assert detail(reader, "readerObjet") == OBJET


def test_a_courrier_of_a_service_without_rights_is_refused(  # type: ignore[no-untyped-def]
    qtbot, reader, store, lea
) -> None:
    letter = add_letter(store, LETTER, service="RAFP")

    with qtbot.assertNotEmitted(reader.opened):
        open_in(qtbot, reader, letter)

    assert not is_read(store, lea, letter)
    assert "not yours to see" in reader.message_bar.label.text()
    assert detail(reader, "readerObjet") == ""
    assert reader.document.pageCount() == 0
    assert not reader.save_action.isEnabled()


def test_opening_another_courrier_replaces_the_document(  # type: ignore[no-untyped-def]
    qtbot, reader, store
) -> None:
    open_in(qtbot, reader, add_letter(store, b"%PDF-1.4 garbage"))
    other = courrier_pdf("IRCANTEC", ["Autre courrier"])
    open_in(qtbot, reader, add_letter(store, other))
    assert reader.message_bar.isHidden()
    assert reader.document.pageCount() == 1
    assert reader.current is not None
    assert reader.save_action.isEnabled()


def test_save_as_writes_the_document(  # type: ignore[no-untyped-def]
    qtbot, reader, store, tmp_path, monkeypatch
) -> None:
    open_in(qtbot, reader, add_letter(store, LETTER))
    asked: list[str] = []

    def ask(suggested: str) -> Path:
        asked.append(suggested)
        return tmp_path / "saved" / "facture"  # no suffix typed: .pdf is added

    monkeypatch.setattr(reader, "_ask_save_path", ask)
    reader.save_action.trigger()
    target = tmp_path / "saved" / "facture.pdf"
    qtbot.waitUntil(lambda: not reader.message_bar.isHidden(), timeout=5000)

    assert asked == [f"{REFERENCE}.pdf"]
    assert target.read_bytes() == LETTER
    assert "Document saved to" in reader.message_bar.label.text()


def test_a_save_that_fails_is_a_message(  # type: ignore[no-untyped-def]
    qtbot, reader, store, tmp_path, monkeypatch
) -> None:
    open_in(qtbot, reader, add_letter(store, LETTER))
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(reader, "_ask_save_path", lambda suggested: blocker / "facture.pdf")

    reader.save_action.trigger()
    qtbot.waitUntil(lambda: not reader.message_bar.isHidden(), timeout=5000)

    assert "could not be saved to" in reader.message_bar.label.text()
    assert reader.message_bar.kind == "error"


def test_cancelling_save_as_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot, reader, store, monkeypatch
) -> None:
    open_in(qtbot, reader, add_letter(store, LETTER))
    monkeypatch.setattr(reader, "_ask_save_path", lambda suggested: None)
    reader.save_action.trigger()
    assert not reader.copier.busy
    assert reader.message_bar.isHidden()


def test_open_externally_hands_over_a_readable_copy(  # type: ignore[no-untyped-def]
    qtbot, reader, store, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    open_in(qtbot, reader, add_letter(store, LETTER))
    urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(reader, "_open_url", open_url)
    reader.external_action.trigger()
    qtbot.waitUntil(lambda: bool(urls), timeout=5000)

    assert urls[0].isLocalFile()
    copy = Path(urls[0].toLocalFile())
    assert copy.parent == tmp_path / VIEWING_FOLDER
    assert copy.suffix == ".pdf"
    assert copy.read_bytes() == LETTER
    assert reader.message_bar.isHidden()


def test_when_no_application_opens_the_copy_the_user_is_told(  # type: ignore[no-untyped-def]
    qtbot, reader, store, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    open_in(qtbot, reader, add_letter(store, LETTER))
    monkeypatch.setattr(reader, "_open_url", lambda url: False)

    reader.external_action.trigger()
    qtbot.waitUntil(lambda: not reader.message_bar.isHidden(), timeout=5000)

    assert "No application could open the document" in reader.message_bar.label.text()
    assert str(tmp_path / VIEWING_FOLDER) in reader.message_bar.label.text()


def test_escape_asks_to_go_back(qtbot, reader, store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    open_in(qtbot, reader, add_letter(store, LETTER))
    reader.show()
    qtbot.waitExposed(reader)
    reader.activateWindow()
    reader.pdf_view.setFocus()
    qtbot.waitUntil(reader.pdf_view.hasFocus, timeout=2000)

    with qtbot.waitSignal(reader.back_requested, timeout=2000):
        qtbot.keyClick(reader.pdf_view, Qt.Key.Key_Escape)


# --- zoom, page count, and what the reader asks of the list ----------------------------------


def pages_pdf(count: int) -> bytes:
    """A PDF of `count` A4 pages, written by Qt."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    for number in range(count):
        if number:
            writer.newPage()
        painter.drawText(200, 400, f"Page {number + 1}")
    painter.end()
    buffer.close()
    return bytes(data.data())


def test_the_page_count_follows_the_page_shown(qtbot, reader, store) -> None:  # type: ignore[no-untyped-def]
    reader.show()
    open_in(qtbot, reader, add_letter(store, pages_pdf(3)))
    controls = reader.pdf_controls
    assert controls.page_label.text() == "Page 1 of 3"

    reader.pdf_view.pageNavigator().jump(1, QPointF(), 0)
    qtbot.waitUntil(lambda: controls.page_label.text() == "Page 2 of 3", timeout=2000)

    # Another courrier starts at its first page.
    open_in(qtbot, reader, add_letter(store, pages_pdf(2)))
    assert controls.page_label.text() == "Page 1 of 2"


def test_zoom_in_out_and_back_to_the_width(qtbot, reader, store) -> None:  # type: ignore[no-untyped-def]
    reader.show()
    open_in(qtbot, reader, add_letter(store, LETTER))
    controls = reader.pdf_controls
    assert reader.pdf_view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    fitted = controls.zoom
    assert controls.zoom_label.text() == f"{round(fitted * 100)}%"
    assert not controls.fit_width.isEnabled()  # already fitting

    controls.zoom_in.trigger()
    assert reader.pdf_view.zoomMode() == QPdfView.ZoomMode.Custom
    assert reader.pdf_view.zoomFactor() == pytest.approx(fitted * ZOOM_STEP)
    assert controls.zoom_label.text() == f"{round(fitted * ZOOM_STEP * 100)}%"
    assert controls.fit_width.isEnabled()

    for _ in range(20):  # down to the lowest zoom, no further
        controls.zoom_out.trigger()
    assert reader.pdf_view.zoomFactor() == pytest.approx(LOWEST_ZOOM)
    assert controls.zoom_label.text() == "25%"
    assert not controls.zoom_out.isEnabled()

    qtbot.waitExposed(reader)
    reader.activateWindow()
    reader.pdf_view.setFocus()
    qtbot.waitUntil(reader.pdf_view.hasFocus, timeout=2000)
    qtbot.keyClick(reader.pdf_view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert reader.pdf_view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert controls.zoom_label.text() == f"{round(fitted * 100)}%"


def test_no_page_count_nor_zoom_without_a_document(qtbot, reader, store) -> None:  # type: ignore[no-untyped-def]
    open_in(qtbot, reader, add_letter(store, None))
    controls = reader.pdf_controls
    assert controls.page_label.text() == ""
    assert controls.zoom_label.text() == ""
    assert not any(action.isEnabled() for action in controls.actions())


def test_the_latest_courrier_asked_for_is_shown_and_those_overtaken_are_not_opened(  # type: ignore[no-untyped-def]
    qtbot, reader, store, lea
) -> None:
    first, overtaken, last = (add_letter(store, LETTER) for _ in range(3))
    reader.open(first)
    reader.open(overtaken)  # while the first opens: replaced by the last before its turn
    with qtbot.waitSignal(reader.loaded, timeout=5000):
        reader.open(last)
    assert reader.current is not None and reader.current.row.id == last
    assert is_read(store, lea, first) and is_read(store, lea, last)
    assert not is_read(store, lea, overtaken)


def test_nothing_asked_for_meanwhile_leaves_nothing_shown(qtbot, reader, store) -> None:  # type: ignore[no-untyped-def]
    letter = add_letter(store, LETTER)
    reader.open(letter)
    reader.show_nothing("Select a courrier to read it here.")
    QThreadPool.globalInstance().waitForDone(5000)
    qtbot.waitUntil(lambda: not reader.loader.busy, timeout=5000)
    assert reader.current is None
    assert reader.placeholder.text() == "Select a courrier to read it here."


def test_archive_assign_and_neighbours_are_asked_with_the_courrier_shown(  # type: ignore[no-untyped-def]
    qtbot, reader, store
) -> None:
    letter = add_letter(store, LETTER)
    open_in(qtbot, reader, letter)
    assert not reader.previous_action.isEnabled() and not reader.next_action.isEnabled()
    reader.set_neighbours(True, True)
    asked: list[tuple[str, int]] = []
    reader.asked.connect(lambda what, courrier_id: asked.append((what, courrier_id)))
    reader.show()
    qtbot.waitExposed(reader)
    reader.activateWindow()
    reader.pdf_view.setFocus()
    qtbot.waitUntil(reader.pdf_view.hasFocus, timeout=2000)
    qtbot.keyClick(reader.pdf_view, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(reader.pdf_view, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    reader.archive_action.trigger()
    reader.assign_action.trigger()
    assert asked == [
        ("next", letter),
        ("previous", letter),
        ("archive", letter),
        ("assign", letter),
    ]


def test_a_courrier_the_user_may_only_read_cannot_be_archived_nor_assigned(  # type: ignore[no-untyped-def]
    qtbot, reader, store
) -> None:
    reader.may_modify = lambda service: service != "CNRACL"
    open_in(qtbot, reader, add_letter(store, LETTER))
    assert not reader.archive_action.isEnabled()
    assert not reader.assign_action.isEnabled()
