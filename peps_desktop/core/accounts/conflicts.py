"""Two seats editing one account: the second save is refused, naming who changed it and when,
never a silent overwrite."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store.models import Account, AuditEntry


class ChangedMeanwhile(UserError):
    """The account changed since it was read; `login` says which, to read it again."""

    def __init__(self, message: str, login: str) -> None:
        super().__init__(message)
        self.login = login


def changed_meanwhile(session: Session, account: Account) -> ChangedMeanwhile:
    """The refusal, with the last change of the account the audit log knows of."""
    last = session.execute(
        select(AuditEntry.actor_login, AuditEntry.at)
        .where(AuditEntry.structure_id == account.structure_id, AuditEntry.target == account.login)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(1)
    ).first()
    if last is None or last.actor_login is None:
        message = translate(
            "Accounts",
            "The account “{login}” was changed meanwhile by someone else: reload it and try again.",
        ).format(login=account.login)
        return ChangedMeanwhile(message, account.login)
    names = session.execute(
        select(Account.prenom, Account.nom).where(Account.login == last.actor_login)
    ).first()
    who = f"{names.prenom} {names.nom}" if names is not None else last.actor_login
    message = translate(
        "Accounts",
        "The account “{login}” was changed by {who} on {date} at {time}, after you opened it. "
        "It is shown again with that change: make yours again if it is still needed.",
    ).format(
        login=account.login,
        who=who,
        date=last.at.strftime("%d/%m/%Y"),
        time=last.at.strftime("%H:%M"),
    )
    return ChangedMeanwhile(message, account.login)
