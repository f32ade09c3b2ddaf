"""One person, one account: a new account whose e-mail, or whose nom and prénom, match an
existing account or one deleted recently stops with that account named.

The administrator then modifies the matching account (the same person's) or confirms that the
new holder is another person; the confirmation is recorded with the new account's audit entry.
Deleted accounts are remembered for `REMEMBERED_MONTHS`, then forgotten.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from peps_desktop.core.shared.dates import add_months
from peps_desktop.errors import UserError
from peps_desktop.i18n import format_date, french_of, translate
from peps_desktop.store.models import Account, DeletedAccount

# As long as an account is valid: a person gone within that time is likely to come back.
REMEMBERED_MONTHS = 18


@dataclass(frozen=True)
class PersonMatch:
    """The account that seems to be the same person's."""

    login: str
    nom: str
    prenom: str
    email: str
    deleted_at: dt.datetime | None  # None: the account exists
    same_email: bool  # else the same nom and prénom

    @property
    def exists(self) -> bool:
        return self.deleted_at is None


class SamePersonFound(UserError):
    """Creating this account would give a second account to a person who has one."""

    def __init__(self, match: PersonMatch) -> None:
        self.match = match
        super().__init__(describe_match(match))


def describe_match(match: PersonMatch) -> str:
    holder = f"{match.prenom} {match.nom} ({match.login}, {match.email})"
    if match.exists:
        why = (
            translate("SamePerson", "The account of {holder} has the same e-mail address.")
            if match.same_email
            else translate("SamePerson", "The account of {holder} has the same name.")
        )
        advice = translate(
            "SamePerson",
            "An account is personal: modify that account if it is this person's, or confirm "
            "that the new account is for another person.",
        )
    else:
        why = (
            translate(
                "SamePerson",
                "The account of {holder}, deleted on {date}, had the same e-mail address.",
            )
            if match.same_email
            else translate(
                "SamePerson", "The account of {holder}, deleted on {date}, had the same name."
            )
        )
        advice = translate(
            "SamePerson",
            "A deleted account cannot be restored: confirm to create a new account for this "
            "person.",
        )
    deleted_on = format_date(match.deleted_at.date()) if match.deleted_at else ""
    of_holder = french_of(holder)
    return f"{why.format(holder=holder, of_holder=of_holder, date=deleted_on)} {advice}"


def folded(text: str) -> str:
    """`Lefèvre`, `LEFEVRE` and ` lefevre ` compare equal; hyphens and apostrophes as spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    for mark in "-'’":
        plain = plain.replace(mark, " ")
    return " ".join(plain.split())


def _name_key(nom: str, prenom: str) -> str:
    return f"{folded(nom)}|{folded(prenom)}"


class PeopleIndex:
    """The people who hold, or recently held, an account: found by e-mail or by name."""

    def __init__(self, people: Iterable[PersonMatch] = ()) -> None:
        self._by_email: dict[str, PersonMatch] = {}
        self._by_name: dict[str, PersonMatch] = {}
        for person in people:
            self.add(person)

    def add(self, person: PersonMatch) -> None:
        # An existing account is the better answer than a deleted one: it can be modified.
        for index, key in (
            (self._by_email, person.email.strip().casefold()),
            (self._by_name, _name_key(person.nom, person.prenom)),
        ):
            known = index.get(key)
            if known is None or (not known.exists and person.exists):
                index[key] = person

    def find(self, nom: str, prenom: str, email: str) -> PersonMatch | None:
        by_email = self._by_email.get(email.strip().casefold())
        if by_email is not None:
            return replace(by_email, same_email=True)
        by_name = self._by_name.get(_name_key(nom, prenom))
        if by_name is not None:
            return replace(by_name, same_email=False)
        return None


def _forgotten_before(now: dt.datetime) -> dt.datetime:
    return dt.datetime.combine(add_months(now.date(), -REMEMBERED_MONTHS), dt.time())


def people_of(session: Session, structure_id: int, now: dt.datetime) -> PeopleIndex:
    """The structure's accounts, and those deleted within `REMEMBERED_MONTHS`."""
    index = PeopleIndex()
    for login, nom, prenom, email, deleted_at in session.execute(
        select(
            DeletedAccount.login,
            DeletedAccount.nom,
            DeletedAccount.prenom,
            DeletedAccount.email,
            DeletedAccount.deleted_at,
        ).where(
            DeletedAccount.structure_id == structure_id,
            DeletedAccount.deleted_at >= _forgotten_before(now),
        )
    ):
        index.add(PersonMatch(login, nom, prenom, email, deleted_at, same_email=False))
    for login, nom, prenom, email in session.execute(
        select(Account.login, Account.nom, Account.prenom, Account.email).where(
            Account.structure_id == structure_id
        )
    ):
        index.add(PersonMatch(login, nom, prenom, email, None, same_email=False))
    return index


def remember_deleted(session: Session, account: Account, now: dt.datetime) -> None:
    """Keep who held a deleted account; forget those deleted too long ago."""
    session.execute(
        delete(DeletedAccount).where(DeletedAccount.deleted_at < _forgotten_before(now))
    )
    session.add(
        DeletedAccount(
            structure_id=account.structure_id,
            login=account.login,
            nom=account.nom,
            prenom=account.prenom,
            email=account.email,
            deleted_at=now,
        )
    )


def names_of(session: Session, structure_id: int, logins: Iterable[str]) -> dict[str, str]:
    """« Prénom Nom » for each login known, deleted accounts included."""
    wanted = sorted(set(logins))
    names: dict[str, str] = {}
    for start in range(0, len(wanted), 500):  # below SQLite's limit on bound parameters
        chunk = wanted[start : start + 500]
        for model in (DeletedAccount, Account):
            for login, nom, prenom in session.execute(
                select(model.login, model.nom, model.prenom).where(
                    model.structure_id == structure_id, model.login.in_(chunk)
                )
            ):
                names[login] = f"{prenom} {nom}"
    return names
