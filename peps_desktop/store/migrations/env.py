"""Alembic environment: run programmatically by peps_desktop.store.migrate."""

from alembic import context

from peps_desktop.store.models import Base
from peps_desktop.store.search_fts import include_name

config = context.config
connection = config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=include_name,  # the full-text index lives outside the ORM metadata
)
with context.begin_transaction():
    context.run_migrations()
