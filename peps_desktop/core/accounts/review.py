"""La revue des comptes: one campaign per structure at a time, decided account by account.

A campaign lists every account with a recommendation. Decisions are saved as they are made
(a crash loses nothing) and change nothing until the campaign is applied: then, in one
transaction, `conserver` renews, `supprimer` deletes and `je_ne_sais_pas` keeps, through the
same `AccountEditor` as everywhere (so the last-administrator rule and the audit hold), and the
campaign closes, which sets the next review 18 months later.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session, selectinload

from peps_desktop.core.accounts.account_list import rights_by_account
from peps_desktop.core.accounts.admin import AccountEditor, acting_administrator
from peps_desktop.core.accounts.contact_details import contact_problems
from peps_desktop.core.accounts.review_advice import (
    RECOMMEND_CONSERVER,
    RECOMMEND_SUPPRIMER,
    recommend,
)
from peps_desktop.core.accounts.review_due import next_review_due
from peps_desktop.core.accounts.rules import displayed_status
from peps_desktop.core.accounts.same_person import names_of
from peps_desktop.core.accounts.second_factor import confirmed
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared import audit
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.crash_points import crash_point
from peps_desktop.core.shared.input_rules import typable
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.models import Account, ReviewCampaign, ReviewDecision

DECISION_CONSERVER = "conserver"
DECISION_SUPPRIMER = "supprimer"
DECISION_JE_NE_SAIS_PAS = "je_ne_sais_pas"
DECISIONS = (DECISION_CONSERVER, DECISION_SUPPRIMER, DECISION_JE_NE_SAIS_PAS)

# Following a recommendation: an expired account needs a person's choice.
DECISION_FOR_RECOMMENDATION = {
    RECOMMEND_CONSERVER: DECISION_CONSERVER,
    RECOMMEND_SUPPRIMER: DECISION_SUPPRIMER,
}

MAX_REASON_LENGTH = 500
# Portable bound on the number of values in one IN (…).
CHUNK = 500

CRASH_BEFORE_COMMIT = "review_apply.before_commit"
CRASH_AFTER_COMMIT = "review_apply.after_commit"


def decision_label(decision: str | None) -> str:
    labels = {
        DECISION_CONSERVER: translate("Review", "Keep and renew"),
        DECISION_SUPPRIMER: translate("Review", "Delete"),
        DECISION_JE_NE_SAIS_PAS: translate("Review", "I don't know"),
        None: translate("Review", "To decide"),
    }
    # An unknown stored value (an older store's) is shown as it is rather than hidden.
    return labels.get(decision, decision or "")


@dataclass(frozen=True)
class ReviewRow:
    """One account in the review, with its recommendation and decision so far."""

    login: str
    nom: str
    prenom: str
    profile: str
    status: str  # as displayed: actif | expire_bientot | expire | verrouille
    expires_on: dt.date
    last_sign_in_at: dt.datetime | None
    recommendation: str
    decision: str | None
    reason: str | None
    decided_at: dt.datetime | None
    decided_by_login: str | None
    rights: Mapping[str, str] = field(default_factory=dict)  # by service code
    recommendation_reason: str = ""  # why, in words
    # The e-mail or telephone PEP's requires and the account lacks (contact_details).
    contact_problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class RecordedDecision:
    login: str
    decision: str
    reason: str | None
    decided_at: dt.datetime
    decided_by_login: str


@dataclass(frozen=True)
class ReviewState:
    campaign_id: int
    started_at: dt.datetime
    started_by_login: str
    rows: list[ReviewRow]
    started_by_name: str = ""  # « Prénom Nom », when the account is known

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def decided(self) -> int:
        return sum(1 for row in self.rows if row.decision is not None)

    def counts(self) -> Counter[str | None]:
        """How many accounts per decision; None counts those still to decide."""
        return Counter(row.decision for row in self.rows)


@dataclass(frozen=True)
class ReviewOutcome:
    renewed: list[str]
    deleted: list[str]
    kept: list[str]
    closed_at: dt.datetime
    # The acting administrator deleted their own account: the session must end.
    actor_deleted: bool


# --- inside a unit of work -----------------------------------------------------------------


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def open_campaign(session: Session, structure_id: int) -> ReviewCampaign | None:
    return session.scalar(
        select(ReviewCampaign)
        .where(ReviewCampaign.structure_id == structure_id, ReviewCampaign.closed_at.is_(None))
        .order_by(ReviewCampaign.id)
        .limit(1)
    )


def _campaign_to_change(session: Session, actor: Account, campaign_id: int) -> ReviewCampaign:
    campaign = session.get(ReviewCampaign, campaign_id)
    if campaign is None or campaign.structure_id != actor.structure_id:
        raise UserError(translate("Review", "This account review does not exist."))
    if campaign.closed_at is not None:
        raise UserError(
            translate(
                "Review",
                "This account review was closed on {date}: its decisions can no longer change.",
            ).format(date=campaign.closed_at.strftime("%d/%m/%Y"))
        )
    return campaign


def accounts_of(session: Session, structure_id: int) -> list[Account]:
    return list(
        session.scalars(
            select(Account)
            .where(Account.structure_id == structure_id)
            .order_by(Account.nom, Account.prenom, Account.login)
        )
    )


def decisions_of(session: Session, campaign_id: int) -> dict[str, ReviewDecision]:
    return {
        decision.account_login: decision
        for decision in session.scalars(
            select(ReviewDecision).where(ReviewDecision.campaign_id == campaign_id)
        )
    }


def _state(session: Session, campaign: ReviewCampaign, today: dt.date) -> ReviewState:
    decisions = decisions_of(session, campaign.id)
    rights = rights_by_account(session, campaign.structure_id)
    rows = []
    for account in accounts_of(session, campaign.structure_id):
        decision = decisions.get(account.login)
        advice = recommend(account, today)
        rows.append(
            ReviewRow(
                login=account.login,
                nom=account.nom,
                prenom=account.prenom,
                profile=account.profile,
                status=displayed_status(account, today),
                expires_on=account.expires_on,
                last_sign_in_at=account.last_sign_in_at,
                recommendation=advice.recommendation,
                decision=decision.decision if decision else None,
                reason=decision.reason if decision else None,
                decided_at=decision.decided_at if decision else None,
                decided_by_login=decision.decided_by_login if decision else None,
                rights=rights[account.id],
                recommendation_reason=advice.reason,
                contact_problems=contact_problems(account.email, account.telephone),
            )
        )
    starter = campaign.started_by_login
    name = names_of(session, campaign.structure_id, [starter]).get(starter, "")
    return ReviewState(campaign.id, campaign.started_at, starter, rows, name)


def _clean_reason(reason: str) -> str | None:
    # One line, as a person types it: no NUL nor other control character kept.
    cleaned = " ".join(typable(reason).split())
    if len(cleaned) > MAX_REASON_LENGTH:
        raise UserError(
            translate("Review", "A reason has at most {count} characters.").format(
                count=MAX_REASON_LENGTH
            )
        )
    return cleaned or None


def _check_logins(session: Session, structure_id: int, logins: Sequence[str]) -> None:
    found: set[str] = set()
    for chunk in _chunks(logins):
        found.update(
            session.scalars(
                select(Account.login).where(
                    Account.structure_id == structure_id, Account.login.in_(chunk)
                )
            )
        )
    missing = [login for login in logins if login not in found]
    if missing:
        raise UserError(
            translate("Accounts", "No account “{login}” in this structure.").format(
                login=missing[0]
            )
        )


def _record_decisions(
    session: Session,
    clock: Clock,
    actor: Account,
    campaign: ReviewCampaign,
    decided: dict[str, str],
    reason: str | None,
    replace_reason: bool,
) -> list[RecordedDecision]:
    """Insert or update one decision per login; unless `replace_reason`, reasons stay."""
    now = clock.now()
    logins = list(decided)
    _check_logins(session, campaign.structure_id, logins)
    existing: dict[str, tuple[int, str | None]] = {}
    for chunk in _chunks(logins):
        for id_, login, old_reason in session.execute(
            select(ReviewDecision.id, ReviewDecision.account_login, ReviewDecision.reason).where(
                ReviewDecision.campaign_id == campaign.id,
                ReviewDecision.account_login.in_(chunk),
            )
        ):
            existing[login] = (id_, old_reason)

    def reason_of(login: str) -> str | None:
        if replace_reason or login not in existing:
            return reason
        return existing[login][1]

    recorded = [
        RecordedDecision(login, decision, reason_of(login), now, actor.login)
        for login, decision in decided.items()
    ]
    values = [
        {
            "decision": r.decision,
            "reason": r.reason,
            "decided_at": r.decided_at,
            "decided_by_login": r.decided_by_login,
        }
        for r in recorded
    ]
    updates = [
        {"id": existing[r.login][0], **v}
        for r, v in zip(recorded, values, strict=True)
        if r.login in existing
    ]
    inserts = [
        {"campaign_id": campaign.id, "account_login": r.login, **v}
        for r, v in zip(recorded, values, strict=True)
        if r.login not in existing
    ]
    if updates:
        session.execute(update(ReviewDecision), updates)
    if inserts:
        session.execute(insert(ReviewDecision), inserts)
    return recorded


def _check_decision(decision: str) -> None:
    if decision not in DECISIONS:
        raise UserError(
            translate(
                "Review",
                "Unknown decision “{decision}”: conserver, supprimer or je_ne_sais_pas.",
            ).format(decision=decision)
        )


# --- use cases (one transaction each) ------------------------------------------------------


@dataclass(frozen=True)
class ReviewSchedule:
    last_closed_at: dt.datetime | None
    next_due: dt.date | None


def review_schedule(store: Store, clock: Clock, actor: SignedIn) -> ReviewSchedule:
    """When the last review was applied, and when the next one is due."""
    with store.read_session() as session:
        acting_administrator(session, actor, clock.now().date())
        last = session.scalar(
            select(func.max(ReviewCampaign.closed_at)).where(
                ReviewCampaign.structure_id == actor.structure_id
            )
        )
        return ReviewSchedule(last, next_review_due(session, actor.structure_id))


def current_review(store: Store, clock: Clock, actor: SignedIn) -> ReviewState | None:
    """The open review of the actor's structure, or None; starts nothing."""
    today = clock.now().date()
    with store.read_session() as session:
        acting_administrator(session, actor, today)
        campaign = open_campaign(session, actor.structure_id)
        return _state(session, campaign, today) if campaign else None


