"""An audit entry as a person reads it: who (name and login), what, on which account or
subject, and its details as a sentence (« 1 courrier archivé : CNR-2026-0006947 »).

The names, references, reviews and requests an entry points at are read once for a page of
entries (`load_context`), never per entry.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from peps_desktop.core.accounts.audit_words import (
    ACCOUNT_ACTIONS,
    field_label,
    value_label,
)
from peps_desktop.core.accounts.same_person import names_of
from peps_desktop.i18n import format_date, translate
from peps_desktop.store.models import Courrier, Echange, ReviewCampaign

SHOWN_REFERENCES = 3
CHUNK = 500  # below SQLite's limit on bound parameters
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
COURRIER_ACTIONS = (
    "courriers_archives",
    "courriers_desarchives",
    "courriers_assignes",
    "courriers_desassignes",
)
REVIEW_ACTIONS = ("revue_ouverte", "revue_appliquee")


@dataclass(frozen=True)
class AuditContext:
    """What the entries of a page point at: names by login, references by courrier id…"""

    names: Mapping[str, str] = field(default_factory=dict)
    references: Mapping[int, str] = field(default_factory=dict)
    reviews: Mapping[int, dt.datetime] = field(default_factory=dict)
    motifs: Mapping[str, str] = field(default_factory=dict)  # échange reference → its motif


@dataclass(frozen=True)
class AuditWords:
    actor: str
    account: str
    subject: str
    details: str


def _ids(details: Mapping[str, Any] | None) -> list[int]:
    value = (details or {}).get("courriers")
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, int)]


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def load_context(
    session: Session,
    structure_id: int,
    entries: Sequence[tuple[str | None, str, str | None, Mapping[str, Any] | None]],
) -> AuditContext:
    """For (actor login, action, target, details) of each entry of a page."""
    logins: set[str] = set()
    courrier_ids: set[int] = set()
    campaign_ids: set[int] = set()
    echange_references: set[str] = set()
    for actor, action, target, details in entries:
        if actor:
            logins.add(actor)
        if target and action in ACCOUNT_ACTIONS:
            logins.add(target)
        successor = (details or {}).get("successeur")
        if isinstance(successor, str):
            logins.add(successor)
        other = (details or {}).get("autre_personne_que")
        if isinstance(other, str):
            logins.add(other)
        courrier_ids.update(_ids(details)[:SHOWN_REFERENCES])
        if action in REVIEW_ACTIONS and target and target.isdigit():
            campaign_ids.add(int(target))
        if action == "echange_cree" and target:
            echange_references.add(target)
    references: dict[int, str] = {}
    for chunk in _chunks(sorted(courrier_ids)):
        references.update(
            session.execute(
                select(Courrier.id, Courrier.reference).where(
                    Courrier.structure_id == structure_id, Courrier.id.in_(chunk)
                )
            ).all()
        )
    reviews = dict(
        session.execute(
            select(ReviewCampaign.id, ReviewCampaign.started_at).where(
                ReviewCampaign.structure_id == structure_id,
                ReviewCampaign.id.in_(sorted(campaign_ids)),
            )
        ).all()
    )
    motifs = {
        reference: f"{motif} — {sous_motif}"
        for reference, motif, sous_motif in session.execute(
            select(Echange.reference, Echange.motif, Echange.sous_motif).where(
                Echange.structure_id == structure_id,
                Echange.reference.in_(sorted(echange_references)),
            )
        )
    }
    return AuditContext(names_of(session, structure_id, logins), references, reviews, motifs)


# --- words ---------------------------------------------------------------------------------


def person(login: str, context: AuditContext) -> str:
    """« Claire Martin (claire.martin) »; the login alone when the holder is not known."""
    name = context.names.get(login)
    return f"{name} ({login})" if name else login


def _count(details: Mapping[str, Any], key: str) -> int:
    value = details.get(key)
    return value if isinstance(value, int) else 0


def _plain(value: object) -> str:
    if isinstance(value, Mapping):
        return ", ".join(f"{code} {_plain(level)}" for code, level in value.items())
    text = "—" if value is None else str(value)
    match = _ISO_DATE.match(text)
    if match:
        return format_date(dt.date(int(match[1]), int(match[2]), int(match[3])))
    return value_label(text)


def _rights(rights: object) -> str:
    """The services with a right: nine « Aucun » say less than none."""
    if not isinstance(rights, Mapping):
        return _plain(rights)
    granted = [
        translate("AuditLog", "{service}: {right}").format(service=code, right=value_label(level))
        for code, level in rights.items()
        if level != "aucun"
    ]
    return ", ".join(granted) or translate("AuditLog", "no right")


def _field(name: str, value: str) -> str:
    return translate("AuditLog", "{field}: {value}").format(field=field_label(name), value=value)


def describe_details(details: Mapping[str, Any] | None) -> str:
    """Any entry's details: `field: before → after; …` for changes, `field: value` else."""
    if not details:
        return ""
    before, after = details.get("avant"), details.get("apres")
    parts: list[str] = []
    if isinstance(before, Mapping) and isinstance(after, Mapping):
        for name in after:
            old, new = before.get(name), after[name]
            if isinstance(old, Mapping) and isinstance(new, Mapping):
                changes = ", ".join(
                    f"{code} {_plain(old.get(code))} → {_plain(level)}"
                    for code, level in new.items()
                )
                parts.append(_field(name, changes))
            else:
                parts.append(_field(name, f"{_plain(old)} → {_plain(new)}"))
    for name, value in details.items():
        if name in ("avant", "apres"):
            continue
        shown = _rights(value) if name == "droits" else _plain(value)
        parts.append(_field(name, shown))
    return translate("AuditLog", "; ", "between the parts of a list").join(parts)


