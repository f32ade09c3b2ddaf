"""Under any sequence of account changes, the structure keeps an active administrator."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import select

from peps_desktop.core.accounts.admin import (
    AccountChanges,
    AccountDraft,
    AccountEditor,
    create_account,
    delete_accounts,
    modify_account,
    renew_accounts,
)
from peps_desktop.core.accounts.administrators import count_active_administrators
from peps_desktop.core.accounts.expiry import expire_due_accounts
from peps_desktop.core.accounts.rules import Identity
from peps_desktop.core.accounts.setup import create_structure
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared import security
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.errors import UserError
from peps_desktop.store.encrypted import new_data_key
from peps_desktop.store.migrate import open_store
from peps_desktop.store.models import Account, Structure
from tests.second_factor import ADMIN_SECRET, activate_with_app, enrol, next_code

PASSWORD = "Mot-de-passe-2026"
PROFILES = st.sampled_from(["utilisateur", "administrateur"])


class AccountsMachine(RuleBasedStateMachine):
    folder: Path

    def __init__(self) -> None:
        super().__init__()
        self.clock = FixedClock(dt.datetime(2026, 11, 25, 9, 0))
        index = len(list(self.folder.glob("*.sqlite3")))
        self.store = open_store(
            f"sqlite:///{self.folder / f's{index}.sqlite3'}",
            self.folder / "docs",
            data_key=new_data_key(),  # authenticators' secrets are encrypted at rest
        )
        create_structure(
            self.store,
            self.clock,
            "Mairie",
            Identity("admin.un", "Un", "Admin", "a@m.fr"),
            PASSWORD,
        )
        enrol(self.store, "admin.un", ADMIN_SECRET)
        self.logins = ["admin.un"]
        # Each account's authenticator app, to confirm the sensitive actions it makes.
        self.secrets = {"admin.un": ADMIN_SECRET}
        self.serial = 0

    def teardown(self) -> None:
        self.store.dispose()

    def _actor(self):  # type: ignore[no-untyped-def]
        """Any administrator who can sign in now (there must always be one)."""
        for login in self._active_administrators():
            try:
                return sign_in(self.store, self.clock, login, PASSWORD)
            except UserError:
                continue
        raise AssertionError("no administrator can sign in")

    def _code(self, actor) -> str:  # type: ignore[no-untyped-def]
        """The actor's next code: each sensitive action waits for a new one."""
        return next_code(self.clock, self.secrets[actor.login])

    def _active_administrators(self) -> list[str]:
        today = self.clock.now().date()
        with self.store.read_session() as session:
            return list(
                session.scalars(
                    select(Account.login).where(
                        Account.profile == "administrateur",
                        Account.status == "actif",
                        Account.expires_on > today,
                    )
                )
            )

    def _attempt(self, action) -> None:  # type: ignore[no-untyped-def]
        try:
            action()
        except UserError:
            pass  # refusing is allowed; leaving no administrator is not

    @rule(profile=PROFILES)
    def create(self, profile: str) -> None:
        self.serial += 1
        draft = AccountDraft(
            "Nom", f"P{self.serial}", f"p{self.serial}@m.fr", "0241000000", profile=profile
        )
        actor = self._actor()
        code = create_account(self.store, self.clock, actor, self._code(actor), draft)
        self.secrets[code.login] = activate_with_app(
            self.store, self.clock, code.login, code.code, PASSWORD
        )
        self.logins.append(code.login)

    @rule(data=st.data(), profile=PROFILES)
    def change_profile(self, data: st.DataObject, profile: str) -> None:
        login = data.draw(st.sampled_from(self.logins))
        actor = self._actor()
        self._attempt(
            lambda: modify_account(
                self.store,
                self.clock,
                actor,
                login,
                AccountChanges(profile=profile),
                self._code(actor),
            )
        )

    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        login = data.draw(st.sampled_from(self.logins))
        actor = self._actor()
        self._attempt(
            lambda: delete_accounts(self.store, self.clock, actor, [login], self._code(actor))
        )

    @rule(data=st.data())
    def renew(self, data: st.DataObject) -> None:
        login = data.draw(st.sampled_from(self.logins))
        actor = self._actor()
        self._attempt(
            lambda: renew_accounts(self.store, self.clock, actor, [login], self._code(actor))
        )

    @rule(data=st.data())
    def lock_by_failed_sign_ins(self, data: st.DataObject) -> None:
        login = data.draw(st.sampled_from(self.logins))
        for _ in range(5):
            self._attempt(lambda: sign_in(self.store, self.clock, login, "mauvais-mot-2026"))
        self.clock.advance(dt.timedelta(minutes=16))  # past any throttle

    @rule(days=st.integers(min_value=1, max_value=900))
    def time_passes_and_accounts_expire(self, days: int) -> None:
        self.clock.advance(dt.timedelta(days=days))
        expire_due_accounts(self.store, self.clock)

    @rule(data=st.data())
    def import_a_batch(self, data: st.DataObject) -> None:
        """An import applies many changes in one unit of work, under the same editor."""
        changes = data.draw(
            st.lists(
                st.tuples(
                    st.sampled_from(self.logins),
                    st.sampled_from(["demote", "promote", "delete", "renew"]),
                ),
                min_size=1,
                max_size=4,
            )
        )
        actor = self._actor()

        def apply() -> None:
            with self.store.session() as session:
                editor = AccountEditor(session, self.clock, session.get(Account, actor.account_id))
                for login, change in changes:
                    try:
                        target = editor.account(login)
                    except UserError:
                        continue  # deleted earlier
                    if change == "delete":
                        editor.delete(target)
                    elif change == "renew":
                        editor.renew(target)
                    else:
                        profile = "utilisateur" if change == "demote" else "administrateur"
                        editor.modify(target, AccountChanges(profile=profile))
                    session.flush()
                editor.finish()

        self._attempt(apply)

    @invariant()
    def an_active_administrator_remains(self) -> None:
        with self.store.read_session() as session:
            structure_id = session.scalar(select(Structure.id))
            assert count_active_administrators(session, structure_id, self.clock.now().date()) >= 1


def test_no_sequence_leaves_the_structure_without_an_administrator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same code path, with a cheap work factor.
    monkeypatch.setattr(security, "ARGON2_MEMORY_KIB", 64)
    monkeypatch.setattr(security, "ARGON2_ITERATIONS", 1)
    AccountsMachine.folder = tmp_path
    run_state_machine_as_test(
        AccountsMachine,
        settings=settings(
            max_examples=25,
            stateful_step_count=15,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
