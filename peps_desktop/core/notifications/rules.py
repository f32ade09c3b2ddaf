"""What is due: one rule per kind of notification, each a read of the store at a given time.

Each rule returns the subjects not yet in the ledger for this person (see
core/notifications/ledger.py), grouped in one Notification, or None.

New courriers are remembered by a watermark, not one ledger row each: a notification of new
courriers records the single key `courriers:<highest id it told of>`, and the next ones tell
only of courriers above the highest such mark. Courrier ids only grow in commit order: the
store has one writer at a time (SQLite assigns the id at INSERT under the write lock, held
until COMMIT; units of work even take it at BEGIN IMMEDIATE, see store/engine.py), ids are
never renumbered and courriers never deleted, so the highest id is never reused. A courrier
committed after a notification therefore always has a higher id than its mark, however its
`created_at` is dated. A courrier dated after `now` (a clock put back an hour at the end of
summer time, another machine's clock) is not due yet: the mark stops below it, and the ones
after it wait with it rather than pass it for good.

Bounded work. New courriers and expired accounts are searched from this person's latest
notification of that kind, less a day (a clock put back an hour at the end of summer time):
what came before was either raised then or is in the ledger. With no notification of that
kind yet, the search goes back FIRST_LOOKBACK (30 days) (and, for courriers, not before the
account was created), so a first start on a store of a million courriers tells of the last
month's, not of three years'. Expiry notices (expiry within two months), the review, the
échanges and the drop folder are small by nature; they keep one ledger row per item, as an
account renewed or created late must be told of again (no account row says when its expiry
date changed).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Integer, String, cast, func, literal, select
from sqlalchemy.orm import Session

from peps_desktop.core.accounts.expiry import NOTICE_DAY, expiry_notice_date
from peps_desktop.core.accounts.file_rows import DATE_FORMAT
from peps_desktop.core.accounts.review_due import next_review_due
from peps_desktop.core.accounts.rules import PROFILE_ADMINISTRATEUR, STATUS_EXPIRE
from peps_desktop.core.contact.echanges import DIRECTION_RECEIVED, STATUS_A_ENVOYER, STATUS_REPONDU
from peps_desktop.core.courriers.folder_import import complete_pairs
from peps_desktop.core.courriers.visibility import unread_courriers
from peps_desktop.core.notifications.kinds import (  # the codes, here as they always were
    ADMINISTRATOR_KINDS as ADMINISTRATOR_KINDS,
)
from peps_desktop.core.notifications.kinds import (
    COMPTE_EXPIRE,
    DEPOT_EN_ATTENTE,
    ECHANGE_REPONDU,
    ENVOI_ECHOUE,
    EXPIRATION_PROCHAINE,
    NOUVEAU_COURRIER,
    REVUE_DUE,
)
from peps_desktop.core.notifications.kinds import KINDS as KINDS
from peps_desktop.core.notifications.ledger import (
    already_raised,
    highest_mark,
    latest_raised_at,
    not_raised,
)
from peps_desktop.core.shared.dates import add_months
from peps_desktop.i18n import format_number, translate
from peps_desktop.store.models import Account, Courrier, Echange, EchangeMessage

FIRST_LOOKBACK = dt.timedelta(days=30)
SLACK = dt.timedelta(days=1)
# A notification lists at most this many ids; its count is the full number.
MAX_IDS = 100
# The ledger's key column holds 200 characters; a longer file name is keyed by its hash.
MAX_SUBJECT = 200


@dataclass(frozen=True)
class Notification:
    """One notification to raise: every new item of one kind, grouped.

    `ids` are what it concerns (courrier and échange ids, account logins, the review's due
    date, drop-folder file names), at most MAX_IDS of them, in the order shown; `subjects`
    are the ledger keys recorded when it is raised: one per item, or for new courriers their
    single watermark.
    """

    kind: str
    title: str
    count: int
    ids: tuple[str | int, ...]
    subjects: tuple[str, ...]


@dataclass(frozen=True)
class Person:
    """The signed-in person as the store has them now (not as they were at sign-in)."""

    account_id: int
    structure_id: int
    is_administrator: bool
    created_at: dt.datetime


def person(session: Session, account_id: int) -> Person | None:
    account = session.get(Account, account_id)
    if account is None:
        return None
    return Person(
        account_id=account.id,
        structure_id=account.structure_id,
        # An administrator whose account expired is told nothing as an administrator.
        is_administrator=(
            account.profile == PROFILE_ADMINISTRATEUR and account.status != STATUS_EXPIRE
        ),
        created_at=account.created_at,
    )


def _notification(
    kind: str, title: str, items: Sequence[tuple[str | int, str]]
) -> Notification | None:
    """items: (id, subject) in the order shown, those already raised left out."""
    if not items:
        return None
    return Notification(
        kind=kind,
        title=title,
        count=len(items),
        ids=tuple(item_id for item_id, _subject in items[:MAX_IDS]),
        subjects=tuple(subject for _id, subject in items),
    )


def _not_raised(
    session: Session, who: Person, kind: str, items: Sequence[tuple[str | int, str]]
) -> list[tuple[str | int, str]]:
    known = already_raised(session, who.account_id, kind, [subject for _id, subject in items])
    return [item for item in items if item[1] not in known]


def _search_start(session: Session, who: Person, kind: str, now: dt.datetime) -> dt.datetime:
    latest = latest_raised_at(session, who.account_id, kind)
    if latest is not None:
        return latest - SLACK
    return now - FIRST_LOOKBACK


def _date(day: dt.date) -> str:
    return day.strftime(DATE_FORMAT)


# --- new courriers ------------------------------------------------------------------------------


COURRIERS_MARK = "courriers:"


def courriers_subject(highest_id: int) -> str:
    """The watermark key: every courrier up to this id was dealt with."""
    return f"{COURRIERS_MARK}{highest_id}"


def new_courriers(session: Session, who: Person, now: dt.datetime) -> Notification | None:
    """Courriers this person may read, not archived, unread, above the watermark, received
    since the search start and by `now`; those needing an action first, then the newest."""
    # Nothing received before the account existed is news to its holder.
    start = max(_search_start(session, who, NOUVEAU_COURRIER, now), who.created_at)
    mark = highest_mark(session, who.account_id, NOUVEAU_COURRIER, COURRIERS_MARK) or 0
    candidates = unread_courriers(who.account_id).where(
        Courrier.id > mark, Courrier.created_at >= start
    )
    # The mark must not pass a courrier dated after `now`: those above it wait with it.
    not_yet = session.scalar(
        candidates.where(Courrier.created_at > now).with_only_columns(func.min(Courrier.id))
    )
    if not_yet is not None:
        candidates = candidates.where(Courrier.id < not_yet)
    due = candidates.where(Courrier.created_at <= now)
    # Counted in SQL: a first start may find tens of thousands; only MAX_IDS are listed.
    count, actions, highest = session.execute(
        due.with_only_columns(
            func.count(), func.sum(cast(Courrier.action_requise, Integer)), func.max(Courrier.id)
        )
    ).one()
    if not count:
        return None
    shown = session.scalars(
        due.order_by(
            Courrier.action_requise.desc(), Courrier.created_at.desc(), Courrier.id.desc()
        ).limit(MAX_IDS)
    ).all()
    return Notification(
        kind=NOUVEAU_COURRIER,
        title=_courriers_title(count, actions or 0),
        count=count,
        ids=tuple(shown),
        subjects=(courriers_subject(highest),),
    )


def _courriers_title(count: int, actions: int) -> str:
    if count == 1:
        if actions:
            return translate("Notifications", "1 new courrier, which needs an action")
        return translate("Notifications", "1 new courrier")
    if actions == 1:
        text = translate("Notifications", "{count} new courriers, one of which needs an action")
    elif actions:
        text = translate(
            "Notifications", "{count} new courriers, {actions} of which need an action"
        )
    else:
        text = translate("Notifications", "{count} new courriers")
    return text.format(count=format_number(count), actions=format_number(actions))


# --- accounts (administrators) ------------------------------------------------------------------


def account_subject(account_id: int, expires_on: dt.date) -> str:
    return f"compte:{account_id}:{expires_on.isoformat()}"


# The same key, built in SQL (see account_subject): dates are kept as AAAA-MM-JJ text.
_ACCOUNT_KEY = (
    literal("compte:", String)
    + cast(Account.id, String)
    + literal(":", String)
    + cast(Account.expires_on, String)
)


def expiry_notices(session: Session, who: Person, now: dt.datetime) -> Notification | None:
    """Accounts whose notice date (the 20th of the month before their expiry) has come and
    whose expiry has not: told once per account and expiry date."""
    today = now.date()
    # Notice date ≤ today ⇔ expiry before this bound (expiry_notice_date checks each below).
    months_ahead = 2 if today.day >= NOTICE_DAY else 1
    bound = add_months(today.replace(day=1), months_ahead)
    rows = session.execute(
        select(Account.id, Account.login, Account.expires_on)
        .where(
            Account.structure_id == who.structure_id,
            Account.expires_on > today,
            Account.expires_on < bound,
            Account.status != STATUS_EXPIRE,
            not_raised(who.account_id, EXPIRATION_PROCHAINE, _ACCOUNT_KEY),
        )
        .order_by(Account.expires_on, Account.id)
    ).all()
    due = [row for row in rows if expiry_notice_date(row.expires_on) <= today]
    if not due:
        return None
    items = [(row.login, account_subject(row.id, row.expires_on)) for row in due]
    first, last = due[0].expires_on, due[-1].expires_on
    if len(items) == 1:
        title = translate("Notifications", "The account {login} expires on {date}").format(
            login=items[0][0], date=_date(first)
        )
    else:
        title = translate(
            "Notifications", "{count} accounts expire between {first} and {last}"
        ).format(count=format_number(len(items)), first=_date(first), last=_date(last))
    return _notification(EXPIRATION_PROCHAINE, title, items)


def expired_accounts(session: Session, who: Person, now: dt.datetime) -> Notification | None:
    """Accounts whose expiry date has come (switched to expiré, or about to be)."""
    today = now.date()
    start = _search_start(session, who, COMPTE_EXPIRE, now).date()
    rows = session.execute(
        select(Account.id, Account.login, Account.expires_on)
        .where(
            Account.structure_id == who.structure_id,
            Account.expires_on <= today,
            Account.expires_on >= start,
            not_raised(who.account_id, COMPTE_EXPIRE, _ACCOUNT_KEY),
        )
        .order_by(Account.expires_on.desc(), Account.id.desc())
    ).all()
    items = [(row.login, account_subject(row.id, row.expires_on)) for row in rows]
    if len(items) == 1:
        title = translate("Notifications", "The account {login} has expired").format(
            login=items[0][0]
        )
    else:
        title = translate("Notifications", "{count} accounts have expired").format(
            count=format_number(len(items))
        )
    return _notification(COMPTE_EXPIRE, title, items)


def review_due(session: Session, who: Person, now: dt.datetime) -> Notification | None:
    """The structure's account review, once per due date."""
    due = next_review_due(session, who.structure_id)
    if due is None or due > now.date():
        return None
    items = _not_raised(session, who, REVUE_DUE, [(due.isoformat(), f"revue:{due.isoformat()}")])
    title = translate("Notifications", "The account review has been due since {date}").format(
        date=_date(due)
    )
    return _notification(REVUE_DUE, title, items)


