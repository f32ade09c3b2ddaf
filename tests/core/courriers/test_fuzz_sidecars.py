"""Fuzzing the drop folder: hostile sidecars and PDFs never block it, never change a row.

Each example drops a good pair, the fuzzed pair and another good pair, and imports the
folder as the background service does. Whatever the fuzzed bytes: no unexpected exception,
the two good pairs are imported, and the fuzzed pair is either imported whole or rejected
with a reason naming its file, moved to `rejetés/` with its reason file, and no row of it.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from peps_desktop.core.courriers.folder_import import DROP_FOLDER_REJECTS, import_drop_folder
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.core.shared.documents import document_sha256
from peps_desktop.store import Store
from peps_desktop.store.models import Courrier
from tests.conftest import NOW
from tests.core.courriers.import_builders import GOOD, pdf
from tests.fuzzing import FUZZ, HOSTILE_TEXT, JSON_VALUES, corpus, mutated

CORPUS = Path(__file__).with_name("corpus")
_runs = itertools.count()


def _courriers(store: Store) -> int:
    with store.read_session() as session:
        return session.scalar(select(func.count()).select_from(Courrier)) or 0


def _has_document(store: Store, content: bytes) -> bool:
    with store.read_session() as session:
        sha = document_sha256(content)
        return bool(session.scalar(select(func.count()).where(Courrier.document_sha256 == sha)))


def check_folder_with(store: Store, root: Path, sidecar: bytes, content: bytes) -> None:
    """The fuzzed pair between two good ones: the verdict the module's docstring states."""
    run = next(_runs)
    inbox = root / f"depot{run}"
    inbox.mkdir()
    for name, data, document in (
        ("a-avant", json.dumps(GOOD | {"reference": f"A{run}"}).encode(), pdf(f"a{run}")),
        ("m-fuzz", sidecar, content),
        ("z-apres", json.dumps(GOOD | {"reference": f"Z{run}"}).encode(), pdf(f"z{run}")),
    ):
        (inbox / f"{name}.json").write_bytes(data)
        (inbox / f"{name}.pdf").write_bytes(document)
    before = _courriers(store)
    already = _has_document(store, content)

    report = import_drop_folder(store, FixedClock(NOW), inbox)

    fuzzed_rejected = [item for item in report.rejected if item.file == "m-fuzz.pdf"]
    assert [item.file for item in report.rejected] == [item.file for item in fuzzed_rejected]
    after = _courriers(store)
    if fuzzed_rejected:
        [rejected] = fuzzed_rejected
        assert "m-fuzz.json" in rejected.reason or "m-fuzz.pdf" in rejected.reason
        assert after == before + 2  # the good ones, and nothing of the rejected one
        assert _has_document(store, content) == already
        reason_file = inbox / DROP_FOLDER_REJECTS / "m-fuzz.erreur.txt"
        assert reason_file.read_text(encoding="utf-8") == rejected.reason + "\n"
        assert (inbox / DROP_FOLDER_REJECTS / "m-fuzz.json").read_bytes() == sidecar
    else:
        assert report.imported + report.duplicates == 3
        assert after == before + report.imported
    assert {path.name for path in inbox.iterdir() if path.is_file()} == set()


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path


@FUZZ
@given(key=st.sampled_from(sorted(GOOD) + ["extra"]), value=JSON_VALUES)
def test_any_value_for_any_key(store: Store, root: Path, key: str, value: Any) -> None:
    sidecar = json.dumps(GOOD | {key: value}, ensure_ascii=False).encode("utf-8", "surrogatepass")
    check_folder_with(store, root, sidecar, pdf(f"fuzz {key} {value!r}"[:200]))


@FUZZ
@given(data=st.data())
def test_mutated_sidecar_bytes(store: Store, root: Path, data: st.DataObject) -> None:
    original = json.dumps(GOOD | {"objet": data.draw(HOSTILE_TEXT)}, ensure_ascii=False)
    sidecar = data.draw(mutated(original.encode("utf-8", "surrogatepass")))
    check_folder_with(store, root, sidecar, pdf(f"bytes {sidecar!r}"[:200]))


@FUZZ
@given(data=st.data())
def test_mutated_and_random_pdfs(store: Store, root: Path, data: st.DataObject) -> None:
    content = data.draw(st.one_of(st.binary(max_size=64), mutated(pdf("original"))))
    check_folder_with(store, root, json.dumps(GOOD).encode(), content)


@FUZZ
@given(document=JSON_VALUES)
def test_any_json_document(store: Store, root: Path, document: Any) -> None:
    try:
        sidecar = json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")
    except ValueError:  # a float nan/inf: written as the JSON module writes it
        sidecar = repr(document).encode()
    check_folder_with(store, root, sidecar, pdf(f"document {sidecar!r}"[:200]))


@pytest.mark.parametrize("kept", [path.name for path in corpus(CORPUS, "*.json")])
def test_the_corpus_of_inputs_that_once_blocked_the_folder(
    store: Store, root: Path, kept: str
) -> None:
    check_folder_with(store, root, (CORPUS / kept).read_bytes(), pdf(f"corpus {kept}"))
