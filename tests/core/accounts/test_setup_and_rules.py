"""First run, account rules, calendar arithmetic, dashboard figures, remembered credentials."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from peps_desktop.core.accounts.review_due import next_review_due
from peps_desktop.core.accounts.rules import Identity, displayed_status
from peps_desktop.core.accounts.setup import create_structure, structure_exists
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.dashboard import DashboardFigures, figures
from peps_desktop.core.shared import credentials
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.core.shared.dates import add_months
from peps_desktop.core.shared.security import verify_password
from peps_desktop.errors import UserError
from peps_desktop.store import Store
from peps_desktop.store.models import (
    AccessRight,
    Account,
    AuditEntry,
    Courrier,
    CourrierRead,
    ReviewCampaign,
    Service,
    Structure,
)
from tests.conftest import ADMIN, ADMIN_PASSWORD, NOW
from tests.factories import add_account, add_courrier, add_echange, new_account

FUNDS = {"CNRACL", "IRCANTEC", "RAFP", "FSPOEIE", "ATIACL", "FIPHFP", "FNC", "FEH", "FAEFM"}
TODAY = NOW.date()


def _count(store: Store, model: type) -> int:
    with store.read_session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


# --- create_structure --------------------------------------------------------------------------


def test_create_structure_creates_the_structure_and_its_administrator(
    empty_store: Store, clock: FixedClock
) -> None:
    assert not structure_exists(empty_store)
    structure_id = create_structure(
        empty_store, clock, "  Mairie de Saint-Aubin ", ADMIN, ADMIN_PASSWORD
    )
    assert structure_exists(empty_store)
    with empty_store.read_session() as session:
        structure = session.get(Structure, structure_id)
        assert structure is not None
        assert (structure.nom, structure.created_at) == ("Mairie de Saint-Aubin", NOW)
        accounts = session.scalars(select(Account)).all()
        assert len(accounts) == 1
        admin = accounts[0]
        assert admin.structure_id == structure_id
        assert (admin.login, admin.nom, admin.prenom, admin.email) == (
            "claire.martin",
            "Martin",
            "Claire",
            "claire.martin@mairie.fr",
        )
        assert admin.profile == "administrateur"
        assert admin.status == "actif"
        assert admin.expires_on == dt.date(2028, 5, 25)  # 25/11/2026 + 18 months
        assert admin.failed_sign_ins == 0
        assert admin.created_at == NOW
        assert admin.password_hash and ADMIN_PASSWORD not in admin.password_hash
        assert verify_password(ADMIN_PASSWORD, admin.password_hash)
        rights = {right.service.code: right.level for right in admin.rights}
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert rights == dict.fromkeys(FUNDS, "modification")
    assert actions == ["structure_creee", "compte_cree"]


def test_a_second_structure_is_refused(store: Store, clock: FixedClock) -> None:
    other = Identity(login="paul.henry", nom="Henry", prenom="Paul", email="paul@mairie.fr")
    with pytest.raises(UserError, match="already has a structure"):
        create_structure(store, clock, "CCAS de Saint-Aubin", other, "Autre-mot-2026x")
    assert _count(store, Structure) == 1
    with store.read_session() as session:
        assert session.scalars(select(Account.login)).all() == [ADMIN.login]


@pytest.mark.parametrize(
    ("name", "admin", "password", "message"),
    [
        ("   ", ADMIN, ADMIN_PASSWORD, "name is required"),
        ("", ADMIN, ADMIN_PASSWORD, "name is required"),
        ("Mairie", replace(ADMIN, email="claire.martin"), ADMIN_PASSWORD, "email"),
        ("Mairie", replace(ADMIN, email="claire @mairie.fr"), ADMIN_PASSWORD, "email"),
        ("Mairie", replace(ADMIN, login="Claire Martin"), ADMIN_PASSWORD, "login"),
        ("Mairie", replace(ADMIN, login="cm"), ADMIN_PASSWORD, "login"),
        ("Mairie", replace(ADMIN, login=".claire"), ADMIN_PASSWORD, "login"),
        ("Mairie", replace(ADMIN, nom="  "), ADMIN_PASSWORD, "name"),
        ("Mairie", replace(ADMIN, prenom=""), ADMIN_PASSWORD, "name"),
        ("Mairie", ADMIN, "Court-2026", "at least 12"),
        ("Mairie", ADMIN, "sans-chiffres-du-tout", "letters and digits"),
        ("Mairie", ADMIN, "123456789012345", "letters and digits"),
    ],
    ids=[
        "blank-name",
        "empty-name",
        "email-without-domain",
        "email-with-space",
        "login-with-capitals-and-space",
        "login-too-short",
        "login-starting-with-a-dot",
        "blank-nom",
        "empty-prenom",
        "short-password",
        "password-without-digits",
        "password-without-letters",
    ],
)
def test_invalid_first_run_input_is_refused_and_nothing_is_written(
    empty_store: Store, clock: FixedClock, name: str, admin: Identity, password: str, message: str
) -> None:
    with pytest.raises(UserError, match=message):
        create_structure(empty_store, clock, name, admin, password)
    assert not structure_exists(empty_store)
    for model in (Structure, Account, AccessRight, AuditEntry):
        assert _count(empty_store, model) == 0


# --- add_months --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),
        (dt.date(2027, 8, 31), 6, dt.date(2028, 2, 29)),  # into a leap February
        (dt.date(2028, 2, 29), 12, dt.date(2029, 2, 28)),
        (dt.date(2028, 2, 29), 48, dt.date(2032, 2, 29)),
        (dt.date(2027, 1, 31), 1, dt.date(2027, 2, 28)),
        (dt.date(2028, 1, 31), 1, dt.date(2028, 2, 29)),
        (dt.date(2026, 10, 31), 1, dt.date(2026, 11, 30)),
        (dt.date(2026, 11, 25), 18, dt.date(2028, 5, 25)),
        (dt.date(2026, 12, 15), 1, dt.date(2027, 1, 15)),  # across the year
        (dt.date(2026, 1, 15), 0, dt.date(2026, 1, 15)),
        (dt.date(2026, 3, 31), -1, dt.date(2026, 2, 28)),
        (dt.date(2026, 1, 10), -1, dt.date(2025, 12, 10)),
    ],
)
def test_add_months_edge_cases(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


@settings(max_examples=300)
@given(
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2500, 12, 31)),
    months=st.integers(min_value=-1200, max_value=1200),
)
def test_add_months_property(day: dt.date, months: int) -> None:
    result = add_months(day, months)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    assert result.day <= day.day
    last_day = calendar.monthrange(result.year, result.month)[1]
    assert result.day == min(day.day, last_day)


# --- displayed status --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "days", "expected"),
    [
        ("actif", 61, "actif"),
        ("actif", 400, "actif"),
        ("actif", 60, "expire_bientot"),
        ("actif", 30, "expire_bientot"),
        ("actif", 1, "expire_bientot"),
        ("actif", 0, "expire"),  # on the expiry date itself
        ("actif", -5, "expire"),
        ("expire", 200, "expire"),  # stored as expired, whatever the date
        ("verrouille", 200, "verrouille"),
        ("verrouille", 10, "verrouille"),
        ("verrouille", -10, "verrouille"),
    ],
)
def test_displayed_status(status: str, days: int, expected: str) -> None:
    account = new_account("x.y", status=status, expires_on=TODAY + dt.timedelta(days=days))
    assert displayed_status(account, TODAY) == expected


# --- dashboard figures -------------------------------------------------------------------------


class Seeded:
    """The store seeded for the dashboard, with the signed-in people."""

    def __init__(self, store: Store, clock: FixedClock) -> None:
        self.store = store
        with store.session() as session:
            structure = session.scalar(select(Structure))
            assert structure is not None
            structure.created_at = dt.datetime(2024, 1, 15, 10, 0)
            self.structure_id = structure.id
            admin = session.scalar(select(Account).where(Account.login == ADMIN.login))
            assert admin is not None
            # lecture on CNRACL, modification on IRCANTEC, aucun on RAFP, nothing elsewhere
            jean = add_account(
                session,
                "jean.dupont",
                expires_on=dt.date(2027, 6, 1),
                password="Jean-Dupont-1234",
                rights={"CNRACL": "lecture", "IRCANTEC": "modification", "RAFP": "aucun"},
            )
            # Expiring within 60 days (counted): +1, +30, +60
            add_account(session, "anne.un", expires_on=TODAY + dt.timedelta(days=1))
            add_account(session, "anne.trente", expires_on=TODAY + dt.timedelta(days=30))
            add_account(session, "anne.soixante", expires_on=TODAY + dt.timedelta(days=60))
            # Not counted: beyond 60 days, expired today, expired before, stored as expired
            add_account(session, "bruno.soixanteetun", expires_on=TODAY + dt.timedelta(days=61))
            add_account(session, "bruno.aujourdhui", expires_on=TODAY)
            add_account(session, "bruno.hier", expires_on=TODAY - dt.timedelta(days=1))
            add_account(
                session, "bruno.expire", expires_on=TODAY + dt.timedelta(days=20), status="expire"
            )

            def courrier(code: str, reference: str, archived: bool = False) -> Courrier:
                return add_courrier(
                    session, code, reference=reference, archived=archived, recu_le=TODAY
                )

            c1 = courrier("CNRACL", "C1")  # unread by both
            c2 = courrier("CNRACL", "C2")  # read by jean
            courrier("CNRACL", "C3", archived=True)  # archived, unread
            c4 = courrier("CNRACL", "C4")  # read by the administrator only
            courrier("IRCANTEC", "C5")  # unread
            c6 = courrier("IRCANTEC", "C6", archived=True)  # archived and read by jean
            courrier("RAFP", "R1")  # jean: aucun
            courrier("RAFP", "R2")
            courrier("FNC", "F1")  # jean: no right row at all
            for reader, item in ((jean, c2), (jean, c6), (admin, c4), (admin, c1)):
                session.add(CourrierRead(account_id=reader.id, courrier_id=item.id, read_at=NOW))

            statuses = ["envoye", "envoye", "repondu", "brouillon", "a_envoyer", "clos", "envoye"]
            for status in statuses:
                add_echange(session, status, jean)
            session.add_all(
                [
                    ReviewCampaign(
                        structure_id=structure.id,
                        started_at=dt.datetime(2025, 1, 2, 9, 0),
                        closed_at=dt.datetime(2025, 2, 3, 17, 0),
                        started_by_login=ADMIN.login,
                    ),
                    ReviewCampaign(
                        structure_id=structure.id,
                        started_at=dt.datetime(2026, 3, 1, 9, 0),
                        closed_at=dt.datetime(2026, 3, 10, 17, 0),
                        started_by_login=ADMIN.login,
                    ),
                    # still open: not a closed review
                    ReviewCampaign(
                        structure_id=structure.id,
                        started_at=dt.datetime(2026, 11, 1, 9, 0),
                        closed_at=None,
                        started_by_login=ADMIN.login,
                    ),
                ]
            )
        self.admin = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
        self.jean = sign_in(store, clock, "jean.dupont", "Jean-Dupont-1234")


@pytest.fixture
def seeded(store: Store, clock: FixedClock) -> Seeded:
    return Seeded(store, clock)


def test_figures_for_a_user_with_partial_rights(seeded: Seeded, clock: FixedClock) -> None:
    result = figures(seeded.store, clock, seeded.jean)
    # CNRACL: C1 and C4 (C2 read by jean, C3 archived); IRCANTEC: C5 (C6 archived).
    # RAFP (aucun) and FNC (no right) are never counted.
    # Needing an action (every courrier here does): C1, C2, C4 and C5, not the archived.
    assert [c.reference for c in result.first_to_handle] == ["C5", "C4", "C2", "C1"]
    assert dataclasses.replace(result, first_to_handle=()) == DashboardFigures(
        unread_courriers=3,
        echanges_awaiting_answer=3,
        accounts_expiring_soon=None,
        next_review_due=None,
        courriers_needing_action=4,
    )
    assert result.as_dict() == {
        "unread_courriers": 3,
        "echanges_awaiting_answer": 3,
        "accounts_expiring_soon": None,
        "next_review_due": None,
        "active_administrators": None,
        "succession_tasks": [],
        "courriers_needing_action": 4,
        "nearest_due_date": None,
        "courriers_overdue": 0,
        "accounts_expired": None,
        "accounts_locked": None,
        "accounts_without_contact": None,  # administrators only
    }


def test_figures_for_an_administrator(seeded: Seeded, clock: FixedClock) -> None:
    result = figures(seeded.store, clock, seeded.admin)
    # Every service: C2 C5 R1 R2 F1 unread; C1 and C4 read, C3 and C6 archived.
    assert result.unread_courriers == 5
    assert result.echanges_awaiting_answer == 3
    assert result.accounts_expiring_soon == 3
    assert result.next_review_due == dt.date(2027, 9, 10)  # 10/03/2026 + 18 months
    assert result.as_dict()["next_review_due"] == "2027-09-10"
    assert result.active_administrators == 1 and result.too_few_administrators


def test_accounts_without_a_telephone_or_a_valid_email_are_counted_for_administrators(
    seeded: Seeded, clock: FixedClock
) -> None:
    before = figures(seeded.store, clock, seeded.admin).accounts_without_contact
    with seeded.store.read_session() as session:
        logins = list(session.scalars(select(Account.login)))
    assert before == len(logins)  # none of the seeded accounts has a telephone
    with seeded.store.session() as session:
        for account in session.scalars(select(Account)):
            account.telephone = "+33241000000"
        session.scalars(select(Account).where(Account.login == logins[0])).one().email = "x@y"
        session.scalars(
            select(Account).where(Account.login == logins[1])
        ).one().telephone = "02 41 00 00 00"  # typed before numbers were checked: to correct
    assert figures(seeded.store, clock, seeded.admin).accounts_without_contact == 2


def test_the_expiring_figure_agrees_with_the_displayed_status(
    seeded: Seeded, clock: FixedClock
) -> None:
    with seeded.store.read_session() as session:
        shown = [displayed_status(a, TODAY) for a in session.scalars(select(Account))]
    assert figures(seeded.store, clock, seeded.admin).accounts_expiring_soon == shown.count(
        "expire_bientot"
    )


def test_courriers_of_a_service_without_rights_are_never_counted(
    seeded: Seeded, clock: FixedClock
) -> None:
    before = figures(seeded.store, clock, seeded.jean).unread_courriers
    with seeded.store.session() as session:
        rafp = session.scalar(select(Service.id).where(Service.code == "RAFP"))
        right = session.get(AccessRight, (seeded.jean.account_id, rafp))
        assert right is not None and right.level == "aucun"
        right.level = "lecture"
    assert figures(seeded.store, clock, seeded.jean).unread_courriers == before + 2
    with seeded.store.session() as session:
        session.delete(session.get(AccessRight, (seeded.jean.account_id, rafp)))
    assert figures(seeded.store, clock, seeded.jean).unread_courriers == before


def test_reading_and_archiving_lower_the_unread_count(seeded: Seeded, clock: FixedClock) -> None:
    before = figures(seeded.store, clock, seeded.jean).unread_courriers
    with seeded.store.session() as session:
        c1 = session.scalar(select(Courrier).where(Courrier.reference == "C1"))
        c5 = session.scalar(select(Courrier).where(Courrier.reference == "C5"))
        assert c1 is not None and c5 is not None
        session.add(CourrierRead(account_id=seeded.jean.account_id, courrier_id=c1.id, read_at=NOW))
        c5.archived = True
    assert figures(seeded.store, clock, seeded.jean).unread_courriers == before - 2


def test_the_expiring_window_moves_with_the_clock(seeded: Seeded, clock: FixedClock) -> None:
    clock.advance(dt.timedelta(days=1))
    # anne.un expires today now (no longer counted); bruno.soixanteetun comes within 60 days.
    assert figures(seeded.store, clock, seeded.admin).accounts_expiring_soon == 3
    clock.advance(dt.timedelta(days=30))
    # anne.trente expired; anne.soixante and bruno.soixanteetun remain, jean (01/06/2027) not yet
    assert figures(seeded.store, clock, seeded.admin).accounts_expiring_soon == 2


def test_next_review_due_without_a_closed_review(store: Store, clock: FixedClock) -> None:
    admin = sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)
    # the structure was created at NOW: 25/11/2026 + 18 months
    assert figures(store, clock, admin).next_review_due == dt.date(2028, 5, 25)
    with store.session() as session:
        structure = session.scalar(select(Structure))
        assert structure is not None
        structure.created_at = dt.datetime(2025, 8, 31, 12, 0)
        # an open campaign does not count as a review
        session.add(
            ReviewCampaign(
                structure_id=structure.id,
                started_at=NOW,
                closed_at=None,
                started_by_login=ADMIN.login,
            )
        )
    assert figures(store, clock, admin).next_review_due == dt.date(2027, 2, 28)
    with store.read_session() as session:
        assert next_review_due(session, admin.structure_id) == dt.date(2027, 2, 28)
        assert next_review_due(session, admin.structure_id + 1000) is None


def test_next_review_due_after_the_last_closed_review(seeded: Seeded) -> None:
    with seeded.store.read_session() as session:
        assert next_review_due(session, seeded.structure_id) == dt.date(2027, 9, 10)


def test_an_administrator_without_rights_on_a_service_does_not_count_its_courriers(
    seeded: Seeded, clock: FixedClock
) -> None:
    with seeded.store.session() as session:
        rafp = session.scalar(select(Service.id).where(Service.code == "RAFP"))
        fnc = session.scalar(select(Service.id).where(Service.code == "FNC"))
        session.get(AccessRight, (seeded.admin.account_id, rafp)).level = "aucun"  # type: ignore[union-attr]
        session.delete(session.get(AccessRight, (seeded.admin.account_id, fnc)))
    # R1, R2 (aucun) and F1 (no right) leave the count: C2 and C5 remain.
    assert figures(seeded.store, clock, seeded.admin).unread_courriers == 2


# --- remembered credentials --------------------------------------------------------------------


def test_credentials_remember_recall_forget() -> None:
    assert credentials.keyring_available()
    assert credentials.recall("sqlite:///a.db", "claire.martin") is None
    assert credentials.remember("sqlite:///a.db", "claire.martin", "secret-1") is True
    assert credentials.recall("sqlite:///a.db", "claire.martin") == "secret-1"
    # another store or another login does not see it
    assert credentials.recall("sqlite:///b.db", "claire.martin") is None
    assert credentials.recall("sqlite:///a.db", "jean.dupont") is None
    assert credentials.remember("sqlite:///a.db", "claire.martin", "secret-2") is True
    assert credentials.recall("sqlite:///a.db", "claire.martin") == "secret-2"
    credentials.forget("sqlite:///a.db", "claire.martin")
    assert credentials.recall("sqlite:///a.db", "claire.martin") is None
    credentials.forget("sqlite:///a.db", "claire.martin")  # forgetting twice is harmless


def test_credentials_are_kept_in_the_keyring(memory_keyring) -> None:  # type: ignore[no-untyped-def]
    credentials.remember("store-key", "claire.martin", "secret-1")
    assert list(memory_keyring.secrets.values()) == ["secret-1"]
    ((service, username),) = memory_keyring.secrets
    assert service == credentials.KEYRING_SERVICE
    assert "claire.martin" in username and "store-key" in username


@pytest.mark.usefixtures("no_keyring")
def test_credentials_without_a_keyring() -> None:
    assert credentials.keyring_available() is False
    assert credentials.remember("sqlite:///a.db", "claire.martin", "secret") is False
    assert credentials.recall("sqlite:///a.db", "claire.martin") is None
    credentials.forget("sqlite:///a.db", "claire.martin")  # no error either