# --- échanges and the drop folder ---------------------------------------------------------------


def answered_echanges(session: Session, who: Person, now: dt.datetime) -> Notification | None:
    """This person's échanges answered (status répondu): once per answer received, so a
    second answer to the same échange is told too."""
    latest_answer = (
        select(
            EchangeMessage.echange_id.label("echange_id"),
            func.max(EchangeMessage.id).label("message_id"),
        )
        .where(EchangeMessage.direction == DIRECTION_RECEIVED, EchangeMessage.at <= now)
        .group_by(EchangeMessage.echange_id)
        .subquery()
    )
    rows = session.execute(
        select(Echange.id, Echange.reference, latest_answer.c.message_id)
        .outerjoin(latest_answer, latest_answer.c.echange_id == Echange.id)
        .where(
            Echange.structure_id == who.structure_id,
            Echange.author_id == who.account_id,
            Echange.status == STATUS_REPONDU,
        )
        .order_by(Echange.updated_at.desc(), Echange.id.desc())
    ).all()
    references = {row.id: row.reference for row in rows}
    items = _not_raised(
        session,
        who,
        ECHANGE_REPONDU,
        [
            (
                row.id,
                f"echange:{row.id}:repondu"
                + (f":{row.message_id}" if row.message_id is not None else ""),
            )
            for row in rows
        ],
    )
    if len(items) == 1:
        title = translate("Notifications", "Your échange {reference} has an answer").format(
            reference=references[int(items[0][0])]
        )
    else:
        title = translate("Notifications", "{count} of your échanges have an answer").format(
            count=format_number(len(items))
        )
    return _notification(ECHANGE_REPONDU, title, items)


