"""What changes in a structure, on any seat, as it happens (store.change_feed): woken by the
server on PostgreSQL, by a short poll on SQLite. Views refresh from it; the background check
stays the safety net."""

from __future__ import annotations

from peps_desktop.errors import ServerUnreachable
from peps_desktop.store import Store
from peps_desktop.store.change_feed import Change, ChangeListener, changes_after, last_change_id

__all__ = ["Change", "StructureChanges"]


class StructureChanges:
    """The structure's changes since the previous call, from the moment it was made."""

    def __init__(self, store: Store, structure_id: int) -> None:
        self.store = store
        self.structure_id = structure_id
        self._listener = ChangeListener(store.engine)
        self._listener.wait(0)  # listening before the starting point is read: nothing missed
        with store.engine.connect() as connection:
            self._last = last_change_id(connection)

    @property
    def connected(self) -> bool:
        """False while the server cannot be reached (the next wait tries again)."""
        return self._listener.connected

    def wait(self, timeout: float) -> list[Change]:
        """The changes made since the previous call; waits up to `timeout` seconds for one.
        Empty when nothing changed, or while the server cannot be reached."""
        self._listener.wait(timeout)
        if not self._listener.connected:
            return []
        try:
            with self.store.engine.connect() as connection:
                changes = changes_after(connection, self._last, self.structure_id)
                if not changes:
                    return []
                self._last = changes[-1].id
                return changes
        except (ServerUnreachable, self.store.engine.dialect.loaded_dbapi.Error):
            return []  # the server went in between: the next call tries again

    def close(self) -> None:
        self._listener.close()
