"""The conditions of use: data with a version; accepted for the structure by an
administrator, and asked again when a new version replaces the text."""

from __future__ import annotations

import pytest

from peps_desktop.core.accounts.cgu import (
    accept_cgu,
    cgu_state,
    current_conditions,
    parse_conditions,
)
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.errors import PermissionDenied, UserError
from peps_desktop.store import Store
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.factories import add_account

NEXT = "---\nversion: 2027-01\ntitre: CGU\n---\n# Conditions\n\nUne nouvelle version.\n"


def test_the_shipped_conditions_read_with_their_version() -> None:
    conditions = current_conditions()
    assert conditions.version and conditions.title
    assert conditions.text.startswith("# Conditions générales d’utilisation")


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        ("# no header\n", "no header"),
        ("---\nversion: 1\n---\n\ntext\n", "a version, a title and a text"),
        ("---\nversion: 1\ntitre: T\n---\n   \n", "a version, a title and a text"),
    ],
)
def test_a_damaged_file_is_refused_clearly(document: str, reason: str) -> None:
    with pytest.raises(UserError, match=reason):
        parse_conditions(document)


def test_a_new_version_must_be_accepted_again(store: Store, clock: FixedClock) -> None:
    admin = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    current = current_conditions()
    assert not cgu_state(store, admin).accepted
    accept_cgu(store, clock, admin, current.version)
    assert cgu_state(store, admin).accepted

    replaced = parse_conditions(NEXT)  # the file replaced, no code changed
    state = cgu_state(store, admin, replaced)
    assert not state.accepted and state.accepted_version == current.version
    with pytest.raises(UserError, match="not the current one"):
        accept_cgu(store, clock, admin, current.version, replaced)
    accept_cgu(store, clock, admin, "2027-01", replaced)
    assert cgu_state(store, admin, replaced).accepted


def test_only_an_administrator_accepts(store: Store, clock: FixedClock) -> None:
    with store.session() as session:
        add_account(session, "paul.durand")
    user = sign_in(store, clock, "paul.durand", "Mot-de-passe-2026")
    with pytest.raises(PermissionDenied):
        accept_cgu(store, clock, user, current_conditions().version)
    assert not cgu_state(store, user).accepted
