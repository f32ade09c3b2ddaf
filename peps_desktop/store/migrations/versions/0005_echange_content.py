"""what an échange carries: catalogue codes, message, agents (encrypted), fields, attachments

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # New columns are nullable and the unique Message-ID is an index: SQLite adds them in
    # place, without copying the échanges to a new table.
    with op.batch_alter_table("echange", schema=None) as batch_op:
        batch_op.add_column(sa.Column("catalogue_codes", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("message", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("send_error", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("sent_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("message_id", sa.String(length=255), nullable=True))
        batch_op.create_index(batch_op.f("ix_echange_message_id"), ["message_id"], unique=True)

    # nir, nom and prenom hold AES-GCM ciphertexts (store.encrypted.EncryptedText).
    op.create_table(
        "echange_agent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("echange_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("nir", sa.LargeBinary(), nullable=False),
        sa.Column("nom", sa.LargeBinary(), nullable=False),
        sa.Column("prenom", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["echange_id"],
            ["echange.id"],
            name=op.f("fk_echange_agent_echange_id_echange"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_echange_agent")),
        sa.UniqueConstraint("echange_id", "position", name="uq_echange_agent_echange_position"),
    )
    op.create_table(
        "echange_field",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("echange_id", sa.Integer(), nullable=False),
        sa.Column("cle", sa.String(length=50), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["echange_id"],
            ["echange.id"],
            name=op.f("fk_echange_field_echange_id_echange"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_echange_field")),
        sa.UniqueConstraint("echange_id", "cle", name="uq_echange_field_echange_cle"),
    )
    op.create_table(
        "echange_attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("echange_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("document_sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["echange_id"],
            ["echange.id"],
            name=op.f("fk_echange_attachment_echange_id_echange"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_echange_attachment")),
    )
    with op.batch_alter_table("echange_attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_echange_attachment_echange_id"), ["echange_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("echange_attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_echange_attachment_echange_id"))
    op.drop_table("echange_attachment")
    op.drop_table("echange_field")
    op.drop_table("echange_agent")

    with op.batch_alter_table("echange", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_echange_message_id"))
        batch_op.drop_column("message_id")
        batch_op.drop_column("sent_at")
        batch_op.drop_column("send_error")
        batch_op.drop_column("message")
        batch_op.drop_column("catalogue_codes")