def _failure_subject(echange_id: int, problem: str) -> str:
    """Once per échange and reason: retried at every check, the same failure is told once;
    a new reason (the server now refuses the password, say) is told again."""
    digest = hashlib.sha256(problem.encode()).hexdigest()[:16]
    return f"echange:{echange_id}:echec:{digest}"


def failed_sends(session: Session, who: Person, _now: dt.datetime) -> Notification | None:
    """This person's requests still waiting to be sent after a failed attempt."""
    rows = session.execute(
        select(Echange.id, Echange.reference, Echange.send_error)
        .where(
            Echange.structure_id == who.structure_id,
            Echange.author_id == who.account_id,
            Echange.status == STATUS_A_ENVOYER,
            Echange.send_error.is_not(None),
        )
        .order_by(Echange.updated_at.desc(), Echange.id.desc())
    ).all()
    items = _not_raised(
        session,
        who,
        ENVOI_ECHOUE,
        [(row.id, _failure_subject(row.id, row.send_error)) for row in rows],
    )
    if len(items) == 1:
        (row,) = [row for row in rows if row.id == items[0][0]]
        title = translate(
            "Notifications", "Your request {reference} could not be sent: {reason}"
        ).format(reference=row.reference, reason=row.send_error)
    else:
        title = translate(
            "Notifications", "{count} of your requests could not be sent; they will be tried again"
        ).format(count=format_number(len(items)))
    return _notification(ENVOI_ECHOUE, title, items)


def waiting_pairs(folder: Path) -> list[str]:
    """The PDF names of the complete pairs waiting in the folder, by the import's own rule."""
    return sorted(pdf.name for pdf in complete_pairs(folder))


def _drop_subject(name: str) -> str:
    subject = f"depot:{name}"
    if len(subject) <= MAX_SUBJECT:
        return subject
    return f"depot:sha256:{hashlib.sha256(name.encode()).hexdigest()}"


def waiting_in_drop_folder(session: Session, who: Person, folder: Path) -> Notification | None:
    """Complete pairs waiting in the drop folder (OSError if it cannot be read)."""
    items = _not_raised(
        session,
        who,
        DEPOT_EN_ATTENTE,
        [(name, _drop_subject(name)) for name in waiting_pairs(folder)],
    )
    if len(items) == 1:
        title = translate("Notifications", "1 courrier waiting in the drop folder")
    else:
        title = translate("Notifications", "{count} courriers waiting in the drop folder").format(
            count=format_number(len(items))
        )
    return _notification(DEPOT_EN_ATTENTE, title, items)
