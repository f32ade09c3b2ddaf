"""Fuzzing the contact catalogue: a damaged catalogue file is read whole or refused plainly.

Whatever the bytes, `load_catalogue` returns a catalogue or raises CatalogueError naming the
file: never another exception, which would stop the contact form from opening at all.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from peps_desktop.core.contact.catalogue import Catalogue, CatalogueError
from peps_desktop.core.contact.catalogue_file import default_catalogue_file, load_catalogue
from tests.fuzzing import FUZZ, JSON_VALUES, mutated

SHIPPED = default_catalogue_file().read_bytes()


def loaded_or_refused(path: Path) -> None:
    try:
        catalogue = load_catalogue(path)
    except CatalogueError as error:
        assert str(path) in str(error)
    else:
        assert isinstance(catalogue, Catalogue)


@FUZZ
@given(data=mutated(SHIPPED, max_edits=8))
def test_mutated_catalogue_bytes(tmp_path_factory: Any, data: bytes) -> None:
    path = tmp_path_factory.mktemp("catalogue") / "contact_catalogue.json"
    path.write_bytes(data)
    loaded_or_refused(path)


def _places(value: Any, trail: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside the parsed catalogue."""
    found = [trail]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _places(inner, (*trail, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _places(inner, (*trail, index))
    return found


PARSED = json.loads(SHIPPED)
PLACES = _places(PARSED)[1:]


@FUZZ
@given(place=st.sampled_from(PLACES), value=JSON_VALUES)
def test_any_value_anywhere_in_the_catalogue(
    tmp_path_factory: Any, place: tuple[Any, ...], value: Any
) -> None:
    document = json.loads(SHIPPED)
    parent = document
    for step in place[:-1]:
        parent = parent[step]
    parent[place[-1]] = value
    path = tmp_path_factory.mktemp("catalogue") / "contact_catalogue.json"
    path.write_text(
        json.dumps(document, ensure_ascii=False), encoding="utf-8", errors="surrogatepass"
    )
    loaded_or_refused(path)
