"""Qt-free translation: plurals replaced even without a translator; French elision."""

from __future__ import annotations

import pytest

from peps_desktop import i18n


def test_without_a_translator_the_source_text_gets_its_number() -> None:
    i18n.reset()
    assert i18n.translate("Ctx", "%n courrier(s) archived", None, 3) == "3 courrier(s) archived"
    assert i18n.translate("Ctx", "%Ln line(s)", None, 51076) == "51076 line(s)"
    assert i18n.translate("Ctx", "100 % done") == "100 % done"  # no count: left as it is


def test_the_installed_locale_groups_numbers(french) -> None:  # type: ignore[no-untyped-def]
    assert i18n.format_number(51076) == "51\u202f076"
    assert i18n.translate("AuditLog", "%Ln courrier(s)", None, 2000) == "2\u202f000 courriers"
    assert i18n.translate("AuditLog", "%Ln courrier(s)", None, 1) == "1 courrier"


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Élodie Lefèvre", "d’Élodie Lefèvre"),
        ("Yves Martin", "d’Yves Martin"),
        (" anne leroy", "d’anne leroy"),
        ("Thomas Henry", "de Thomas Henry"),
        ("Hélène Roux", "d’Hélène Roux"),  # a first name's h is mute
    ],
)
def test_french_of_elides_de_before_a_vowel(name: str, shown: str) -> None:
    assert i18n.french_of(name) == shown
