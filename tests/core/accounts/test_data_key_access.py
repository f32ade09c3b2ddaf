"""The structure's data key wrapped per account: any seat on which a person signs in reads
what that person may read, with nothing copied between computers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from sqlalchemy import delete, func, select

from peps_desktop.core.accounts import data_key_access
from peps_desktop.core.accounts.admin import AccountDraft, create_account, issue_activation_code
from peps_desktop.core.accounts.data_key_access import (
    UNDER_CODE,
    UNDER_PASSWORD,
    password_changed,
)
from peps_desktop.core.accounts.setup import create_structure
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared import data_key
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.core.shared.locations import Location
from peps_desktop.core.shared.security import hash_password
from peps_desktop.store import Store
from peps_desktop.store.encrypted import DataKeyError, attached_key, has_cipher
from peps_desktop.store.migrate import open_store
from peps_desktop.store.models import Account, AccountKey, Echange, EchangeAgent, StructureKey
from tests.conftest import ADMIN, ADMIN_PASSWORD, MemoryKeyring
from tests.factories import add_account, add_echange
from tests.second_factor import activate_with_app, next_code

NIR = "185057800608491"
NEW_PASSWORD = "Nouveau-mot-de-passe-27"


@pytest.fixture
def seat_two(store_url: str, tmp_path: Path) -> Iterator[Store]:
    """Another computer on the same database: its own data folder and keyring, no key."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    store, kept = data_key.open_with_data_key(
        Location(data_dir=tmp_path / "seat-two", db_url=store_url)
    )
    assert kept is None and not has_cipher(store.engine)
    yield store
    store.dispose()
    keyring.set_keyring(previous)


def _write_agent(store: Store, nom: str = "Dupont") -> int:
    with store.session() as session:
        echange = add_echange(session, "envoye")
        echange.agents.append(EchangeAgent(position=0, nir=NIR, nom=nom, prenom="Léa"))
        session.flush()
        return echange.id


def _agents(store: Store, echange_id: int) -> list[tuple[str, str]]:
    with store.read_session() as session:
        echange = session.get(Echange, echange_id)
        assert echange is not None
        return [(agent.nir, agent.nom) for agent in echange.agents]


def _under(store: Store, login: str) -> str | None:
    with store.read_session() as session:
        return session.scalar(
            select(AccountKey.under)
            .join(Account, Account.id == AccountKey.account_id)
            .where(Account.login == login)
        )


def _admin(store: Store, clock: FixedClock) -> SignedIn:
    return sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)


def test_a_new_structure_s_key_is_kept_by_no_computer(
    store_url: str, tmp_path: Path, clock: FixedClock, memory_keyring: MemoryKeyring
) -> None:
    first = open_store(store_url, tmp_path / "first")
    try:
        create_structure(first, clock, "CCAS de Lunel", ADMIN, ADMIN_PASSWORD)
        assert has_cipher(first.engine)
        echange_id = _write_agent(first)
    finally:
        first.dispose()
    assert memory_keyring.secrets == {}
    assert not (tmp_path / "first" / data_key.KEY_FILE).exists()
    second = open_store(store_url, tmp_path / "second")
    try:
        assert not has_cipher(second.engine)
        sign_in(second, clock, ADMIN.login, ADMIN_PASSWORD)
        assert _agents(second, echange_id) == [(NIR, "Dupont")]
        assert _under(second, ADMIN.login) == UNDER_PASSWORD
    finally:
        second.dispose()


def test_a_second_seat_reads_the_agents_after_signing_in(
    store: Store, seat_two: Store, clock: FixedClock
) -> None:
    echange_id = _write_agent(store)
    with pytest.raises(DataKeyError, match="does not hold your structure's data key"):
        _agents(seat_two, echange_id)
    sign_in(seat_two, clock, ADMIN.login, ADMIN_PASSWORD)
    assert _agents(seat_two, echange_id) == [(NIR, "Dupont")]
    # And what seat two writes, seat one reads.
    theirs = _write_agent(seat_two, "Martin")
    assert _agents(store, theirs) == [(NIR, "Martin")]


def test_a_new_account_takes_the_key_with_its_activation_code(
    store: Store, seat_two: Store, clock: FixedClock
) -> None:
    echange_id = _write_agent(store)
    code = create_account(
        store,
        clock,
        _admin(store, clock),
        next_code(clock),
        AccountDraft("Petit", "Louis", "louis.petit@mairie.fr", "02 41 00 00 07"),
    )
    assert _under(store, code.login) == UNDER_CODE
    typed = code.code.lower().replace("-", " ")
    activate_with_app(seat_two, clock, code.login, typed, NEW_PASSWORD)
    assert _under(store, code.login) == UNDER_PASSWORD
    sign_in(seat_two, clock, code.login, NEW_PASSWORD)
    assert _agents(seat_two, echange_id) == [(NIR, "Dupont")]


