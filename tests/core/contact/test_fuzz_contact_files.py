"""Fuzzing what Nous contacter reads from files: a request's JSON (`contact submit`) and an
answer's `.eml`. Whatever the bytes: no unexpected error, a refusal names the file or the
field and the fault, and a refused file changes no row."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from peps_desktop.commands.contact.submit import read_submission
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.contact.catalogue_file import load_catalogue
from peps_desktop.core.contact.echanges import submit
from peps_desktop.core.contact.form import ContactInvalid
from peps_desktop.core.contact.history import import_answer
from peps_desktop.core.contact.nir import nir_key
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.errors import UserError
from peps_desktop.store import Store
from peps_desktop.store.models import Echange, EchangeMessage
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.fuzzing import FUZZ, HOSTILE_TEXT, JSON_VALUES, corpus, mutated

CATALOGUE = load_catalogue()
CORPUS = Path(__file__).with_name("corpus")
BODY = "2951063220146"
NIR = f"{BODY}{nir_key(BODY):02d}"
_files = itertools.count()
REQUEST: dict[str, Any] = {
    "theme": "remboursement",
    "motif": "cotisations_a_tort",
    "sous_motif": "demande",
    "message": "Nous demandons le remboursement des cotisations versées à tort.",
    "champs": {
        "montant": "1 234,56",
        "date": "2026-10-15",
        "attestation": True,
        "pieces_jointes": ["bulletin.pdf"],
        "agents": [{"nir": NIR, "nom": "Durand", "prenom": "Marie"}],
    },
}


@pytest.fixture
def claire(store: Store, clock: FixedClock) -> SignedIn:
    return sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)


def rows(store: Store) -> tuple[int, int]:
    with store.read_session() as session:
        return (
            session.scalar(select(func.count()).select_from(Echange)) or 0,
            session.scalar(select(func.count()).select_from(EchangeMessage)) or 0,
        )


def check_request(
    store: Store, clock: FixedClock, claire: SignedIn, folder: Path, content: bytes
) -> None:
    request_folder = folder / f"demande{next(_files)}"
    request_folder.mkdir()
    (request_folder / "bulletin.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    path = request_folder / "request.json"
    path.write_bytes(content)
    before = rows(store)
    try:
        submission = read_submission(path)
    except UserError as refused:
        assert str(path) in str(refused)  # the file is named
        return
    try:
        submit(store, clock, claire, CATALOGUE, submission)
    except ContactInvalid as invalid:
        assert invalid.errors and all(invalid.errors.values())  # each field and its fault
        assert rows(store) == before
    else:
        assert rows(store)[0] == before[0] + 1


@FUZZ
@given(key=st.sampled_from(["theme", "motif", "sous_motif", "message", "extra"]), value=JSON_VALUES)
def test_any_value_at_the_top(
    store: Store, clock: FixedClock, claire: SignedIn, tmp_path: Path, key: str, value: Any
) -> None:
    content = json.dumps(REQUEST | {key: value}, ensure_ascii=False)
    check_request(store, clock, claire, tmp_path, content.encode("utf-8", "surrogatepass"))


@FUZZ
@given(
    key=st.sampled_from(["montant", "date", "attestation", "pieces_jointes", "agents", "x"]),
    value=JSON_VALUES,
)
def test_any_value_for_a_field(
    store: Store, clock: FixedClock, claire: SignedIn, tmp_path: Path, key: str, value: Any
) -> None:
    document = REQUEST | {"champs": REQUEST["champs"] | {key: value}}
    content = json.dumps(document, ensure_ascii=False)
    check_request(store, clock, claire, tmp_path, content.encode("utf-8", "surrogatepass"))


@FUZZ
@given(data=st.data())
def test_mutated_request_bytes(
    store: Store, clock: FixedClock, claire: SignedIn, tmp_path: Path, data: st.DataObject
) -> None:
    content = data.draw(mutated(json.dumps(REQUEST, ensure_ascii=False).encode()))
    check_request(store, clock, claire, tmp_path, content)


@pytest.mark.parametrize("kept", [path.name for path in corpus(CORPUS, "*.json")])
def test_the_corpus_of_requests(
    store: Store, clock: FixedClock, claire: SignedIn, tmp_path: Path, kept: str
) -> None:
    check_request(store, clock, claire, tmp_path, (CORPUS / kept).read_bytes())


# --- answers as .eml ---------------------------------------------------------------------------


@pytest.fixture
def echange_reference(store: Store, clock: FixedClock, claire: SignedIn, tmp_path: Path) -> str:
    (tmp_path / "bulletin.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    path = tmp_path / "request.json"
    path.write_text(json.dumps(REQUEST), encoding="utf-8")
    return submit(store, clock, claire, CATALOGUE, read_submission(path))


def answer(reference: str, body: str = "Votre demande est acceptée.") -> bytes:
    return (
        "From: contact@fonds.example\r\nTo: claire@mairie.fr\r\n"
        f"Subject: RE: [{reference}] votre demande\r\n"
        'Content-Type: text/plain; charset="utf-8"\r\n\r\n'
        f"{body}\r\n"
    ).encode("utf-8", "surrogatepass")


def check_answer(store: Store, clock: FixedClock, claire: SignedIn, eml: bytes) -> None:
    before = rows(store)
    try:
        import_answer(store, clock, claire, eml)
    except UserError as refused:
        assert str(refused)
        assert rows(store) == before
        return
    assert rows(store)[1] == before[1] + 1
    with store.read_session() as session:
        body = session.scalars(
            select(EchangeMessage.body).order_by(EchangeMessage.id.desc())
        ).first()
    assert body is not None and "\x00" not in body


@FUZZ
@given(data=st.data())
def test_mutated_answers(
    store: Store, clock: FixedClock, claire: SignedIn, echange_reference: str, data: st.DataObject
) -> None:
    original = answer(echange_reference, data.draw(HOSTILE_TEXT) or "Acceptée.")
    check_answer(store, clock, claire, data.draw(st.one_of(st.just(original), mutated(original))))


@FUZZ
@given(
    header=st.sampled_from(["Subject", "From", "In-Reply-To", "References", "Content-Type"]),
    value=HOSTILE_TEXT,
)
def test_hostile_headers(
    store: Store,
    clock: FixedClock,
    claire: SignedIn,
    echange_reference: str,
    header: str,
    value: str,
) -> None:
    eml = f"{header}: {value}\r\n".encode("utf-8", "surrogatepass") + answer(echange_reference)
    check_answer(store, clock, claire, eml)


@pytest.mark.parametrize("kept", [path.name for path in corpus(CORPUS, "*.eml")])
def test_the_corpus_of_answers(
    store: Store, clock: FixedClock, claire: SignedIn, echange_reference: str, kept: str
) -> None:
    eml = (CORPUS / kept).read_bytes().replace(b"ECH-REFERENCE", echange_reference.encode())
    check_answer(store, clock, claire, eml)


def test_a_number_where_text_is_expected_is_a_field_error(
    store: Store, clock: FixedClock, claire: SignedIn, tmp_path: Path
) -> None:
    (tmp_path / "bulletin.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    path = tmp_path / "request.json"
    path.write_bytes((CORPUS / "number-in-a-text-field.json").read_bytes())
    with pytest.raises(ContactInvalid) as invalid:
        submit(store, clock, claire, CATALOGUE, read_submission(path))
    assert invalid.value.errors == {"date": "Write text here (in quotes), not the number 20261015."}
    assert rows(store) == (0, 0)


def test_an_amount_in_other_digits_is_refused(
    store: Store, clock: FixedClock, claire: SignedIn, tmp_path: Path
) -> None:
    (tmp_path / "bulletin.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    path = tmp_path / "request.json"
    path.write_bytes((CORPUS / "arabic-digits-amount.json").read_bytes())
    with pytest.raises(ContactInvalid) as invalid:
        submit(store, clock, claire, CATALOGUE, read_submission(path))
    assert invalid.value.errors == {"montant": "Write an amount in euros, e.g. 1 234,56."}


@pytest.mark.parametrize(
    ("kept", "problem"),
    [
        ("deeply-nested.json", "its values are nested too deeply."),
        ("huge-integer.json", "it holds a number far too long."),
    ],
)
def test_an_unreadable_request_names_its_file(tmp_path: Path, kept: str, problem: str) -> None:
    with pytest.raises(UserError) as refused:
        read_submission(CORPUS / kept)
    assert str(refused.value) == f"{CORPUS / kept} is not a request: {problem}"