def start_review(store: Store, clock: Clock, actor: SignedIn) -> ReviewState:
    """Resume the structure's open review, or start one: never two open at a time."""
    now = clock.now()
    with store.session() as session:
        administrator = acting_administrator(session, actor, now.date())
        campaign = open_campaign(session, actor.structure_id)
        if campaign is None:
            campaign = ReviewCampaign(
                structure_id=actor.structure_id,
                started_at=now,
                started_by_login=administrator.login,
            )
            session.add(campaign)
            session.flush()
            audit.record(session, clock, administrator.login, "revue_ouverte", str(campaign.id))
        return _state(session, campaign, now.date())


def decide(
    store: Store,
    clock: Clock,
    actor: SignedIn,
    campaign_id: int,
    logins: Iterable[str],
    decision: str,
    reason: str | None = None,
) -> list[RecordedDecision]:
    """Record `decision` for each login, at once (bulk decisions); saved straight away.

    `reason` None keeps each account's reason; an empty one clears it.
    """
    _check_decision(decision)
    replace_reason = reason is not None
    cleaned = _clean_reason(reason) if reason is not None else None
    wanted = {login.strip().lower(): decision for login in logins}
    with store.session() as session:
        administrator = acting_administrator(session, actor, clock.now().date())
        campaign = _campaign_to_change(session, administrator, campaign_id)
        return _record_decisions(
            session, clock, administrator, campaign, wanted, cleaned, replace_reason
        )