def test_a_reset_password_hands_the_key_over_again(
    store: Store, seat_two: Store, clock: FixedClock
) -> None:
    echange_id = _write_agent(store)
    admin = _admin(store, clock)
    code = create_account(
        store,
        clock,
        admin,
        next_code(clock),
        AccountDraft("Petit", "Louis", "louis.petit@mairie.fr", "02 41 00 00 07"),
    )
    activate_with_app(store, clock, code.login, code.code, NEW_PASSWORD)
    reset = issue_activation_code(store, clock, admin, code.login, next_code(clock))
    assert _under(store, code.login) == UNDER_CODE
    activate_with_app(seat_two, clock, code.login, reset.code, "Encore-un-autre-2027")
    sign_in(seat_two, clock, code.login, "Encore-un-autre-2027")
    assert _agents(seat_two, echange_id) == [(NIR, "Dupont")]


def test_a_changed_password_carries_the_key(
    store: Store, seat_two: Store, clock: FixedClock
) -> None:
    echange_id = _write_agent(store)
    with store.session() as session:
        admin = session.scalar(select(Account).where(Account.login == ADMIN.login))
        assert admin is not None
        password_changed(session, clock, admin, ADMIN_PASSWORD, NEW_PASSWORD)
    with seat_two.session() as session:
        admin = session.scalar(select(Account).where(Account.login == ADMIN.login))
        assert admin is not None
        admin.password_hash = hash_password(NEW_PASSWORD)
    sign_in(seat_two, clock, ADMIN.login, NEW_PASSWORD)
    assert _agents(seat_two, echange_id) == [(NIR, "Dupont")]


def test_an_account_without_the_key_signs_in_but_personal_data_stays_refused(
    store: Store, seat_two: Store, clock: FixedClock
) -> None:
    echange_id = _write_agent(store)
    with store.session() as session:
        add_account(session, "jean.dupont")  # made before the scheme: no key wrapped for it
    user = sign_in(seat_two, clock, "jean.dupont", "Mot-de-passe-2026")
    assert user.login == "jean.dupont"
    with pytest.raises(DataKeyError, match="Ask an administrator of your structure"):
        _agents(seat_two, echange_id)
    assert _under(store, "jean.dupont") is None


def test_a_store_from_before_moves_to_the_scheme_at_each_sign_in(
    store: Store, seat_two: Store, clock: FixedClock, memory_keyring: MemoryKeyring
) -> None:
    """The first seat kept the key itself; each sign-in there shares it with the account."""
    echange_id = _write_agent(store)
    with store.session() as session:
        add_account(session, "jean.dupont")
        session.execute(delete(AccountKey))
        session.execute(delete(StructureKey))
    # On the second seat, before anyone signed in on the first: refused, and not re-keyed.
    sign_in(seat_two, clock, ADMIN.login, ADMIN_PASSWORD)
    with pytest.raises(DataKeyError):
        _agents(seat_two, echange_id)
    with store.read_session() as session:
        assert session.scalar(select(func.count()).select_from(StructureKey)) == 0
        assert session.scalar(select(func.count()).select_from(AccountKey)) == 0
    # Signing in on the first seat, which holds the key, shares it.
    sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    sign_in(store, clock, "jean.dupont", "Mot-de-passe-2026")
    assert _under(store, ADMIN.login) == _under(store, "jean.dupont") == UNDER_PASSWORD
    sign_in(seat_two, clock, "jean.dupont", "Mot-de-passe-2026")
    assert _agents(seat_two, echange_id) == [(NIR, "Dupont")]


def test_a_structure_whose_key_is_lost_is_never_given_a_new_one(
    store: Store, seat_two: Store, clock: FixedClock
) -> None:
    echange_id = _write_agent(store)
    with store.session() as session:
        session.execute(delete(AccountKey))
        session.execute(delete(StructureKey))
    for _ in range(2):
        sign_in(seat_two, clock, ADMIN.login, ADMIN_PASSWORD)
        assert attached_key(seat_two.engine) is None
        with pytest.raises(DataKeyError):
            _agents(seat_two, echange_id)
    with pytest.raises(DataKeyError):
        _write_agent(seat_two)
    with store.read_session() as session:
        assert session.scalar(select(func.count()).select_from(StructureKey)) == 0
    assert _agents(store, echange_id) == [(NIR, "Dupont")]  # the data is intact


def test_a_wrapped_key_opens_only_for_its_own_account(store: Store, clock: FixedClock) -> None:
    with store.session() as session:
        add_account(session, "jean.dupont")
    sign_in(store, clock, "jean.dupont", "Mot-de-passe-2026")
    with store.session() as session:
        rows = {row.account_id: row for row in session.scalars(select(AccountKey))}
        admin_id, jean_id = sorted(rows)
        # Jean's wrapped key pasted onto the administrator's: same password, other account.
        rows[admin_id].salt, rows[admin_id].sealed = rows[jean_id].salt, rows[jean_id].sealed
    with store.session() as session:
        account = session.scalar(select(Account).where(Account.login == ADMIN.login))
        assert account is not None
        assert data_key_access._own_key(session, account, "Mot-de-passe-2026") is None
