"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_login", sa.String(length=64), nullable=True),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=True),
        sa.Column("details", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)

    op.create_table(
        "service",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("libelle", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service")),
        sa.UniqueConstraint("code", name=op.f("uq_service_code")),
    )
    op.create_table(
        "structure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nom", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_structure")),
    )
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("structure_id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=64), nullable=False),
        sa.Column("nom", sa.String(length=100), nullable=False),
        sa.Column("prenom", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("telephone", sa.String(length=32), nullable=True),
        sa.Column("profile", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=False),
        sa.Column("last_sign_in_at", sa.DateTime(), nullable=True),
        sa.Column("last_review_at", sa.DateTime(), nullable=True),
        sa.Column("password_hash", sa.String(length=255), nullable=True),
        sa.Column("failed_sign_ins", sa.Integer(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["structure_id"], ["structure.id"], name=op.f("fk_account_structure_id_structure")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("login", name=op.f("uq_account_login")),
    )
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_account_structure_id"), ["structure_id"], unique=False)

    op.create_table(
        "review_campaign",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("structure_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("started_by_login", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["structure_id"],
            ["structure.id"],
            name=op.f("fk_review_campaign_structure_id_structure"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_campaign")),
    )
    op.create_table(
        "access_right",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_access_right_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["service.id"], name=op.f("fk_access_right_service_id_service")
        ),
        sa.PrimaryKeyConstraint("account_id", "service_id", name=op.f("pk_access_right")),
    )
    with op.batch_alter_table("access_right", schema=None) as batch_op:
        batch_op.create_index(
            "ix_access_right_service_level", ["service_id", "level"], unique=False
        )

    op.create_table(
        "courrier",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("structure_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=30), nullable=False),
        sa.Column("objet", sa.String(length=300), nullable=False),
        sa.Column("reference", sa.String(length=64), nullable=False),
        sa.Column("recu_le", sa.Date(), nullable=False),
        sa.Column("action_requise", sa.Boolean(), nullable=False),
        sa.Column("echeance", sa.Date(), nullable=True),
        sa.Column("montant", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("document_sha256", sa.String(length=64), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("assigned_to_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assigned_to_id"],
            ["account.id"],
            name=op.f("fk_courrier_assigned_to_id_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["service.id"], name=op.f("fk_courrier_service_id_service")
        ),
        sa.ForeignKeyConstraint(
            ["structure_id"], ["structure.id"], name=op.f("fk_courrier_structure_id_structure")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_courrier")),
    )
    with op.batch_alter_table("courrier", schema=None) as batch_op:
        batch_op.create_index("ix_courrier_assigned_to_id", ["assigned_to_id"], unique=False)
        batch_op.create_index("ix_courrier_recu_le", ["recu_le"], unique=False)
        batch_op.create_index(
            "ix_courrier_service_archived_recu", ["service_id", "archived", "recu_le"], unique=False
        )

    op.create_table(
        "echange",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("structure_id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("theme", sa.String(length=100), nullable=False),
        sa.Column("motif", sa.String(length=200), nullable=False),
        sa.Column("sous_motif", sa.String(length=200), nullable=False),
        sa.Column("fonds", sa.String(length=20), nullable=True),
        sa.Column("objet", sa.String(length=300), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["account.id"],
            name=op.f("fk_echange_author_id_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["structure_id"], ["structure.id"], name=op.f("fk_echange_structure_id_structure")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_echange")),
        sa.UniqueConstraint("reference", name=op.f("uq_echange_reference")),
    )
    with op.batch_alter_table("echange", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_echange_status"), ["status"], unique=False)

    op.create_table(
        "notification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("raised_at", sa.DateTime(), nullable=False),
        sa.Column("read_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_notification_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notification")),
        sa.UniqueConstraint("account_id", "kind", "key", name="uq_notification_account_kind_key"),
    )
    op.create_table(
        "review_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("account_login", sa.String(length=64), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by_login", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["review_campaign.id"],
            name=op.f("fk_review_decision_campaign_id_review_campaign"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_decision")),
    )
    with op.batch_alter_table("review_decision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_decision_campaign_id"), ["campaign_id"], unique=False
        )

    op.create_table(
        "courrier_read",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("courrier_id", sa.Integer(), nullable=False),
        sa.Column("read_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_courrier_read_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["courrier_id"],
            ["courrier.id"],
            name=op.f("fk_courrier_read_courrier_id_courrier"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("account_id", "courrier_id", name=op.f("pk_courrier_read")),
    )
    with op.batch_alter_table("courrier_read", schema=None) as batch_op:
        batch_op.create_index("ix_courrier_read_courrier_id", ["courrier_id"], unique=False)

    op.create_table(
        "echange_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("echange_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["echange_id"],
            ["echange.id"],
            name=op.f("fk_echange_message_echange_id_echange"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_echange_message")),
    )
    with op.batch_alter_table("echange_message", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_echange_message_echange_id"), ["echange_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("echange_message", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_echange_message_echange_id"))

    op.drop_table("echange_message")
    with op.batch_alter_table("courrier_read", schema=None) as batch_op:
        batch_op.drop_index("ix_courrier_read_courrier_id")

    op.drop_table("courrier_read")
    with op.batch_alter_table("review_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_decision_campaign_id"))

    op.drop_table("review_decision")
    op.drop_table("notification")
    with op.batch_alter_table("echange", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_echange_status"))

    op.drop_table("echange")
    with op.batch_alter_table("courrier", schema=None) as batch_op:
        batch_op.drop_index("ix_courrier_service_archived_recu")
        batch_op.drop_index("ix_courrier_recu_le")
        batch_op.drop_index("ix_courrier_assigned_to_id")

    op.drop_table("courrier")
    with op.batch_alter_table("access_right", schema=None) as batch_op:
        batch_op.drop_index("ix_access_right_service_level")

    op.drop_table("access_right")
    op.drop_table("review_campaign")
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_structure_id"))

    op.drop_table("account")
    op.drop_table("structure")
    op.drop_table("service")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")
