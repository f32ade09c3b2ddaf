"""Codes of the test authenticators, at the time of a test's fixed clock.

Every account a test signs in with or acts as is enrolled with a known secret (the `store`
fixture enrols ADMIN with ADMIN_SECRET). A code once accepted cannot be used again: a test
that confirms several sensitive actions waits for the next code (`next_code`), as a person
would.
"""

from __future__ import annotations

import datetime as dt

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
