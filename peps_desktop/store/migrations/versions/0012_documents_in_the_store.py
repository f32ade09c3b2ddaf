"""documents kept in the database, for a shared store

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# On both engines, so that the schema is one; only a shared store (PostgreSQL) fills them.


def upgrade() -> None:
    op.create_table(
        "document",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_document")),
    )
    op.create_table(
        "document_chunk",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["document.sha256"],
            name=op.f("fk_document_chunk_sha256_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("sha256", "position", name=op.f("pk_document_chunk")),
    )
    if op.get_bind().dialect.name == "postgresql":
        # PDFs are compressed already: kept out of line as they are, not compressed again.
        op.execute("ALTER TABLE document_chunk ALTER COLUMN data SET STORAGE EXTERNAL")


def downgrade() -> None:
    op.drop_table("document_chunk")
    op.drop_table("document")
