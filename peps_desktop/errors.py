"""Errors meant for the user: one clear, already translated line, never a traceback.

Raise them with the message translated at the raise site, e.g.
`raise UserError(translate("Errors", "The account {login} is locked.").format(login=login))`,
so pyside6-lupdate finds the text.
"""

from __future__ import annotations


class UserError(Exception):
    """An error the user can act on; str(error) is the message to show."""


class StoreError(UserError):
    """The store cannot be opened or migrated; nothing was modified."""


class ServerUnreachable(StoreError):
    """The shared store's server does not answer (network cut, restart): the unit of work
    was not committed, and the next one reconnects by itself."""


class AuthenticationError(UserError):
    """Sign-in refused: wrong credentials, locked or expired account."""


class NotActivated(AuthenticationError):
    """The account has no password yet: its holder activates it with a one-time code."""


class PermissionDenied(UserError):
    """The signed-in person may not do this."""


class StoreBusy(StoreError):
    """Another program (or another task) holds the store's write lock longer than we wait."""


class DiskFull(StoreError):
    """No space left where the application writes."""


class ReadOnlyPlace(StoreError):
    """A store, folder or file that may be read but not written."""


class MissingFolder(StoreError):
    """A folder the application works in is gone (an unplugged drive, a deleted folder)."""
