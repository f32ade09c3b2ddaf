"""`peps-desktop courriers list|read|archive|assign`: the inbox from the command line.

Rights are those of core.inbox: a command sees and changes only what its person could in the
application.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from peps_desktop.commands.common import add_person, open_store_for, signed_in
from peps_desktop.commands.courriers.group import courrier_subcommands
from peps_desktop.core.courriers import inbox
from peps_desktop.core.courriers.inbox import CourrierRow, InboxQuery
from peps_desktop.core.shared.clock import SystemClock
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate

DEFAULT_LIMIT = 50
UNREAD_MARK = "*"


def register(subcommands: argparse._SubParsersAction[Any]) -> None:
    actions = courrier_subcommands(subcommands)
    _add_list(actions)
    _add_ids_action(
        actions,
        "read",
        translate("Cli", "mark the courriers ID… read for you"),
        _read,
    )
    _add_ids_action(
        actions,
        "archive",
        translate("Cli", "archive the courriers ID… (modification right needed)"),
        _archive,
    )
    assigning = _add_ids_action(
        actions,
        "assign",
        translate(
            "Cli",
            "assign the courriers ID… to a colleague, or to nobody (modification right needed)",
        ),
        _assign,
    )
    whom = assigning.add_mutually_exclusive_group(required=True)
    whom.add_argument(
        "--to",
        dest="assignee",
        metavar="LOGIN",
        help=translate("Cli", "the colleague, with rights on the service of each courrier"),
    )
    whom.add_argument(
        "--nobody", action="store_true", help=translate("Cli", "take the assignment away")
    )


def _add_list(actions: argparse._SubParsersAction[Any]) -> None:
    listing = actions.add_parser(
        "list",
        help=translate("Cli", "list the courriers you may read, newest first"),
    )
    add_person(listing)
    listing.add_argument(
        "--search", default="", metavar="TEXT", help=translate("Cli", "only those matching TEXT")
    )
    listing.add_argument(
        "--unread", action="store_true", help=translate("Cli", "only those you have not read")
    )
    listing.add_argument(
        "--archived", action="store_true", help=translate("Cli", "the Archives tab instead")
    )
    listing.add_argument(
        "--service",
        action="append",
        default=[],
        metavar="CODE",
        help=translate("Cli", "only this service's (repeatable)"),
    )
    listing.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=translate("Cli", "at most N courriers (default 50)"),
    )
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    listing.set_defaults(handler=_list)


def _add_ids_action(
    actions: argparse._SubParsersAction[Any],
    name: str,
    help_text: str,
    handler: Callable[[argparse.Namespace], int],
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = actions.add_parser(name, help=help_text)
    parser.add_argument("ids", type=int, nargs="+", metavar="ID")
    add_person(parser)
    parser.set_defaults(handler=handler)
    return parser


def _list(args: argparse.Namespace) -> int:
    if args.limit < 0:
        raise UserError(translate("Cli", "--limit cannot be negative."))
    store = open_store_for(args)
    user = signed_in(args, store).user
    query = InboxQuery(
        tab="archives" if args.archived else "courriers",
        services=tuple(code.strip().upper() for code in args.service),
        read_state="unread" if args.unread else None,
        search=args.search,
    )
    found = inbox.rows(store, user, inbox.page_ids(store, user, query, 0, args.limit))
    if args.json:
        print(json.dumps([_as_dict(row) for row in found], ensure_ascii=False))
    else:
        for row in found:
            print(_as_line(row))
    return 0


def _as_dict(row: CourrierRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "service": row.service,
        "type": row.type,
        "objet": row.objet,
        "reference": row.reference,
        "recu_le": row.recu_le.isoformat(),
        "lu": row.read,
        "archive": row.archived,
        "assigne_a": row.assigned_to,
        "action_requise": row.action_requise,
    }


def _as_line(row: CourrierRow) -> str:
    mark = " " if row.read else UNREAD_MARK
    fields = (str(row.id), row.recu_le.isoformat(), row.service, row.type, row.reference, row.objet)
    return f"{mark} " + "  ".join(fields)


def _read(args: argparse.Namespace) -> int:
    store = open_store_for(args)
    user = signed_in(args, store).user
    inbox.mark_read(store, SystemClock(), user, args.ids)
    print(translate("Cli", "Courriers marked read: {count}").format(count=len(set(args.ids))))
    return 0


def _archive(args: argparse.Namespace) -> int:
    store = open_store_for(args)
    user = signed_in(args, store).user
    inbox.archive(store, SystemClock(), user, args.ids)
    print(translate("Cli", "Courriers archived: {count}").format(count=len(set(args.ids))))
    return 0


def _assign(args: argparse.Namespace) -> int:
    store = open_store_for(args)
    user = signed_in(args, store).user
    assignee = None if args.nobody else args.assignee.strip().lower()
    inbox.assign(store, SystemClock(), user, args.ids, assignee)
    count = len(set(args.ids))
    if assignee is None:
        print(translate("Cli", "Courriers unassigned: {count}").format(count=count))
    else:
        print(
            translate("Cli", "Courriers assigned to {login}: {count}").format(
                login=assignee, count=count
            )
        )
    return 0
