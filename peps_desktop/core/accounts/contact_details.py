"""The contact details PEP's requires of every account: a valid e-mail and a French telephone.

Telephones are kept in E.164 (+33612345678), so a stored number is complete when it has that
form; anything else (none, or a number typed before it was checked) is flagged for its holder
to complete.
"""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, and_, not_, or_

from peps_desktop.core.shared.phone_numbers import normalise_telephone
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store.models import Account

# The e-mail's shape, as account rules check it on every write.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_E164 = re.compile(r"^\+[1-9]\d{7,14}$")

EMAIL = "email"
TELEPHONE = "telephone"


def checked_telephone(text: str | None, required: bool) -> str | None:
    """The number in E.164; None when none is given and none is required."""
    if text is None or not text.strip():
        if required:
            raise UserError(
                translate(
                    "Telephone",
                    "A telephone number is required: PEP's asks every account for one "
                    "(fixed or mobile).",
                )
            )
        return None
    return normalise_telephone(text)


def contact_problems(email: str | None, telephone: str | None) -> tuple[str, ...]:
    """What is missing or wrong: EMAIL, TELEPHONE, both or nothing."""
    problems = []
    if not email or not _EMAIL.match(email):
        problems.append(EMAIL)
    if not telephone or not _E164.match(telephone):
        problems.append(TELEPHONE)
    return tuple(problems)


def contact_incomplete() -> ColumnElement[bool]:
    """SQL condition: an account to flag (no telephone in E.164, or an e-mail without @)."""
    return or_(
        Account.telephone.is_(None),
        not_(Account.telephone.like("+%")),
        not_(and_(Account.email.like("%_@_%._%"), not_(Account.email.like("% %")))),
    )
