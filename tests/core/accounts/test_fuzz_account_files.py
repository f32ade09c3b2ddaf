"""Fuzzing the account list's import: CSV and XLSX (written by openpyxl, then mutated at the
byte and at the XML level) are imported or refused with a message naming the file or the
line and the fault; never an unexpected error, and a refused file changes no row."""

from __future__ import annotations

import io
import itertools
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peps_desktop.core.accounts.files import AccountImportError, export_accounts, import_accounts
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.errors import UserError
from peps_desktop.store import Store
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.core.accounts.file_builders import add_person, snapshot
from tests.fuzzing import FUZZ, HOSTILE_TEXT, corpus, mutated
from tests.second_factor import next_code

CORPUS = Path(__file__).with_name("corpus")
_files = itertools.count()

# What a damaged workbook's XML may hold instead of what openpyxl wrote.
XML_SNIPPETS = [
    b"",
    b"<",
    b"</row>",
    b'<c r="A2" t="n"><v>1e400</v></c>',
    b'<c r="B2" t="b"><v>1</v></c>',
    b'<c r="C2" t="e"><v>#REF!</v></c>',
    b'<c r="D2" t="s"><v>99999</v></c>',
    b'<c r="XFD1048576"><v>1</v></c>',
    b'<dimension ref="A1:XFD1048576"/>',
    b"\x00",
    b"&undefined;",
    b"<![CDATA[",
    b'<c r="A2" t="inlineStr"><is><t>\xef\xbf\xbe</t></is></c>',
    b"9" * 5000,
]


@pytest.fixture
def admin(store: Store, clock: FixedClock) -> SignedIn:
    """ADMIN, signed in; each example confirms its import with the next code of the app."""
    add_person(store, "jean.dupont", rights={"CNRACL": "lecture"}, telephone="02 41 11 22 33")
    add_person(store, "paul.durand")
    return sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)


@pytest.fixture
def exported(store: Store, clock: FixedClock, admin: SignedIn, tmp_path: Path) -> dict[str, bytes]:
    """The structure's list as openpyxl and the CSV writer write it."""
    files = {}
    for suffix in (".xlsx", ".csv"):
        path = tmp_path / f"comptes{suffix}"
        export_accounts(store, clock, admin, path)
        files[suffix] = path.read_bytes()
    return files


def check_import(
    store: Store, clock: FixedClock, admin: SignedIn, folder: Path, suffix: str, content: bytes
) -> None:
    path = folder / f"liste{next(_files)}{suffix}"
    path.write_bytes(content)
    before = snapshot(store)
    try:
        import_accounts(store, clock, admin, next_code(clock), path)
    except AccountImportError as refused:
        assert refused.report.problems
        for problem in refused.report.problems:
            assert problem.line >= 1 and problem.reason
        assert snapshot(store) == before
    except UserError as refused:
        assert path.name in str(refused)  # the file is named
        assert snapshot(store) == before


def _xml_mutation(original: bytes, entry: str, position: float, snippet: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(original))
    target = io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as written:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == entry:
                cut = int(len(data) * position)
                data = data[:cut] + snippet + data[cut:]
            written.writestr(info.filename, data)
    return target.getvalue()


@FUZZ
@given(data=st.data())
def test_mutated_workbook_bytes(
    store: Store,
    clock: FixedClock,
    admin: SignedIn,
    exported: dict[str, bytes],
    tmp_path: Path,
    data: st.DataObject,
) -> None:
    content = data.draw(mutated(exported[".xlsx"], max_edits=3))
    check_import(store, clock, admin, tmp_path, ".xlsx", content)


@FUZZ
@given(data=st.data())
def test_mutated_workbook_xml(
    store: Store,
    clock: FixedClock,
    admin: SignedIn,
    exported: dict[str, bytes],
    tmp_path: Path,
    data: st.DataObject,
) -> None:
    entries = sorted(zipfile.ZipFile(io.BytesIO(exported[".xlsx"])).namelist())
    entry = data.draw(st.sampled_from(entries))
    position = data.draw(st.floats(0, 1))
    snippet = data.draw(st.sampled_from(XML_SNIPPETS))
    content = _xml_mutation(exported[".xlsx"], entry, position, snippet)
    check_import(store, clock, admin, tmp_path, ".xlsx", content)


@FUZZ
@given(data=st.data())
def test_a_workbook_missing_a_part(
    store: Store,
    clock: FixedClock,
    admin: SignedIn,
    exported: dict[str, bytes],
    tmp_path: Path,
    data: st.DataObject,
) -> None:
    source = zipfile.ZipFile(io.BytesIO(exported[".xlsx"]))
    dropped = data.draw(st.sampled_from(sorted(source.namelist())))
    target = io.BytesIO()
    with zipfile.ZipFile(target, "w") as written:
        for info in source.infolist():
            if info.filename != dropped:
                written.writestr(info.filename, source.read(info))
    check_import(store, clock, admin, tmp_path, ".xlsx", target.getvalue())


@FUZZ
@given(data=st.data())
def test_mutated_csv(
    store: Store,
    clock: FixedClock,
    admin: SignedIn,
    exported: dict[str, bytes],
    tmp_path: Path,
    data: st.DataObject,
) -> None:
    content = data.draw(
        st.one_of(
            mutated(exported[".csv"]),
            HOSTILE_TEXT.map(
                lambda text: (
                    exported[".csv"]
                    + f"{text};Nom;Prénom;x@y.fr;;utilisateur;;;\r\n".encode(
                        "utf-8", "surrogatepass"
                    )
                )
            ),
        )
    )
    check_import(store, clock, admin, tmp_path, ".csv", content)


@pytest.mark.parametrize("kept", [path.name for path in corpus(CORPUS)])
def test_the_corpus_of_files_that_once_failed(
    store: Store, clock: FixedClock, admin: SignedIn, tmp_path: Path, kept: str
) -> None:
    check_import(store, clock, admin, tmp_path, Path(kept).suffix, (CORPUS / kept).read_bytes())
