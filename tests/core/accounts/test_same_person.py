"""One person, one account: creating (one by one or by import) an account for a person who
holds one, or held one recently, stops with that account named until confirmed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from peps_desktop.core.accounts.admin import AccountDraft, create_account, delete_accounts
from peps_desktop.core.accounts.files import AccountImportError, import_accounts
from peps_desktop.core.accounts.same_person import REMEMBERED_MONTHS, SamePersonFound, folded
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared.dates import add_months
from peps_desktop.store.models import Account, AuditEntry, DeletedAccount
from tests.conftest import ADMIN, ADMIN_PASSWORD, NOW
from tests.core.accounts.file_builders import add_person, row, write_csv
from tests.second_factor import next_code

ELODIE = AccountDraft("Lefèvre", "Élodie", "elodie.lefevre@mairie.fr", "02 41 00 00 05")


@pytest.fixture
def admin(store, clock):  # type: ignore[no-untyped-def]
    return sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)


def accounts_count(store) -> int:  # type: ignore[no-untyped-def]
    with store.read_session() as session:
        return session.scalar(select(func.count()).select_from(Account))


def test_names_compare_without_case_accents_or_hyphens() -> None:
    assert folded(" LEFEVRE ") == folded("Lefèvre") == "lefevre"
    assert folded("Jean-Luc") == folded("jean luc")
    assert folded("D'Almeida") == folded("d’almeida")
    assert folded("Martin") != folded("Martine")


@pytest.mark.parametrize(
    ("draft", "same_email"),
    [
        # Another name, the same address.
        (AccountDraft("Durand", "Paul", "Elodie.Lefevre@mairie.fr ", "02 41 00 00 06"), True),
        # The same person written otherwise, another address.
        (AccountDraft("LEFEVRE", "elodie", "e.lefevre@autre.fr", "02 41 00 00 06"), False),
    ],
)
def test_a_second_account_for_the_same_person_is_refused_with_the_first_one_named(  # type: ignore[no-untyped-def]
    store, clock, admin, draft: AccountDraft, same_email: bool
) -> None:
    create_account(store, clock, admin, next_code(clock), ELODIE)
    before = accounts_count(store)

    with pytest.raises(SamePersonFound) as refused:
        create_account(store, clock, admin, next_code(clock), draft)

    match = refused.value.match
    assert (match.login, match.exists, match.same_email) == ("elodie.lefevre", True, same_email)
    assert "Élodie Lefèvre (elodie.lefevre, elodie.lefevre@mairie.fr)" in str(refused.value)
    assert accounts_count(store) == before


def test_confirming_another_person_creates_the_account_and_says_so_in_the_audit(  # type: ignore[no-untyped-def]
    store, clock, admin
) -> None:
    create_account(store, clock, admin, next_code(clock), ELODIE)
    namesake = AccountDraft(
        "Lefevre",
        "Elodie",
        "e.lefevre@ccas.fr",
        "02 41 00 00 06",
        distinct_from=frozenset({"elodie.lefevre"}),
    )
    code = create_account(store, clock, admin, next_code(clock), namesake)

    assert code.login == "elodie.lefevre2"
    with store.read_session() as session:
        details = session.scalar(
            select(AuditEntry.details).where(
                AuditEntry.action == "compte_cree", AuditEntry.target == "elodie.lefevre2"
            )
        )
    assert json.loads(details)["autre_personne_que"] == "elodie.lefevre"


def test_confirming_another_account_does_not_cover_this_one(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    create_account(store, clock, admin, next_code(clock), ELODIE)
    elsewhere = dataclasses.replace(ELODIE, distinct_from=frozenset({"jean.dupont"}))
    with pytest.raises(SamePersonFound):
        create_account(store, clock, admin, next_code(clock), elsewhere)


def test_a_recently_deleted_account_is_remembered_then_forgotten(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    create_account(store, clock, admin, next_code(clock), ELODIE)
    delete_accounts(store, clock, admin, ["elodie.lefevre"], next_code(clock))
    deleted_at = clock.now()

    with pytest.raises(SamePersonFound) as refused:
        create_account(store, clock, admin, next_code(clock), ELODIE)
    assert refused.value.match.deleted_at == deleted_at
    assert "deleted on 25/11/2026" in str(refused.value)

    # Long after, the person is forgotten: nothing stops a new account.
    clock.set(dt.datetime.combine(add_months(NOW.date(), REMEMBERED_MONTHS + 1), dt.time(9)))
    admin_later = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    with store.session() as session:  # the administrator's account stays valid meanwhile
        session.scalar(select(Account).where(Account.login == ADMIN.login)).expires_on = (
            clock.now().date() + dt.timedelta(days=300)
        )
    code = create_account(store, clock, admin_later, next_code(clock), ELODIE)
    assert code.login == "elodie.lefevre2"  # the login itself is never reused


def test_deleting_forgets_who_was_deleted_too_long_ago(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    add_person(store, "paul.durand")
    add_person(store, "lina.morel")
    delete_accounts(store, clock, admin, ["paul.durand"], next_code(clock))
    clock.set(NOW + dt.timedelta(days=31 * (REMEMBERED_MONTHS + 1)))
    with store.session() as session:
        session.scalar(select(Account).where(Account.login == ADMIN.login)).expires_on = (
            clock.now().date() + dt.timedelta(days=300)
        )
    later = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    delete_accounts(store, clock, later, ["lina.morel"], next_code(clock))
    with store.read_session() as session:
        assert list(session.scalars(select(DeletedAccount.login))) == ["lina.morel"]


def test_an_import_line_for_a_person_with_an_account_is_refused_until_confirmed(  # type: ignore[no-untyped-def]
    store, clock, admin, tmp_path: Path
) -> None:
    add_person(store, "elodie.lefevre", nom="Lefèvre", prenom="Élodie")
    path = write_csv(
        tmp_path / "comptes.csv",
        [
            row(
                login="e.lefevre",
                nom="LEFEVRE",
                prenom="Elodie",
                email="e.lefevre@ccas.fr",
                profil="utilisateur",
            )
        ],
    )
    with pytest.raises(AccountImportError) as refused:
        import_accounts(store, clock, admin, next_code(clock), path)
    (problem,) = refused.value.report.problems
    assert (problem.line, problem.same_person_as) == (2, "elodie.lefevre")
    assert "elodie.lefevre" in problem.reason

    report = import_accounts(
        store, clock, admin, next_code(clock), path, distinct_from=["elodie.lefevre"]
    )
    assert report.created == ("e.lefevre",)


def test_an_import_giving_one_person_two_new_accounts_is_refused(  # type: ignore[no-untyped-def]
    store, clock, admin, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "comptes.csv",
        [
            row(
                login="paul.durand",
                nom="Durand",
                prenom="Paul",
                email="paul@mairie.fr",
                profil="utilisateur",
            ),
            row(
                login="p.durand",
                nom="Dupuis",
                prenom="Pierre",
                email="PAUL@mairie.fr",
                profil="utilisateur",
            ),
        ],
    )
    with pytest.raises(AccountImportError) as refused:
        import_accounts(store, clock, admin, next_code(clock), path)
    (problem,) = refused.value.report.problems
    assert (problem.line, problem.same_person_as) == (3, "paul.durand")
    assert "Line 2 already creates an account for this person" in problem.reason
    assert accounts_count(store) == 1
