"""The accounts screens' words: a service and its right, with the French space."""

from __future__ import annotations

from peps_desktop.gui.accounts.words import service_right


def test_a_service_and_its_right_take_the_french_space(french) -> None:  # type: ignore[no-untyped-def]
    assert service_right("ATIACL", "aucun") == "ATIACL\u00a0: Aucun"
    assert service_right("CNRACL", "lecture") == "CNRACL\u00a0: Lecture seule"


def test_in_english_too(english) -> None:  # type: ignore[no-untyped-def]
    assert service_right("RAFP", "modification") == "RAFP: Modification"