def set_reason(
    store: Store, clock: Clock, actor: SignedIn, campaign_id: int, login: str, reason: str
) -> RecordedDecision:
    """Change the reason of a decision already made (an empty reason clears it)."""
    cleaned = _clean_reason(reason)
    login = login.strip().lower()
    with store.session() as session:
        administrator = acting_administrator(session, actor, clock.now().date())
        campaign = _campaign_to_change(session, administrator, campaign_id)
        decision = session.scalar(
            select(ReviewDecision).where(
                ReviewDecision.campaign_id == campaign.id, ReviewDecision.account_login == login
            )
        )
        if decision is None:
            raise UserError(
                translate(
                    "Review", "Choose a decision for “{login}” before giving a reason."
                ).format(login=login)
            )
        decision.reason = cleaned
        decision.decided_at = clock.now()
        decision.decided_by_login = administrator.login
        return RecordedDecision(
            login, decision.decision, cleaned, decision.decided_at, administrator.login
        )


def decide_as_recommended(
    store: Store, clock: Clock, actor: SignedIn, campaign_id: int, logins: Iterable[str]
) -> list[RecordedDecision]:
    """Follow the recommendation for each login; expired accounts are left to decide."""
    today = clock.now().date()
    wanted = sorted({login.strip().lower() for login in logins})
    with store.session() as session:
        administrator = acting_administrator(session, actor, today)
        campaign = _campaign_to_change(session, administrator, campaign_id)
        _check_logins(session, campaign.structure_id, wanted)
        decided: dict[str, str] = {}
        for chunk in _chunks(wanted):
            for account in session.scalars(
                select(Account).where(
                    Account.structure_id == campaign.structure_id, Account.login.in_(chunk)
                )
            ):
                advice = recommend(account, today)
                decision = DECISION_FOR_RECOMMENDATION.get(advice.recommendation)
                if decision is not None:
                    decided[account.login] = decision
        return _record_decisions(
            session, clock, administrator, campaign, decided, None, replace_reason=False
        )


