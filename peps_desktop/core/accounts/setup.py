"""First run: a structure is created together with its first administrator, never alone.

A shared server may host several structures (a centre de gestion and its communes): another
one is added only when asked for, so that a second `init` on a store is not a mistake."""

from __future__ import annotations

from sqlalchemy import exists, func, select

from peps_desktop.core.accounts.contact_details import checked_telephone
from peps_desktop.core.accounts.data_key_access import give_new_structure_key
from peps_desktop.core.accounts.rules import (
    PROFILE_ADMINISTRATEUR,
    STATUS_ACTIF,
    Identity,
    check_identity,
    check_password_strength,
    expiry_from,
)
from peps_desktop.core.shared import audit
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.input_rules import column_length, text_faults
from peps_desktop.core.shared.security import hash_password
from peps_desktop.core.shared.services import RIGHT_MODIFICATION
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.encrypted import DataCipher, attach_cipher
from peps_desktop.store.models import AccessRight, Account, Service, Structure


def structure_exists(store: Store) -> bool:
    with store.read_session() as session:
        return bool(session.scalar(select(exists().where(Structure.id.is_not(None)))))


def create_structure(
    store: Store,
    clock: Clock,
    structure_name: str,
    admin: Identity,
    password: str,
    *,
    beside_others: bool = False,
) -> int:
    """Create the structure and its first administrator in one transaction; return its id.

    `beside_others` adds a structure to a store that already holds some; its name must differ
    from theirs."""
    name = structure_name.strip()
    if not name:
        raise UserError(translate("Setup", "The structure's name is required."))
    faults = text_faults("structure", name, column_length(Structure.nom))
    if faults:
        raise UserError(" ".join(faults))
    check_identity(admin)
    check_password_strength(password)
    now = clock.now()
    with store.session() as session:
        if not beside_others and session.scalar(select(exists().where(Structure.id.is_not(None)))):
            raise UserError(translate("Setup", "This store already has a structure."))
        namesake = session.scalar(
            select(Structure.nom).where(func.lower(Structure.nom) == name.lower())
        )
        if namesake is not None:
            raise UserError(
                translate("Setup", "This store already has a structure named “{name}”.").format(
                    name=namesake
                )
            )
        structure = Structure(nom=name, created_at=now)
        session.add(structure)
        session.flush()
        account = Account(
            structure_id=structure.id,
            login=admin.login,
            nom=admin.nom.strip(),
            prenom=admin.prenom.strip(),
            email=admin.email.strip(),
            telephone=checked_telephone(admin.telephone, required=False),
            profile=PROFILE_ADMINISTRATEUR,
            status=STATUS_ACTIF,
            expires_on=expiry_from(now.date()),
            password_hash=hash_password(password),
            failed_sign_ins=0,
            created_at=now,
        )
        # The first administrator starts with every right; they can lower them later.
        for service in session.scalars(select(Service)):
            account.rights.append(AccessRight(service_id=service.id, level=RIGHT_MODIFICATION))
        session.add(account)
        session.flush()
        key = give_new_structure_key(session, clock, account, password, adopt=not beside_others)
        audit.record(session, clock, admin.login, "structure_creee", name)
        audit.record(
            session, clock, admin.login, "compte_cree", admin.login, profile=account.profile
        )
        structure_id = structure.id
    if not beside_others:
        # The store's only structure: its key in use from now on (a wizard, a demo).
        attach_cipher(store.engine, DataCipher(key))
    return structure_id


def structure_name(store: Store, structure_id: int | None = None) -> str:
    """The name of this structure; without an id, of the store's only structure ("" when it
    holds none, or several: no name to show before someone signs in)."""
    with store.read_session() as session:
        if structure_id is not None:
            return session.scalar(select(Structure.nom).where(Structure.id == structure_id)) or ""
        names = session.scalars(select(Structure.nom).order_by(Structure.id).limit(2)).all()
    return names[0] if len(names) == 1 else ""


def structure_named(store: Store, name: str) -> int:
    """The id of the structure of that name (case aside); UserError naming those there are."""
    with store.read_session() as session:
        found = session.scalar(
            select(Structure.id).where(func.lower(Structure.nom) == name.strip().lower())
        )
        if found is not None:
            return found
        names = session.scalars(select(Structure.nom).order_by(Structure.nom)).all()
    raise UserError(
        translate("Setup", "No structure “{name}” in this store; it holds: {names}.").format(
            name=name.strip(), names=", ".join(names) or "—"
        )
    )
