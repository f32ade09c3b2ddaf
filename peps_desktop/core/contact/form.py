"""A contact request as typed, checked against its sous-motif before anything is stored.

The form and `contact submit` give the same `Submission` to `validate`: either every field is
right and a `ValidRequest` comes back, or `ContactInvalid` lists each field's error, keyed by
the field (`montant`, `agents[1].nir`, `pieces_jointes[0]`, `message`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from peps_desktop.core.contact.catalogue import Catalogue, Champ, Motif, SousMotif, Theme
from peps_desktop.core.contact.nir import NirError, check_nir
from peps_desktop.core.shared.input_rules import (
    character_name,
    control_character,
    printable,
    shown,
    typable,
)
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate

MESSAGE_KEY = "message"
MAX_MESSAGE = 5000
MAX_TEXT = 200
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAX_ATTACHMENTS_BYTES = 20 * 1024 * 1024
# What an attachment may be, told by its first bytes, not by its name.
MEDIA_TYPES = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)
_ASCII_AMOUNT = re.compile(r"[0-9]+(\.[0-9]+)?")
_NAME = re.compile(r"^[^\W\d_]+(?:[ '’\-][^\W\d_]+)*\.?$")


class WrittenAsNumber(str):
    """A field's value given as a JSON number (`contact submit`): fine for an amount, a field
    error where text is expected."""


FieldValue = str | bool | tuple["Agent", ...] | tuple[Path, ...]


@dataclass(frozen=True)
class Agent:
    nir: str
    nom: str
    prenom: str


@dataclass(frozen=True)
class Submission:
    theme: str
    motif: str
    sous_motif: str
    message: str
    values: Mapping[str, FieldValue] = field(default_factory=dict)


@dataclass(frozen=True)
class Attachment:
    file_name: str
    media_type: str
    content: bytes
    size: int | None = None  # on disk, when only the first bytes were read


@dataclass(frozen=True)
class ValidRequest:
    theme: Theme
    motif: Motif
    sous_motif: SousMotif
    message: str
    fields: tuple[tuple[str, str, str], ...]  # (cle, libelle, value as text)
    agents: tuple[Agent, ...]  # NIRs in their compact form
    attachments: tuple[Attachment, ...]


class ContactInvalid(UserError):
    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        lines = [f"{key}: {message}" for key, message in self.errors.items()]
        super().__init__(
            translate("ContactForm", "The request cannot be sent:") + "\n" + "\n".join(lines)
        )


def locate(catalogue: Catalogue, submission: Submission) -> tuple[Theme, Motif, SousMotif]:
    """The theme, motif and sous-motif named, or ContactInvalid saying which is unknown."""
    try:
        theme = catalogue.theme(submission.theme)
    except UserError:
        raise ContactInvalid(
            {"theme": translate("ContactForm", "Choose a theme from the list.")}
        ) from None
    try:
        motif = theme.motif(submission.motif)
    except UserError:
        raise ContactInvalid(
            {"motif": translate("ContactForm", "Choose a motif from the list.")}
        ) from None
    try:
        sous_motif = motif.sous_motif(submission.sous_motif)
    except UserError:
        raise ContactInvalid(
            {"sous_motif": translate("ContactForm", "Choose a sous-motif from the list.")}
        ) from None
    return theme, motif, sous_motif


def validate(
    catalogue: Catalogue, submission: Submission, *, read_attachments: bool = True
) -> ValidRequest:
    """`read_attachments=False` checks the files by their first bytes only (a form checking
    as the user types); the request's attachments then have no content."""
    theme, motif, sous_motif = locate(catalogue, submission)
    errors: dict[str, str] = {}
    # A free text keeps what a person can type: line breaks and tabs, no other control.
    message = typable(submission.message).strip()
    if not message:
        errors[MESSAGE_KEY] = translate("ContactForm", "Write your message.")
    elif len(message) > MAX_MESSAGE:
        errors[MESSAGE_KEY] = translate(
            "ContactForm", "The message is too long ({count} characters at most)."
        ).format(count=MAX_MESSAGE)
    fields: list[tuple[str, str, str]] = []
    agents: tuple[Agent, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    for champ in sous_motif.champs:
        value = submission.values.get(champ.cle)
        if champ.type == "agents":
            agents = _agents(champ, value, errors)
        elif champ.type == "pieces_jointes":
            attachments = _attachments(champ, value, errors, read_attachments)
        else:
            text = _single(champ, theme, value, errors)
            if text is not None:
                fields.append((champ.cle, champ.libelle, text))
    if errors:
        raise ContactInvalid(errors)
    return ValidRequest(theme, motif, sous_motif, message, tuple(fields), agents, attachments)


def _single(
    champ: Champ, theme: Theme, value: FieldValue | None, errors: dict[str, str]
) -> str | None:
    """The field as text, None when left empty and optional; an error is put in `errors`."""
    if champ.type == "attestation":
        if value is not True:
            errors[champ.cle] = translate("ContactForm", "Tick the box to certify this statement.")
            return None
        return "oui"
    if value is not None and not isinstance(value, str):
        errors[champ.cle] = translate("ContactForm", "Write text here, not {value}.").format(
            value=shown(value) if isinstance(value, bool) else translate("ContactForm", "a list")
        )
        return None
    if isinstance(value, WrittenAsNumber) and champ.type != "montant":
        errors[champ.cle] = translate(
            "ContactForm", "Write text here (in quotes), not the number {value}."
        ).format(value=printable(value))
        return None
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        if champ.obligatoire:
            errors[champ.cle] = translate("ContactForm", "This field is required.")
        return None
    checked = _checked(champ, theme, text)
    if isinstance(checked, _Problem):
        errors[champ.cle] = checked.message
        return None
    return checked


@dataclass(frozen=True)
class _Problem:
    message: str


def _checked(champ: Champ, theme: Theme, text: str) -> str | _Problem:
    char = control_character(text)
    if char is not None:
        return _Problem(
            translate("ContactForm", "Remove the control character {character}.").format(
                character=character_name(char)
            )
        )
    if champ.type == "date":
        day = parse_date(text)
        if day is None:
            return _Problem(translate("ContactForm", "Write the date as DD/MM/YYYY."))
        return day.isoformat()
    if champ.type == "montant":
        amount = parse_amount(text)
        if amount is None:
            return _Problem(translate("ContactForm", "Write an amount in euros, e.g. 1 234,56."))
        return str(amount)
    if champ.type == "fonds":
        allowed = champ.choix or theme.fonds
        if text not in allowed:
            return _Problem(translate("ContactForm", "Choose a fund from the list."))
        return text
    if len(text) > MAX_TEXT:
        return _Problem(
            translate("ContactForm", "Too long ({count} characters at most).").format(
                count=MAX_TEXT
            )
        )
    return text


def parse_date(text: str) -> dt.date | None:
    # ASCII digits only: strptime takes Arabic-Indic or full-width digits too.
    if not text.strip().isascii():
        return None
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    return None


def parse_amount(text: str) -> Decimal | None:
    """« 1 234,56 », « 1234.56 » or « 1234 € » → Decimal("1234.56"); None if not an amount."""
    cleaned = re.sub(r"[\s\u00a0\u202f€]", "", text).replace(",", ".")
    if not _ASCII_AMOUNT.fullmatch(cleaned):  # Decimal() takes any script's digits, and "NaN"
        return None
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not amount.is_finite() or amount <= 0 or amount != amount.quantize(Decimal("0.01")):
        return None
    return amount.quantize(Decimal("0.01"))


def _agents(champ: Champ, value: FieldValue | None, errors: dict[str, str]) -> tuple[Agent, ...]:
    rows = [row for row in value if isinstance(row, Agent)] if isinstance(value, tuple) else []
    rows = [row for row in rows if row.nir.strip() or row.nom.strip() or row.prenom.strip()]
    minimum = champ.min_rows if champ.obligatoire else 0
    if len(rows) < minimum:
        errors[champ.cle] = translate("ContactForm", "Give at least %n agent(s).", None, minimum)
        return ()
    agents: list[Agent] = []
    seen: set[str] = set()
    for number, row in enumerate(rows):
        place = f"{champ.cle}[{number}]"
        try:
            nir = check_nir(row.nir)
        except NirError as error:
            errors[f"{place}.nir"] = str(error)
            nir = ""
        if nir and nir in seen:
            errors[f"{place}.nir"] = translate("ContactForm", "This agent is already listed.")
        seen.add(nir)
        for key, name in (("nom", row.nom), ("prenom", row.prenom)):
            if not name.strip():
                errors[f"{place}.{key}"] = translate("ContactForm", "This field is required.")
            elif not _NAME.match(name.strip()):
                errors[f"{place}.{key}"] = translate(
                    "ContactForm", "Letters only, with spaces, hyphens or apostrophes."
                )
        agents.append(Agent(nir, row.nom.strip(), row.prenom.strip()))
    return tuple(agents)


def _attachments(
    champ: Champ, value: FieldValue | None, errors: dict[str, str], read: bool
) -> tuple[Attachment, ...]:
    paths = [path for path in value if isinstance(path, Path)] if isinstance(value, tuple) else []
    minimum = champ.min_rows if champ.obligatoire else 0
    if len(paths) < minimum:
        errors[champ.cle] = translate(
            "ContactForm", "Attach at least %n document(s).", None, minimum
        )
        return ()
    attachments: list[Attachment] = []
    for number, path in enumerate(paths):
        place = f"{champ.cle}[{number}]"
        problem = _attachment_problem(path, read)
        if isinstance(problem, str):
            errors[place] = problem
        else:
            attachments.append(problem)
    if sum(_size(item) for item in attachments) > MAX_ATTACHMENTS_BYTES:
        errors[champ.cle] = translate(
            "ContactForm", "The attachments exceed {size} MB together."
        ).format(size=MAX_ATTACHMENTS_BYTES // (1024 * 1024))
    return tuple(attachments)


def _size(item: Attachment) -> int:
    return item.size if item.size is not None else len(item.content)


def _attachment_problem(path: Path, read: bool) -> Attachment | str:
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            return translate("ContactForm", "{name} is larger than {size} MB.").format(
                name=path.name, size=MAX_ATTACHMENT_BYTES // (1024 * 1024)
            )
        with path.open("rb") as file:
            content = file.read() if read else file.read(16)
    except FileNotFoundError:
        return translate("ContactForm", "{name} cannot be found.").format(name=path.name)
    except ValueError:  # a NUL in the path: no file has such a name
        return translate("ContactForm", "{name} is not a valid file name.").format(
            name=printable(path.name)
        )
    except OSError as error:
        return translate("ContactForm", "{name} cannot be read: {error}").format(
            name=path.name, error=error.strerror
        )
    if not content:
        return translate("ContactForm", "{name} is empty.").format(name=path.name)
    for magic, media_type in MEDIA_TYPES:
        if content.startswith(magic):
            return Attachment(path.name, media_type, content if read else b"", size)
    return translate("ContactForm", "{name} is neither a PDF nor an image (PNG, JPEG).").format(
        name=path.name
    )
