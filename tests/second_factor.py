"""Codes of the test authenticators, at the time of a test's fixed clock.

Every account a test signs in with or acts as is enrolled with a known secret (the `store`
fixture enrols ADMIN with ADMIN_SECRET). A code once accepted cannot be used again: a test
that confirms several sensitive actions waits for the next code (`next_code`), as a person
would.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from peps_desktop.core.shared import totp
from peps_desktop.core.shared.clock import FixedClock, SystemClock
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


class CommandLineClock:
    """The command line's clock (SystemClock, run in this process) stopped at the test's
    start, so that its codes are known; `next_code` waits for the app's next code, as a
    person would: the clock moves 30 seconds."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.at = dt.datetime.now().replace(microsecond=0)
        monkeypatch.setattr(SystemClock, "now", lambda _clock: self.at)

    def next_code(self, secret: str = ADMIN_SECRET) -> str:
        self.at += dt.timedelta(seconds=totp.STEP_SECONDS)
        return totp.code_at(secret, self.at)

    def wrong_code(self, secret: str = ADMIN_SECRET) -> str:
        return wrong_code(FixedClock(self.at), secret)


def code_now(secret: str = ADMIN_SECRET) -> str:
    """The app's code at the real time: for a command run in another process."""
    return totp.code_at(secret, dt.datetime.now())
