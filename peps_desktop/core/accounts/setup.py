"""First run: a structure is created together with its first administrator, never alone."""

from __future__ import annotations

from sqlalchemy import exists, select

from peps_desktop.core.accounts.contact_details import checked_telephone
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
from peps_desktop.store.models import AccessRight, Account, Service, Structure


def structure_exists(store: Store) -> bool:
    with store.read_session() as session:
        return bool(session.scalar(select(exists().where(Structure.id.is_not(None)))))


def create_structure(
    store: Store, clock: Clock, structure_name: str, admin: Identity, password: str
) -> int:
    """Create the structure and its first administrator in one transaction; return its id."""
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
        if session.scalar(select(exists().where(Structure.id.is_not(None)))):
            raise UserError(translate("Setup", "This store already has a structure."))
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
        audit.record(session, clock, admin.login, "structure_creee", name)
        audit.record(
            session, clock, admin.login, "compte_cree", admin.login, profile=account.profile
        )
        return structure.id


def structure_name(store: Store) -> str:
    with store.read_session() as session:
        return session.scalar(select(Structure.nom).order_by(Structure.id).limit(1)) or ""
