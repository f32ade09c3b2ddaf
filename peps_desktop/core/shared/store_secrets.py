"""The store's own secrets, kept in the store (made by its migration, or here when missing)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from peps_desktop.core.shared.security import new_store_secret
from peps_desktop.store import Store
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


def read_store_secret(store: Store, name: str = ACTIVATION_CODES) -> bytes:
    """The secret `name`, read without the write lock (made in a unit of work if missing)."""
    with store.read_session() as session:
        value = session.scalar(select(StoreSecret.value).where(StoreSecret.name == name))
    if value is not None:
        return value
    with store.session() as session:
        return store_secret(session, name)
