"""What the account review recommends for an account, and why, from its use.

Never used (beyond a first month to activate it) or unused for 6 months → delete; locked, or
created but not used yet → check with the holder; expired → renew or delete; otherwise keep.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peps_desktop.core.accounts.rules import STATUS_EXPIRE, STATUS_VERROUILLE, displayed_status
from peps_desktop.core.shared.dates import add_months
from peps_desktop.i18n import format_date, translate
from peps_desktop.store.models import Account

RECOMMEND_CONSERVER = "conserver"
RECOMMEND_SUPPRIMER = "supprimer"
RECOMMEND_A_VERIFIER = "a_verifier"
RECOMMEND_RENOUVELER_OU_SUPPRIMER = "renouveler_ou_supprimer"

INACTIVE_MONTHS = 6
# A new account's holder has this long to activate it before « never used » counts.
FIRST_USE_DAYS = 30


@dataclass(frozen=True)
class Advice:
    recommendation: str  # one of RECOMMEND_*
    reason: str  # why, in words


def _months_between(start: dt.date, end: dt.date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - 1 if end.day < start.day else months


def recommend(account: Account, today: dt.date) -> Advice:
    status = displayed_status(account, today)
    if status == STATUS_VERROUILLE:
        return Advice(
            RECOMMEND_A_VERIFIER,
            translate(
                "ReviewAdvice", "locked after failed sign-ins: ask its holder before deciding"
            ),
        )
    created = account.created_at.date()
    last = account.last_sign_in_at.date() if account.last_sign_in_at else None
    if last is None:
        if (today - created).days <= FIRST_USE_DAYS:
            return Advice(
                RECOMMEND_A_VERIFIER,
                translate("ReviewAdvice", "created on {date}, not used yet").format(
                    date=format_date(created)
                ),
            )
        return Advice(
            RECOMMEND_SUPPRIMER,
            translate("ReviewAdvice", "never used since its creation on {date}").format(
                date=format_date(created)
            ),
        )
    if last < add_months(today, -INACTIVE_MONTHS):
        return Advice(
            RECOMMEND_SUPPRIMER,
            translate(
                "ReviewAdvice",
                "no sign-in for %n months (last on {date})",
                None,
                _months_between(last, today),
            ).format(date=format_date(last)),
        )
    if status == STATUS_EXPIRE:
        return Advice(
            RECOMMEND_RENOUVELER_OU_SUPPRIMER,
            translate("ReviewAdvice", "expired on {date}").format(
                date=format_date(account.expires_on)
            ),
        )
    return Advice(
        RECOMMEND_CONSERVER,
        translate("ReviewAdvice", "signed in on {date}").format(date=format_date(last)),
    )


def recommendation_label(recommendation: str) -> str:
    labels = {
        RECOMMEND_CONSERVER: translate("Review", "Keep"),
        RECOMMEND_SUPPRIMER: translate("Review", "Delete"),
        RECOMMEND_A_VERIFIER: translate("Review", "To check"),
        RECOMMEND_RENOUVELER_OU_SUPPRIMER: translate("Review", "Renew or delete"),
    }
    return labels.get(recommendation, recommendation)


def advice_text(recommendation: str, reason: str) -> str:
    """« Supprimer : aucune connexion depuis 8 mois (dernière le 02/03/2026) »."""
    return translate("Review", "{recommendation}: {reason}").format(
        recommendation=recommendation_label(recommendation), reason=reason
    )
