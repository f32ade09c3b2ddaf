"""`peps-desktop contact …`: writing to the funds (Nous contacter) from the command line.

Other modules add their actions to the same group: `contact_subcommands(subcommands)` gives
the group's subparsers, creating the group the first time, whatever the registration order.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from peps_desktop.core.contact.catalogue import Catalogue, SousMotif, catalogue_as_dict
from peps_desktop.core.contact.catalogue_file import load_catalogue
from peps_desktop.i18n import translate

GROUP = "contact"
REQUIRED_MARK = "*"


def contact_subcommands(
    subcommands: argparse._SubParsersAction[Any],
) -> argparse._SubParsersAction[Any]:
    """The `contact` group's subparsers, to add an action to: `.add_parser("submit", …)`."""
    group = subcommands.choices.get(GROUP)
    if group is None:
        group = subcommands.add_parser(
            GROUP, help=translate("Cli", "requests to the funds (Nous contacter)")
        )
        return group.add_subparsers(dest="contact_command", metavar="ACTION", required=True)
    return next(
        action for action in group._actions if isinstance(action, argparse._SubParsersAction)
    )


def register(subcommands: argparse._SubParsersAction[Any]) -> None:
    actions = contact_subcommands(subcommands)
    listing = actions.add_parser(
        "catalogue",
        help=translate(
            "Cli", "print the themes, motifs and sous-motifs, with the fields each one asks for"
        ),
        description=translate(
            "Cli",
            "Print the contact catalogue: each theme with its fonds, its motifs and their "
            "sous-motifs, with the fields each sous-motif asks for (* marks a required field). "
            "With --file, check a catalogue being edited and print it, or say what is wrong "
            "and where.",
        ),
    )
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    listing.add_argument(
        "--file",
        type=Path,
        metavar="FILE",
        help=translate("Cli", "the catalogue in FILE instead of the one shipped"),
    )
    listing.set_defaults(handler=_catalogue)


def _catalogue(args: argparse.Namespace) -> int:
    catalogue = load_catalogue(args.file)
    if args.json:
        print(json.dumps(catalogue_as_dict(catalogue), ensure_ascii=False, indent=2))
    else:
        _print_tree(catalogue)
    return 0


def _print_tree(catalogue: Catalogue) -> None:
    for theme in catalogue.themes:
        print(f"{theme.titre} ({theme.code}) — {', '.join(theme.fonds)}")
        for motif in theme.motifs:
            print(f"  {motif.libelle} ({motif.code})")
            for sous_motif in motif.sous_motifs:
                line = f"    - {sous_motif.libelle} ({sous_motif.code})"
                print(f"{line} {_fields(sous_motif)}" if sous_motif.champs else line)
    print(translate("Cli", "{mark} required field").format(mark=REQUIRED_MARK))


def _fields(sous_motif: SousMotif) -> str:
    """`[agents*, montant*, date_paiement]`: the fields' keys, the required ones marked."""
    return "[{}]".format(
        ", ".join(
            champ.cle + (REQUIRED_MARK if champ.obligatoire else "") for champ in sous_motif.champs
        )
    )
