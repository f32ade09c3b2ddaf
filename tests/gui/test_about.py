"""« À propos »: the version, the store's engine and location, the licence; copied at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from peps_desktop import __version__
from peps_desktop.core.shared.about import about
from peps_desktop.core.shared.locations import Location
from peps_desktop.gui.about_dialog import AboutDialog


def test_about_names_the_version_the_store_and_the_licence(  # type: ignore[no-untyped-def]
    qtbot, store, store_url: str, tmp_path: Path, french
) -> None:
    details = about(store, Location(tmp_path, store_url))
    assert details.engine.startswith("SQLite 3.")
    assert details.store == str(tmp_path / "store.sqlite3")
    dialog = AboutDialog(details)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "À propos de PEP's Desktop"
    assert dialog.findChild(QLabel, "aboutVersion").text() == __version__
    assert dialog.findChild(QLabel, "aboutStore").text() == str(tmp_path / "store.sqlite3")
    assert "LGPL" in dialog.findChild(QLabel, "aboutLicence").text()
    assert "propriétaire" in dialog.findChild(QLabel, "aboutLicence").text()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert f"Version\u00a0: {__version__}" in copied
    assert "Moteur du stockage\u00a0: SQLite 3." in copied


def test_a_server_store_is_named_without_its_password(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server = "postgresql+psycopg://peps:secret@db.mairie.fr:5432/peps"
    details = about(store, Location(tmp_path, server))
    assert details.store == "postgresql+psycopg://peps:***@db.mairie.fr:5432/peps"
    assert "secret" not in repr(details)
