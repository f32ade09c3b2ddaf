"""inbox: sorted by assignee, as people are named on screen

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0032"
down_revision: str | None = "0031"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The inbox shows an assignee as « Prénom Nom » and sorted the column by login. Walking the
# accounts by first name, name and login (this index; the login, unique, breaks ties), then
# each one's courriers by id (0030's assignee index), reads a page in that order and stops.
INDEX = ("ix_account_name_order", ["prenom", "nom", "login"])


def upgrade() -> None:
    # Unique, as the login is: SQLite then knows each account is one step of the walk.
    op.create_index(INDEX[0], "account", INDEX[1], unique=True)


def downgrade() -> None:
    op.drop_index(INDEX[0], table_name="account")
