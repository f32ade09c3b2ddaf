"""Message bars float over their view, go by themselves when they only confirm, and go when
their view is left."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from peps_desktop.gui.shared import message_bar
from peps_desktop.gui.shared.message_bar import ERROR, INFO, MessageBar


def page_with_bar(
    qtbot, closable: bool = True
) -> tuple[QStackedWidget, QWidget, MessageBar, QLabel]:  # type: ignore[no-untyped-def]
    pages = QStackedWidget()
    qtbot.addWidget(pages)
    page = QWidget()
    bar = MessageBar("testMessage", closable=closable)
    content = QLabel("content")
    layout = QVBoxLayout(page)
    layout.addWidget(bar)
    layout.addWidget(content, 1)
    pages.addWidget(page)
    pages.addWidget(QWidget())
    pages.resize(900, 600)
    pages.show()
    qtbot.waitExposed(pages)
    return pages, page, bar, content


def test_a_message_does_not_push_the_content_down(qtbot) -> None:  # type: ignore[no-untyped-def]
    _pages, page, bar, content = page_with_bar(qtbot)
    top = content.geometry().top()
    bar.show_message("3 comptes renouvelés.", INFO)
    qtbot.wait(10)
    assert bar.isVisible()
    assert content.geometry().top() == top
    assert bar.geometry().bottom() < page.height()
    assert bar.geometry().top() > page.height() // 2  # over the bottom of the view


def test_a_message_goes_when_its_view_is_left(qtbot) -> None:  # type: ignore[no-untyped-def]
    pages, _page, bar, _content = page_with_bar(qtbot)
    bar.show_message("Rien n'a été modifié.", ERROR)
    pages.setCurrentIndex(1)
    pages.setCurrentIndex(0)
    assert bar.isHidden()


def test_a_confirmation_goes_by_itself_an_error_stays(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(message_bar, "INFO_SHOWN_MS", 50)
    _pages, _page, bar, _content = page_with_bar(qtbot)
    bar._timer.setInterval(message_bar.INFO_SHOWN_MS)
    bar.show_message("Fait.", INFO)
    qtbot.waitUntil(bar.isHidden, timeout=2000)
    bar.show_message("Refusé.", ERROR)
    qtbot.wait(150)
    assert bar.isVisible()


def test_a_standing_warning_keeps_its_place(qtbot) -> None:  # type: ignore[no-untyped-def]
    _pages, page, bar, content = page_with_bar(qtbot, closable=False)
    top = content.geometry().top()
    bar.show_message("Deux administrateurs sont recommandés.", INFO)
    qtbot.waitUntil(lambda: content.geometry().top() > top, timeout=2000)
    assert page.layout().indexOf(bar) == 0
