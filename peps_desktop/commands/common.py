"""What every command shares: where the store is, who acts, how passwords are read.

Light to import (a command's parser is built with it): the store and the sign-in are
imported when a command runs.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from peps_desktop.core.shared import locations
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate

if TYPE_CHECKING:
    from peps_desktop.core.accounts.signed_in import SignedIn
    from peps_desktop.store import Store

PASSWORD_VARIABLE = "PEPS_PASSWORD"


@dataclass(frozen=True)
class Actor:
    """The person a command acts for; their password also confirms sensitive actions."""

    user: SignedIn
    password: str


def add_person(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as",
        dest="as_login",
        required=True,
        metavar="LOGIN",
        help=translate("Cli", "act as LOGIN; password from PEPS_PASSWORD, the keyring or a prompt"),
    )


def location(args: argparse.Namespace) -> locations.Location:
    return locations.resolve(data_dir=args.data_dir, db_url=args.db, demo=args.demo)


def open_store_for(args: argparse.Namespace) -> Store:
    """The store; its data key is looked up only if the command touches personal data."""
    from peps_desktop.core.shared.data_key import open_deferring_data_key

    store, _data_key = open_deferring_data_key(location(args))
    return store


def prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise UserError(
            translate(
                "Cli", "No password given: set {variable} or run the command in a terminal."
            ).format(variable=PASSWORD_VARIABLE)
        )
    return getpass.getpass(label)


def new_password(label: str | None = None) -> str:
    """A password being chosen: from PEPS_PASSWORD, or typed twice."""
    given = os.environ.get(PASSWORD_VARIABLE)
    if given:
        return given
    first = prompt(label or translate("Cli", "Password of the first administrator: "))
    if prompt(translate("Cli", "Password again: ")) != first:
        raise UserError(translate("Cli", "The two passwords differ."))
    return first


def signed_in(args: argparse.Namespace, store: Store) -> Actor:
    from peps_desktop.core.accounts.sign_in import sign_in
    from peps_desktop.core.shared import credentials
    from peps_desktop.core.shared.clock import SystemClock

    login = args.as_login.strip().lower()
    password = os.environ.get(PASSWORD_VARIABLE) or credentials.recall(location(args).key, login)
    if password is None:
        password = prompt(translate("Cli", "Password of {login}: ").format(login=login))
    return Actor(sign_in(store, SystemClock(), login, password), password)
