"""The local store: SQLAlchemy models, engines, migrations. Never imports Qt."""

from peps_desktop.store import append_only as _append_only  # noqa: F401  (registers the guard)
from peps_desktop.store.engine import Store, build_engine

__all__ = ["Store", "build_engine"]
