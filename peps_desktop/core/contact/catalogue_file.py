"""Reading the contact catalogue from its JSON file, checked whole.

Every problem is reported with its place (`themes[2] (remboursement) › motifs[0] (demande) ›
champs[3]: …`) in one CatalogueError, never a traceback.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

from peps_desktop.core.contact.catalogue import (
    CATALOGUE_FILE,
    CATALOGUE_VERSION,
    CODE_PATTERN,
    COUNTED_FIELDS,
    FIELD_ATTESTATION,
    FIELD_FONDS,
    FIELD_OPTIONS,
    FIELD_TYPES,
    MAX_REPORTED_PROBLEMS,
    PATH_SEPARATOR,
    Catalogue,
    CatalogueError,
    Champ,
    Motif,
    SousMotif,
    Theme,
)
from peps_desktop.core.shared.input_rules import (
    character_name,
    control_character,
    printable,
    shown,
)
from peps_desktop.core.shared.services import SERVICE_CODES
from peps_desktop.i18n import translate


def default_catalogue_file() -> Traversable:
    """The catalogue shipped in the package."""
    return files("peps_desktop.resources") / "catalogue" / CATALOGUE_FILE


def load_catalogue(path: Path | None = None) -> Catalogue:
    """The catalogue in `path` (default: the shipped one), checked whole; CatalogueError
    names every problem and its place."""
    source: Path | Traversable = default_catalogue_file() if path is None else path
    name = str(source)
    try:
        text = source.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise CatalogueError(
            translate("ContactCatalogue", "The contact catalogue {file} is not UTF-8 text.").format(
                file=name
            )
        ) from None
    except OSError as error:
        raise CatalogueError(
            translate(
                "ContactCatalogue", "The contact catalogue {file} cannot be read: {error}"
            ).format(file=name, error=error.strerror or error)
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise CatalogueError(
            translate(
                "ContactCatalogue",
                "The contact catalogue {file} is not valid JSON: {reason} (line {line}, "
                "column {column}).",
            ).format(file=name, reason=error.msg, line=error.lineno, column=error.colno)
        ) from None
    except (RecursionError, ValueError):  # nesting too deep; an integer of thousands of digits
        raise CatalogueError(
            translate(
                "ContactCatalogue",
                "The contact catalogue {file} is not valid JSON: its values are nested too "
                "deeply or hold a number far too long.",
            ).format(file=name)
        ) from None
    return parse_catalogue(data, name)


def parse_catalogue(data: Any, source: str = CATALOGUE_FILE) -> Catalogue:
    """The catalogue `data` (as read from JSON) describes, or CatalogueError listing every
    problem; `source` names it in the message."""
    checker = _Checker()
    catalogue = checker.catalogue(data)
    if checker.problems or catalogue is None:
        raise CatalogueError(_summary(source, checker.problems), checker.problems)
    return catalogue


def _summary(source: str, problems: Sequence[str]) -> str:
    lines = [
        translate("ContactCatalogue", "The contact catalogue {file} is invalid:").format(
            file=source
        )
    ]
    lines += [f"  - {problem}" for problem in problems[:MAX_REPORTED_PROBLEMS]]
    hidden = len(problems) - MAX_REPORTED_PROBLEMS
    if hidden > 0:
        lines.append("  " + translate("ContactCatalogue", "… and %n more problems.", None, hidden))
    return "\n".join(lines)


Place = tuple[str, ...]
T = TypeVar("T")


def _where(place: Place) -> str:
    return PATH_SEPARATOR.join(place) if place else translate("ContactCatalogue", "top level")


def _shown(value: Any) -> str:
    return shown(value)


def _item_place(place: Place, key: str, index: int, item: Any, code_key: str) -> Place:
    """`themes[2] (remboursement)`: the index, and the code when there is one to show."""
    code = item.get(code_key) if isinstance(item, dict) else None
    label = f"{key}[{index}]"
    if isinstance(code, str) and code.strip():
        label += f" ({code.strip()})"
    return (*place, label)


class _Checker:
    """Walks the whole catalogue, noting every problem before giving up."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def report(self, place: Place, message: str) -> None:
        self.problems.append(f"{_where(place)}: {message}")

    # --- levels ---------------------------------------------------------------------------------

    def catalogue(self, data: Any) -> Catalogue | None:
        root = self.object(data, (), ("version", "themes"))
        if root is None:
            return None
        version = root.get("version")
        if "version" in root and (isinstance(version, bool) or version != CATALOGUE_VERSION):
            self.report(
                ("version",),
                translate(
                    "ContactCatalogue", "unsupported version {value}; expected {version}"
                ).format(value=_shown(version), version=CATALOGUE_VERSION),
            )
        themes = self.items(root, "themes", (), "code", self.theme)
        return Catalogue(themes=themes) if themes is not None else None

    def theme(self, data: Any, place: Place) -> Theme | None:
        theme = self.object(data, place, ("code", "titre", "aide", "fonds", "motifs"))
        if theme is None:
            return None
        code = self.code(theme, "code", place)
        titre = self.text(theme, "titre", place)
        aide = self.text(theme, "aide", place)
        fonds = self.funds(theme, "fonds", place, SERVICE_CODES)
        motifs = self.items(
            theme,
            "motifs",
            place,
            "code",
            lambda item, at: self.motif(item, at, fonds or SERVICE_CODES),
        )
        if code is None or titre is None or aide is None or fonds is None or motifs is None:
            return None
        return Theme(code=code, titre=titre, aide=aide, fonds=fonds, motifs=motifs)

    def motif(self, data: Any, place: Place, fonds: tuple[str, ...]) -> Motif | None:
        motif = self.object(data, place, ("code", "libelle", "sous_motifs"))
        if motif is None:
            return None
        code = self.code(motif, "code", place)
        libelle = self.text(motif, "libelle", place)
        sous_motifs = self.items(
            motif,
            "sous_motifs",
            place,
            "code",
            lambda item, at: self.sous_motif(item, at, fonds),
        )
        if code is None or libelle is None or sous_motifs is None:
            return None
        return Motif(code=code, libelle=libelle, sous_motifs=sous_motifs)

    def sous_motif(self, data: Any, place: Place, fonds: tuple[str, ...]) -> SousMotif | None:
        sous_motif = self.object(data, place, ("code", "libelle", "information", "champs"))
        if sous_motif is None:
            return None
        code = self.code(sous_motif, "code", place)
        libelle = self.text(sous_motif, "libelle", place)
        information = self.text(sous_motif, "information", place)
        champs = self.items(
            sous_motif,
            "champs",
            place,
            "cle",
            lambda item, at: self.champ(item, at, fonds),
            may_be_empty=True,
        )
        if code is None or libelle is None or information is None or champs is None:
            return None
        return SousMotif(code=code, libelle=libelle, information=information, champs=champs)

    def champ(self, data: Any, place: Place, theme_fonds: tuple[str, ...]) -> Champ | None:
        if self.object(data, place) is None:
            return None
        field_type = self.field_type(data, place)
        required = ["type", "cle", "libelle", "obligatoire"]
        if field_type == FIELD_ATTESTATION:
            required.append("texte")
        # With an unknown type, its options cannot be told from mistakes: only the rest is checked.
        options = FIELD_OPTIONS.get(field_type or "", ())
        self.keys(data, place, required, options, check_unknown=field_type is not None)
        cle = self.code(data, "cle", place)
        libelle = self.text(data, "libelle", place)
        obligatoire = self.boolean(data, "obligatoire", place)
        if field_type is None or cle is None or libelle is None or obligatoire is None:
            return None
        champ = Champ(type=field_type, cle=cle, libelle=libelle, obligatoire=obligatoire)
        if field_type in COUNTED_FIELDS:
            return self.counted(champ, data, place)
        if field_type == FIELD_FONDS:
            if "choix" not in data:
                return replace(champ, choix=theme_fonds)
            choix = self.funds(data, "choix", place, theme_fonds)
            return replace(champ, choix=choix) if choix is not None else None
        if field_type == FIELD_ATTESTATION:
            return self.attestation(champ, data, place)
        return champ

    # --- fields ---------------------------------------------------------------------------------

    def field_type(self, data: dict[str, Any], place: Place) -> str | None:
        if "type" not in data:
            return None  # reported with the other missing keys
        value = data["type"]
        if value not in FIELD_TYPES:
            self.report(
                place,
                translate(
                    "ContactCatalogue", "unknown field type {value}; expected one of {types}"
                ).format(value=_shown(value), types=", ".join(FIELD_TYPES)),
            )
            return None
        return str(value)

    def counted(self, champ: Champ, data: dict[str, Any], place: Place) -> Champ | None:
        if "min" not in data:
            return replace(champ, min_rows=1 if champ.obligatoire else 0)
        value = data["min"]
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            self.report(
                (*place, "min"),
                translate(
                    "ContactCatalogue", "must be a whole number of at least 1, not {value}"
                ).format(value=_shown(value)),
            )
            return None
        if not champ.obligatoire:
            self.report(
                (*place, "min"),
                translate(
                    "ContactCatalogue",
                    "applies only to a required field; set “obligatoire” to true or remove “min”",
                ),
            )
            return None
        return replace(champ, min_rows=value)

    def attestation(self, champ: Champ, data: dict[str, Any], place: Place) -> Champ | None:
        texte = self.text(data, "texte", place) if "texte" in data else None
        if not champ.obligatoire:
            self.report(
                (*place, "obligatoire"),
                translate("ContactCatalogue", "an attestation is always required: must be true"),
            )
            return None
        if texte is None:
            return None
        return replace(champ, texte=texte)

    # --- values ---------------------------------------------------------------------------------

    def object(
        self, data: Any, place: Place, required: Sequence[str] | None = None
    ) -> dict[str, Any] | None:
        """`data` if it is an object; with `required`, its keys are checked too."""
        if not isinstance(data, dict):
            self.report(
                place,
                translate("ContactCatalogue", "must be an object, not {value}").format(
                    value=_shown(data)
                ),
            )
            return None
        if required is not None:
            self.keys(data, place, required, ())
        return data

    def keys(
        self,
        data: dict[str, Any],
        place: Place,
        required: Sequence[str],
        options: Sequence[str],
        check_unknown: bool = True,
    ) -> None:
        for key in required:
            if key not in data:
                self.report(
                    place, translate("ContactCatalogue", "missing key “{key}”").format(key=key)
                )
        if not check_unknown:
            return
        known = (*required, *options)
        for key in data:
            if key in known:
                continue
            if any(key in others for others in FIELD_OPTIONS.values()) and "type" in data:
                self.report(
                    place,
                    translate(
                        "ContactCatalogue", "key “{key}” does not apply to a field of type “{type}”"
                    ).format(key=key, type=data["type"]),
                )
            else:
                self.report(
                    place,
                    translate(
                        "ContactCatalogue", "unknown key “{key}”; expected one of {keys}"
                    ).format(key=key, keys=", ".join(known)),
                )

    def items(
        self,
        data: dict[str, Any],
        key: str,
        place: Place,
        code_key: str,
        read: Callable[[Any, Place], T | None],
        may_be_empty: bool = False,
    ) -> tuple[T, ...] | None:
        """The list under `key`, each item read in its place; None when any is wrong."""
        if key not in data:
            return None
        value = data[key]
        if not isinstance(value, list):
            self.report(
                (*place, key),
                translate("ContactCatalogue", "must be a list […], not {value}").format(
                    value=_shown(value)
                ),
            )
            return None
        if not value and not may_be_empty:
            self.report((*place, key), translate("ContactCatalogue", "must not be empty"))
            return None
        places = [
            _item_place(place, key, index, item, code_key) for index, item in enumerate(value)
        ]
        self.unique(value, places, code_key)
        read_items = [read(item, at) for item, at in zip(value, places, strict=True)]
        if any(item is None for item in read_items):
            return None
        return tuple(item for item in read_items if item is not None)

    def unique(self, items: list[Any], places: list[Place], code_key: str) -> None:
        first_place: dict[str, Place] = {}
        for item, place in zip(items, places, strict=True):
            code = item.get(code_key) if isinstance(item, dict) else None
            if not isinstance(code, str):
                continue
            if code in first_place:
                self.report(
                    place,
                    translate(
                        "ContactCatalogue", "duplicate {key} “{code}”, already used by {other}"
                    ).format(key=code_key, code=code, other=first_place[code][-1]),
                )
            else:
                first_place[code] = place

    def text(self, data: dict[str, Any], key: str, place: Place) -> str | None:
        if key not in data:
            return None
        value = data[key]
        if not isinstance(value, str) or not value.strip():
            self.report(
                (*place, key),
                translate("ContactCatalogue", "must be a non-empty text, not {value}").format(
                    value=_shown(value)
                ),
            )
            return None
        char = control_character(value)
        if char is not None:
            self.report(
                (*place, key),
                translate("ContactCatalogue", "contains a control character ({character})").format(
                    character=character_name(char)
                ),
            )
            return None
        return value.strip()

    def code(self, data: dict[str, Any], key: str, place: Place) -> str | None:
        value = self.text(data, key, place)
        if value is None:
            return None
        if not CODE_PATTERN.fullmatch(value):
            self.report(
                (*place, key),
                translate(
                    "ContactCatalogue",
                    "“{value}” is not a valid code: lowercase letters, digits and “_”, starting "
                    "with a letter, at most 40 characters",
                ).format(value=printable(value)),
            )
            return None
        return value

    def boolean(self, data: dict[str, Any], key: str, place: Place) -> bool | None:
        if key not in data:
            return None
        value = data[key]
        if not isinstance(value, bool):
            self.report(
                (*place, key),
                translate("ContactCatalogue", "must be true or false, not {value}").format(
                    value=_shown(value)
                ),
            )
            return None
        return value

    def funds(
        self, data: dict[str, Any], key: str, place: Place, allowed: tuple[str, ...]
    ) -> tuple[str, ...] | None:
        """Fund codes, each known and among `allowed` (the theme's, for a field's choice)."""
        if key not in data:
            return None
        value = data[key]
        if not isinstance(value, list) or not value:
            self.report(
                (*place, key),
                translate(
                    "ContactCatalogue", "must be a non-empty list of fund codes, not {value}"
                ).format(value=_shown(value)),
            )
            return None
        funds: list[str] = []
        for index, code in enumerate(value):
            at = (*place, f"{key}[{index}]")
            if code not in SERVICE_CODES:
                self.report(
                    at,
                    translate(
                        "ContactCatalogue", "unknown fund {value}; expected one of {codes}"
                    ).format(value=_shown(code), codes=", ".join(SERVICE_CODES)),
                )
            elif code not in allowed:
                self.report(
                    at,
                    translate(
                        "ContactCatalogue",
                        "the fund {code} is not among the theme's fonds ({codes})",
                    ).format(code=code, codes=", ".join(allowed)),
                )
            elif code in funds:
                self.report(
                    at,
                    translate("ContactCatalogue", "the fund {code} is listed twice").format(
                        code=code
                    ),
                )
            else:
                funds.append(code)
        return tuple(funds) if len(funds) == len(value) else None
