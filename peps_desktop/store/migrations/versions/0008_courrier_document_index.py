"""courrier import: the duplicate check by document hash

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Each pair imported from the drop folder is looked up by its PDF's SHA-256 (an already
# imported document is not imported twice): without this index, a scan of every courrier.


def upgrade() -> None:
    op.create_index("ix_courrier_document_sha256", "courrier", ["document_sha256"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_courrier_document_sha256", table_name="courrier")
