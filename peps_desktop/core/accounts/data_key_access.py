"""Who holds the structure's data key: each account, wrapped under a secret of its holder.

The key that encrypts the agents' NIRs and names (store.encrypted) belongs to a structure.
It is never stored as it is: a StructureKey row recognises it, and an AccountKey row per
account holds it wrapped (core.shared.key_envelope) under that account's password, or under
the activation code an administrator gave until its holder chooses a password. Signing in
unwraps it and hands it to the engine; so any seat on which a person signs in reads what that
person may read, and nothing secret is copied between computers.

A store from before this scheme kept one key on the computer that made it (core.shared.
data_key). Signing in there wraps that key for the account: the store moves to the scheme
account by account, without a row re-encrypted. A structure whose encrypted data no key at
hand opens is never given a new key: its personal data stays refused, with a message saying
how to get the key.

Issue, change and reset of passwords call the functions below inside their unit of work:
`password_changed` (the holder chose a new password, knowing the old one) and
`activation_code_issued` (an administrator created the account or reset its password).
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine, LargeBinary, insert, select, type_coerce
from sqlalchemy.orm import Session

from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.key_envelope import (
    CODE_COST,
    PASSWORD_COST,
    Cost,
    WrappedKey,
    Wrapper,
    fingerprint,
    is_structure_key,
    unwrap,
    wrap,
)
from peps_desktop.store.encrypted import (
    DataCipher,
    DataKeyError,
    attach_cipher,
    attached_key,
    new_data_key,
)
from peps_desktop.store.models import (
    Account,
    AccountKey,
    Echange,
    EchangeAgent,
    StructureKey,
)

log = logging.getLogger(__name__)

UNDER_PASSWORD = "mot_de_passe"
UNDER_CODE = "code_activation"


def _context(account_id: int, under: str) -> str:
    return f"account {account_id} under {under}"


def _engine(session: Session) -> Engine:
    engine = session.get_bind()
    assert isinstance(engine, Engine)
    return engine


def _store_wrapped(
    session: Session, clock: Clock, account: Account, under: str, wrapped: WrappedKey
) -> None:
    row = session.get(AccountKey, account.id)
    if row is None:
        row = AccountKey(account_id=account.id)
        session.add(row)
    row.under = under
    row.kdf = wrapped.cost.text()
    row.salt = wrapped.salt
    row.sealed = wrapped.sealed
    row.wrapped_at = clock.now()


def _unwrapped(row: AccountKey, secret: str) -> bytes | None:
    try:
        cost = Cost.parse(row.kdf)
    except ValueError:
        return None
    wrapped = WrappedKey(cost, bytes(row.salt), bytes(row.sealed))
    return unwrap(wrapped, secret, _context(row.account_id, row.under))


def _wrap_for(
    session: Session, clock: Clock, account: Account, key: bytes, under: str, secret: str
) -> None:
    cost = PASSWORD_COST if under == UNDER_PASSWORD else CODE_COST
    wrapped = wrap(key, secret, _context(account.id, under), cost)
    _store_wrapped(session, clock, account, under, wrapped)


def _held_key(session: Session, structure_id: int) -> bytes | None:
    """The structure's key, if this engine holds it (it opened the store with it, or someone
    of the structure signed in)."""
    key = attached_key(_engine(session))
    if key is None:
        return None
    row = session.get(StructureKey, structure_id)
    if row is not None:
        return key if is_structure_key(key, structure_id, bytes(row.fingerprint)) else None
    return key if _opens_the_structures_data(session, structure_id, key) else None


def _sealed_sample(session: Session, structure_id: int) -> bytes | None:
    """One encrypted value of the structure's, as stored; None when it has none."""
    sealed = session.scalar(
        select(type_coerce(EchangeAgent.nir, LargeBinary))
        .join(Echange, Echange.id == EchangeAgent.echange_id)
        .where(Echange.structure_id == structure_id)
        .limit(1)
    )
    return None if sealed is None else bytes(sealed)


def _opens_the_structures_data(session: Session, structure_id: int, key: bytes) -> bool:
    """Whether `key` decrypts the structure's personal data (trivially, when it has none)."""
    sealed = _sealed_sample(session, structure_id)
    if sealed is None:
        return True
    try:
        DataCipher(key).decrypt(sealed, "echange_agent.nir")
    except DataKeyError:
        return False
    return True


def _recognise(session: Session, clock: Clock, structure_id: int, key: bytes) -> None:
    if session.get(StructureKey, structure_id) is None:
        session.add(
            StructureKey(
                structure_id=structure_id,
                fingerprint=fingerprint(key, structure_id),
                created_at=clock.now(),
            )
        )


def give_new_structure_key(
    session: Session, clock: Clock, administrator: Account, password: str, *, adopt: bool
) -> bytes:
    """A new structure's key, wrapped for its first administrator. `adopt` takes the key the
    engine already holds (a store opened with the key its computer kept), if any."""
    key = (attached_key(_engine(session)) if adopt else None) or new_data_key()
    _recognise(session, clock, administrator.structure_id, key)
    _wrap_for(session, clock, administrator, key, UNDER_PASSWORD, password)
    return key


