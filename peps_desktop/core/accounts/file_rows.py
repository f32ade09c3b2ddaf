"""The account list's columns and cells: what one line of an imported file means.

Shared by the import, the export and the command line (`--droits` uses the same syntax as the
file's `droits` column: `CNRACL:modification|RAFP:lecture`, services not named: `aucun`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from peps_desktop.core.accounts.contact_details import checked_telephone
from peps_desktop.core.accounts.rules import PROFILES, Identity, identity_problems
from peps_desktop.core.shared.input_rules import not_text, printable, shown
from peps_desktop.core.shared.services import RIGHT_AUCUN, RIGHT_LEVELS, SERVICE_CODES
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate

COLUMNS = (
    "login",
    "nom",
    "prenom",
    "email",
    "telephone",
    "profil",
    "expiration",
    "derniere_connexion",
    "droits",
)
RIGHTS_SEPARATOR = "|"
LEVEL_SEPARATOR = ":"
DATE_FORMAT = "%d/%m/%Y"
DATETIME_FORMAT = "%d/%m/%Y %H:%M"

# ASCII digits only: `\d` would take Arabic-Indic or full-width digits too.
_FRENCH_DATE = re.compile(r"^([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})\Z")
_ISO_DATE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})\Z")
# Columns whose cell must be text: a number there (a spreadsheet's guess) is a field error.
TEXT_COLUMNS = ("login", "nom", "prenom", "email", "profil", "droits")

# A cell as read from a file: text, a date when a spreadsheet stored one, or a number.
Cell = str | dt.date | int | float


@dataclass(frozen=True)
class AccountLine:
    """One valid line of an account list; `expires_on` None leaves the expiry as it is."""

    line: int
    login: str
    nom: str
    prenom: str
    email: str
    telephone: str | None
    profile: str
    expires_on: dt.date | None
    rights: Mapping[str, str]


def _service_order(code: str) -> tuple[int, str]:
    return (SERVICE_CODES.index(code) if code in SERVICE_CODES else len(SERVICE_CODES), code)


def format_rights(rights: Mapping[str, str]) -> str:
    """`CNRACL:modification|RAFP:lecture`: the services with a right, in the usual order."""
    named = sorted(
        (code for code, level in rights.items() if level != RIGHT_AUCUN), key=_service_order
    )
    return RIGHTS_SEPARATOR.join(f"{code}{LEVEL_SEPARATOR}{rights[code]}" for code in named)


def parse_rights(spec: str, services: Collection[str] | None = None) -> dict[str, str]:
    """Rights by service code from `CNRACL:modification|RAFP:lecture`; empty means none.

    With `services`, unknown service codes are refused here; otherwise the editor refuses
    them when the rights are applied.
    """
    rights: dict[str, str] = {}
    for item in spec.split(RIGHTS_SEPARATOR):
        if not item.strip():
            continue
        code, separator, level = (part.strip() for part in item.partition(LEVEL_SEPARATOR))
        code, level = code.upper(), level.lower()
        if not separator or not code or not level:
            raise UserError(
                translate(
                    "AccountFile",
                    "“{item}” is not a right: write SERVICE:level, e.g. CNRACL:lecture.",
                ).format(item=printable(item.strip()))
            )
        if services is not None and code not in services:
            raise UserError(
                translate("AccountFile", "Unknown service “{code}”.").format(code=printable(code))
            )
        if level not in RIGHT_LEVELS:
            raise UserError(
                translate(
                    "AccountFile",
                    "Unknown right “{level}” for {code}: aucun, lecture or modification.",
                ).format(level=printable(level), code=code)
            )
        if code in rights:
            raise UserError(
                translate("AccountFile", "The service {code} is named twice.").format(code=code)
            )
        rights[code] = level
    return rights


def parse_date(cell: Cell) -> dt.date:
    """A date written JJ/MM/AAAA or AAAA-MM-JJ, or a spreadsheet's date cell."""
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if not isinstance(cell, str):
        raise UserError(
            translate(
                "AccountFile", "{value} is not a date: write JJ/MM/AAAA or AAAA-MM-JJ."
            ).format(value=shown(cell))
        )
    text = cell.strip()
    french, iso = _FRENCH_DATE.match(text), _ISO_DATE.match(text)
    try:
        if french:
            return dt.date(int(french[3]), int(french[2]), int(french[1]))
        if iso:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
    except ValueError:
        pass
    raise UserError(
        translate("AccountFile", "“{text}” is not a date: write JJ/MM/AAAA or AAAA-MM-JJ.").format(
            text=printable(text)
        )
    )


def text_of(cell: Cell) -> str:
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if isinstance(cell, str):
        return cell.strip()
    return str(cell)


def _kind_problems(cells: Mapping[str, Cell]) -> list[str]:
    """A number, true/false or a date where text is expected; a telephone may be a number
    (a spreadsheet's guess at digits), but a whole one."""
    problems = [
        not_text(name, cells[name]) for name in TEXT_COLUMNS if not isinstance(cells[name], str)
    ]
    telephone = cells["telephone"]
    if isinstance(telephone, dt.date | bool | float):
        problems.append(not_text("telephone", telephone))
    return problems


def header_problem(header: Sequence[str]) -> str | None:
    """Why a header row is not the account list's, or None when it is (in any order)."""
    names = [name.strip().lower() for name in header]
    missing = [name for name in COLUMNS if name not in names]
    unknown = [name for name in names if name and name not in COLUMNS]
    doubled = sorted({name for name in names if name and names.count(name) > 1})
    if not missing and not unknown and not doubled:
        return None
    if len(names) == 1 and "," in names[0]:
        return translate(
            "AccountFile", "The columns must be separated by semicolons (;), not commas."
        )
    details = []
    if missing:
        details.append(
            translate("AccountFile", "missing: {names}").format(names=", ".join(missing))
        )
    if unknown:
        details.append(
            translate("AccountFile", "unknown: {names}").format(names=", ".join(unknown))
        )
    if doubled:
        details.append(
            translate("AccountFile", "named twice: {names}").format(names=", ".join(doubled))
        )
    return translate(
        "AccountFile", "Wrong columns ({details}); the columns are: {columns}."
    ).format(details="; ".join(details), columns=";".join(COLUMNS))


def parse_line(
    line: int, cells: Mapping[str, Cell], services: Collection[str]
) -> tuple[AccountLine | None, list[str]]:
    """The line's meaning, or None and every reason it cannot be read."""
    reasons = _kind_problems(cells)
    if reasons:
        return None, reasons
    login = text_of(cells["login"]).lower()
    nom, prenom = text_of(cells["nom"]), text_of(cells["prenom"])
    email = text_of(cells["email"])
    telephone = text_of(cells["telephone"]) or None
    reasons += identity_problems(Identity(login, nom, prenom, email, telephone))
    try:
        telephone = checked_telephone(telephone, required=False)
    except UserError as error:
        reasons.append(str(error))
    profile = text_of(cells["profil"]).lower()
    if profile not in PROFILES:
        reasons.append(
            translate(
                "AccountFile", "Unknown profile “{profile}”: utilisateur or administrateur."
            ).format(profile=printable(profile))
        )
    expires_on: dt.date | None = None
    if text_of(cells["expiration"]):
        try:
            expires_on = parse_date(cells["expiration"])
        except UserError as error:
            reasons.append(str(error))
    rights: dict[str, str] = {}
    try:
        rights = parse_rights(text_of(cells["droits"]), services)
    except UserError as error:
        reasons.append(str(error))
    if reasons:
        return None, reasons
    return (
        AccountLine(line, login, nom, prenom, email, telephone, profile, expires_on, rights),
        [],
    )
