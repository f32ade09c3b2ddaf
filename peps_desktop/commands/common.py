"""What every command shares: where the store is, who acts, how passwords and codes are read.

Light to import (a command's parser is built with it): the store and the sign-in are
imported when a command runs.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from peps_desktop.core.shared import locations
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate

if TYPE_CHECKING:
    from peps_desktop.core.accounts.second_factor import Enrolment
    from peps_desktop.core.accounts.second_factor_sign_in import SecondFactor
    from peps_desktop.core.accounts.signed_in import SignedIn
    from peps_desktop.store import Store

PASSWORD_VARIABLE = "PEPS_PASSWORD"
CODE_VARIABLE = "PEPS_OTP"


@dataclass(frozen=True)
class Actor:
    """The person a command acts for; `code`, their authenticator's code, confirms a
    sensitive command's action (None for the others)."""

    user: SignedIn
    password: str
    code: str | None = None


def add_person(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as",
        dest="as_login",
        required=True,
        metavar="LOGIN",
        help=translate("Cli", "act as LOGIN; password from PEPS_PASSWORD, the keyring or a prompt"),
    )
    add_code_option(parser)


def add_code_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--otp",
        metavar="CODE",
        help=translate(
            "Cli",
            "the code of your authenticator app (or a recovery code); else PEPS_OTP or a prompt",
        ),
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


def given_code(args: argparse.Namespace) -> str | None:
    """The code given with --otp or PEPS_OTP, if any."""
    return getattr(args, "otp", None) or os.environ.get(CODE_VARIABLE) or None


def ask_code(label: str) -> str:
    """A code typed in the terminal (shown: it is good for 30 seconds only)."""
    if not sys.stdin.isatty():
        raise UserError(
            translate(
                "Cli",
                "No code given: pass --otp CODE, set {variable}, or run the command in a terminal.",
            ).format(variable=CODE_VARIABLE)
        )
    return input(label).strip()


def new_password(label: str | None = None) -> str:
    """A password being chosen: from PEPS_PASSWORD, or typed twice."""
    given = os.environ.get(PASSWORD_VARIABLE)
    if given:
        return given
    first = prompt(label or translate("Cli", "Password of the first administrator: "))
    if prompt(translate("Cli", "Password again: ")) != first:
        raise UserError(translate("Cli", "The two passwords differ."))
    return first


def signed_in(args: argparse.Namespace, store: Store, sensitive: bool = False) -> Actor:
    """Sign in as --as: the password, then this computer's trust or a code.

    A sensitive command needs a code anyway: it is checked at sign-in (standing for this
    computer's code too) and spent by the command's action.
    """
    from peps_desktop.core.accounts.second_factor import (
        EnrolmentRequired,
        SecondFactorRequired,
    )
    from peps_desktop.core.accounts.second_factor_sign_in import SecondFactor
    from peps_desktop.core.accounts.sign_in import sign_in
    from peps_desktop.core.shared import credentials
    from peps_desktop.core.shared.clock import SystemClock

    login = args.as_login.strip().lower()
    store_key = location(args).key
    password = os.environ.get(PASSWORD_VARIABLE) or credentials.recall(store_key, login)
    if password is None:
        password = prompt(translate("Cli", "Password of {login}: ").format(login=login))
    code = given_code(args)
    if sensitive and code is None:
        code = ask_code(translate("Cli", "Code of your authenticator app: "))
    factor = SecondFactor(
        code=code,
        device_token=credentials.recall_device(store_key, login),
        spend=not sensitive,
        code_only_if_needed=not sensitive,
        remember_device=credentials.keyring_available(),
    )
    clock = SystemClock()
    try:
        user = sign_in(store, clock, login, password, factor)
    except EnrolmentRequired as required:
        # A new app: a code given beforehand cannot be one of its codes.
        print_enrolment(required.enrolment, sys.stderr)
        factor.code = ask_code(translate("Cli", "First code shown by the app: "))
        user = sign_in(store, clock, login, password, factor)
    except SecondFactorRequired:
        factor.code = code or ask_code(translate("Cli", "Code of your authenticator app: "))
        user = sign_in(store, clock, login, password, factor)
    keep_device(store_key, login, factor)
    return Actor(user, password, code)


def keep_device(store_key: str, login: str, factor: SecondFactor) -> None:
    """After a sign-in: this computer's new token to the keyring, and what is left of the
    recovery codes when one was used."""
    from peps_desktop.core.shared import credentials

    if factor.new_device_token is not None:
        credentials.remember_device(store_key, login, factor.new_device_token)
    if factor.recovery_codes_left is not None:
        print(recovery_codes_left_line(factor.recovery_codes_left), file=sys.stderr)


def recovery_codes_left_line(count: int) -> str:
    return translate(
        "Cli", "Recovery code used: {count} left. Change your authenticator if you lost it."
    ).format(count=count)


def print_enrolment(enrolment: Enrolment, out: TextIO) -> None:
    """The new authenticator, for the person to add to their app and keep the codes."""
    from peps_desktop.core.shared.totp import grouped

    lines = [
        translate(
            "Cli",
            "Add this account to your authenticator app (Microsoft Authenticator, FreeOTP, "
            "Google Authenticator…) from this address:",
        ),
        f"  {enrolment.otpauth_uri}",
        translate("Cli", "or type the key by hand: {secret}").format(
            secret=grouped(enrolment.secret)
        ),
        translate(
            "Cli",
            "Recovery codes, each good once if you lose your phone; write them down now, "
            "they are not shown again:",
        ),
        *(f"  {code}" for code in enrolment.recovery_codes),
    ]
    print("\n".join(lines), file=out)
