"""`peps-desktop courriers …`: the structure's courriers from the command line.

Other modules add their actions to the same group: `courrier_subcommands(subcommands)` gives
the group's subparsers, creating the group the first time, whatever the registration order.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from peps_desktop.commands.common import open_store_for
from peps_desktop.commands.progress import ProgressLine
from peps_desktop.core.accounts.setup import structure_named
from peps_desktop.core.courriers.folder_import import (
    DROP_FOLDER_REJECTS,
    PAIRS_STEP,
    CourrierImportReport,
    import_courriers,
)
from peps_desktop.core.shared.clock import SystemClock
from peps_desktop.i18n import translate

GROUP = "courriers"


def courrier_subcommands(
    subcommands: argparse._SubParsersAction[Any],
) -> argparse._SubParsersAction[Any]:
    """The `courriers` group's subparsers, to add an action to: `.add_parser("list", …)`."""
    group = subcommands.choices.get(GROUP)
    if group is None:
        group = subcommands.add_parser(
            GROUP, help=translate("Cli", "the structure's courriers (Vos courriers)")
        )
        return group.add_subparsers(dest="courriers_command", metavar="ACTION", required=True)
    return next(
        action for action in group._actions if isinstance(action, argparse._SubParsersAction)
    )


def register(subcommands: argparse._SubParsersAction[Any]) -> None:
    actions = courrier_subcommands(subcommands)
    importing = actions.add_parser(
        "import",
        help=translate(
            "Cli",
            "import the courriers of DIR: each NAME.pdf with its NAME.json beside it",
        ),
        description=translate(
            "Cli",
            "Import the courriers of DIR into the structure: each NAME.pdf with its NAME.json "
            "beside it. Imported pairs and duplicates are deleted from DIR; rejected pairs go "
            "to DIR/rejetés with a NAME.erreur.txt saying why. No --as: like the drop folder, "
            "this is the structure's intake of its mail, not a person's action; the audit log "
            "records it as such.",
        ),
    )
    importing.add_argument("folder", type=Path, metavar="DIR")
    importing.add_argument(
        "--structure",
        metavar="NAME",
        help=translate("Cli", "the structure the courriers are for, when the store holds several"),
    )
    importing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    importing.set_defaults(handler=_import)


def _import(args: argparse.Namespace) -> int:
    folder: Path = args.folder
    store = open_store_for(args)
    structure_id = None if args.structure is None else structure_named(store, args.structure)
    progress = ProgressLine({PAIRS_STEP: translate("Cli", "Courriers taken")})
    try:
        report = import_courriers(
            store,
            SystemClock(),
            folder,
            reject_dir=folder / DROP_FOLDER_REJECTS,
            structure_id=structure_id,
            progress=progress,
        )
    finally:
        progress.close()
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        _print_report(report)
    return 0


def _print_report(report: CourrierImportReport) -> None:
    print(translate("Cli", "Courriers imported: {count}").format(count=report.imported))
    print(translate("Cli", "Skipped as duplicates: {count}").format(count=report.duplicates))
    print(translate("Cli", "Rejected: {count}").format(count=len(report.rejected)))
    for item in report.rejected:
        print(f"  {item.file}: {item.reason}")
