"""French typography over every French text of the application (the .ts file)."""

from __future__ import annotations

import pytest

from tests.test_translations import load_tool

NBSP = "\u00a0"
NNBSP = "\u202f"


def test_every_french_text_follows_french_typography() -> None:
    tool = load_tool()
    assert tool.typography(tool.ts_file("fr")) == []


def test_the_french_texts_are_many_and_use_the_no_break_spaces() -> None:
    tool = load_tool()
    texts = [text for _context, _source, text in tool.translations(tool.ts_file("fr"))]
    assert len(texts) > 1000
    assert sum(f"{NBSP}:" in text for text in texts) > 100
    assert sum(f"«{NNBSP}" in text for text in texts) > 20


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Identifiant : inconnu", "a no-break space before « : »"),
        ("Identifiant: inconnu", "a no-break space before « : »"),
        ("Supprimer ce compte ?", "a narrow no-break space before « ? »"),
        ("Attention !", "a narrow no-break space before « ! »"),
        (f"Renouvelé{NBSP}: oui ; supprimé{NBSP}: non", "a narrow no-break space before « ; »"),
        (f"Le service « CNRACL{NNBSP}»", "a no-break space after « « »"),
        (f"Le service «{NNBSP}CNRACL »", "a no-break space before « » »"),
        ("Le service “CNRACL”", 'French quotes « » instead of “ ” or "'),
        ('Le service "CNRACL"', 'French quotes « » instead of “ ” or "'),
        ("3 compte(s) supprimé(s)", "a plural with %n instead of « (s) »"),
    ],
)
def test_the_check_marks_what_a_proof_reader_would(text: str, problem: str) -> None:
    assert load_tool().typography_problems(text) == [problem]


@pytest.mark.parametrize(
    "text",
    [
        f"Identifiant{NBSP}: inconnu",
        f"Supprimer ce compte{NNBSP}?",
        "écrivez SERVICE:niveau, par exemple CNRACL:lecture.",
        "Courriels (*.eml);;Tous les fichiers (*)",
        'un nombre entre guillemets, comme "1234.56"',
        f"Le service «{NNBSP}CNRACL{NNBSP}»",
        "%n comptes supprimés",
    ],
)
def test_the_check_leaves_correct_text_and_syntax_alone(text: str) -> None:
    assert load_tool().typography_problems(text) == []


def test_typeset_puts_the_french_spaces_in() -> None:
    tool = load_tool()
    typeset = tool.typeset("Supprimer « {login} » ? Motif : départ ; fait !")
    assert typeset == (
        f"Supprimer «{NNBSP}{{login}}{NNBSP}»{NNBSP}? Motif{NBSP}: départ{NNBSP}; fait{NNBSP}!"
    )
    assert tool.typography_problems(typeset) == []
    assert tool.typeset(typeset) == typeset
