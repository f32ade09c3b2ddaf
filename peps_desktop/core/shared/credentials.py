"""'Se souvenir de moi': the password kept in the OS keyring, where one exists.

Headless Linux often has no keyring backend (keyring raises NoKeyringError); the
application then works on and tells the user it cannot remember.
"""

from __future__ import annotations

import logging

# keyring is imported where it is asked: it finds its backends through the installed
# packages' entry points, which no start should wait for before it needs them.

log = logging.getLogger(__name__)

KEYRING_SERVICE = "peps-desktop"


def _username(store_key: str, login: str) -> str:
    # One store's login must not unlock another store's account of the same name.
    return f"{store_key}|{login}"


def keyring_available() -> bool:
    import keyring
    from keyring.errors import KeyringError

    try:
        backend = keyring.get_keyring()
    except KeyringError:
        return False
    return getattr(backend, "priority", 0) > 0


def _keep(service: str, account: str, secret: str) -> bool:
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        keyring.set_password(service, account, secret)
    except NoKeyringError:
        return False
    except KeyringError as error:
        log.warning("keyring refused to store a secret: %s", type(error).__name__)
        return False
    return True


def _read(service: str, account: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(service, account)
    except KeyringError:
        return None


def _drop(service: str, account: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(service, account)
    except (PasswordDeleteError, KeyringError):
        pass


def remember(store_key: str, login: str, password: str) -> bool:
    """Keep the password; False when no keyring can hold it."""
    return _keep(KEYRING_SERVICE, _username(store_key, login), password)


def recall(store_key: str, login: str) -> str | None:
    return _read(KEYRING_SERVICE, _username(store_key, login))


def forget(store_key: str, login: str) -> None:
    _drop(KEYRING_SERVICE, _username(store_key, login))


# --- the mail server's password (SMTP transport) -----------------------------------------------

SMTP_KEYRING_SERVICE = "peps-desktop-smtp"


def _smtp_account(host: str, username: str) -> str:
    return f"{host.strip().lower()}|{username}"


def save_smtp_password(host: str, username: str, password: str) -> bool:
    """Keep the mail server's password; False when no keyring can hold it."""
    return _keep(SMTP_KEYRING_SERVICE, _smtp_account(host, username), password)


def smtp_password(host: str, username: str) -> str | None:
    return _read(SMTP_KEYRING_SERVICE, _smtp_account(host, username))


def forget_smtp_password(host: str, username: str) -> None:
    _drop(SMTP_KEYRING_SERVICE, _smtp_account(host, username))


# --- this computer's device token (the second factor's 7 days) ---------------------------------

DEVICE_KEYRING_SERVICE = "peps-desktop-device"


def remember_device(store_key: str, login: str, token: str) -> bool:
    """Keep the token that spares the code on this computer; False without a keyring (the
    code is then asked at every sign-in)."""
    return _keep(DEVICE_KEYRING_SERVICE, _username(store_key, login), token)


def recall_device(store_key: str, login: str) -> str | None:
    return _read(DEVICE_KEYRING_SERVICE, _username(store_key, login))


def forget_device(store_key: str, login: str) -> None:
    _drop(DEVICE_KEYRING_SERVICE, _username(store_key, login))
