"""The application's life cycle around sign-in and sign-out."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared import locations
from peps_desktop.gui.app import Application
from peps_desktop.gui.settings.preferences import AppSettings
from tests.conftest import ADMIN, ADMIN_PASSWORD


@pytest.fixture
def application(qapp, store, clock, tmp_path: Path):  # type: ignore[no-untyped-def]
    location = locations.resolve(data_dir=tmp_path)
    app = Application(qapp, location, store, AppSettings(location.settings_file), clock)
    yield app
    app.stop_live_updates()
    if app.window is not None:
        app.window.close()


def test_sign_out_asks_again_and_opens_a_fresh_window(  # type: ignore[no-untyped-def]
    qtbot, application, store, clock, monkeypatch, english
) -> None:
    user = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    first = application.open_window(user)
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    monkeypatch.setattr(application, "ask_sign_in", lambda: user)

    first.sign_out_action.trigger()

    assert application.window is not None and application.window is not first
    assert application.window.isVisible()
    # The first window's live updates stopped with it; the new one has its own.
    assert application.live is not None and application.live.parent() is application.window
    assert not quits
    assert QApplication.quitOnLastWindowClosed()


def test_sign_out_then_cancel_quits(qtbot, application, store, clock, monkeypatch, english) -> None:  # type: ignore[no-untyped-def]
    user = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    application.open_window(user)
    quits: list[bool] = []
    monkeypatch.setattr(application.qt_app, "quit", lambda: quits.append(True))
    monkeypatch.setattr(application, "ask_sign_in", lambda: None)

    application.sign_out()

    assert application.window is None
    assert quits == [True]


def test_without_a_keyring_the_user_is_told_once_where_the_data_key_is(  # type: ignore[no-untyped-def]
    application, tmp_path: Path, monkeypatch, english
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        "peps_desktop.gui.app.QMessageBox.information",
        lambda _parent, _title, text: told.append(text),
    )
    application.tell_about_the_data_key()
    assert told == []  # the key is in the keyring: nothing to say

    application.data_key_file = tmp_path / "data.key"
    application.tell_about_the_data_key()
    application.tell_about_the_data_key()
    assert len(told) == 1
    assert str(tmp_path / "data.key") in told[0] and "no password keyring" in told[0]
    assert AppSettings(application.location.settings_file).data_key_notice_given
