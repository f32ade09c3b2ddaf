"""reference services: the funds a structure deals with

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here: a migration must not change when the application's constants do.
SERVICES = [
    ("CNRACL", "Caisse nationale de retraites des agents des collectivités locales"),
    (
        "IRCANTEC",
        "Institution de retraite complémentaire des agents non titulaires de l'État "
        "et des collectivités publiques",
    ),
    ("RAFP", "Retraite additionnelle de la fonction publique"),
    ("FSPOEIE", "Fonds spécial des pensions des ouvriers des établissements industriels de l'État"),
    ("ATIACL", "Allocation temporaire d'invalidité des agents des collectivités locales"),
    ("FIPHFP", "Fonds pour l'insertion des personnes handicapées dans la fonction publique"),
    ("FNC", "Fonds national de compensation du supplément familial de traitement"),
    ("FEH", "Fonds pour l'emploi hospitalier"),
    ("FAEFM", "Fonds d'allocation des élus en fin de mandat"),
]

service = sa.table(
    "service",
    sa.column("code", sa.String),
    sa.column("libelle", sa.String),
)


def upgrade() -> None:
    op.bulk_insert(service, [{"code": code, "libelle": libelle} for code, libelle in SERVICES])


def downgrade() -> None:
    op.execute(service.delete().where(service.c.code.in_([code for code, _ in SERVICES])))
