"""La revue des comptes in core: recommendations, decisions, applying all or nothing."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from peps_desktop.core.accounts.review import (
    DECISION_CONSERVER,
    DECISION_JE_NE_SAIS_PAS,
    DECISION_SUPPRIMER,
    apply_review,
    current_review,
    decide,
    decide_as_recommended,
    set_reason,
    start_review,
)
from peps_desktop.core.accounts.review_advice import (
    RECOMMEND_A_VERIFIER,
    RECOMMEND_CONSERVER,
    RECOMMEND_RENOUVELER_OU_SUPPRIMER,
    RECOMMEND_SUPPRIMER,
)
from peps_desktop.core.accounts.review_due import next_review_due
from peps_desktop.core.accounts.review_report import review_report
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.errors import AuthenticationError, PermissionDenied, UserError
from peps_desktop.store.models import Account, AuditEntry, ReviewCampaign, Structure
from tests.conftest import ADMIN, ADMIN_PASSWORD, NOW
from tests.factories import add_account
from tests.second_factor import code, wrong_code

RECENTLY = NOW - dt.timedelta(days=3)


def add_member(session, login: str, last_sign_in_at=RECENTLY, **fields) -> Account:  # type: ignore[no-untyped-def]
    account = add_account(session, login, **fields)
    account.last_sign_in_at = last_sign_in_at
    session.flush()
    return account


@pytest.fixture
def admin(store, clock) -> SignedIn:  # type: ignore[no-untyped-def]
    return sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)


@pytest.fixture
def team(store) -> list[str]:  # type: ignore[no-untyped-def]
    """Three users who signed in recently, besides ADMIN."""
    with store.session() as session:
        for login in ("anne.leroy", "bruno.roux", "chloe.faure"):
            add_member(session, login)
    return ["anne.leroy", "bruno.roux", "chloe.faure"]


def account(store, login: str) -> Account | None:  # type: ignore[no-untyped-def]
    with store.read_session() as session:
        return session.scalar(select(Account).where(Account.login == login))


def campaigns(store) -> list[ReviewCampaign]:  # type: ignore[no-untyped-def]
    with store.read_session() as session:
        return list(session.scalars(select(ReviewCampaign).order_by(ReviewCampaign.id)))


def review_due(store) -> dt.date | None:  # type: ignore[no-untyped-def]
    with store.read_session() as session:
        return next_review_due(session, session.scalar(select(Structure.id)))


# --- recommendations ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"last_sign_in_at": dt.datetime(2026, 5, 25, 8, 0)}, RECOMMEND_CONSERVER),  # 6 months
        ({"last_sign_in_at": dt.datetime(2026, 5, 24, 18, 0)}, RECOMMEND_SUPPRIMER),  # a day more
        ({"last_sign_in_at": None}, RECOMMEND_SUPPRIMER),  # created 05/01/2026, never used
        (
            {"last_sign_in_at": None, "created_at": dt.datetime(2026, 10, 1, 9, 0)},
            RECOMMEND_SUPPRIMER,  # created nearly two months ago, never used
        ),
        (
            {"last_sign_in_at": None, "created_at": dt.datetime(2026, 11, 10, 9, 0)},
            RECOMMEND_A_VERIFIER,  # new: its holder may not have activated it yet
        ),
        ({"status": "verrouille"}, RECOMMEND_A_VERIFIER),  # locked: ask its holder
        ({"expires_on": NOW.date()}, RECOMMEND_RENOUVELER_OU_SUPPRIMER),  # expired today
        (
            {"status": "expire", "expires_on": dt.date(2026, 10, 2)},
            RECOMMEND_RENOUVELER_OU_SUPPRIMER,
        ),
        ({"expires_on": NOW.date() + dt.timedelta(days=1)}, RECOMMEND_CONSERVER),
        ({}, RECOMMEND_CONSERVER),  # recent sign-in
    ],
    ids=[
        "six-months-to-the-day",
        "six-months-and-a-day",
        "never-signed-in-old",
        "never-signed-in-for-two-months",
        "never-signed-in-new",
        "locked",
        "expired-today",
        "expired-status",
        "expires-tomorrow",
        "recent",
    ],
)
def test_recommendation(store, clock, admin, fields: dict[str, object], expected: str) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        add_member(session, "jean.dupont", **fields)
    rows = {row.login: row for row in start_review(store, clock, admin).rows}
    assert rows["jean.dupont"].recommendation == expected


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        (
            {"last_sign_in_at": dt.datetime(2026, 2, 3, 8, 0)},
            "no sign-in for 9 months (last on 03/02/2026)",
        ),
        ({"last_sign_in_at": None}, "never used since its creation on 05/01/2026"),
        ({"status": "verrouille"}, "locked after failed sign-ins: ask its holder before deciding"),
        ({"expires_on": dt.date(2026, 11, 2)}, "expired on 02/11/2026"),
        ({}, "signed in on 22/11/2026"),
    ],
)
def test_each_recommendation_says_why_and_rows_show_the_rights(  # type: ignore[no-untyped-def]
    store, clock, admin, fields: dict[str, object], reason: str
) -> None:
    with store.session() as session:
        add_member(session, "jean.dupont", rights={"CNRACL": "modification"}, **fields)
    rows = {row.login: row for row in start_review(store, clock, admin).rows}
    assert rows["jean.dupont"].recommendation_reason == reason
    assert {
        code: level for code, level in rows["jean.dupont"].rights.items() if level != "aucun"
    } == {"CNRACL": "modification"}


# --- the campaign ------------------------------------------------------------------------------


def test_starting_twice_resumes_the_open_review(store, clock, admin, team) -> None:  # type: ignore[no-untyped-def]
    assert current_review(store, clock, admin) is None
    first = start_review(store, clock, admin)
    clock.advance(dt.timedelta(days=2))
    second = start_review(store, clock, admin)
    assert second.campaign_id == first.campaign_id
    assert (second.started_at, second.started_by_login) == (NOW, ADMIN.login)
    assert [c.id for c in campaigns(store)] == [first.campaign_id]
    assert sorted(row.login for row in first.rows) == sorted([ADMIN.login, *team])
    assert (first.total, first.decided) == (4, 0)


def test_only_an_administrator_reviews(store, clock) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        add_member(session, "jean.dupont")
    user = sign_in(store, clock, "jean.dupont", "Mot-de-passe-2026")
    with pytest.raises(PermissionDenied):
        start_review(store, clock, user)
    assert campaigns(store) == []


def test_decisions_are_saved_at_once_and_reloaded(store, clock, admin, team) -> None:  # type: ignore[no-untyped-def]
    campaign_id = start_review(store, clock, admin).campaign_id
    clock.advance(dt.timedelta(minutes=5))
    recorded = decide(store, clock, admin, campaign_id, ["anne.leroy"], DECISION_SUPPRIMER)
    assert [(r.login, r.decision, r.decided_by_login) for r in recorded] == [
        ("anne.leroy", DECISION_SUPPRIMER, ADMIN.login)
    ]
    set_reason(store, clock, admin, campaign_id, "anne.leroy", "  Partie en  mutation ")

    reloaded = current_review(store, clock, admin)  # as after a restart
    assert reloaded is not None
    rows = {row.login: row for row in reloaded.rows}
    assert rows["anne.leroy"].decision == DECISION_SUPPRIMER
    assert rows["anne.leroy"].reason == "Partie en mutation"
    assert rows["anne.leroy"].decided_at == NOW + dt.timedelta(minutes=5)
    assert rows["bruno.roux"].decision is None
    assert (reloaded.decided, reloaded.total) == (1, 4)
    assert account(store, "anne.leroy") is not None  # nothing applied yet


def test_bulk_decisions_keep_or_replace_the_reasons(store, clock, admin, team) -> None:  # type: ignore[no-untyped-def]
    campaign_id = start_review(store, clock, admin).campaign_id
    decide(store, clock, admin, campaign_id, ["anne.leroy"], DECISION_SUPPRIMER, "Départ")
    decide(store, clock, admin, campaign_id, team, DECISION_JE_NE_SAIS_PAS)
    state = current_review(store, clock, admin)
    assert state is not None
    assert {r.login: (r.decision, r.reason) for r in state.rows if r.decision} == {
        "anne.leroy": (DECISION_JE_NE_SAIS_PAS, "Départ"),
        "bruno.roux": (DECISION_JE_NE_SAIS_PAS, None),
        "chloe.faure": (DECISION_JE_NE_SAIS_PAS, None),
    }
    assert state.counts()[DECISION_JE_NE_SAIS_PAS] == 3
    assert state.counts()[None] == 1

    decide(store, clock, admin, campaign_id, team[:2], DECISION_CONSERVER, "Agents titulaires")
    decide(store, clock, admin, campaign_id, ["chloe.faure"], DECISION_CONSERVER, "")
    state = current_review(store, clock, admin)
    assert state is not None
    assert {r.login: r.reason for r in state.rows if r.decision} == {
        "anne.leroy": "Agents titulaires",
        "bruno.roux": "Agents titulaires",
        "chloe.faure": None,
    }


def test_a_bulk_decision_with_an_unknown_login_records_nothing(store, clock, admin, team) -> None:  # type: ignore[no-untyped-def]
    campaign_id = start_review(store, clock, admin).campaign_id
    with pytest.raises(UserError, match="No account “inconnu.x”"):
        decide(store, clock, admin, campaign_id, [*team, "inconnu.x"], DECISION_CONSERVER)
    with pytest.raises(UserError, match="Unknown decision “renouveler”"):
        decide(store, clock, admin, campaign_id, team, "renouveler")
    with pytest.raises(UserError, match="Choose a decision"):
        set_reason(store, clock, admin, campaign_id, "anne.leroy", "Pourquoi pas")
    with pytest.raises(UserError, match="at most 500 characters"):
        decide(store, clock, admin, campaign_id, team, DECISION_CONSERVER, "x" * 501)
    state = current_review(store, clock, admin)
    assert state is not None and state.decided == 0


def test_following_the_recommendation_leaves_expired_and_locked_accounts_to_decide(
    store, clock, admin
) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        add_member(session, "actif.recent")
        add_member(session, "parti.depuis", last_sign_in_at=dt.datetime(2025, 12, 1, 9, 0))
        add_member(session, "expire.hier", expires_on=NOW.date() - dt.timedelta(days=1))
        add_member(session, "bloque.hier", status="verrouille")
    state = start_review(store, clock, admin)
    decide_as_recommended(store, clock, admin, state.campaign_id, [r.login for r in state.rows])
    state = current_review(store, clock, admin)
    assert state is not None
    assert {r.login: r.decision for r in state.rows} == {
        ADMIN.login: DECISION_CONSERVER,
        "actif.recent": DECISION_CONSERVER,
        "parti.depuis": DECISION_SUPPRIMER,
        "expire.hier": None,
        "bloque.hier": None,
    }


# --- applying ----------------------------------------------------------------------------------


def test_apply_renews_deletes_keeps_and_closes(store, clock, admin, team) -> None:  # type: ignore[no-untyped-def]
    campaign_id = start_review(store, clock, admin).campaign_id
    decide(store, clock, admin, campaign_id, [ADMIN.login, "anne.leroy"], DECISION_CONSERVER)
    decide(store, clock, admin, campaign_id, ["bruno.roux"], DECISION_SUPPRIMER)
    decide(store, clock, admin, campaign_id, ["chloe.faure"], DECISION_JE_NE_SAIS_PAS)
    clock.advance(dt.timedelta(days=40))  # applied on 04/01/2027
    applied_at = clock.now()

    outcome = apply_review(store, clock, admin, campaign_id, code(clock))

    assert (outcome.renewed, outcome.deleted, outcome.kept) == (
        ["anne.leroy", ADMIN.login],
        ["bruno.roux"],
        ["chloe.faure"],
    )
    assert not outcome.actor_deleted
    anne, chloe = account(store, "anne.leroy"), account(store, "chloe.faure")
    assert anne is not None and chloe is not None
    assert (anne.expires_on, anne.last_review_at) == (dt.date(2028, 7, 4), applied_at)
    assert (chloe.expires_on, chloe.last_review_at) == (dt.date(2028, 1, 1), applied_at)
    assert account(store, "bruno.roux") is None
    assert [c.closed_at for c in campaigns(store)] == [applied_at]
    assert review_due(store) == dt.date(2028, 7, 4)  # 18 months after closing
    with store.read_session() as session:
        entries = {
            (e.action, e.target): e.details
            for e in session.scalars(select(AuditEntry).where(AuditEntry.at == applied_at))
        }
    assert json.loads(entries[("compte_renouvele", "anne.leroy")]) == {
        "avant": {"expiration": "2028-01-01"},
        "apres": {"expiration": "2028-07-04"},
    }
    assert ("compte_supprime", "bruno.roux") in entries
    assert json.loads(entries[("revue_appliquee", str(campaign_id))]) == {
        "renouveles": 2,
        "supprimes": 1,
        "conserves": 1,
    }

    with pytest.raises(UserError, match="closed on 04/01/2027"):
        decide(store, clock, admin, campaign_id, ["anne.leroy"], DECISION_SUPPRIMER)
    assert start_review(store, clock, admin).campaign_id != campaign_id  # a new one


def test_deleting_the_last_administrator_applies_nothing(store, clock, admin, team) -> None:  # type: ignore[no-untyped-def]
    campaign_id = start_review(store, clock, admin).campaign_id
    decide(store, clock, admin, campaign_id, team, DECISION_CONSERVER)
    decide(store, clock, admin, campaign_id, [ADMIN.login], DECISION_SUPPRIMER)
    with store.read_session() as session:
        audit_before = session.scalar(select(func.count()).select_from(AuditEntry))

    with pytest.raises(UserError) as refused:
        apply_review(store, clock, admin, campaign_id, code(clock))

    assert "nothing changed" in str(refused.value)
    assert "at least one active administrator" in str(refused.value)
    assert account(store, ADMIN.login) is not None
    anne = account(store, "anne.leroy")
    assert anne is not None
    assert (anne.expires_on, anne.last_review_at) == (dt.date(2028, 1, 1), None)
    assert [c.closed_at for c in campaigns(store)] == [None]
    with store.read_session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audit_before


def test_apply_needs_every_decision_and_a_code(store, clock, admin, team) -> None:  # type: ignore[no-untyped-def]
    campaign_id = start_review(store, clock, admin).campaign_id
    decide(store, clock, admin, campaign_id, [ADMIN.login, *team[:2]], DECISION_SUPPRIMER)
    decide(store, clock, admin, campaign_id, [ADMIN.login], DECISION_CONSERVER)
    with pytest.raises(UserError, match="1 account\\(s\\) still have no decision"):
        apply_review(store, clock, admin, campaign_id, code(clock))
    decide(store, clock, admin, campaign_id, ["chloe.faure"], DECISION_CONSERVER)
    with pytest.raises(AuthenticationError, match="Wrong code"):
        apply_review(store, clock, admin, campaign_id, wrong_code(clock))
    assert account(store, "anne.leroy") is not None
    assert [c.closed_at for c in campaigns(store)] == [None]


def test_an_account_created_during_the_review_needs_a_decision_too(
    store, clock, admin, team
) -> None:  # type: ignore[no-untyped-def]
    campaign_id = start_review(store, clock, admin).campaign_id
    decide(store, clock, admin, campaign_id, [ADMIN.login, *team], DECISION_CONSERVER)
    with store.session() as session:
        add_member(session, "nouvelle.recrue")
    with pytest.raises(UserError, match="1 account\\(s\\)"):
        apply_review(store, clock, admin, campaign_id, code(clock))
    state = current_review(store, clock, admin)
    assert state is not None and (state.decided, state.total) == (4, 5)


# --- the report's content ----------------------------------------------------------------------


def test_report_of_the_open_review_then_of_the_closed_one(store, clock, admin, team) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="no account review"):
        review_report(store, clock, admin)
    campaign_id = start_review(store, clock, admin).campaign_id
    decide(store, clock, admin, campaign_id, ["bruno.roux"], DECISION_SUPPRIMER, "Mutation")
    report = review_report(store, clock, admin)
    assert report.structure_name == "Mairie de Saint-Aubin"
    assert report.closed_at is None
    # By nom: Faure, Leroy, Martin, Roux.
    assert [r.login for r in report.rows] == [
        "chloe.faure",
        "anne.leroy",
        ADMIN.login,
        "bruno.roux",
    ]
    assert report.totals() == {None: 3, DECISION_SUPPRIMER: 1}

    decide(store, clock, admin, campaign_id, [ADMIN.login, *team[::2]], DECISION_CONSERVER)
    apply_review(store, clock, admin, campaign_id, code(clock))
    with store.session() as session:
        add_member(session, "apres.revue")  # not part of the closed review
    report = review_report(store, clock, admin)
    assert report.closed_at == NOW
    rows = {r.login: r for r in report.rows}
    assert set(rows) == {ADMIN.login, *team}
    assert (rows["bruno.roux"].nom, rows["bruno.roux"].reason) == ("", "Mutation")
    assert report.totals() == {DECISION_CONSERVER: 3, DECISION_SUPPRIMER: 1}


def test_a_reason_keeps_only_what_a_person_can_type(store, clock, admin, team) -> None:  # type: ignore[no-untyped-def]
    campaign_id = start_review(store, clock, admin).campaign_id
    reason = "Dé\x00part\x07\n le 1er"
    decide(store, clock, admin, campaign_id, ["anne.leroy"], DECISION_SUPPRIMER, reason)
    state = current_review(store, clock, admin)
    assert state is not None
    assert {row.login: row.reason for row in state.rows}["anne.leroy"] == "Départ le 1er"
