"""telephones: French numbers kept in E.164 (+33612345678)

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-26
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Only the plain metropolitan forms are rewritten here (0X XX XX XX XX, with spaces, dots or
# dashes, or +33 / 0033 before the nine digits); anything else is left as it was typed, and
# the application flags it for its holder to correct. The rules are frozen here on purpose:
# the application's own (core/shared/phone_numbers.py) may change, this revision may not.
_SEPARATORS = re.compile(r"[\s.\-/()]")
_NATIONAL = re.compile(r"^0([1-79]\d{8})$")
_INTERNATIONAL = re.compile(r"^(?:\+33|0033)0?([1-79]\d{8})$")

account = sa.table("account", sa.column("id", sa.Integer()), sa.column("telephone", sa.String(32)))


def e164(telephone: str) -> str | None:
    compact = _SEPARATORS.sub("", telephone)
    found = _NATIONAL.match(compact) or _INTERNATIONAL.match(compact)
    return f"+33{found.group(1)}" if found else None


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(account.c.id, account.c.telephone).where(account.c.telephone.is_not(None))
    ).all()
    for account_id, telephone in rows:
        normalised = e164(telephone)
        if normalised is not None and normalised != telephone:
            bind.execute(
                account.update().where(account.c.id == account_id).values(telephone=normalised)
            )


def downgrade() -> None:
    # E.164 is a valid way to write a number: nothing to undo.
    pass
