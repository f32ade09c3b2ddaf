"""A courrier's sidecar: the `NAME.json` describing `NAME.pdf`, read and checked strictly.

```
{"service": "CNRACL", "type": "facture_majorations", "objet": "...", "reference": "...",
 "recu_le": "AAAA-MM-JJ", "action_requise": true, "echeance": "AAAA-MM-JJ",
 "montant": "1234.56"}
```

`echeance` and `montant` may be left out (or null). `montant` is a decimal string with two
decimals at most; it may be negative (a credit on an account statement). Any other key, a
missing key or a value of the wrong kind refuses the sidecar with a reason the user can act on.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from peps_desktop.core.courriers.vocabulary import COURRIER_TYPES
from peps_desktop.i18n import translate

SIDECAR_SUFFIX = ".json"
REQUIRED_KEYS = ("service", "type", "objet", "reference", "recu_le", "action_requise")
OPTIONAL_KEYS = ("echeance", "montant")
TEXT_KEYS = ("service", "type", "objet", "reference")
# The columns' lengths (Courrier.objet, Courrier.reference, Service.code).
MAX_LENGTHS = {"service": 20, "type": 30, "objet": 300, "reference": 64}
DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
# Numeric(12, 2): ten digits before the point at most.
AMOUNT_PATTERN = re.compile(r"-?\d{1,10}(\.\d{1,2})?")


class SidecarError(Exception):
    """The sidecar cannot describe a courrier; str(error) is the translated reason."""


@dataclass(frozen=True)
class CourrierSidecar:
    service: str
    type: str
    objet: str
    reference: str
    recu_le: dt.date
    action_requise: bool
    echeance: dt.date | None
    montant: Decimal | None


def read_sidecar(path: Path) -> CourrierSidecar:
    """The courrier `path` describes, or SidecarError saying what is wrong."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise SidecarError(
            translate("CourrierImport", "The file {file} is not UTF-8 text.").format(file=path.name)
        ) from None
    except OSError as error:
        raise SidecarError(
            translate("CourrierImport", "The file {file} cannot be read: {error}").format(
                file=path.name, error=error.strerror or error
            )
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SidecarError(
            translate(
                "CourrierImport",
                "The file {file} is not valid JSON (line {line}, column {column}).",
            ).format(file=path.name, line=error.lineno, column=error.colno)
        ) from None
    return parse_sidecar(data, path.name)


def parse_sidecar(data: Any, file: str) -> CourrierSidecar:
    if not isinstance(data, dict):
        raise SidecarError(
            translate("CourrierImport", "The file {file} must hold one JSON object.").format(
                file=file
            )
        )
    _check_keys(data, file)
    for key in TEXT_KEYS:
        _check_text(data, key, file)
    if not isinstance(data["action_requise"], bool):
        raise SidecarError(
            translate("CourrierImport", "In {file}, “{key}” must be true or false.").format(
                file=file, key="action_requise"
            )
        )
    courrier_type = data["type"].strip()
    if courrier_type not in COURRIER_TYPES:
        raise SidecarError(
            translate(
                "CourrierImport", "In {file}, the type “{type}” is unknown; known types: {types}."
            ).format(file=file, type=courrier_type, types=", ".join(COURRIER_TYPES))
        )
    echeance, montant = data.get("echeance"), data.get("montant")
    return CourrierSidecar(
        service=data["service"].strip().upper(),
        type=courrier_type,
        objet=data["objet"].strip(),
        reference=data["reference"].strip(),
        recu_le=_date(data["recu_le"], "recu_le", file),
        action_requise=data["action_requise"],
        echeance=None if echeance is None else _date(echeance, "echeance", file),
        montant=None if montant is None else _amount(montant, file),
    )


def _check_keys(data: dict[str, Any], file: str) -> None:
    missing = [key for key in REQUIRED_KEYS if key not in data]
    if missing:
        raise SidecarError(
            translate("CourrierImport", "In {file}, missing keys: {keys}.").format(
                file=file, keys=", ".join(missing)
            )
        )
    extra = sorted(str(key) for key in data if key not in REQUIRED_KEYS + OPTIONAL_KEYS)
    if extra:
        raise SidecarError(
            translate("CourrierImport", "In {file}, unknown keys: {keys}.").format(
                file=file, keys=", ".join(extra)
            )
        )


def _check_text(data: dict[str, Any], key: str, file: str) -> None:
    value = data[key]
    if not isinstance(value, str) or not value.strip():
        raise SidecarError(
            translate("CourrierImport", "In {file}, “{key}” must be a non-empty text.").format(
                file=file, key=key
            )
        )
    if len(value.strip()) > MAX_LENGTHS[key]:
        raise SidecarError(
            translate(
                "CourrierImport", "In {file}, “{key}” is longer than {length} characters."
            ).format(file=file, key=key, length=MAX_LENGTHS[key])
        )


def _date(value: Any, key: str, file: str) -> dt.date:
    if isinstance(value, str) and DATE_PATTERN.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise SidecarError(
        translate(
            "CourrierImport", "In {file}, “{key}” must be a date written YYYY-MM-DD, not {value}."
        ).format(file=file, key=key, value=json.dumps(value, ensure_ascii=False))
    )


def _amount(value: Any, file: str) -> Decimal:
    if isinstance(value, str) and AMOUNT_PATTERN.fullmatch(value):
        return Decimal(value)
    raise SidecarError(
        translate(
            "CourrierImport",
            "In {file}, “montant” must be a decimal number in quotes with at most 2 decimals, "
            'such as "1234.56", not {value}.',
        ).format(file=file, value=json.dumps(value, ensure_ascii=False))
    )
