"""The store's own secrets, kept in the store (made by its migration, or here when missing)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from peps_desktop.core.shared.security import new_store_secret
from peps_desktop.store.models import StoreSecret

ACTIVATION_CODES = "activation_codes"


def store_secret(session: Session, name: str = ACTIVATION_CODES) -> bytes:
    """The secret `name`; made and added to the caller's unit of work if the store has none."""
    value = session.scalar(select(StoreSecret.value).where(StoreSecret.name == name))
    if value is None:
        value = new_store_secret()
        session.add(StoreSecret(name=name, value=value))
        session.flush()
    return value
