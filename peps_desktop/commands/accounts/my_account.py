"""`peps-desktop account …`: Mon compte for everyone (`--as LOGIN`), and the structure's
conditions of use (`peps-desktop cgu …`)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from peps_desktop.commands.common import (
    Actor,
    add_person,
    ask_code,
    location,
    open_store_for,
    print_enrolment,
    prompt,
    signed_in,
)
from peps_desktop.core.accounts.cgu import accept_cgu, cgu_state
from peps_desktop.core.accounts.devices import DeviceRow, revoke_device
from peps_desktop.core.accounts.enrolment import (
    finish_authenticator_change,
    start_authenticator_change,
)
from peps_desktop.core.accounts.my_account import (
    MyAccount,
    change_contact_details,
    change_password,
    my_account,
)
from peps_desktop.core.shared import credentials
from peps_desktop.core.shared.clock import SystemClock
from peps_desktop.core.shared.phone_numbers import display_telephone
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store

NEW_PASSWORD_VARIABLE = "PEPS_NEW_PASSWORD"
DATE_TIME = "%d/%m/%Y %H:%M"


def _signed_in(args: argparse.Namespace, sensitive: bool = False) -> tuple[Store, Actor]:
    store = open_store_for(args)
    return store, signed_in(args, store, sensitive=sensitive)


def _device_json(device: DeviceRow) -> dict[str, Any]:
    return {
        "id": device.id,
        "appareil": device.label,
        "ajoute": device.created_at.isoformat(),
        "derniere_utilisation": device.last_used_at.isoformat(),
        "approuve_jusqu_au": device.trusted_until.isoformat(),
    }


def _account_json(mine: MyAccount) -> dict[str, Any]:
    return {
        "login": mine.login,
        "nom": mine.nom,
        "prenom": mine.prenom,
        "email": mine.email,
        "telephone": mine.telephone,
        "coordonnees_a_completer": list(mine.contact_problems),
        "profil": mine.profile,
        "droits": dict(mine.rights),
        "expiration": mine.expires_on.isoformat(),
        "dernieres_connexions": [at.isoformat() for at in mine.last_sign_ins],
        "appareils": [_device_json(device) for device in mine.devices],
        "codes_de_secours_restants": mine.recovery_codes_left,
    }


def _show(args: argparse.Namespace) -> int:
    store, actor = _signed_in(args)
    mine = my_account(store, SystemClock(), actor.user)
    if args.json:
        print(json.dumps(_account_json(mine), ensure_ascii=False))
        return 0
    missing = translate("Cli", "missing: complete it with `account contact`")
    lines = [
        f"{mine.prenom} {mine.nom} ({mine.login}), {mine.profile}",
        translate("Cli", "E-mail: {email}").format(email=mine.email or missing),
        translate("Cli", "Telephone: {telephone}").format(
            telephone=display_telephone(mine.telephone) or missing
        ),
        translate("Cli", "Expires on: {date}").format(date=mine.expires_on.strftime("%d/%m/%Y")),
        translate("Cli", "Rights: {rights}").format(
            rights=", ".join(f"{code} {level}" for code, level in sorted(mine.rights.items()))
        ),
        translate("Cli", "Last sign-ins: {dates}").format(
            dates=", ".join(at.strftime(DATE_TIME) for at in mine.last_sign_ins) or "—"
        ),
        translate("Cli", "Recovery codes left: {count}").format(count=mine.recovery_codes_left),
    ]
    print("\n".join(lines))
    _print_devices(mine.devices)
    return 0


def _print_devices(devices: tuple[DeviceRow, ...] | list[DeviceRow]) -> None:
    if not devices:
        print(translate("Cli", "No trusted device."))
    for device in devices:
        print(
            translate(
                "Cli", "Device {id}: {label}, last used {used}, trusted until {until}"
            ).format(
                id=device.id,
                label=device.label,
                used=device.last_used_at.strftime(DATE_TIME),
                until=device.trusted_until.strftime(DATE_TIME),
            )
        )


def _devices(args: argparse.Namespace) -> int:
    store, actor = _signed_in(args)
    devices = my_account(store, SystemClock(), actor.user).devices
    if args.json:
        print(json.dumps([_device_json(device) for device in devices], ensure_ascii=False))
    else:
        _print_devices(devices)
    return 0


def _revoke_device(args: argparse.Namespace) -> int:
    store, actor = _signed_in(args)
    label = revoke_device(store, SystemClock(), actor.user, args.device)
    print(
        translate(
            "Cli", "Device {id} ({label}) revoked: a code is asked there at the next sign-in."
        ).format(id=args.device, label=label)
    )
    return 0


def _password(args: argparse.Namespace) -> int:
    store, actor = _signed_in(args, sensitive=True)
    new = os.environ.get(NEW_PASSWORD_VARIABLE)
    if not new:
        new = prompt(translate("Cli", "New password: "))
        if prompt(translate("Cli", "New password again: ")) != new:
            raise UserError(translate("Cli", "The two passwords differ."))
    change_password(store, SystemClock(), actor.user, actor.password, actor.code, new)
    key = location(args).key
    if credentials.recall(key, actor.user.login) is not None:
        credentials.remember(key, actor.user.login, new)
    print(translate("Cli", "Your password is changed."))
    return 0


def _contact(args: argparse.Namespace) -> int:
    store, actor = _signed_in(args, sensitive=True)
    mine = my_account(store, SystemClock(), actor.user)
    change_contact_details(
        store,
        SystemClock(),
        actor.user,
        actor.code,
        args.email if args.email is not None else mine.email,
        args.telephone if args.telephone is not None else (mine.telephone or ""),
    )
    print(translate("Cli", "Your contact details are saved."))
    return 0


def _authenticator(args: argparse.Namespace) -> int:
    store, actor = _signed_in(args, sensitive=True)
    clock = SystemClock()
    enrolment = start_authenticator_change(store, clock, actor.user, actor.code)
    print_enrolment(enrolment, sys.stdout)
    first = ask_code(translate("Cli", "First code shown by the new app: "))
    finish_authenticator_change(store, clock, actor.user, first)
    print(translate("Cli", "Your new authenticator is set up; the previous one no longer works."))
    return 0


def _cgu_show(args: argparse.Namespace) -> int:
    store, actor = _signed_in(args)
    state = cgu_state(store, actor.user)
    print(f"{state.current.title} — {state.current.version}\n")
    print(state.current.text)
    print()
    if state.accepted and state.accepted_at is not None:
        print(
            translate("Cli", "Accepted for the structure by {name} on {date}.").format(
                name=state.accepted_by, date=state.accepted_at.strftime(DATE_TIME)
            )
        )
    else:
        print(
            translate(
                "Cli",
                "Not accepted yet for the structure: an administrator accepts them with "
                "`peps-desktop cgu accept --version {version} --as LOGIN`.",
            ).format(version=state.current.version)
        )
    return 0


def _cgu_accept(args: argparse.Namespace) -> int:
    store, actor = _signed_in(args)
    accept_cgu(store, SystemClock(), actor.user, args.version)
    print(
        translate("Cli", "Conditions of use {version} accepted for the structure.").format(
            version=args.version
        )
    )
    return 0


def register(subcommands: argparse._SubParsersAction[Any]) -> None:
    account = subcommands.add_parser(
        "account", help=translate("Cli", "my account (Mon compte), for everyone")
    )
    actions = account.add_subparsers(dest="account_command", metavar="ACTION", required=True)

    def action(name: str, help_text: str, handler: Any) -> argparse.ArgumentParser:
        parser = actions.add_parser(name, help=help_text)
        add_person(parser)
        parser.set_defaults(handler=handler)
        return parser

    show = action("show", translate("Cli", "my identity, rights, sign-ins and devices"), _show)
    show.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    devices = action("devices", translate("Cli", "the computers trusted for 7 days"), _devices)
    devices.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    revoke = action(
        "revoke-device",
        translate("Cli", "forget a trusted device: the code is asked there again"),
        _revoke_device,
    )
    revoke.add_argument("device", type=int, metavar="ID")
    action(
        "password",
        translate(
            "Cli", "change my password (current one and a code; new one from PEPS_NEW_PASSWORD)"
        ),
        _password,
    )
    contact = action(
        "contact", translate("Cli", "change my e-mail or telephone (with a code)"), _contact
    )
    contact.add_argument("--email", metavar="EMAIL")
    contact.add_argument("--telephone", metavar="T")
    action(
        "authenticator",
        translate("Cli", "set up a new authenticator app (with a code of the current one)"),
        _authenticator,
    )

    cgu = subcommands.add_parser(
        "cgu", help=translate("Cli", "the conditions of use (CGU) of the structure")
    )
    cgu_actions = cgu.add_subparsers(dest="cgu_command", metavar="ACTION", required=True)
    show_cgu = cgu_actions.add_parser(
        "show", help=translate("Cli", "the current conditions and who accepted them")
    )
    add_person(show_cgu)
    show_cgu.set_defaults(handler=_cgu_show)
    accept = cgu_actions.add_parser(
        "accept", help=translate("Cli", "accept them for the structure (administrators)")
    )
    accept.add_argument("--version", required=True, metavar="VERSION")
    add_person(accept)
    accept.set_defaults(handler=_cgu_accept)
