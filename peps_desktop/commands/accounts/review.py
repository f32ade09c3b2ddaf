"""`peps-desktop review …`: the account review (revue des comptes) from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from peps_desktop.commands.common import add_person, open_store_for, signed_in
from peps_desktop.core.accounts.review_report import review_report
from peps_desktop.core.shared.clock import SystemClock
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.reports.review import CSV_SUFFIX, PDF_SUFFIX, write_report


def register(subcommands: argparse._SubParsersAction[Any]) -> None:
    review = subcommands.add_parser(
        "review", help=translate("Cli", "the account review (revue des comptes)")
    )
    actions = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help=translate(
            "Cli",
            "write the report of the open review, or else of the last closed one, to FILE: "
            "PDF or CSV by its extension",
        ),
    )
    export.add_argument("file", type=Path, metavar="FILE")
    add_person(export)
    export.set_defaults(handler=_export)


def _export(args: argparse.Namespace) -> int:
    path: Path = args.file
    if path.suffix.lower() not in (PDF_SUFFIX, CSV_SUFFIX):
        # Refused before signing in: a typo costs no sign-in attempt.
        raise UserError(
            translate(
                "ReviewReport", "Unknown report format “{suffix}”: name the file .pdf or .csv."
            ).format(suffix=path.suffix or path.name)
        )
    store = open_store_for(args)
    actor = signed_in(args, store)
    report = review_report(store, SystemClock(), actor.user)
    write_report(report, path)
    print(
        translate("Cli", "Review report written to {file} ({count} accounts).").format(
            file=path, count=len(report.rows)
        )
    )
    return 0
