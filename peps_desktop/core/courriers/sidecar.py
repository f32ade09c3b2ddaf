"""A courrier's sidecar: the `NAME.json` describing `NAME.pdf`, read and checked strictly.

```
{"service": "CNRACL", "type": "facture_majorations", "objet": "...", "reference": "...",
 "recu_le": "AAAA-MM-JJ", "action_requise": true, "echeance": "AAAA-MM-JJ",
 "montant": "1234.56"}
```

`echeance` and `montant` may be left out (or null). `montant` is a decimal string with two
decimals at most; it may be negative (a credit on an account statement). Any other key, a
missing key or a value of the wrong kind refuses the sidecar; every fault is named, not only
the first, and no input whatever (deep nesting, huge numbers, lone surrogates, NULs) gets
further than a SidecarError.
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
from peps_desktop.core.shared.input_rules import (
    character_name,
    column_length,
    control_character,
    shown,
)
from peps_desktop.i18n import translate
from peps_desktop.store.models import Courrier, Service

SIDECAR_SUFFIX = ".json"
REQUIRED_KEYS = ("service", "type", "objet", "reference", "recu_le", "action_requise")
OPTIONAL_KEYS = ("echeance", "montant")
TEXT_KEYS = ("service", "type", "objet", "reference")
# The schema's own lengths: the same verdict on every engine.
MAX_LENGTHS = {
    "service": column_length(Service.code),
    "type": column_length(Courrier.type),
    "objet": column_length(Courrier.objet),
    "reference": column_length(Courrier.reference),
}
# ASCII digits only: `\d` would take Arabic-Indic or full-width digits too.
DATE_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Numeric(12, 2): ten digits before the point at most.
AMOUNT_PATTERN = re.compile(r"-?[0-9]{1,10}(\.[0-9]{1,2})?")
# A sidecar is a few hundred bytes; anything far larger is not one (and is not parsed).
MAX_SIDECAR_BYTES = 64 * 1024


class SidecarError(Exception):
    """The sidecar cannot describe a courrier; str(error) is the translated reason, every
    fault in it; `faults` lists them one by one."""

    def __init__(self, faults: list[str]) -> None:
        super().__init__(" ".join(faults))
        self.faults = faults


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


def read_sidecar(path: Path, services: tuple[str, ...] | None = None) -> CourrierSidecar:
    """The courrier `path` describes, or SidecarError saying everything that is wrong.

    With `services` (the known service codes), an unknown service is one more fault."""
    return parse_sidecar(load_sidecar(path), path.name, services)


def load_sidecar(path: Path) -> Any:
    """The JSON value in `path`; SidecarError when it cannot be read as JSON."""
    file = path.name
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise _fault(
            translate("CourrierImport", "The file {file} cannot be read: {error}").format(
                file=file, error=error.strerror or error
            )
        ) from None
    if len(raw) > MAX_SIDECAR_BYTES:
        raise _fault(
            translate(
                "CourrierImport", "The file {file} is too large for a sidecar ({size} bytes)."
            ).format(file=file, size=len(raw))
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _fault(
            translate("CourrierImport", "The file {file} is not UTF-8 text.").format(file=file)
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise _fault(
            translate(
                "CourrierImport",
                "The file {file} is not valid JSON (line {line}, column {column}).",
            ).format(file=file, line=error.lineno, column=error.colno)
        ) from None
    except RecursionError:
        raise _fault(
            translate("CourrierImport", "The file {file} nests its values too deeply.").format(
                file=file
            )
        ) from None
    except ValueError:  # an integer of thousands of digits
        raise _fault(
            translate("CourrierImport", "The file {file} holds a number far too long.").format(
                file=file
            )
        ) from None


def _fault(reason: str) -> SidecarError:
    return SidecarError([reason])


def parse_sidecar(data: Any, file: str, services: tuple[str, ...] | None = None) -> CourrierSidecar:
    if not isinstance(data, dict):
        raise _fault(
            translate("CourrierImport", "The file {file} must hold one JSON object.").format(
                file=file
            )
        )
    checker = _Checker(file)
    checker.keys(data)
    texts = {key: checker.text(data, key) for key in TEXT_KEYS}
    flag = data.get("action_requise")
    if "action_requise" in data and not isinstance(flag, bool):
        checker.add(
            translate("CourrierImport", "In {file}, “{key}” must be true or false.").format(
                file=file, key="action_requise"
            )
        )
    courrier_type = texts["type"]
    if courrier_type is not None and courrier_type not in COURRIER_TYPES:
        checker.add(
            translate(
                "CourrierImport", "In {file}, the type “{type}” is unknown; known types: {types}."
            ).format(file=file, type=courrier_type, types=", ".join(COURRIER_TYPES))
        )
    service = texts["service"].upper() if texts["service"] is not None else None
    if service is not None and services is not None and service not in services:
        checker.add(
            translate(
                "CourrierImport", "In {file}, the service “{service}” is unknown; known: {codes}."
            ).format(file=file, service=service, codes=", ".join(services))
        )
    recu_le = checker.date(data, "recu_le") if "recu_le" in data else None
    echeance = checker.date(data, "echeance") if data.get("echeance") is not None else None
    montant = checker.amount(data["montant"]) if data.get("montant") is not None else None
    if checker.faults:
        raise SidecarError(checker.faults)
    assert service is not None and courrier_type is not None and recu_le is not None
    assert texts["objet"] is not None and texts["reference"] is not None
    return CourrierSidecar(
        service=service,
        type=courrier_type,
        objet=texts["objet"],
        reference=texts["reference"],
        recu_le=recu_le,
        action_requise=bool(flag),
        echeance=echeance,
        montant=montant,
    )


class _Checker:
    """Collects every fault of one sidecar."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.faults: list[str] = []

    def add(self, fault: str) -> None:
        self.faults.append(fault)

    def keys(self, data: dict[str, Any]) -> None:
        missing = [key for key in REQUIRED_KEYS if key not in data]
        if missing:
            self.add(
                translate("CourrierImport", "In {file}, missing keys: {keys}.").format(
                    file=self.file, keys=", ".join(missing)
                )
            )
        extra = sorted(shown(key) for key in data if key not in REQUIRED_KEYS + OPTIONAL_KEYS)
        if extra:
            self.add(
                translate("CourrierImport", "In {file}, unknown keys: {keys}.").format(
                    file=self.file, keys=", ".join(key.strip('"') for key in extra)
                )
            )

    def text(self, data: dict[str, Any], key: str) -> str | None:
        """The key's text, stripped, or None (a fault added unless the key is missing)."""
        if key not in data:
            return None
        value = data[key]
        if not isinstance(value, str) or not value.strip():
            self.add(
                translate("CourrierImport", "In {file}, “{key}” must be a non-empty text.").format(
                    file=self.file, key=key
                )
            )
            return None
        text = value.strip()
        char = control_character(text)
        if char is not None:
            self.add(
                translate(
                    "CourrierImport", "In {file}, “{key}” contains a control character ({name})."
                ).format(file=self.file, key=key, name=character_name(char))
            )
        if len(text) > MAX_LENGTHS[key]:
            self.add(
                translate(
                    "CourrierImport", "In {file}, “{key}” is longer than {length} characters."
                ).format(file=self.file, key=key, length=MAX_LENGTHS[key])
            )
        return None if char is not None or len(text) > MAX_LENGTHS[key] else text

    def date(self, data: dict[str, Any], key: str) -> dt.date | None:
        value = data[key]
        if isinstance(value, str) and DATE_PATTERN.fullmatch(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        self.add(
            translate(
                "CourrierImport",
                "In {file}, “{key}” must be a date written YYYY-MM-DD, not {value}.",
            ).format(file=self.file, key=key, value=shown(value))
        )
        return None

    def amount(self, value: Any) -> Decimal | None:
        if isinstance(value, str) and AMOUNT_PATTERN.fullmatch(value):
            return Decimal(value)
        self.add(
            translate(
                "CourrierImport",
                "In {file}, “montant” must be a decimal number in quotes with at most 2 "
                'decimals, such as "1234.56", not {value}.',
            ).format(file=self.file, value=shown(value))
        )
        return None
