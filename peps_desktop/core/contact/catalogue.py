"""The contact catalogue: theme → motif → sous-motif, and the fields each sous-motif asks for.

Reference data, in French and shown as is: resources/catalogue/contact_catalogue.json,
described by contact_catalogue.schema.json beside it. Adding a theme, a motif or a sous-motif
is an edit of the data, no code. `load_catalogue()` checks the whole file and reports every
problem with its place (`themes[2] (remboursement) › motifs[0] (demande) › champs[3]: …`) in
one CatalogueError, never a traceback.

The message body of a request is implicit (always present, always required): it is not a
field of the catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from peps_desktop.errors import UserError
from peps_desktop.i18n import translate

CATALOGUE_VERSION = 1
CATALOGUE_FILE = "contact_catalogue.json"

FIELD_AGENTS = "agents"  # rows of NIR + nom + prénom
FIELD_DATE = "date"
FIELD_MONTANT = "montant"
FIELD_FONDS = "fonds"
FIELD_REFERENCE_COURRIER = "reference_courrier"
FIELD_PIECES_JOINTES = "pieces_jointes"
FIELD_ATTESTATION = "attestation"
FIELD_TEXTE = "texte"  # a short free-text line, e.g. a numéro de dossier
FIELD_TYPES = (
    FIELD_AGENTS,
    FIELD_DATE,
    FIELD_MONTANT,
    FIELD_FONDS,
    FIELD_REFERENCE_COURRIER,
    FIELD_PIECES_JOINTES,
    FIELD_ATTESTATION,
    FIELD_TEXTE,
)
# The options each field type takes beside type, cle, libelle and obligatoire.
FIELD_OPTIONS: dict[str, tuple[str, ...]] = {
    FIELD_AGENTS: ("min",),
    FIELD_PIECES_JOINTES: ("min",),
    FIELD_FONDS: ("choix",),
    FIELD_ATTESTATION: ("texte",),
}
COUNTED_FIELDS = (FIELD_AGENTS, FIELD_PIECES_JOINTES)

# Codes and keys are kept in the échanges: short, stable, plain.
CODE_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,39}")
PATH_SEPARATOR = " › "
MAX_REPORTED_PROBLEMS = 20


class CatalogueError(UserError):
    """The catalogue cannot be used; `problems` lists each one as `place: what is wrong`."""

    def __init__(self, message: str, problems: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.problems = tuple(problems)


class UnknownCode(UserError, LookupError):
    """No theme, motif or sous-motif has this code."""


@dataclass(frozen=True)
class Champ:
    """A field of the form. `min_rows`: the rows of agents or files required (0 when the field
    is optional); `choix`: the funds a `fonds` field offers; `texte`: what an attestation
    says."""

    type: str
    cle: str
    libelle: str
    obligatoire: bool
    min_rows: int = 0
    choix: tuple[str, ...] = ()
    texte: str = ""


@dataclass(frozen=True)
class SousMotif:
    code: str
    libelle: str
    information: str
    champs: tuple[Champ, ...]

    @property
    def required_champs(self) -> tuple[Champ, ...]:
        return tuple(champ for champ in self.champs if champ.obligatoire)

    def champ(self, cle: str) -> Champ:
        for champ in self.champs:
            if champ.cle == cle:
                return champ
        raise UnknownCode(
            translate(
                "ContactCatalogue",
                "The sous-motif “{parent}” has no field “{code}”; known: {codes}.",
            ).format(parent=self.libelle, code=cle, codes=_codes(c.cle for c in self.champs))
        )


@dataclass(frozen=True)
class Motif:
    code: str
    libelle: str
    sous_motifs: tuple[SousMotif, ...]

    def sous_motif(self, code: str) -> SousMotif:
        return _find(
            self.sous_motifs,
            code,
            translate(
                "ContactCatalogue",
                "The motif “{parent}” has no sous-motif “{code}”; known: {codes}.",
            ),
            self.libelle,
        )


@dataclass(frozen=True)
class Theme:
    code: str
    titre: str
    aide: str
    fonds: tuple[str, ...]
    motifs: tuple[Motif, ...]

    def motif(self, code: str) -> Motif:
        return _find(
            self.motifs,
            code,
            translate(
                "ContactCatalogue", "The theme “{parent}” has no motif “{code}”; known: {codes}."
            ),
            self.titre,
        )


@dataclass(frozen=True)
class Catalogue:
    themes: tuple[Theme, ...]

    def theme(self, code: str) -> Theme:
        return _find(
            self.themes,
            code,
            translate("ContactCatalogue", "The contact theme “{code}” is unknown; known: {codes}."),
            "",
        )


class _Coded(Protocol):
    @property
    def code(self) -> str: ...


C = TypeVar("C", bound=_Coded)


def _find(items: Sequence[C], code: str, message: str, parent: str) -> C:
    for item in items:
        if item.code == code:
            return item
    raise UnknownCode(
        message.format(parent=parent, code=code, codes=_codes(item.code for item in items))
    )


def _codes(codes: Iterable[str]) -> str:
    return ", ".join(codes)


# --- output -------------------------------------------------------------------------------------


def catalogue_as_dict(catalogue: Catalogue) -> dict[str, Any]:
    """The catalogue in its file's format, every default written out; it loads back equal."""
    return {
        "version": CATALOGUE_VERSION,
        "themes": [
            {
                "code": theme.code,
                "titre": theme.titre,
                "aide": theme.aide,
                "fonds": list(theme.fonds),
                "motifs": [
                    {
                        "code": motif.code,
                        "libelle": motif.libelle,
                        "sous_motifs": [_sous_motif_as_dict(item) for item in motif.sous_motifs],
                    }
                    for motif in theme.motifs
                ],
            }
            for theme in catalogue.themes
        ],
    }


def _sous_motif_as_dict(sous_motif: SousMotif) -> dict[str, Any]:
    return {
        "code": sous_motif.code,
        "libelle": sous_motif.libelle,
        "information": sous_motif.information,
        "champs": [champ_as_dict(champ) for champ in sous_motif.champs],
    }


def champ_as_dict(champ: Champ) -> dict[str, Any]:
    result: dict[str, Any] = {
        "type": champ.type,
        "cle": champ.cle,
        "libelle": champ.libelle,
        "obligatoire": champ.obligatoire,
    }
    if champ.type in COUNTED_FIELDS and champ.obligatoire:
        result["min"] = champ.min_rows
    if champ.type == FIELD_FONDS:
        result["choix"] = list(champ.choix)
    if champ.type == FIELD_ATTESTATION:
        result["texte"] = champ.texte
    return result
