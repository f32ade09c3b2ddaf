"""Gestion des comptes in core: the rules hold whatever the caller."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from peps_desktop.core.accounts.account_list import account_row, list_accounts
from peps_desktop.core.accounts.activation import activate_account
from peps_desktop.core.accounts.admin import (
    AccountChanges,
    AccountDraft,
    create_account,
    delete_accounts,
    issue_activation_code,
    modify_account,
    renew_accounts,
    unlock_accounts,
)
from peps_desktop.core.accounts.conflicts import ChangedMeanwhile
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.errors import AuthenticationError, PermissionDenied, UserError
from peps_desktop.store.models import Account, AuditEntry
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.factories import add_account
from tests.second_factor import (
    USER_SECRET,
    activate_with_app,
    code,
    enrol,
    next_code,
    wrong_code,
)

NEW_PASSWORD = "Nouveau-secret-2026"
DRAFT = AccountDraft(
    nom="Garnier",
    prenom="Élodie",
    email="elodie.garnier@mairie.fr",
    telephone="02 41 00 00 00",
    rights={"CNRACL": "modification", "RAFP": "lecture"},
)


@pytest.fixture
def admin(store, clock):  # type: ignore[no-untyped-def]
    return sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)


def account(store, login: str) -> Account | None:  # type: ignore[no-untyped-def]
    with store.read_session() as session:
        return session.scalar(select(Account).where(Account.login == login))


def audit_actions(store) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    with store.read_session() as session:
        return [
            (action, target)
            for action, target in session.execute(select(AuditEntry.action, AuditEntry.target))
        ]


def test_create_generates_the_login_and_a_code_the_person_activates(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    code = create_account(store, clock, admin, next_code(clock), DRAFT)
    assert code.login == "elodie.garnier"
    assert code.expires_at == clock.now() + dt.timedelta(days=7)
    created = account(store, "elodie.garnier")
    assert created.password_hash is None  # nobody knows a password yet
    assert code.code not in (created.activation_code_hash or "")  # stored hashed
    assert created.expires_on == dt.date(2028, 5, 25)
    rows = {row.login: row for row in list_accounts(store, clock, admin)}
    assert rows["elodie.garnier"].rights["CNRACL"] == "modification"
    assert rows["elodie.garnier"].rights["FEH"] == "aucun"
    assert rows["elodie.garnier"].activation_pending

    activate_with_app(
        store, clock, "elodie.garnier", code.code.lower().replace("-", " "), NEW_PASSWORD
    )
    assert sign_in(store, clock, "elodie.garnier", NEW_PASSWORD).badge == "Élodie Garnier"
    assert account(store, "elodie.garnier").telephone == "+33241000000"  # kept in E.164
    assert ("compte_cree", "elodie.garnier") in audit_actions(store)


def test_one_account_read_again_is_its_row_of_the_list_and_no_other(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    create_account(store, clock, admin, next_code(clock), DRAFT)
    listed = {row.login: row for row in list_accounts(store, clock, admin)}
    assert len(listed) >= 2
    for login, row in listed.items():
        assert account_row(store, clock, admin, login) == row
    with pytest.raises(UserError, match="No account “nobody.here”"):
        account_row(store, clock, admin, "nobody.here")


def test_create_needs_a_code_of_the_administrator_s_app(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(AuthenticationError, match="Wrong code"):
        create_account(store, clock, admin, wrong_code(clock), DRAFT)
    with pytest.raises(AuthenticationError, match="Enter the code"):
        create_account(store, clock, admin, None, DRAFT)
    with pytest.raises(AuthenticationError, match="Wrong code"):
        create_account(store, clock, admin, ADMIN_PASSWORD, DRAFT)  # the password is no code
    assert account(store, "elodie.garnier") is None
    assert account(store, ADMIN.login).failed_second_factors == 2  # wrong codes count


def test_a_new_account_needs_a_french_telephone(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    for telephone, message in ((None, "is required"), ("+44 20 7946 0958", "not a French")):
        with pytest.raises(UserError, match=message):
            create_account(
                store, clock, admin, next_code(clock), replace(DRAFT, telephone=telephone)
            )
    assert account(store, "elodie.garnier") is None


def test_a_utilisateur_cannot_manage_accounts(store, clock) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        add_account(session, "paul.durand")
    user = sign_in(store, clock, "paul.durand", "Mot-de-passe-2026")
    with pytest.raises(PermissionDenied):
        list_accounts(store, clock, user)
    enrol(store, "paul.durand")
    with pytest.raises(PermissionDenied):
        create_account(store, clock, user, code(clock, USER_SECRET), DRAFT)


def test_a_demoted_administrator_loses_rights_at_once(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        add_account(session, "remi.blanc", profile="administrateur")
    other = sign_in(store, clock, "remi.blanc", "Mot-de-passe-2026")
    modify_account(
        store, clock, admin, "remi.blanc", AccountChanges(profile="utilisateur"), next_code(clock)
    )
    with pytest.raises(PermissionDenied):
        list_accounts(store, clock, other)  # the stale SignedIn does not help


def test_logins_are_never_reused_even_after_deletion(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    create_account(store, clock, admin, next_code(clock), DRAFT)
    delete_accounts(store, clock, admin, ["elodie.garnier"], next_code(clock))
    # The same person coming back: confirmed, as a recently deleted account is remembered.
    returning = replace(DRAFT, distinct_from=frozenset({"elodie.garnier"}))
    again = create_account(store, clock, admin, next_code(clock), returning)
    assert again.login == "elodie.garnier2"


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (AccountDraft("Garnier", "Élodie", "pas-un-courriel"), "not valid"),
        (AccountDraft("", "Élodie", "e@mairie.fr"), "required"),
        (AccountDraft("Garnier", "Élodie", "e@mairie.fr", profile="chef"), "Unknown profile"),
        (
            AccountDraft("Garnier", "Élodie", "e@mairie.fr", rights={"CNRAC": "lecture"}),
            "Unknown service",
        ),
        (
            AccountDraft("Garnier", "Élodie", "e@mairie.fr", rights={"RAFP": "tout"}),
            "Unknown right",
        ),
    ],
)
def test_bad_drafts_are_refused_and_nothing_is_written(store, clock, admin, draft, message) -> None:  # type: ignore[no-untyped-def]
    with store.read_session() as session:
        before = session.scalar(select(func.count()).select_from(Account))
    with pytest.raises(UserError, match=message):
        create_account(store, clock, admin, next_code(clock), draft)
    with store.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == before


def test_an_account_is_never_given_to_another_person(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    create_account(store, clock, admin, next_code(clock), DRAFT)
    with pytest.raises(UserError, match="Create a new account for Jean Martin"):
        modify_account(
            store,
            clock,
            admin,
            "elodie.garnier",
            AccountChanges(nom="Martin", prenom="Jean"),
            next_code(clock),
        )
    modify_account(
        store, clock, admin, "elodie.garnier", AccountChanges(nom="Garnier-Roux"), next_code(clock)
    )
    assert account(store, "elodie.garnier").nom == "Garnier-Roux"  # a married name is fine


def test_modify_records_before_and_after(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    changes = AccountChanges(
        email="e.garnier@mairie.fr", rights={"CNRACL": "modification", "RAFP": "modification"}
    )
    create_account(store, clock, admin, next_code(clock), DRAFT)
    modify_account(store, clock, admin, "elodie.garnier", changes, next_code(clock))
    with store.read_session() as session:
        details = session.scalar(
            select(AuditEntry.details).where(AuditEntry.action == "compte_modifie")
        )
    change = json.loads(details)
    assert change["avant"] == {"email": "elodie.garnier@mairie.fr", "droits": {"RAFP": "lecture"}}
    assert change["apres"] == {"email": "e.garnier@mairie.fr", "droits": {"RAFP": "modification"}}


def test_rights_are_a_whole_matrix_services_not_named_are_aucun(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    changes = AccountChanges(rights={"FEH": "lecture"})
    create_account(store, clock, admin, next_code(clock), DRAFT)
    modify_account(store, clock, admin, "elodie.garnier", changes, next_code(clock))
    (row,) = [r for r in list_accounts(store, clock, admin) if r.login == "elodie.garnier"]
    assert {code: level for code, level in row.rights.items() if level != "aucun"} == {
        "FEH": "lecture"
    }


def test_every_change_to_an_account_needs_a_code(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    create_account(store, clock, admin, next_code(clock), DRAFT)
    used = code(clock)  # the one the creation just spent
    for changes in (
        AccountChanges(profile="administrateur"),
        AccountChanges(rights={"FEH": "lecture"}),
        AccountChanges(email="e.garnier@mairie.fr"),
    ):
        with pytest.raises(AuthenticationError, match="Wrong code"):
            modify_account(store, clock, admin, "elodie.garnier", changes, wrong_code(clock))
    with pytest.raises(AuthenticationError, match="already used"):
        modify_account(store, clock, admin, "elodie.garnier", AccountChanges(nom="G"), used)
    changed = account(store, "elodie.garnier")
    assert (changed.profile, changed.email) == ("utilisateur", "elodie.garnier@mairie.fr")


@pytest.mark.parametrize(
    "action",
    [
        lambda store, clock, admin, code: renew_accounts(
            store, clock, admin, ["paul.durand"], code
        ),
        lambda store, clock, admin, code: unlock_accounts(
            store, clock, admin, ["paul.durand"], code
        ),
        lambda store, clock, admin, code: delete_accounts(
            store, clock, admin, ["paul.durand"], code
        ),
        lambda store, clock, admin, code: issue_activation_code(
            store, clock, admin, "paul.durand", code
        ),
    ],
    ids=["renew", "unlock", "delete", "new activation code"],
)
def test_renewing_unlocking_deleting_or_a_new_code_need_a_code(  # type: ignore[no-untyped-def]
    store, clock, admin, action
) -> None:
    with store.session() as session:
        add_account(session, "paul.durand", status="verrouille", expires_on=dt.date(2026, 12, 1))
    for refused in (None, wrong_code(clock)):
        with pytest.raises(AuthenticationError):
            action(store, clock, admin, refused)
    unchanged = account(store, "paul.durand")
    assert unchanged is not None
    assert (unchanged.status, unchanged.expires_on) == ("verrouille", dt.date(2026, 12, 1))
    assert unchanged.password_hash is not None
    action(store, clock, admin, code(clock))


def test_a_concurrent_change_is_reported(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    create_account(store, clock, admin, next_code(clock), DRAFT)
    (row,) = [r for r in list_accounts(store, clock, admin) if r.login == "elodie.garnier"]
    modify_account(
        store,
        clock,
        admin,
        "elodie.garnier",
        AccountChanges(telephone="0612345678"),
        next_code(clock),
    )
    assert account(store, "elodie.garnier").telephone == "+33612345678"
    with pytest.raises(ChangedMeanwhile, match="changed by Claire Martin on 25/11/2026 at 09:3"):
        modify_account(
            store,
            clock,
            admin,
            "elodie.garnier",
            AccountChanges(email="x@mairie.fr", expected_version=row.version),
            next_code(clock),
        )


def test_delete_keeps_a_tombstone_without_personal_data(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    create_account(store, clock, admin, next_code(clock), DRAFT)
    delete_accounts(store, clock, admin, ["elodie.garnier"], next_code(clock))
    assert account(store, "elodie.garnier") is None
    with store.read_session() as session:
        tombstone = session.scalar(select(AuditEntry).where(AuditEntry.action == "compte_supprime"))
    assert tombstone.target == "elodie.garnier"
    assert "Garnier" not in (tombstone.details or "") and "mairie.fr" not in (
        tombstone.details or ""
    )


@pytest.mark.parametrize(
    "action",
    [
        lambda store, clock, admin: delete_accounts(
            store, clock, admin, [ADMIN.login], next_code(clock)
        ),
        lambda store, clock, admin: modify_account(
            store,
            clock,
            admin,
            ADMIN.login,
            AccountChanges(profile="utilisateur"),
            next_code(clock),
        ),
    ],
    ids=["delete", "demote"],
)
def test_the_last_administrator_is_kept(store, clock, admin, action) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="at least one active administrator"):
        action(store, clock, admin)
    kept = account(store, ADMIN.login)
    assert kept is not None and kept.profile == "administrateur"


def test_a_bulk_action_is_all_or_nothing(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        add_account(session, "paul.durand")
    with pytest.raises(UserError):
        delete_accounts(store, clock, admin, ["paul.durand", ADMIN.login], next_code(clock))
    assert account(store, "paul.durand") is not None


def test_renew_and_unlock(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        add_account(session, "anne.leroy", status="expire", expires_on=dt.date(2026, 10, 1))
        add_account(session, "bruno.roux", status="verrouille")
    assert renew_accounts(store, clock, admin, ["anne.leroy", "bruno.roux"], next_code(clock)) == 2
    assert unlock_accounts(store, clock, admin, ["bruno.roux"], next_code(clock)) == 1
    renewed, unlocked = account(store, "anne.leroy"), account(store, "bruno.roux")
    assert (renewed.status, renewed.expires_on) == ("actif", dt.date(2028, 5, 25))
    assert (unlocked.status, unlocked.failed_sign_ins) == ("actif", 0)
    assert sign_in(store, clock, "anne.leroy", "Mot-de-passe-2026").login == "anne.leroy"


def test_a_new_code_replaces_a_forgotten_password(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        add_account(session, "paul.durand")
    code = issue_activation_code(store, clock, admin, "paul.durand", next_code(clock))
    with pytest.raises(AuthenticationError, match="not activated"):
        sign_in(store, clock, "paul.durand", "Mot-de-passe-2026")  # the old one stops working
    activate_with_app(store, clock, "paul.durand", code.code, NEW_PASSWORD)
    assert sign_in(store, clock, "paul.durand", NEW_PASSWORD).login == "paul.durand"
    with pytest.raises(AuthenticationError):
        activate_account(store, clock, "paul.durand", code.code, "Encore-un-autre-2026")  # one-time


def test_codes_expire(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    code = create_account(store, clock, admin, next_code(clock), DRAFT)
    later = FixedClock(clock.now() + dt.timedelta(days=7, minutes=1))
    with pytest.raises(AuthenticationError, match="expired"):
        activate_account(store, later, "elodie.garnier", code.code, NEW_PASSWORD)


def test_wrong_codes_lock_after_five_tries(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    code = create_account(store, clock, admin, next_code(clock), DRAFT)
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            activate_account(store, clock, "elodie.garnier", "AAAA-BBBB-CCCC", NEW_PASSWORD)
    with pytest.raises(AuthenticationError, match="locked"):
        activate_account(store, clock, "elodie.garnier", code.code, NEW_PASSWORD)


def test_a_weak_password_is_refused_at_activation(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    code = create_account(store, clock, admin, next_code(clock), DRAFT)
    with pytest.raises(UserError, match="at least 12"):
        activate_account(store, clock, "elodie.garnier", code.code, "court1")
    assert account(store, "elodie.garnier").activation_code_hash is not None  # still usable


def test_a_code_is_kept_under_a_keyed_hash_and_an_earlier_scrypt_code_still_works(
    store,
    clock,
    admin,  # type: ignore[no-untyped-def]
) -> None:
    import base64
    import hashlib

    from tests.factories import set_account

    code = create_account(store, clock, admin, next_code(clock), DRAFT)
    stored = account(store, "elodie.garnier").activation_code_hash or ""
    assert stored.startswith("hmac-sha256$") and code.code not in stored
    # A code issued by an earlier version: scrypt, as passwords were.
    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(code.code.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    legacy = (
        f"scrypt$16384$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    )
    set_account(store, "elodie.garnier", activation_code_hash=legacy)
    activate_with_app(store, clock, "elodie.garnier", code.code, NEW_PASSWORD)
    assert sign_in(store, clock, "elodie.garnier", NEW_PASSWORD).login == "elodie.garnier"


def test_a_code_works_only_for_the_login_it_was_made_for(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    first = create_account(store, clock, admin, next_code(clock), DRAFT)
    create_account(
        store,
        clock,
        admin,
        next_code(clock),
        AccountDraft("Leroy", "Anne", "anne.leroy@mairie.fr", "02 41 00 00 03"),
    )
    with pytest.raises(AuthenticationError):
        activate_account(store, clock, "anne.leroy", first.code, NEW_PASSWORD)
