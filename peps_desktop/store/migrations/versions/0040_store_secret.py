"""store secrets: the key activation codes are hashed under

Revision ID: 0040
Revises: 0009
Create Date: 2026-11-26
"""

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0040"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Activation codes are random and short-lived: an HMAC under this per-store secret replaces
# a password KDF (one hash per new account made an import of thousands hold the store for
# minutes). Codes already issued keep their scrypt hashes, which still verify.
ACTIVATION_CODES = "activation_codes"


def upgrade() -> None:
    table = op.create_table(
        "store_secret",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_store_secret")),
    )
    op.bulk_insert(table, [{"name": ACTIVATION_CODES, "value": secrets.token_bytes(32)}])


def downgrade() -> None:
    op.drop_table("store_secret")
