"""« Je quitte la structure »: an administrator who leaves names their successor first.

The leaver promotes an existing account to administrateur, or creates the successor's
administrator account, and gives a departure date; this records a `Succession`. Once that date
has passed, administrators are asked to delete the leaver's account (an account is personal,
never handed over); deleting it, from anywhere, sets the succession's `leaver_account_id` to
NULL, which is the task done.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from peps_desktop.core.accounts.admin import (
    AccountChanges,
    AccountDraft,
    AccountEditor,
    ActivationCode,
    acting_administrator,
    rights_of,
)
from peps_desktop.core.accounts.rules import (
    PROFILE_ADMINISTRATEUR,
    STATUS_EXPIRE,
    STATUS_VERROUILLE,
    displayed_status,
)
from peps_desktop.core.accounts.second_factor import confirmed
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared import audit
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.crash_points import crash_point
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.models import Account, Succession

CRASH_BEFORE_COMMIT = "succession.before_commit"
CRASH_AFTER_COMMIT = "succession.after_commit"


@dataclass(frozen=True)
class SuccessorCandidate:
    login: str
    nom: str
    prenom: str
    profile: str


@dataclass(frozen=True)
class SuccessionRecord:
    id: int
    leaver_login: str
    successor_login: str
    departure_on: dt.date
    created_at: dt.datetime
    # The one-time code of a successor account created by the assistant, else None.
    activation: ActivationCode | None = None


@dataclass(frozen=True)
class SuccessionTask:
    """For the dashboard: a departed administrator whose account is still to be deleted."""

    succession_id: int
    leaver_login: str
    leaver_nom: str
    leaver_prenom: str
    successor_login: str
    departure_on: dt.date


def _check_departure(departure_on: dt.date, today: dt.date) -> None:
    if departure_on < today:
        raise UserError(translate("Succession", "The departure date cannot be in the past."))


def _pending_of(session: Session, leaver: Account) -> Succession | None:
    return session.scalar(
        select(Succession).where(Succession.leaver_account_id == leaver.id).limit(1)
    )


def _check_not_named_yet(session: Session, leaver: Account) -> None:
    pending = _pending_of(session, leaver)
    if pending is not None:
        raise UserError(
            translate(
                "Succession",
                "You have already named “{login}” as your successor (departure on {date}).",
            ).format(login=pending.successor_login, date=pending.departure_on.strftime("%d/%m/%Y"))
        )


def _record(
    session: Session,
    clock: Clock,
    leaver: Account,
    successor_login: str,
    departure_on: dt.date,
    activation: ActivationCode | None,
) -> SuccessionRecord:
    now = clock.now()
    succession = Succession(
        structure_id=leaver.structure_id,
        leaver_account_id=leaver.id,
        leaver_login=leaver.login,
        successor_login=successor_login,
        departure_on=departure_on,
        created_at=now,
    )
    session.add(succession)
    session.flush()
    audit.record(
        session,
        clock,
        leaver.login,
        "succession_enregistree",
        leaver.login,
        successeur=successor_login,
        depart=departure_on,
    )
    return SuccessionRecord(
        succession.id, leaver.login, successor_login, departure_on, now, activation
    )


def _leaver_editor(
    session: Session, clock: Clock, leaver: SignedIn, departure_on: dt.date
) -> AccountEditor:
    today = clock.now().date()
    editor = AccountEditor(session, clock, acting_administrator(session, leaver, today))
    _check_departure(departure_on, today)
    _check_not_named_yet(session, editor.actor)
    return editor


def successor_candidates(store: Store, clock: Clock, leaver: SignedIn) -> list[SuccessorCandidate]:
    """The accounts that can take over: every other account that can sign in."""
    today = clock.now().date()
    with store.read_session() as session:
        administrator = acting_administrator(session, leaver, today)
        accounts = session.scalars(
            select(Account)
            .where(Account.structure_id == administrator.structure_id)
            .where(Account.id != administrator.id)
            .order_by(Account.nom, Account.prenom, Account.login)
        )
        return [
            SuccessorCandidate(account.login, account.nom, account.prenom, account.profile)
            for account in accounts
            if displayed_status(account, today) not in (STATUS_EXPIRE, STATUS_VERROUILLE)
        ]


def pending_succession(store: Store, clock: Clock, leaver: SignedIn) -> SuccessionRecord | None:
    """The successor this administrator has already named, if any."""
    with store.read_session() as session:
        administrator = acting_administrator(session, leaver, clock.now().date())
        pending = _pending_of(session, administrator)
        if pending is None:
            return None
        return SuccessionRecord(
            pending.id,
            pending.leaver_login,
            pending.successor_login,
            pending.departure_on,
            pending.created_at,
        )


def promote_successor(
    store: Store,
    clock: Clock,
    leaver: SignedIn,
    leaver_code: str | None,
    successor_login: str,
    departure_on: dt.date,
) -> SuccessionRecord:
    """Give the administrator profile to an existing account (a sensitive change)."""

    def promote(session: Session) -> SuccessionRecord:
        editor = _leaver_editor(session, clock, leaver, departure_on)
        successor = editor.account(successor_login)
        if successor.id == editor.actor.id:
            raise UserError(
                translate("Succession", "Your successor must be someone other than you.")
            )
        if displayed_status(successor, editor.today) in (STATUS_EXPIRE, STATUS_VERROUILLE):
            raise UserError(
                translate(
                    "Succession",
                    "The account “{login}” is expired or locked: renew or unlock it before "
                    "naming it as your successor.",
                ).format(login=successor.login)
            )
        editor.modify(successor, AccountChanges(profile=PROFILE_ADMINISTRATEUR))
        record = _record(session, clock, editor.actor, successor.login, departure_on, None)
        editor.finish()
        crash_point(CRASH_BEFORE_COMMIT)
        return record

    record = confirmed(store, clock, leaver, leaver_code, promote)
    crash_point(CRASH_AFTER_COMMIT)
    return record


def create_successor(
    store: Store,
    clock: Clock,
    leaver: SignedIn,
    leaver_code: str | None,
    draft: AccountDraft,
    departure_on: dt.date,
) -> SuccessionRecord:
    """Create the successor's administrator account; its one-time code is in the record.

    The profile is always administrateur; without rights in the draft, the successor gets
    the leaver's rights on every service, to take over their work.
    """

    def create(session: Session) -> SuccessionRecord:
        editor = _leaver_editor(session, clock, leaver, departure_on)
        successor = replace(
            draft,
            profile=PROFILE_ADMINISTRATEUR,
            rights=dict(draft.rights) or rights_of(editor.actor),
        )
        code = editor.create(successor)
        record = _record(session, clock, editor.actor, code.login, departure_on, code)
        editor.finish()
        crash_point(CRASH_BEFORE_COMMIT)
        return record

    record = confirmed(store, clock, leaver, leaver_code, create)
    crash_point(CRASH_AFTER_COMMIT)
    return record


def pending_succession_tasks(store: Store, clock: Clock, user: SignedIn) -> list[SuccessionTask]:
    """For administrators: departed administrators whose account still exists."""
    today = clock.now().date()
    with store.read_session() as session:
        profile = session.scalar(select(Account.profile).where(Account.id == user.account_id))
        if profile != PROFILE_ADMINISTRATEUR:
            return []
        rows = session.execute(
            select(Succession, Account.nom, Account.prenom)
            .join(Account, Account.id == Succession.leaver_account_id)
            .where(Succession.structure_id == user.structure_id, Succession.departure_on < today)
            .order_by(Succession.departure_on, Succession.id)
        )
        return [
            SuccessionTask(
                succession.id,
                succession.leaver_login,
                nom,
                prenom,
                succession.successor_login,
                succession.departure_on,
            )
            for succession, nom, prenom in rows
        ]


def delete_leaver_account(
    store: Store, clock: Clock, actor: SignedIn, succession_id: int, actor_code: str | None
) -> str:
    """The successor's task: delete the departed administrator's account; returns its login."""
    today = clock.now().date()

    def delete(session: Session) -> str:
        editor = AccountEditor(session, clock, acting_administrator(session, actor, today))
        succession = session.get(Succession, succession_id)
        if (
            succession is None
            or succession.structure_id != editor.actor.structure_id
            or succession.leaver_account_id is None
        ):
            raise UserError(
                translate("Succession", "This account was already deleted: nothing left to do.")
            )
        if succession.leaver_account_id == editor.actor.id:
            raise UserError(
                translate("Succession", "Your successor deletes your account, not you: ask them.")
            )
        if succession.departure_on >= today:
            raise UserError(
                translate(
                    "Succession",
                    "{login} leaves on {date}: delete the account after that date.",
                ).format(
                    login=succession.leaver_login,
                    date=succession.departure_on.strftime("%d/%m/%Y"),
                )
            )
        login = succession.leaver_login
        editor.delete(editor.account(login))
        editor.finish()
        return login

    return confirmed(store, clock, actor, actor_code, delete)
