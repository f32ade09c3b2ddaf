"""The command line's translations, read from the .qm file without Qt, are Qt's own."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

from peps_desktop import i18n
from peps_desktop.gui.shared.translations import translations_dir
from peps_desktop.qm_file import read_catalogue

ROOT = Path(__file__).resolve().parents[1]


def _messages() -> list[tuple[str, str, bool]]:
    """(context, source, has a disambiguation) of every message of the French .ts file."""
    tree = ET.parse(ROOT / "resources" / "translations" / "peps_desktop_fr.ts")
    return [
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.find("comment") is not None,
        )
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def test_every_message_reads_as_qtranslator_reads_it() -> None:
    qm = translations_dir() / "peps_desktop_fr.qm"
    catalogue = read_catalogue(qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    messages = [(context, source) for context, source, ambiguous in _messages() if not ambiguous]
    assert len(messages) > 500
    for context, source in messages:
        assert catalogue.get((context, source)) == translator.translate(context, source), source


def test_the_command_line_speaks_french_without_qt() -> None:
    i18n.install_without_qt(i18n.FRENCH)
    assert i18n.translate("Auth", "Wrong login or password.") == (
        "Identifiant ou mot de passe incorrect."
    )
    assert i18n.translate("Cli", "no such message, kept as is") == "no such message, kept as is"
    i18n.install_without_qt(i18n.ENGLISH)
    assert i18n.translate("Auth", "Wrong login or password.") == "Wrong login or password."
