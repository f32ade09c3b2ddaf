"""The command line's translations, read from the .qm file without Qt, are Qt's own: every
message, with its disambiguation, and every plural at many counts; its numbers are written as
Qt's locale writes them."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator

from peps_desktop import i18n
from peps_desktop.gui.shared.translations import translations_dir
from peps_desktop.qm_file import read_catalogue

ROOT = Path(__file__).resolve().parents[1]
COUNTS = [*range(0, 130), 999, 1000, 1001, 51_076, 1_000_000, 2_000_001]


def _messages() -> list[tuple[str, str, str | None, bool]]:
    """(context, source, disambiguation, is a plural) of every message of the French .ts."""
    tree = ET.parse(ROOT / "resources" / "translations" / "peps_desktop_fr.ts")
    return [
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.findtext("comment"),
            message.get("numerus") == "yes",
        )
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def test_every_message_reads_as_qtranslator_reads_it() -> None:
    qm = translations_dir() / "peps_desktop_fr.qm"
    catalogue = read_catalogue(qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    messages = _messages()
    assert len(messages) > 500
    assert any(comment for _context, _source, comment, _plural in messages)
    assert any(plural for _context, _source, _comment, plural in messages)
    for context, source, comment, plural in messages:
        for count in COUNTS if plural else [-1]:
            wanted = translator.translate(context, source, comment, count)
            assert catalogue.translate(context, source, comment, count) == (wanted or None), (
                source,
                count,
            )
        if comment is None and not plural:
            assert catalogue.get((context, source)) == translator.translate(context, source)


def test_an_unknown_disambiguation_falls_back_as_qt_does() -> None:
    qm = translations_dir() / "peps_desktop_fr.qm"
    catalogue = read_catalogue(qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    context, source, _comment, _plural = next(
        message for message in _messages() if message[2] is None and not message[3]
    )
    wanted = translator.translate(context, source, "no such disambiguation")
    assert wanted
    assert catalogue.translate(context, source, "no such disambiguation") == wanted


def test_the_command_line_speaks_french_without_qt() -> None:
    i18n.install_without_qt(i18n.FRENCH)
    assert i18n.translate("Auth", "Wrong login or password.") == (
        "Identifiant ou mot de passe incorrect."
    )
    assert i18n.translate("Cli", "no such message, kept as is") == "no such message, kept as is"
    assert i18n.translate("AuditLog", "%Ln courrier(s)", None, 2000) == "2\u202f000 courriers"
    assert i18n.translate("AuditLog", "%Ln courrier(s)", None, 1) == "1 courrier"
    i18n.install_without_qt(i18n.ENGLISH)
    assert i18n.translate("Auth", "Wrong login or password.") == "Wrong login or password."
    assert i18n.translate("AuditLog", "%n courrier(s)", None, 2) == "2 courrier(s)"


def test_french_numbers_are_written_as_qts_french_locale_writes_them() -> None:
    i18n.install_without_qt(i18n.FRENCH)
    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    for value in [*COUNTS, -5, -1234, -51_076_000, 10**15]:
        assert i18n.format_number(value) == french.toString(value), value
