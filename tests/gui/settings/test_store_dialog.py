"""« Où sont les données » : local base or the structure's server, with a connection test;
at the first start and from the settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from peps_desktop.core.shared import locations
from peps_desktop.core.shared.store_choice import (
    PASSWORD_SERVICE,
    ServerSettings,
    StoreChoice,
    current_choice,
    user_store_file,
)
from peps_desktop.gui import app
from peps_desktop.gui.settings.dialog import SettingsDialog
from peps_desktop.gui.settings.preferences import AppSettings
from peps_desktop.gui.settings.store_dialog import StoreChoiceDialog
from tests.conftest import MemoryKeyring
from tests.private_server import private_server

LOCAL = StoreChoice("local", None, "default")


def _dialog(qtbot: QtBot, current: StoreChoice = LOCAL) -> StoreChoiceDialog:
    dialog = StoreChoiceDialog(current, first_start=True)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _test_connection(qtbot: QtBot, dialog: StoreChoiceDialog) -> str:
    with qtbot.waitSignal(dialog.runner.finished, timeout=20_000):
        dialog.test_button.click()
    return dialog.result_label.text()


def test_the_local_base_is_the_default_and_is_remembered(qtbot: QtBot, english: None) -> None:
    dialog = _dialog(qtbot)
    assert dialog.local_radio.isChecked()
    assert not dialog.server_box.isEnabled()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert current_choice() == StoreChoice("local", None, "user")


def test_a_server_is_tested_then_kept_with_its_password_in_the_keyring(
    qtbot: QtBot, english: None, memory_keyring: MemoryKeyring
) -> None:
    dialog = _dialog(qtbot)
    dialog.server_radio.setChecked(True)
    assert dialog.server_box.isEnabled()
    dialog.test_button.click()  # nothing to connect to yet: said at once
    assert dialog.result_label.text() == "Give the server's name (host)."
    with private_server() as server:
        dialog.host_edit.setText("127.0.0.1")
        dialog.port_spin.setValue(server.port)
        dialog.database_edit.setText("absente")
        dialog.user_edit.setText("postgres")
        dialog.tls_combo.setCurrentIndex(dialog.tls_combo.findData("disable"))
        assert _test_connection(qtbot, dialog) == "The server has no database “absente”."
        dialog.database_edit.setText("postgres")
        assert _test_connection(qtbot, dialog) == (
            "Connection works. The database is empty: it will be prepared."
        )
        dialog.port_spin.setValue(1)
        assert _test_connection(qtbot, dialog).startswith("The server cannot be reached:")
        dialog.port_spin.setValue(server.port)
        dialog.password_edit.setText("secret")
        dialog.accept()
    expected = ServerSettings("127.0.0.1", "postgres", server.port, "postgres", "disable")
    assert current_choice() == StoreChoice("server", expected, "user")
    assert memory_keyring.secrets == {(PASSWORD_SERVICE, expected.url()): "secret"}
    assert "secret" not in user_store_file().read_text(encoding="utf-8")


def test_the_first_start_asks_only_when_nothing_was_chosen_and_no_base_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []

    def accept_a_server(dialog: StoreChoiceDialog) -> int:
        asked.append(True)
        dialog.server_radio.setChecked(True)
        dialog.host_edit.setText("db.mairie.fr")
        dialog.database_edit.setText("peps")
        dialog.accept()
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(StoreChoiceDialog, "exec", accept_a_server)
    chosen = app._choose_store(locations.resolve())
    assert asked == [True]
    assert chosen is not None and chosen.db_url.startswith("postgresql+psycopg://db.mairie.fr")
    # Chosen: not asked again.
    assert app._choose_store(locations.resolve()) == locations.resolve()
    assert asked == [True]
    # A local base already there (an upgrade from an earlier version): not asked either.
    user_store_file().unlink()
    existing = locations.resolve(data_dir=tmp_path)
    (tmp_path / locations.DATABASE_FILE).write_bytes(b"")
    assert app._choose_store(existing) == existing
    assert asked == [True]


def test_the_settings_say_where_the_data_lives_and_change_it(
    qtbot: QtBot, settings: AppSettings, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.store_label.text() == "Local base on this computer"

    def choose_server(chooser: StoreChoiceDialog) -> int:
        chooser.server_radio.setChecked(True)
        chooser.host_edit.setText("pg.cdg49.fr")
        chooser.database_edit.setText("commune")
        chooser.accept()
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(StoreChoiceDialog, "exec", choose_server)
    dialog._change_store()
    assert dialog.store_label.text() == "The structure's server: pg.cdg49.fr:5432/commune"
