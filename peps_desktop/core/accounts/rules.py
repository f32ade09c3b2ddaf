"""Account vocabulary and the rules every caller shares (GUI, CLI, import)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Protocol

from peps_desktop.core.shared.dates import add_months
from peps_desktop.core.shared.input_rules import (
    column_length,
    control_character,
    printable,
    text_faults,
)
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store.models import Account

PROFILE_UTILISATEUR = "utilisateur"
PROFILE_ADMINISTRATEUR = "administrateur"
PROFILES = (PROFILE_UTILISATEUR, PROFILE_ADMINISTRATEUR)

STATUS_ACTIF = "actif"
STATUS_VERROUILLE = "verrouille"
STATUS_EXPIRE = "expire"
# Shown, never stored: an active account whose expiry is near.
STATUS_EXPIRE_BIENTOT = "expire_bientot"

VALIDITY_MONTHS = 18
EXPIRING_SOON_DAYS = 60
MAX_FAILED_SIGN_INS = 5
MIN_PASSWORD_LENGTH = 12

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# re.ASCII: `\w`-like classes and `$` stay within ASCII; `\Z` refuses a trailing newline.
_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{2,63}\Z", re.ASCII)


def expiry_from(day: dt.date) -> dt.date:
    """A new or renewed account is valid for 18 months."""
    return add_months(day, VALIDITY_MONTHS)


class HasStatus(Protocol):
    """An account, or a row of its columns."""

    status: str
    expires_on: dt.date


def is_expired(account: HasStatus, today: dt.date) -> bool:
    """From its expiry date on, an account is expired."""
    return account.status == STATUS_EXPIRE or account.expires_on <= today


def displayed_status(account: HasStatus, today: dt.date) -> str:
    return status_on(
        account.status, account.expires_on, today, today + dt.timedelta(days=EXPIRING_SOON_DAYS)
    )


def status_on(status: str, expires_on: dt.date, today: dt.date, soon: dt.date) -> str:
    """The status shown on `today`; `soon` is the last day that counts as expiring soon."""
    if status == STATUS_VERROUILLE:
        return STATUS_VERROUILLE
    if status == STATUS_EXPIRE or expires_on <= today:
        return STATUS_EXPIRE
    if expires_on <= soon:
        return STATUS_EXPIRE_BIENTOT
    return STATUS_ACTIF


def badge(account: Account) -> str:
    """The header badge: "a" before the name for administrators, as PEP's shows it."""
    name = f"{account.prenom} {account.nom}"
    return f"a {name}" if account.profile == PROFILE_ADMINISTRATEUR else name


@dataclass(frozen=True)
class Identity:
    login: str
    nom: str
    prenom: str
    email: str
    telephone: str | None = None


def identity_problems(identity: Identity) -> list[str]:
    """Every reason the identity cannot be an account's: lengths from the schema, no control
    character, the login's and the e-mail's shapes."""
    problems: list[str] = []
    if not identity.nom.strip() or not identity.prenom.strip():
        problems.append(translate("Accounts", "Last name and first name are required."))
    for label, value, column in (
        ("nom", identity.nom.strip(), Account.nom),
        ("prenom", identity.prenom.strip(), Account.prenom),
        ("email", identity.email.strip(), Account.email),
        ("telephone", (identity.telephone or "").strip(), Account.telephone),
    ):
        problems += text_faults(label, value, column_length(column))
    if not _LOGIN.match(identity.login):
        problems.append(
            translate(
                "Accounts",
                "The login “{login}” is not valid: 3 to 64 lower-case letters, digits, "
                "dots, dashes or underscores, starting with a letter or a digit.",
            ).format(login=printable(identity.login))
        )
    if not _EMAIL.match(identity.email) and not control_character(identity.email):
        problems.append(
            translate("Accounts", "The email address “{email}” is not valid.").format(
                email=printable(identity.email)
            )
        )
    return problems


def check_identity(identity: Identity) -> None:
    problems = identity_problems(identity)
    if problems:
        raise UserError(" ".join(problems))


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(
            translate("Accounts", "The password must have at least {count} characters.").format(
                count=MIN_PASSWORD_LENGTH
            )
        )
    if not (any(c.isalpha() for c in password) and any(c.isdigit() for c in password)):
        raise UserError(translate("Accounts", "The password must contain both letters and digits."))
