"""Trusted devices: a computer where a code was entered asks for none at sign-in for 7 days.

The device's token is 256 random bits kept in that computer's keyring, under the store and
the login; the store keeps only its SHA-256, tied to the account. The token never replaces
the password: sign-in checks the password first, the token only spares the code.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import platform
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared import audit
from peps_desktop.core.shared.clock import Clock
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.models import Account, TrustedDevice

TRUST = dt.timedelta(days=7)
DEVICE_TRUSTED = "appareil_approuve"
DEVICE_REVOKED = "appareil_revoque"


@dataclass(frozen=True)
class DeviceRow:
    id: int
    label: str
    created_at: dt.datetime
    last_used_at: dt.datetime
    trusted_until: dt.datetime


def this_computer() -> str:
    """How this computer is named in the list of devices."""
    name = platform.node() or translate("Devices", "unnamed computer")
    system = platform.system()
    return f"{name} ({system})" if system else name


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", errors="replace")).hexdigest()


def device_of(session: Session, account: Account, token: str | None) -> TrustedDevice | None:
    """The account's device holding this token, trusted or not."""
    if not token:
        return None
    return session.scalar(
        select(TrustedDevice).where(
            TrustedDevice.account_id == account.id, TrustedDevice.token_hash == token_hash(token)
        )
    )


def is_trusted(device: TrustedDevice, now: dt.datetime) -> bool:
    return now < device.code_entered_at + TRUST


def trust(session: Session, clock: Clock, account: Account, token: str | None, label: str) -> str:
    """A code was just entered on this computer: trust it for 7 more days; the token to keep
    (the same one for a known device, a new one otherwise)."""
    now = clock.now()
    device = device_of(session, account, token)
    if device is not None and token is not None:
        device.code_entered_at = device.last_used_at = now
        return token
    token = secrets.token_urlsafe(32)
    session.add(
        TrustedDevice(
            account_id=account.id,
            token_hash=token_hash(token),
            label=label[:200],
            created_at=now,
            code_entered_at=now,
            last_used_at=now,
        )
    )
    audit.record(session, clock, account.login, DEVICE_TRUSTED, account.login, appareil=label)
    return token


def devices_of(session: Session, account_id: int) -> list[DeviceRow]:
    return [
        DeviceRow(
            device.id,
            device.label,
            device.created_at,
            device.last_used_at,
            device.code_entered_at + TRUST,
        )
        for device in session.scalars(
            select(TrustedDevice)
            .where(TrustedDevice.account_id == account_id)
            .order_by(TrustedDevice.last_used_at.desc())
        )
    ]


def list_devices(store: Store, user: SignedIn) -> list[DeviceRow]:
    with store.read_session() as session:
        return devices_of(session, user.account_id)


def revoke_device(store: Store, clock: Clock, user: SignedIn, device_id: int) -> str:
    """Forget one of one's own devices: the code is asked there at the next sign-in.
    Returns the device's label."""
    with store.session() as session:
        device = session.get(TrustedDevice, device_id)
        if device is None or device.account_id != user.account_id:
            raise UserError(
                translate("Devices", "No device {number} among yours.").format(number=device_id)
            )
        label = device.label
        session.delete(device)
        audit.record(session, clock, user.login, DEVICE_REVOKED, user.login, appareil=label)
        return label
