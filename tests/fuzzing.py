"""What the fuzz tests share: seeded, bounded Hypothesis settings and byte-level mutations.

Every fuzz test runs with `derandomize=True` (its examples follow from the test itself, the
same on every run and machine) and a fixed number of examples, so the suite stays a few
minutes long. Inputs that once broke the application are kept as files in a `corpus/`
folder beside the tests, and replayed by name.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

FUZZ = settings(
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=60,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# JSON values as a hostile file may hold them: control characters, lone surrogates, huge and
# tiny numbers, deep lists, keys of any kind.
TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=40)
HOSTILE_TEXT = st.one_of(
    TEXT,
    st.sampled_from(["\x00", "\ud800", "a\x1fb", "٢٠٢٦-١١-٢٠", "１２３", "x" * 400, " ", ""]),
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    HOSTILE_TEXT,
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(HOSTILE_TEXT, inner, max_size=4),
    max_leaves=12,
)


@st.composite
def mutated(draw: st.DrawFn, original: bytes, max_edits: int = 6) -> bytes:
    """`original` with a few bytes flipped, inserted, deleted, or the tail cut off."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, max_edits))):
        if not data:
            break
        position = draw(st.integers(0, len(data) - 1))
        edit = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "duplicate"]))
        if edit == "flip":
            data[position] ^= draw(st.integers(1, 255))
        elif edit == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=8))
        elif edit == "delete":
            del data[position : position + draw(st.integers(1, 16))]
        elif edit == "truncate":
            del data[position:]
        else:
            data[position:position] = data[position : position + draw(st.integers(1, 64))]
    return bytes(data)


def corpus(folder: Path, pattern: str = "*") -> list[Path]:
    """The kept inputs of a corpus folder, by name (parametrize tests with their names)."""
    return sorted(path for path in folder.glob(pattern) if path.is_file())
