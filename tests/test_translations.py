"""The French translation is complete and is what the application speaks by default."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtWidgets import QLabel

from peps_desktop.gui.shared.translations import DEFAULT_LANGUAGE, FRENCH
from peps_desktop.i18n import translate

ROOT = Path(__file__).resolve().parents[1]


def load_tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "tools" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_every_string_has_a_finished_french_translation_and_the_qm_is_current() -> None:
    assert load_tool().check() == []


def test_the_check_reports_an_unfinished_translation(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        "<context><name>Auth</name><message><source>Wrong login or password.</source>"
        '<translation type="unfinished"></translation></message></context></TS>',
        encoding="utf-8",
    )
    assert load_tool().problems(ts) == ["Auth: untranslated “Wrong login or password.”"]


def test_french_is_the_default_for_core_messages_and_forms(qtbot, french) -> None:  # type: ignore[no-untyped-def]
    from peps_desktop.gui.shared.forms import load_form

    assert DEFAULT_LANGUAGE == FRENCH
    assert translate("Setup", "The structure's name is required.") == (
        "Le nom de la structure est obligatoire."
    )
    form = load_form("signin_form")
    qtbot.addWidget(form)
    assert form.findChild(QLabel, "loginLabel").text() == "&Identifiant"


def test_english_shows_the_source_texts(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    assert translate("Auth", "Wrong login or password.") == "Wrong login or password."