def unlock_at_sign_in(session: Session, clock: Clock, account: Account, password: str) -> bool:
    """Hand the engine this person's structure key; wrap it for the account if it was not
    yet (a store from before, a structure without personal data yet). False when the key is
    not at hand: the person signs in, but personal data stays refused."""
    key = _own_key(session, account, password)
    if key is None:
        key = _held_key(session, account.structure_id)
        if (
            key is None
            and session.get(StructureKey, account.structure_id) is None
            and _sealed_sample(session, account.structure_id) is None
        ):
            key = new_data_key()  # nothing encrypted yet, nothing to lose: a first key
        if key is not None:
            _recognise(session, clock, account.structure_id, key)
            _wrap_for(session, clock, account, key, UNDER_PASSWORD, password)
    attach_cipher(_engine(session), None if key is None else DataCipher(key))
    return key is not None


def _own_key(session: Session, account: Account, password: str) -> bytes | None:
    row = session.get(AccountKey, account.id)
    if row is None or row.under != UNDER_PASSWORD:
        return None
    key = _unwrapped(row, password)
    if key is None:
        # The password was changed without the key being wrapped again: kept as it is.
        log.warning("the data key wrapped for account %s does not open", account.id)
        return None
    structure = session.get(StructureKey, account.structure_id)
    if structure is not None and not is_structure_key(
        key, account.structure_id, bytes(structure.fingerprint)
    ):
        log.warning("account %s holds a key that is not its structure's", account.id)
        return None
    return key


def password_changed(
    session: Session, clock: Clock, account: Account, old_password: str, new_password: str
) -> None:
    """The holder changed their password (knowing the old one): the key follows it."""
    row = session.get(AccountKey, account.id)
    key = None if row is None else _unwrapped(row, old_password)
    if key is None:
        key = _held_key(session, account.structure_id)
    if key is not None:
        _wrap_for(session, clock, account, key, UNDER_PASSWORD, new_password)


def activation_code_issued(session: Session, clock: Clock, account: Account, code: str) -> None:
    """An administrator created the account or reset its password: the key waits under the
    code, for its holder to take on activation. Without the key at hand, nothing is wrapped
    (an existing wrap is left: it opens with nothing anyone knows, and does no harm)."""
    key = _held_key(session, account.structure_id)
    if key is not None:
        _wrap_for(session, clock, account, key, UNDER_CODE, code)


def unlock_with_code(session: Session, account: Account, code: str) -> None:
    """Hand the engine the key waiting under the account's activation code, if it waits
    there and the engine holds none: the holder's authenticator is enrolled with it."""
    if attached_key(_engine(session)) is not None:
        return
    row = session.get(AccountKey, account.id)
    if row is None or row.under != UNDER_CODE:
        return
    key = _unwrapped(row, code)
    structure = session.get(StructureKey, account.structure_id)
    if key is not None and (
        structure is None
        or is_structure_key(key, account.structure_id, bytes(structure.fingerprint))
    ):
        attach_cipher(_engine(session), DataCipher(key))


def activated(session: Session, clock: Clock, account: Account, code: str, password: str) -> None:
    """The holder chose their password with the code: the key moves under the password."""
    row = session.get(AccountKey, account.id)
    if row is None or row.under != UNDER_CODE:
        return
    key = _unwrapped(row, code)
    if key is not None:
        _wrap_for(session, clock, account, key, UNDER_PASSWORD, password)


def codes_issued(
    session: Session, clock: Clock, structure_id: int, codes: list[tuple[int, str]]
) -> None:
    """Many accounts created at once (an account file): the key waits under each one's
    activation code, as activation_code_issued does for one; (account id, code) pairs."""
    key = _held_key(session, structure_id)
    if key is None or not codes:
        return
    now = clock.now()
    rows = []
    for account_id, code in codes:
        wrapped = wrap(key, code, _context(account_id, UNDER_CODE), CODE_COST)
        rows.append(
            {
                "account_id": account_id,
                "under": UNDER_CODE,
                "kdf": wrapped.cost.text(),
                "salt": wrapped.salt,
                "sealed": wrapped.sealed,
                "wrapped_at": now,
            }
        )
    session.execute(insert(AccountKey), rows)


def wrap_for_many(
    session: Session, clock: Clock, account_ids: list[int], key: bytes, password: str
) -> None:
    """The same password for many accounts (the demo's): one derivation for all."""
    wrapper = Wrapper(password, PASSWORD_COST)
    now = clock.now()
    rows = []
    for account_id in account_ids:
        wrapped = wrapper.wrap(key, _context(account_id, UNDER_PASSWORD))
        rows.append(
            {
                "account_id": account_id,
                "under": UNDER_PASSWORD,
                "kdf": wrapped.cost.text(),
                "salt": wrapped.salt,
                "sealed": wrapped.sealed,
                "wrapped_at": now,
            }
        )
    if rows:
        session.execute(insert(AccountKey), rows)


def recognise_structure_key(session: Session, clock: Clock, structure_id: int, key: bytes) -> None:
    """Record what recognises this structure's key (a new structure's, made elsewhere)."""
    _recognise(session, clock, structure_id, key)
