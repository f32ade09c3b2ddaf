"""Notifications: what is due for the signed-in person, raised once each, never missed.

`due_notifications` is a pure read: everything due at a given time and not yet in the
person's ledger, one Notification per kind (rules in core/notifications/rules.py). A
notification missed while the application was closed is simply still due at the next start.
`record_raised` writes the ledger, so the same thing is never raised twice, across restarts.

`run_check` is one tick of the background service, run off the GUI thread: expire the
accounts whose date has come, import the drop folder, then compute and record what is due
in one unit of work (two processes cannot both raise the same thing), and count the unread
courriers. Each step runs on its own; one that fails is reported and the others still run.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from peps_desktop.core.accounts.expiry import expire_due_accounts
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.contact.sending import waiting_to_send
from peps_desktop.core.courriers.folder_import import CourrierImportReport, import_drop_folder
from peps_desktop.core.courriers.inbox import unread_count
from peps_desktop.core.notifications import rules
from peps_desktop.core.notifications.ledger import (
    HistoryEntry,
    insert_raised,
    insert_rows,
    mark_seen,
    notification_history,
    unseen_count,
)
from peps_desktop.core.notifications.rules import (
    COMPTE_EXPIRE,
    DEPOT_EN_ATTENTE,
    ECHANGE_REPONDU,
    ENVOI_ECHOUE,
    EXPIRATION_PROCHAINE,
    KINDS,
    NOUVEAU_COURRIER,
    REVUE_DUE,
    Notification,
)
from peps_desktop.core.shared.clock import Clock
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store

__all__ = [
    "COMPTE_EXPIRE",
    "DEPOT_EN_ATTENTE",
    "ECHANGE_REPONDU",
    "ENVOI_ECHOUE",
    "EXPIRATION_PROCHAINE",
    "KINDS",
    "NOUVEAU_COURRIER",
    "REVUE_DUE",
    "CheckResult",
    "HistoryEntry",
    "Notification",
    "due_notifications",
    "mark_seen",
    "notification_history",
    "record_raised",
    "run_check",
    "unseen_count",
]

log = logging.getLogger(__name__)

_Rule = Callable[[Session, rules.Person, dt.datetime], Notification | None]
_RULES: dict[str, _Rule] = {
    NOUVEAU_COURRIER: rules.new_courriers,
    EXPIRATION_PROCHAINE: rules.expiry_notices,
    COMPTE_EXPIRE: rules.expired_accounts,
    REVUE_DUE: rules.review_due,
    ECHANGE_REPONDU: rules.answered_echanges,
    ENVOI_ECHOUE: rules.failed_sends,
}


def _checked(kinds: Collection[str]) -> frozenset[str]:
    unknown = set(kinds) - set(KINDS)
    if unknown:
        raise ValueError(f"unknown notification kinds: {sorted(unknown)}")
    return frozenset(kinds)


def _unreadable_folder(folder: Path, error: OSError) -> UserError:
    return UserError(
        translate("Notifications", "The drop folder {folder} cannot be read: {error}").format(
            folder=folder, error=error.strerror or error
        )
    )


def _due(
    session: Session,
    user: SignedIn,
    now: dt.datetime,
    drop_folder: Path | None,
    kinds: frozenset[str],
) -> tuple[list[Notification], UserError | None]:
    """What is due, in the order of KINDS; and why the drop folder could not be read."""
    who = rules.person(session, user.account_id)
    if who is None or who.structure_id != user.structure_id:
        return [], None  # the account is gone: nobody to tell
    found: list[Notification] = []
    problem: UserError | None = None
    for kind in KINDS:
        if kind not in kinds or (kind in rules.ADMINISTRATOR_KINDS and not who.is_administrator):
            continue
        notification: Notification | None = None
        if kind == DEPOT_EN_ATTENTE:
            if drop_folder is None:
                continue
            try:
                notification = rules.waiting_in_drop_folder(session, who, drop_folder)
            except OSError as error:
                problem = _unreadable_folder(drop_folder, error)
        else:
            notification = _RULES[kind](session, who, now)
        if notification is not None:
            found.append(notification)
    return found, problem


def due_notifications(
    store: Store,
    user: SignedIn,
    now: dt.datetime,
    *,
    drop_folder: Path | None = None,
    kinds: Collection[str] = KINDS,
) -> list[Notification]:
    """Everything due at `now` for this person and not yet raised to them; reads only.

    Administrators' kinds (expiry notices, expired accounts, the review) are for the
    structure's administrators only; waiting drop-folder pairs only when a folder is given
    (UserError if it cannot be read).
    """
    wanted = _checked(kinds)
    with store.read_session() as session:
        found, problem = _due(session, user, now, drop_folder, wanted)
    if problem is not None:
        raise problem
    return found


def record_raised(
    store: Store, clock: Clock, user: SignedIn, notifications: Collection[Notification]
) -> list[Notification]:
    """Write these notifications to the person's ledger, in one unit of work; rows already
    there are left alone. Returns those that had something new (the others were raised
    already, by another process)."""
    if not notifications:
        return []
    raised = []
    with store.session() as session:
        now = clock.now()
        for notification in notifications:
            if insert_raised(
                session,
                user.account_id,
                notification.kind,
                notification.title,
                notification.subjects,
                now,
            ):
                raised.append(notification)
    return raised


@dataclass(frozen=True)
class CheckResult:
    """One tick's outcome; a step that failed left its field empty and said why in
    `problems` (already translated, one line each)."""

    notifications: tuple[Notification, ...]  # raised now, to show
    import_report: CourrierImportReport | None  # None without a drop folder
    expired_count: int  # accounts switched to expiré by this tick
    unread_count: int | None  # the person's unread courriers
    problems: tuple[str, ...] = ()
    to_send: int = 0  # the structure's échanges waiting to be sent (to try them again)


@contextmanager
def _step(problems: list[str], name: str) -> Iterator[None]:
    """Run one step of the tick: a failure is noted, never raised."""
    try:
        yield
        return
    except UserError as error:
        problem = str(error)
    except Exception:
        log.exception("notification check: %s failed", name)
        problem = translate(
            "Notifications", "Part of the background check failed; details are in the log file."
        )
    if problem not in problems:
        problems.append(problem)


def run_check(
    store: Store,
    clock: Clock,
    user: SignedIn,
    *,
    drop_folder: Path | None = None,
    kinds: Collection[str] = KINDS,
) -> CheckResult:
    """One tick of the background service (off the GUI thread): expire, import, raise, count."""
    wanted = _checked(kinds)
    problems: list[str] = []
    expired = 0
    report: CourrierImportReport | None = None
    raised: list[Notification] = []
    unread: int | None = None

    # A rule of the whole structure, idempotent: whoever is signed in runs it.
    with _step(problems, "expiry"):
        expired = len(expire_due_accounts(store, clock).expired)
    if drop_folder is not None:
        with _step(problems, "import"):
            report = import_drop_folder(store, clock, drop_folder, structure_id=user.structure_id)
    with _step(problems, "raise"):
        # Computed and recorded under the write lock: another process's tick waits, then
        # finds these in the ledger.
        with store.session() as session:
            now = clock.now()
            found, problem = _due(session, user, now, drop_folder, wanted)
            for notification in found:  # none of them in the ledger: checked under this lock
                insert_rows(
                    session,
                    user.account_id,
                    notification.kind,
                    notification.title,
                    notification.subjects,
                    now,
                )
        raised = found  # committed: only now are they raised
        # An unreadable drop folder is told once: by the import, when it ran.
        if problem is not None and report is not None:
            raise problem
    with _step(problems, "unread count"):
        unread = unread_count(store, user)
    to_send = 0
    with _step(problems, "echanges to send"):
        to_send = waiting_to_send(store, user.structure_id)
    return CheckResult(tuple(raised), report, expired, unread, tuple(problems), to_send)
