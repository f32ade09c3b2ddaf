"""inbox: every column sorts by walking an index in order

Revision ID: 0030
Revises: 0015
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0030"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Sorting a tab by type, subject, reference or action sorted every courrier of the tab in a
# temporary B-tree. Each of these indexes holds a tab in the column's order, the id (the
# tie-break, named for engines without an implicit row id) and the service (to check the
# reading right from the index alone), so a page is read by walking it and stopping.
# Sorting by fund walks the funds by code and each fund's courriers by id; by assignee, the
# accounts by login and each one's courriers by id, then the unassigned ones by id (the
# assignee index also serves "assigned to me" and ON DELETE SET NULL: it replaces
# ix_courrier_assigned_to_id). Measured on a million courriers: see CHANGELOG.md.
INDEXES = (
    ("ix_courrier_archived_type_id", ["archived", "type", "id", "service_id"]),
    ("ix_courrier_archived_objet_id", ["archived", "objet", "id", "service_id"]),
    ("ix_courrier_archived_reference_id", ["archived", "reference", "id", "service_id"]),
    ("ix_courrier_archived_action_id", ["archived", "action_requise", "id", "service_id"]),
    ("ix_courrier_service_archived_id", ["service_id", "archived", "id"]),
    ("ix_courrier_assigned_archived_id", ["assigned_to_id", "archived", "id", "service_id"]),
)
REPLACED = ("ix_courrier_assigned_to_id", ["assigned_to_id"])


def upgrade() -> None:
    for name, columns in INDEXES:
        op.create_index(name, "courrier", columns, unique=False)
    op.drop_index(REPLACED[0], table_name="courrier")


def downgrade() -> None:
    op.create_index(REPLACED[0], "courrier", REPLACED[1], unique=False)
    for name, _columns in reversed(INDEXES):
        op.drop_index(name, table_name="courrier")
