"""`peps-desktop nir check VALUE…`: is this a valid NIR? No store is needed or opened."""

from __future__ import annotations

import argparse
from typing import Any

from peps_desktop.core.contact.nir import check_nir
from peps_desktop.i18n import translate


def register(subcommands: argparse._SubParsersAction[Any]) -> None:
    group = subcommands.add_parser(
        "nir", help=translate("Cli", "check a NIR (French social security number)")
    )
    actions = group.add_subparsers(dest="nir_command", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        help=translate(
            "Cli", "print the compact form of a valid NIR; otherwise say what is wrong, exit 1"
        ),
    )
    # Several words are joined: a NIR typed unquoted with its spaces is still one NIR, and
    # argparse does not echo its parts back as unrecognised arguments.
    check.add_argument(
        "value",
        nargs="+",
        metavar="VALUE",
        help=translate("Cli", "the NIR; spaces and dots are allowed"),
    )
    check.set_defaults(handler=_check)


def _check(args: argparse.Namespace) -> int:
    print(check_nir(" ".join(args.value)))
    return 0
