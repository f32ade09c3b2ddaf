"""`peps-desktop contact submit FILE.json --as LOGIN [--json]`: a contact request from a file.

The file is read into the same `Submission` the form builds, and checked by the same rules:
an invalid request prints each field's error and stores nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from decimal import Decimal
from pathlib import Path
from typing import Any

from peps_desktop.commands.common import add_person, open_store_for, signed_in
from peps_desktop.commands.contact.catalogue import contact_subcommands
from peps_desktop.core.contact.catalogue_file import load_catalogue
from peps_desktop.core.contact.echanges import STATUS_A_ENVOYER, submit
from peps_desktop.core.contact.form import (
    Agent,
    ContactInvalid,
    FieldValue,
    Submission,
    WrittenAsNumber,
)
from peps_desktop.core.shared.clock import SystemClock
from peps_desktop.core.shared.input_rules import printable
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate

REQUIRED_KEYS = ("theme", "motif", "sous_motif", "message")
FIELDS_KEY = "champs"
AGENT_KEYS = ("nir", "nom", "prenom")
HELP_WIDTH = 78
# Shown as is in the help: the format is data, not prose to translate.
EXAMPLE = """\
{
  "theme": "remboursement",
  "motif": "cotisations_a_tort",
  "sous_motif": "demande",
  "message": "Nous demandons le remboursement des cotisations versées à tort.",
  "champs": {
    "montant": "1234,56",
    "date": "2026-10-15",
    "attestation": true,
    "pieces_jointes": ["bulletin.pdf"],
    "agents": [{"nir": "...", "nom": "Durand", "prenom": "Marie"}]
  }
}"""


def register(subcommands: argparse._SubParsersAction[Any]) -> None:
    actions = contact_subcommands(subcommands)
    parser = actions.add_parser(
        "submit",
        help=translate("Cli", "check a request written in a JSON file and keep it to be sent"),
        # Raw help keeps the example's layout: the prose is wrapped here instead.
        description=textwrap.fill(
            translate(
                "Cli",
                "Check the request in FILE by the rules of the form and keep it to be "
                "sent; print its reference. FILE is a JSON object: theme, motif and "
                "sous_motif are codes from `contact catalogue`; champs holds the "
                "sous-motif's fields by key: text or numbers, true for an attestation, a "
                "list of file paths (relative to FILE's folder) for attachments, a list of "
                "{nir, nom, prenom} for agents. An invalid request prints one line per field "
                "error, stores nothing and exits 1.",
            ),
            width=HELP_WIDTH,
        ),
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "file", type=Path, metavar="FILE", help=translate("Cli", "the request, as JSON")
    )
    add_person(parser)
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    parser.set_defaults(handler=_submit)


def _submit(args: argparse.Namespace) -> int:
    submission = read_submission(args.file)
    store = open_store_for(args)
    user = signed_in(args, store).user
    try:
        reference = submit(store, SystemClock(), user, load_catalogue(), submission)
    except ContactInvalid as invalid:
        # One line per field, never a value typed (a NIR): the form's messages hold none.
        if args.json:
            print(json.dumps({"erreurs": invalid.errors}, ensure_ascii=False))
        else:
            for key, message in invalid.errors.items():
                print(f"{key}: {message}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"reference": reference, "statut": STATUS_A_ENVOYER}))
    else:
        print(reference)
    return 0


def _malformed(path: Path, problem: str) -> UserError:
    return UserError(
        translate("Cli", "{file} is not a request: {problem}").format(file=path, problem=problem)
    )


def read_submission(path: Path) -> Submission:
    """The request in the JSON file at `path`; UserError says what is wrong with its shape."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(translate("Cli", "{file} cannot be found.").format(file=path)) from None
    except UnicodeDecodeError:
        raise _malformed(path, translate("Cli", "it is not UTF-8 text.")) from None
    except OSError as error:
        raise UserError(
            translate("Cli", "{file} cannot be read: {error}").format(
                file=path, error=error.strerror
            )
        ) from None
    try:
        # Decimals keep a number as written: 1234.50 stays "1234.50".
        document = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as error:
        raise _malformed(
            path,
            translate("Cli", "invalid JSON at line {line}, column {column}.").format(
                line=error.lineno, column=error.colno
            ),
        ) from None
    except RecursionError:
        raise _malformed(path, translate("Cli", "its values are nested too deeply.")) from None
    except ValueError:  # an integer of thousands of digits
        raise _malformed(path, translate("Cli", "it holds a number far too long.")) from None
    return submission_from(document, path.parent, path)


def submission_from(document: object, folder: Path, path: Path) -> Submission:
    """`document` (parsed JSON) as a Submission; attachment paths relative to `folder`."""
    if not isinstance(document, dict):
        raise _malformed(path, translate("Cli", "it must be a JSON object."))
    unknown = sorted(set(document) - {*REQUIRED_KEYS, FIELDS_KEY})
    if unknown:
        raise _malformed(
            path,
            translate("Cli", "unknown keys: {keys}.").format(
                keys=", ".join(printable(key) for key in unknown)
            ),
        )
    texts: dict[str, str] = {}
    for key in REQUIRED_KEYS:
        value = document.get(key)
        if not isinstance(value, str):
            raise _malformed(path, translate("Cli", "“{key}” must be text.").format(key=key))
        texts[key] = value
    champs = document.get(FIELDS_KEY, {})
    if not isinstance(champs, dict):
        raise _malformed(
            path, translate("Cli", "“{key}” must be an object.").format(key=FIELDS_KEY)
        )
    values: dict[str, FieldValue] = {}
    for key, value in champs.items():
        if value is not None:  # null: the field left empty
            values[key] = _field_value(key, value, folder, path)
    return Submission(texts["theme"], texts["motif"], texts["sous_motif"], texts["message"], values)


def _field_value(key: str, value: object, folder: Path, path: Path) -> FieldValue:
    if isinstance(value, bool | str):
        return value
    if isinstance(value, int | Decimal):
        # The form says whether a number is welcome here (an amount) or not (a text field).
        return WrittenAsNumber(value)
    if isinstance(value, list):
        if all(isinstance(item, str) for item in value):
            return tuple(folder / item for item in value)
        if all(isinstance(item, dict) for item in value):
            return tuple(
                _agent(f"{key}[{number}]", item, path) for number, item in enumerate(value)
            )
    raise _malformed(
        path,
        translate(
            "Cli",
            "field “{key}” must be text, a number, true or false, a list of file paths or a "
            "list of agents.",
        ).format(key=printable(key)),
    )


def _agent(place: str, item: dict[str, object], path: Path) -> Agent:
    """An agent row; a key left out is an empty field, for the form's rules to point at."""
    if set(item) - set(AGENT_KEYS) or not all(isinstance(item.get(k, ""), str) for k in AGENT_KEYS):
        raise _malformed(
            path,
            translate("Cli", "“{place}” must have only nir, nom and prenom, as text.").format(
                place=place
            ),
        )
    nir, nom, prenom = (str(item.get(key, "")) for key in AGENT_KEYS)
    return Agent(nir, nom, prenom)
