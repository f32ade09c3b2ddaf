"""Mon compte's use cases: a password change needs the current password and a code; one's
devices are one's own."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from peps_desktop.core.accounts.devices import list_devices, revoke_device
from peps_desktop.core.accounts.my_account import change_password, my_account
from peps_desktop.core.accounts.second_factor_sign_in import SecondFactor
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.errors import AuthenticationError, UserError
from peps_desktop.store import Store
from peps_desktop.store.models import Account
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.factories import add_account
from tests.second_factor import USER_SECRET, code, enrol, next_code, wrong_code

NEW_PASSWORD = "Un-nouveau-secret-2027"


def test_a_password_change_needs_the_current_password_then_a_code(
    store: Store, clock: FixedClock
) -> None:
    admin = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    with pytest.raises(AuthenticationError, match="current password is wrong"):
        change_password(store, clock, admin, "pas-le-bon-1", code(clock), NEW_PASSWORD)
    with pytest.raises(AuthenticationError, match="Wrong code"):
        change_password(store, clock, admin, ADMIN_PASSWORD, wrong_code(clock), NEW_PASSWORD)
    with pytest.raises(UserError, match="at least 12"):
        change_password(store, clock, admin, ADMIN_PASSWORD, code(clock), "court1")
    with pytest.raises(UserError, match="must differ"):
        change_password(store, clock, admin, ADMIN_PASSWORD, code(clock), ADMIN_PASSWORD)
    with store.read_session() as session:
        claire = session.scalar(select(Account).where(Account.login == ADMIN.login))
        assert claire is not None
        assert (claire.failed_sign_ins, claire.failed_second_factors) == (1, 1)  # both count

    change_password(store, clock, admin, ADMIN_PASSWORD, next_code(clock), NEW_PASSWORD)
    with pytest.raises(AuthenticationError):
        sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    assert sign_in(store, clock, ADMIN.login, NEW_PASSWORD).login == ADMIN.login


def test_devices_are_listed_and_revoked_by_their_holder_only(
    store: Store, clock: FixedClock
) -> None:
    with store.session() as session:
        add_account(session, "paul.durand")
    enrol(store, "paul.durand", USER_SECRET)
    paul = sign_in(
        store,
        clock,
        "paul.durand",
        "Mot-de-passe-2026",
        SecondFactor(code=code(clock, USER_SECRET)),
    )
    admin = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    (device,) = list_devices(store, paul)
    assert my_account(store, clock, paul).devices == (device,)
    with pytest.raises(UserError, match="No device"):
        revoke_device(store, clock, admin, device.id)
    assert revoke_device(store, clock, paul, device.id) == device.label
    assert list_devices(store, paul) == []
