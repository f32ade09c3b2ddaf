"""`peps-desktop notifications due --as LOGIN [--at AAAA-MM-JJTHH:MM] [--json]`: what the
background service would raise for that person at that time. It only reads: nothing is
recorded, so the same command shows the same thing until the application raises it."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from peps_desktop.commands.common import add_person, open_store_for, signed_in
from peps_desktop.core.notifications.due import Notification, due_notifications
from peps_desktop.core.shared.clock import SystemClock
from peps_desktop.i18n import translate


def notification_json(notification: Notification) -> dict[str, Any]:
    return {
        "kind": notification.kind,
        "title": notification.title,
        "count": notification.count,
        "ids": list(notification.ids),
    }


def _due(args: argparse.Namespace) -> int:
    store = open_store_for(args)
    user = signed_in(args, store).user
    moment = args.at or SystemClock().now()
    found = due_notifications(store, user, moment, drop_folder=args.drop_folder)
    if args.json:
        print(json.dumps([notification_json(item) for item in found], ensure_ascii=False))
        return 0
    if not found:
        print(
            translate("Cli", "Nothing to notify on {date} at {time}.").format(
                date=moment.strftime("%d/%m/%Y"), time=moment.strftime("%H:%M")
            )
        )
    for notification in found:
        print(notification.title)
    return 0


def _moment(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "“{text}” is not a date and time AAAA-MM-JJTHH:MM.").format(text=text)
        ) from None


def register(subcommands: argparse._SubParsersAction[Any]) -> None:
    notifications = subcommands.add_parser(
        "notifications", help=translate("Cli", "what the application notifies a person of")
    )
    actions = notifications.add_subparsers(
        dest="notifications_command", metavar="ACTION", required=True
    )
    due = actions.add_parser(
        "due",
        help=translate(
            "Cli", "what would be notified at a given time, without recording it as notified"
        ),
    )
    add_person(due)
    due.add_argument(
        "--at",
        type=_moment,
        metavar="AAAA-MM-JJTHH:MM",
        help=translate("Cli", "the moment (default: now)"),
    )
    due.add_argument(
        "--drop-folder",
        type=Path,
        metavar="DIR",
        help=translate("Cli", "also tell of the courriers waiting in this drop folder"),
    )
    due.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    due.set_defaults(handler=_due)