def _courriers(action: str, details: Mapping[str, Any], context: AuditContext) -> str:
    ids = _ids(details)
    shown = [context.references.get(id_, f"n° {id_}") for id_ in ids[:SHOWN_REFERENCES]]
    references = ", ".join(shown)
    if len(ids) > SHOWN_REFERENCES:
        more = translate("AuditLog", "and %n more", None, len(ids) - SHOWN_REFERENCES)
        references = f"{references} {more}"
    done = _courriers_done(action, len(ids))
    return translate("AuditLog", "{done}: {references}").format(done=done, references=references)


def _courriers_done(action: str, count: int) -> str:
    if action == "courriers_archives":
        return translate("AuditLog", "%n courrier(s) archived", None, count)
    if action == "courriers_desarchives":
        return translate("AuditLog", "%n courrier(s) back from the archives", None, count)
    if action == "courriers_assignes":
        return translate("AuditLog", "%n courrier(s) assigned", None, count)
    return translate("AuditLog", "%n courrier(s) no longer assigned", None, count)


def _joined(*parts: str) -> str:
    return ", ".join(part for part in parts if part)


def _sentence(action: str, details: Mapping[str, Any], context: AuditContext) -> str | None:
    """The entry's own sentence, or None to fall back on the generic description."""
    if action in COURRIER_ACTIONS:
        return _courriers(action, details, context)
    if action == "courriers_importes":
        return _joined(
            translate("AuditLog", "%n courrier(s) imported", None, _count(details, "importes")),
            translate("AuditLog", "%n duplicate(s)", None, _count(details, "doublons")),
            translate("AuditLog", "%n pair(s) rejected", None, _count(details, "rejetes")),
        )
    if action == "demo_generee":
        return _joined(
            translate("AuditLog", "%Ln account(s)", None, _count(details, "accounts")),
            translate("AuditLog", "%Ln courrier(s)", None, _count(details, "courriers")),
            translate("AuditLog", "%Ln échange(s)", None, _count(details, "echanges")),
        )
    if action == "revue_appliquee":
        return _joined(
            translate("AuditLog", "%n account(s) renewed", None, _count(details, "renouveles")),
            translate("AuditLog", "%n deleted", None, _count(details, "supprimes")),
            translate("AuditLog", "%n kept as they were", None, _count(details, "conserves")),
        )
    if action == "comptes_importes":
        return translate("AuditLog", "%Ln line(s)", None, _count(details, "lignes"))
    if action == "comptes_exportes":
        return translate("AuditLog", "%Ln account(s)", None, _count(details, "comptes"))
    if action == "compte_cree":
        sentence = translate("AuditLog", "profile {profile}; rights: {rights}").format(
            profile=value_label(str(details.get("profil") or details.get("profile") or "")),
            rights=_rights(details.get("droits", {})),
        )
        other = details.get("autre_personne_que")
        if isinstance(other, str):
            confirmed = translate(
                "AuditLog", "confirmed as another person than the holder of {account}"
            ).format(account=person(other, context))
            sentence = translate("AuditLog", "; ", "between the parts of a list").join(
                (sentence, confirmed)
            )
        return sentence
    if action == "compte_supprime":
        return translate("AuditLog", "profile {profile}").format(
            profile=value_label(str(details.get("profil", "")))
        )
    if action == "succession_enregistree":
        successor = str(details.get("successeur", ""))
        departure = _plain(details.get("depart"))
        return translate("AuditLog", "successor: {successor}; leaves on {date}").format(
            successor=person(successor, context), date=departure
        )
    if action == "echange_cree":
        return _joined(
            translate("AuditLog", "%n agent(s)", None, _count(details, "agents")),
            translate("AuditLog", "%n attachment(s)", None, _count(details, "pieces_jointes")),
        )
    return None


def _subject(
    action: str, target: str | None, details: Mapping[str, Any], context: AuditContext
) -> str:
    if action in REVIEW_ACTIONS and target:
        started = context.reviews.get(int(target)) if target.isdigit() else None
        if started is not None:
            return translate("AuditLog", "Review started on {date}").format(
                date=format_date(started.date())
            )
        return translate("AuditLog", "Review no. {number}").format(number=target)
    if action in ("comptes_importes", "comptes_exportes") and target:
        return translate("AuditLog", "File {name}").format(name=target)
    if action == "courriers_importes" and details.get("dossier"):
        return translate("AuditLog", "Folder {folder}").format(folder=details["dossier"])
    if action == "echange_cree" and target:
        motif = context.motifs.get(target)
        return f"{target} — {motif}" if motif else target
    if action in ACCOUNT_ACTIONS:
        return ""
    return target or ""


def describe(
    actor_login: str | None,
    action: str,
    target: str | None,
    details: Mapping[str, Any] | None,
    context: AuditContext,
) -> AuditWords:
    actor = (
        person(actor_login, context) if actor_login else translate("AuditLog", "the application")
    )
    account = person(target, context) if target and action in ACCOUNT_ACTIONS else ""
    own = _sentence(action, details or {}, context) if details is not None else None
    summary = own if own is not None else describe_details(details)
    return AuditWords(actor, account, _subject(action, target, details or {}, context), summary)