def apply_review(
    store: Store, clock: Clock, actor: SignedIn, campaign_id: int, actor_code: str | None
) -> ReviewOutcome:
    """Apply every decision and close the review, all or nothing, after the actor's code."""
    outcome = confirmed(
        store, clock, actor, actor_code, lambda session: _apply(session, clock, actor, campaign_id)
    )
    crash_point(CRASH_AFTER_COMMIT)
    return outcome


def _apply(session: Session, clock: Clock, actor: SignedIn, campaign_id: int) -> ReviewOutcome:
    now = clock.now()
    renewed: list[str] = []
    deleted: list[str] = []
    kept: list[str] = []
    editor = AccountEditor(session, clock, acting_administrator(session, actor, now.date()))
    actor_login = editor.actor.login
    campaign = _campaign_to_change(session, editor.actor, campaign_id)
    accounts = list(
        session.scalars(
            select(Account)
            .where(Account.structure_id == campaign.structure_id)
            .options(selectinload(Account.rights))
            .order_by(Account.login)
        )
    )
    decisions = decisions_of(session, campaign.id)
    undecided = [account.login for account in accounts if account.login not in decisions]
    if undecided:
        raise UserError(
            translate(
                "Review",
                "%n account(s) still have no decision: decide for every account "
                "before applying the review.",
                None,
                len(undecided),
            )
        )
    for account in accounts:
        decision = decisions[account.login].decision
        if decision == DECISION_CONSERVER:
            editor.renew(account)
            account.last_review_at = now
            renewed.append(account.login)
        elif decision == DECISION_SUPPRIMER:
            editor.delete(account)
            deleted.append(account.login)
        else:
            account.last_review_at = now
            kept.append(account.login)
    campaign.closed_at = now
    audit.record(
        session,
        clock,
        actor_login,
        "revue_appliquee",
        str(campaign.id),
        renouveles=len(renewed),
        supprimes=len(deleted),
        conserves=len(kept),
    )
    try:
        editor.finish()
    except UserError as error:
        raise UserError(
            translate("Review", "The review was not applied, nothing changed: {reason}").format(
                reason=error
            )
        ) from error
    crash_point(CRASH_BEFORE_COMMIT)
    return ReviewOutcome(renewed, deleted, kept, now, actor_deleted=actor_login in deleted)
