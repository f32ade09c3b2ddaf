"""Codes of the test authenticators, at the time of a test's fixed clock.

Every account a test signs in with or acts as is enrolled with a known secret (the `store`
fixture enrols ADMIN with ADMIN_SECRET). A code once accepted cannot be used again: a test
that confirms several sensitive actions waits for the next code (`next_code`), as a person
would.
"""

from __future__ import annotations

import datetime as dt
import time

from sqlalchemy import select

from peps_desktop.core.shared import totp
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.store import Store
from peps_desktop.store.models import Account
from tests.factories import add_authenticator

ADMIN_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
USER_SECRET = "KRUGKIDROVUWG2ZAMJZG653OEBTG66BA"


def code(clock: FixedClock, secret: str = ADMIN_SECRET, steps: int = 0) -> str:
    """The code the app shows at the clock's time (`steps` steps later or earlier)."""
    return totp.code_at(secret, clock.now(), steps)


def wrong_code(clock: FixedClock, secret: str = ADMIN_SECRET) -> str:
    """Six digits that are none of the codes accepted at the clock's time."""
    accepted = {code(clock, secret, steps) for steps in (-1, 0, 1)}
    return next(f"{n:06d}" for n in range(0, 1_000_000, 111_111) if f"{n:06d}" not in accepted)


def next_code(clock: FixedClock, secret: str = ADMIN_SECRET) -> str:
    """Wait for the app's next code (the clock moves 30 seconds) and return it."""
    clock.advance(dt.timedelta(seconds=totp.STEP_SECONDS))
    return code(clock, secret)


def enrol(store: Store, login: str, secret: str = USER_SECRET) -> None:
    """Give an existing account a confirmed authenticator with `secret`."""
    with store.session() as session:
        account = session.scalar(select(Account).where(Account.login == login))
        assert account is not None
        add_authenticator(session, account, secret)


def activate_with_app(
    store: Store, clock: FixedClock, login: str, activation_code: str, password: str
) -> str:
    """Activate an account as its holder does: the activation code, then the first code of
    the new authenticator app. Returns the app's secret."""
    from peps_desktop.core.accounts.activation import activate_account

    step = activate_account(store, clock, login, activation_code, password)
    assert step.enrolment is not None
    first = totp.code_at(step.enrolment.secret, clock.now())
    activate_account(store, clock, login, activation_code, password, first)
    return step.enrolment.secret


# --- the command line, which runs on the system clock ------------------------------------------


def trust_this_computer(store: Store, store_key: str, *logins: str) -> None:
    """As after a code entered on this computer a moment ago: each account enrolled (with
    USER_SECRET, unless it has an app already) and trusted for 7 days, its token in the
    keyring under the store's key."""
    from peps_desktop.core.accounts import devices
    from peps_desktop.core.accounts.second_factor import confirmed_authenticator
    from peps_desktop.core.shared import credentials

    now = FixedClock(dt.datetime.now().replace(microsecond=0))
    for login in logins:
        with store.session() as session:
            account = session.scalar(select(Account).where(Account.login == login))
            assert account is not None, login
            if confirmed_authenticator(session, account.id) is None:
                add_authenticator(session, account, USER_SECRET)
            token = devices.trust(session, now, account, None, "poste de test")
        credentials.remember_device(store_key, login, token)


class LiveCodes:
    """Codes at the real time: each call gives the next step's code, starting one step back
    (drift allows one), so that up to three commands in one 30-second window get codes
    that were never used."""

    def __init__(self, secret: str = ADMIN_SECRET) -> None:
        self.secret = secret
        self.step: int | None = None

    def __call__(self) -> str:
        now = totp.step_at(time.time())
        self.step = now - 1 if self.step is None else max(self.step + 1, now - 1)
        return totp.hotp(totp.secret_bytes(self.secret), self.step)


def wrong_live_code(secret: str = ADMIN_SECRET) -> str:
    """Six digits that are none of the codes accepted at the real time."""
    now = dt.datetime.now()
    accepted = {totp.code_at(secret, now, steps) for steps in (-2, -1, 0, 1, 2)}
    return next(f"{n:06d}" for n in range(0, 1_000_000, 111_111) if f"{n:06d}" not in accepted)
