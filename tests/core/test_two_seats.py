"""Two seats at the same moment, each with its own engine (its own connections): what one
could break while the other works is held by the database transaction."""

from __future__ import annotations

import base64
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from sqlalchemy import func, select

from peps_desktop.core.accounts.admin import AccountChanges, delete_accounts, modify_account
from peps_desktop.core.accounts.administrators import count_active_administrators
from peps_desktop.core.courriers.folder_import import import_courriers
from peps_desktop.core.notifications.due import NOUVEAU_COURRIER, run_check
from peps_desktop.core.shared import data_key
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.errors import UserError
from peps_desktop.store import Store
from peps_desktop.store.migrate import open_store
from peps_desktop.store.models import Account, Courrier
from peps_desktop.store.models import Notification as LedgerRow
from tests.conftest import ADMIN, NOW
from tests.core.courriers.import_builders import GOOD, drop, files, pdf
from tests.core.courriers.inbox_builders import courrier
from tests.factories import add_account, add_authenticator, set_account, signed_in_as
from tests.second_factor import ADMIN_SECRET, USER_SECRET, code, next_code

ROUNDS = 100


@pytest.fixture
def seat_two(store_url: str, tmp_path: Path) -> Iterator[Store]:
    """Another seat's engine, holding the structure's key as after a sign-in there (the
    authenticators' secrets are encrypted with it)."""
    key = keyring.get_password(data_key.KEYRING_SERVICE, data_key.store_identifier(store_url))
    assert key is not None
    store = open_store(
        store_url, tmp_path / "seat-two", upgrade=False, data_key=base64.b64decode(key)
    )
    yield store
    store.dispose()


def at_once(*works: Callable[[], Any]) -> list[Any]:
    """Run each work in its own thread, released together; their results or UserErrors."""
    barrier = threading.Barrier(len(works))
    results: list[Any] = [None] * len(works)

    def run(index: int, work: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            results[index] = work()
        except UserError as refused:
            results[index] = refused

    threads = [threading.Thread(target=run, args=item) for item in enumerate(works)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def _active_administrators(store: Store) -> int:
    with store.read_session() as session:
        structure_id = session.scalar(select(Account.structure_id).limit(1))
        assert structure_id is not None
        return count_active_administrators(session, structure_id, NOW.date())


def test_two_administrators_demoting_each_other_at_once_never_leave_none(
    store: Store, seat_two: Store, clock: FixedClock
) -> None:
    with store.session() as session:
        bruno_account = add_account(session, "bruno.morel", profile="administrateur")
        add_authenticator(session, bruno_account, USER_SECRET)
    claire, bruno = signed_in_as(store, ADMIN.login), signed_in_as(store, "bruno.morel")
    demoted = AccountChanges(profile="utilisateur")
    outcomes: set[tuple[bool, bool]] = set()
    for _round in range(ROUNDS):
        claires, brunos = next_code(clock, ADMIN_SECRET), code(clock, USER_SECRET)
        first, second = at_once(
            lambda: modify_account(store, clock, claire, "bruno.morel", demoted, claires),  # noqa: B023
            lambda: modify_account(seat_two, clock, bruno, ADMIN.login, demoted, brunos),  # noqa: B023
        )
        assert _active_administrators(store) == 1
        done = (first is None, second is None)
        assert done in {(True, False), (False, True)}, (first, second)
        outcomes.add(done)
        for login in (ADMIN.login, "bruno.morel"):
            set_account(store, login, profile="administrateur")
    assert outcomes  # each round, one of them went first


def test_two_administrators_deleting_each_other_at_once_never_leave_none(
    store: Store, seat_two: Store, clock: FixedClock
) -> None:
    with store.session() as session:
        first_admin = add_account(session, "admin.0", profile="administrateur")
        add_authenticator(session, first_admin, USER_SECRET)
    set_account(store, ADMIN.login, profile="utilisateur")
    survivor = "admin.0"
    for number in range(1, ROUNDS + 1):
        newcomer = f"admin.{number}"
        with store.session() as session:
            account = add_account(session, newcomer, profile="administrateur")
            add_authenticator(session, account, USER_SECRET)
        one, other = signed_in_as(store, survivor), signed_in_as(store, newcomer)
        now_code = next_code(clock, USER_SECRET)  # each has an app of their own
        first, second = at_once(
            lambda: delete_accounts(store, clock, one, [newcomer], now_code),  # noqa: B023
            lambda: delete_accounts(seat_two, clock, other, [survivor], now_code),  # noqa: B023
        )
        assert _active_administrators(store) == 1
        assert [isinstance(result, UserError) for result in (first, second)].count(True) == 1
        survivor = survivor if first == 1 else newcomer
    with store.read_session() as session:
        left = session.scalars(
            select(Account.login).where(Account.profile == "administrateur")
        ).all()
    assert left == [survivor]


def test_two_seats_importing_the_same_drop_folder_import_each_courrier_once(
    store: Store, seat_two: Store, clock: FixedClock, tmp_path: Path
) -> None:
    folder = tmp_path / "depot"
    folder.mkdir()
    pairs = 40
    for number in range(pairs):
        drop(folder, f"c{number:02d}", GOOD | {"reference": f"R{number:02d}"}, pdf(f"n° {number}"))
    first, second = at_once(
        lambda: import_courriers(store, clock, folder),
        lambda: import_courriers(seat_two, clock, folder),
    )
    assert first.rejected == () and second.rejected == ()
    assert first.imported + second.imported == pairs
    with store.read_session() as session:
        shas = session.scalars(select(Courrier.document_sha256)).all()
    assert len(shas) == len(set(shas)) == pairs
    assert files(folder) == set()


def test_a_notice_is_told_once_whichever_seat_the_person_uses(
    store: Store, seat_two: Store, clock: FixedClock
) -> None:
    with store.session() as session:
        add_account(session, "lea.petit", rights={"CNRACL": "lecture"})
        for _ in range(3):
            courrier(session, "CNRACL", recu_le=NOW.date())
    lea = signed_in_as(store, "lea.petit")
    for _round in range(10):
        results = at_once(
            lambda: run_check(store, clock, lea, kinds=[NOUVEAU_COURRIER]),
            lambda: run_check(seat_two, clock, lea, kinds=[NOUVEAU_COURRIER]),
        )
        raised = [item for result in results for item in result.notifications]
        assert all(not result.problems for result in results)
        if _round == 0:
            assert [item.kind for item in raised] == [NOUVEAU_COURRIER]
            assert raised[0].count == 3
        else:
            assert raised == []
    with store.read_session() as session:
        assert session.scalar(select(func.count()).select_from(LedgerRow)) == 1
