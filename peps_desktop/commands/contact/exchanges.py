"""`peps-desktop exchanges list`: Mes échanges from the command line.

Other modules add their actions to the same group (`exchanges answer`, `exchanges send`…):
`exchanges_subcommands(subcommands)` gives the group's subparsers, creating the group the
first time, whatever the registration order.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from peps_desktop.commands.common import add_person, open_store_for, signed_in
from peps_desktop.core.contact.echanges import STATUSES
from peps_desktop.core.contact.history import EchangeRow, list_echanges
from peps_desktop.i18n import translate

GROUP = "exchanges"
DATE_FORMAT = "%Y-%m-%d %H:%M"


def exchanges_subcommands(
    subcommands: argparse._SubParsersAction[Any],
) -> argparse._SubParsersAction[Any]:
    """The `exchanges` group's subparsers, to add an action to: `.add_parser("send", …)`."""
    group = subcommands.choices.get(GROUP)
    if group is None:
        group = subcommands.add_parser(
            GROUP, help=translate("Cli", "the structure's requests to the funds (Mes échanges)")
        )
        return group.add_subparsers(dest="exchanges_command", metavar="ACTION", required=True)
    return next(
        action for action in group._actions if isinstance(action, argparse._SubParsersAction)
    )


def register(subcommands: argparse._SubParsersAction[Any]) -> None:
    actions = exchanges_subcommands(subcommands)
    listing = actions.add_parser(
        "list",
        help=translate(
            "Cli", "list your structure's échanges, the latest first (drafts: yours only)"
        ),
    )
    add_person(listing)
    listing.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help=translate("Cli", "only those whose reference, theme, motif or sous-motif has TEXT"),
    )
    listing.add_argument(
        "--status",
        choices=STATUSES,
        metavar="STATUS",
        help=translate("Cli", "only those in STATUS: {statuses}").format(
            statuses=", ".join(STATUSES)
        ),
    )
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    listing.set_defaults(handler=_list)


def _list(args: argparse.Namespace) -> int:
    store = open_store_for(args)
    user = signed_in(args, store).user
    found = list_echanges(store, user, search=args.search, status=args.status)
    if args.json:
        print(json.dumps([_as_dict(row) for row in found], ensure_ascii=False))
    else:
        for line in _aligned(found):
            print(line)
    return 0


def _as_dict(row: EchangeRow) -> dict[str, Any]:
    return {
        "reference": row.reference,
        "date": row.created_at.isoformat(),
        "theme": row.theme,
        "motif": row.motif,
        "sous_motif": row.sous_motif,
        "auteur": row.author,
        "statut": row.status,
        "erreur_envoi": row.send_error,
    }


def _aligned(rows: list[EchangeRow]) -> list[str]:
    """Reference, date, status and author in columns, then the request and any send error."""
    columns = [
        (row.reference, row.created_at.strftime(DATE_FORMAT), row.status, row.author or "—")
        for row in rows
    ]
    widths = [max((len(cells[index]) for cells in columns), default=0) for index in range(4)]
    lines = []
    for row, cells in zip(rows, columns, strict=True):
        aligned = "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True))
        line = f"{aligned}  {row.theme} / {row.motif} / {row.sous_motif}"
        if row.send_error:
            line += "  " + translate("Cli", "[not sent: {error}]").format(error=row.send_error)
        lines.append(line)
    return lines
