"""The account review's report: every account with its rights, the recommendation and why,
the decision and its reason, and who signs it."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select

from peps_desktop.core.accounts.account_list import rights_by_account
from peps_desktop.core.accounts.admin import acting_administrator
from peps_desktop.core.accounts.review import accounts_of, decisions_of, open_campaign
from peps_desktop.core.accounts.review_advice import recommend
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import Clock
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.models import ReviewCampaign, Structure


@dataclass(frozen=True)
class ReportRow:
    login: str
    # Empty for an account deleted since: its login is all the store keeps.
    nom: str
    prenom: str
    profile: str
    decision: str | None
    reason: str | None
    decided_at: dt.datetime | None
    decided_by_login: str | None
    rights: Mapping[str, str] = field(default_factory=dict)  # by service code
    recommendation: str | None = None  # None for an account deleted since
    recommendation_reason: str = ""


@dataclass(frozen=True)
class ReviewReport:
    structure_name: str
    campaign_id: int
    started_at: dt.datetime
    started_by_login: str
    closed_at: dt.datetime | None
    generated_at: dt.datetime
    rows: list[ReportRow]
    # Who signs the report: the administrator who asks for it, « Prénom Nom ».
    signatory: str = ""

    def totals(self) -> Counter[str | None]:
        """Accounts per decision; None counts those still to decide."""
        return Counter(row.decision for row in self.rows)


def review_report(store: Store, clock: Clock, actor: SignedIn) -> ReviewReport:
    """The report of the open review, or else of the last closed one."""
    now = clock.now()
    with store.read_session() as session:
        administrator = acting_administrator(session, actor, now.date())
        campaign = open_campaign(session, actor.structure_id) or session.scalar(
            select(ReviewCampaign)
            .where(ReviewCampaign.structure_id == actor.structure_id)
            .order_by(ReviewCampaign.closed_at.desc(), ReviewCampaign.id.desc())
            .limit(1)
        )
        if campaign is None:
            raise UserError(
                translate("Review", "There is no account review to report on: start one first.")
            )
        structure_name = session.scalar(
            select(Structure.nom).where(Structure.id == actor.structure_id)
        )
        accounts = {a.login: a for a in accounts_of(session, actor.structure_id)}
        rights = rights_by_account(session, actor.structure_id)
        decisions = decisions_of(session, campaign.id)
        # An open review covers today's accounts; a closed one, the accounts it decided on.
        logins = list(accounts) if campaign.closed_at is None else list(decisions)
        rows = []
        for login in logins:
            account = accounts.get(login)
            decision = decisions.get(login)
            advice = recommend(account, now.date()) if account else None
            rows.append(
                ReportRow(
                    login=login,
                    nom=account.nom if account else "",
                    prenom=account.prenom if account else "",
                    profile=account.profile if account else "",
                    decision=decision.decision if decision else None,
                    reason=decision.reason if decision else None,
                    decided_at=decision.decided_at if decision else None,
                    decided_by_login=decision.decided_by_login if decision else None,
                    rights=rights[account.id] if account else {},
                    recommendation=advice.recommendation if advice else None,
                    recommendation_reason=advice.reason if advice else "",
                )
            )
        rows.sort(key=lambda r: ((r.nom or r.login).lower(), r.prenom.lower(), r.login))
        return ReviewReport(
            structure_name=structure_name or "",
            campaign_id=campaign.id,
            started_at=campaign.started_at,
            started_by_login=campaign.started_by_login,
            closed_at=campaign.closed_at,
            generated_at=now,
            rows=rows,
            signatory=f"{administrator.prenom} {administrator.nom}",
        )
