"""`peps-desktop courriers watch --as LOGIN [--seconds N] [--json]`: a line per change of the
courriers LOGIN may see, as it happens on any seat of the store."""

from __future__ import annotations

import argparse
import json
from typing import Any

from peps_desktop.commands.common import add_person, open_store_for, signed_in
from peps_desktop.commands.courriers.group import courrier_subcommands
from peps_desktop.core.courriers.watching import CourrierEvent, watch
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate


def register(subcommands: argparse._SubParsersAction[Any]) -> None:
    watching = courrier_subcommands(subcommands).add_parser(
        "watch",
        help=translate(
            "Cli",
            "print a line per change of the courriers you may see (imported, read, assigned, "
            "archived…), as it happens on any computer",
        ),
    )
    add_person(watching)
    watching.add_argument(
        "--seconds",
        type=float,
        metavar="N",
        help=translate("Cli", "stop after N seconds (default: until interrupted)"),
    )
    watching.add_argument(
        "--json",
        action="store_true",
        help=translate("Cli", "print JSON lines with the keys event, id and at"),
    )
    watching.set_defaults(handler=_watch)


def _watch(args: argparse.Namespace) -> int:
    if args.seconds is not None and args.seconds < 0:
        raise UserError(translate("Cli", "--seconds must be a positive number."))
    store = open_store_for(args)
    user = signed_in(args, store).user
    for event in watch(store, user, args.seconds):
        print(json.dumps(event.as_dict()) if args.json else _line(event), flush=True)
    return 0


def _line(event: CourrierEvent) -> str:
    return f"{event.at.strftime('%Y-%m-%d %H:%M:%S')}  {event.event:<10}  {event.id}"
