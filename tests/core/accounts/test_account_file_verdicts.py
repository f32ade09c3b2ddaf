"""The verdict on each kept hostile account list: the same reasons on every engine, since the
rules live in the core (lengths from the schema, control characters, ASCII digits, kinds)."""

from __future__ import annotations

from pathlib import Path

import pytest

from peps_desktop.core.accounts.files import AccountImportError, import_accounts
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.errors import UserError
from peps_desktop.store import Store
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.core.accounts.file_builders import snapshot
from tests.second_factor import next_code

CORPUS = Path(__file__).with_name("corpus")

LINE_VERDICTS = {
    "long-nom.csv": ["“nom” is longer than 100 characters (150)."],
    "arabic-digits-date.csv": ["“١٥/٠٣/٢٠٢٧” is not a date: write JJ/MM/AAAA or AAAA-MM-JJ."],
    "control-characters.csv": [
        "“nom” contains a control character (U+0007).",
        "“prenom” contains a control character (U+001B).",
    ],
    "number-where-text.xlsx": [
        "“login” must be text, not 12345.",
        "“prenom” must be text, not 3.5.",
        "“droits” must be text, not true.",
    ],
}
FILE_VERDICTS = {
    "xml-that-does-not-parse.xlsx": "it is not a readable Excel workbook (.xlsx).",
    "bad-zip-stream.xlsx": "it is not a readable Excel workbook (.xlsx).",
    "no-worksheet.xlsx": "the workbook has no worksheet.",
    "nul-in-a-line.csv": "line 2 holds a NUL character: it is not a text file.",
    "unclosed-quote.csv": "line 2 cannot be read (a cell too long, or a quote not closed).",
}


@pytest.mark.parametrize("name", sorted(LINE_VERDICTS))
def test_every_fault_of_a_line_is_named(
    store: Store, clock: FixedClock, tmp_path: Path, name: str
) -> None:
    admin = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    before = snapshot(store)
    with pytest.raises(AccountImportError) as refused:
        import_accounts(store, clock, admin, next_code(clock), CORPUS / name)
    assert [(p.line, p.reason) for p in refused.value.report.problems] == [
        (2, reason) for reason in LINE_VERDICTS[name]
    ]
    assert snapshot(store) == before


@pytest.mark.parametrize("name", sorted(FILE_VERDICTS))
def test_an_unreadable_file_is_named_with_its_fault(
    store: Store, clock: FixedClock, name: str
) -> None:
    admin = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    before = snapshot(store)
    with pytest.raises(UserError) as refused:
        import_accounts(store, clock, admin, next_code(clock), CORPUS / name)
    assert str(refused.value) == f"Cannot read {CORPUS / name}: {FILE_VERDICTS[name]}"
    assert snapshot(store) == before
