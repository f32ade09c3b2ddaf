"""`peps-desktop courriers document ID --as LOGIN --output FILE`: a courrier's PDF, under the
same rights as reading it in the application (and marked read, as reading it there does)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from peps_desktop.commands.common import add_person, open_store_for, signed_in
from peps_desktop.commands.courriers.group import courrier_subcommands
from peps_desktop.core.courriers.reading import open_courrier, save_document_copy
from peps_desktop.core.shared.clock import SystemClock
from peps_desktop.i18n import translate


def register(subcommands: argparse._SubParsersAction[Any]) -> None:
    document = courrier_subcommands(subcommands).add_parser(
        "document",
        help=translate("Cli", "write the PDF of the courrier ID to FILE (it is marked read)"),
    )
    document.add_argument("courrier_id", type=int, metavar="ID")
    add_person(document)
    document.add_argument(
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help=translate("Cli", "where to write the PDF; an existing file is replaced"),
    )
    document.set_defaults(handler=_document)


def _document(args: argparse.Namespace) -> int:
    store = open_store_for(args)
    user = signed_in(args, store).user
    opened = open_courrier(store, SystemClock(), user, args.courrier_id)
    save_document_copy(opened, args.output)
    print(translate("Cli", "Document written to {file}.").format(file=args.output))
    return 0
