"""« Je quitte la structure »: the successor named, then the leaver's account deleted."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from peps_desktop.core.accounts.admin import AccountDraft, delete_accounts
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.accounts.succession import (
    create_successor,
    delete_leaver_account,
    pending_succession,
    pending_succession_tasks,
    promote_successor,
    successor_candidates,
)
from peps_desktop.errors import AuthenticationError, UserError
from peps_desktop.store.models import Account, AuditEntry, Succession
from tests.conftest import ADMIN, ADMIN_PASSWORD, NOW
from tests.factories import add_account
from tests.second_factor import activate_with_app, code, next_code, wrong_code

USER_PASSWORD = "Mot-de-passe-2026"
SUCCESSOR_PASSWORD = "Successeur-2026-ok"
TOMORROW = NOW.date() + dt.timedelta(days=1)
DRAFT = AccountDraft(
    nom="Garnier", prenom="Élodie", email="elodie.garnier@mairie.fr", telephone="06 12 34 56 78"
)


@pytest.fixture
def leaver(store, clock) -> SignedIn:  # type: ignore[no-untyped-def]
    return sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)


@pytest.fixture
def colleagues(store) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        add_account(session, "jean.dupont", rights={"CNRACL": "lecture"})
        add_account(session, "marc.verrou", status="verrouille")
        add_account(session, "lea.expiree", expires_on=NOW.date())


def account(store, login: str) -> Account | None:  # type: ignore[no-untyped-def]
    with store.read_session() as session:
        return session.scalar(select(Account).where(Account.login == login))


def successions(store) -> list[Succession]:  # type: ignore[no-untyped-def]
    with store.read_session() as session:
        return list(session.scalars(select(Succession)))


@pytest.mark.usefixtures("colleagues")
def test_promote_an_existing_user(store, clock, leaver) -> None:  # type: ignore[no-untyped-def]
    candidates = successor_candidates(store, clock, leaver)
    assert [c.login for c in candidates] == ["jean.dupont"]  # not locked, expired nor oneself

    record = promote_successor(store, clock, leaver, code(clock), "jean.dupont", TOMORROW)

    assert (record.leaver_login, record.successor_login) == (ADMIN.login, "jean.dupont")
    assert (record.departure_on, record.activation) == (TOMORROW, None)
    jean = account(store, "jean.dupont")
    assert jean is not None and jean.profile == "administrateur"
    (succession,) = successions(store)
    assert (succession.leaver_account_id, succession.created_at) == (leaver.account_id, NOW)
    with store.read_session() as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions[-2:] == ["compte_modifie", "succession_enregistree"]
    assert pending_succession(store, clock, leaver) == record


@pytest.mark.usefixtures("colleagues")
def test_promoting_needs_the_leavers_code_and_a_usable_account(store, clock, leaver) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(AuthenticationError, match="Wrong code"):
        promote_successor(store, clock, leaver, wrong_code(clock), "jean.dupont", TOMORROW)
    with pytest.raises(UserError, match="expired or locked"):
        promote_successor(store, clock, leaver, next_code(clock), "marc.verrou", TOMORROW)
    with pytest.raises(UserError, match="someone other than you"):
        promote_successor(store, clock, leaver, next_code(clock), ADMIN.login, TOMORROW)
    jean = account(store, "jean.dupont")
    assert jean is not None and jean.profile == "utilisateur"
    assert successions(store) == []


def test_create_the_successor_whose_code_activates_the_account(store, clock, leaver) -> None:  # type: ignore[no-untyped-def]
    record = create_successor(store, clock, leaver, next_code(clock), DRAFT, NOW.date())

    assert record.successor_login == "elodie.garnier"
    assert record.activation is not None and record.activation.login == "elodie.garnier"
    activate_with_app(store, clock, "elodie.garnier", record.activation.code, SUCCESSOR_PASSWORD)
    successor = sign_in(store, clock, "elodie.garnier", SUCCESSOR_PASSWORD)
    assert successor.is_administrator
    with store.read_session() as session:
        created = session.scalar(select(Account).where(Account.login == "elodie.garnier"))
        leaving = session.get(Account, leaver.account_id)
        assert created is not None and leaving is not None
        # Without rights in the draft, the successor takes over the leaver's.
        assert {r.service_id: r.level for r in created.rights} == {
            r.service_id: r.level for r in leaving.rights
        }
    assert [s.successor_login for s in successions(store)] == ["elodie.garnier"]


def test_a_departure_in_the_past_is_refused(store, clock, leaver) -> None:  # type: ignore[no-untyped-def]
    yesterday = NOW.date() - dt.timedelta(days=1)
    with pytest.raises(UserError, match="cannot be in the past"):
        create_successor(store, clock, leaver, next_code(clock), DRAFT, yesterday)
    assert account(store, "elodie.garnier") is None
    assert successions(store) == []


@pytest.mark.usefixtures("colleagues")
def test_a_second_succession_is_refused(store, clock, leaver) -> None:  # type: ignore[no-untyped-def]
    promote_successor(store, clock, leaver, next_code(clock), "jean.dupont", TOMORROW)
    with pytest.raises(UserError, match="already named “jean.dupont”"):
        create_successor(store, clock, leaver, next_code(clock), DRAFT, TOMORROW)
    assert account(store, "elodie.garnier") is None


def test_the_task_appears_after_departure_and_ends_with_the_account(store, clock, leaver) -> None:  # type: ignore[no-untyped-def]
    record = create_successor(store, clock, leaver, next_code(clock), DRAFT, TOMORROW)
    assert record.activation is not None
    secret = activate_with_app(
        store, clock, "elodie.garnier", record.activation.code, SUCCESSOR_PASSWORD
    )
    successor = sign_in(store, clock, "elodie.garnier", SUCCESSOR_PASSWORD)
    with store.session() as session:
        add_account(session, "jean.dupont")
    user = sign_in(store, clock, "jean.dupont", USER_PASSWORD)

    clock.advance(dt.timedelta(days=1))  # the departure day itself: not yet
    assert pending_succession_tasks(store, clock, successor) == []
    with pytest.raises(UserError, match="leaves on 26/11/2026"):
        delete_leaver_account(store, clock, successor, record.id, next_code(clock, secret))

    clock.advance(dt.timedelta(days=1))
    (task,) = pending_succession_tasks(store, clock, successor)
    assert (task.leaver_login, task.leaver_nom, task.successor_login) == (
        ADMIN.login,
        ADMIN.nom,
        "elodie.garnier",
    )
    assert pending_succession_tasks(store, clock, user) == []  # administrators only

    # From the accounts view, say.
    delete_accounts(store, clock, successor, [ADMIN.login], next_code(clock, secret))
    assert pending_succession_tasks(store, clock, successor) == []
    (succession,) = successions(store)
    assert (succession.leaver_account_id, succession.leaver_login) == (None, ADMIN.login)


def test_the_successor_deletes_the_leaver_from_the_task(store, clock, leaver) -> None:  # type: ignore[no-untyped-def]
    record = create_successor(store, clock, leaver, next_code(clock), DRAFT, NOW.date())
    assert record.activation is not None
    secret = activate_with_app(
        store, clock, "elodie.garnier", record.activation.code, SUCCESSOR_PASSWORD
    )
    successor = sign_in(store, clock, "elodie.garnier", SUCCESSOR_PASSWORD)
    clock.advance(dt.timedelta(days=1))
    with pytest.raises(UserError, match="Your successor deletes your account"):
        delete_leaver_account(store, clock, leaver, record.id, next_code(clock))

    deleted = delete_leaver_account(store, clock, successor, record.id, next_code(clock, secret))
    assert deleted == ADMIN.login

    assert account(store, ADMIN.login) is None
    assert pending_succession_tasks(store, clock, successor) == []
    with pytest.raises(UserError, match="already deleted"):
        delete_leaver_account(store, clock, successor, record.id, next_code(clock, secret))
