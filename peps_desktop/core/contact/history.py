"""Mes échanges: the structure's requests, one request's thread, and the answers received.

An answer, pasted or imported from an `.eml` file, is attached to its échange (found by the
reference in its subject or header, or by the Message-ID it replies to) and sets it
`répondu`.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
from dataclasses import dataclass
from email.message import EmailMessage

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.contact.echanges import (
    DIRECTION_RECEIVED,
    DIRECTION_SENT,
    STATUS_A_ENVOYER,
    STATUS_BROUILLON,
    STATUS_CLOS,
    STATUS_REPONDU,
)
from peps_desktop.core.contact.mail import REFERENCE_HEADER
from peps_desktop.core.contact.nir import masked_nir
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.input_rules import typable
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.models import Account, Echange, EchangeMessage

_REFERENCE = re.compile(r"ECH-\d{4}-\d{6}")
MAX_ANSWER = 100_000
MAX_REPLIED_IDS = 100  # a References header may name a whole thread; more is not an answer


@dataclass(frozen=True)
class EchangeRow:
    id: int
    reference: str
    created_at: dt.datetime
    theme: str
    motif: str
    sous_motif: str
    author: str  # "Prénom Nom", or "" for a deleted account
    status: str
    send_error: str | None


@dataclass(frozen=True)
class ThreadMessage:
    direction: str  # envoye | recu
    body: str
    at: dt.datetime  # when it was sent (or written, while waiting), or received
    # Written, not sent yet: the échange is still « à envoyer ».
    waiting: bool = False


@dataclass(frozen=True)
class EchangeDetail:
    row: EchangeRow
    message: str
    fields: tuple[tuple[str, str], ...]  # (cle, value)
    agents: tuple[tuple[str, str, str], ...]  # (masked NIR, nom, prénom)
    attachments: tuple[str, ...]  # file names
    thread: tuple[ThreadMessage, ...]


def list_echanges(
    store: Store, user: SignedIn, search: str = "", status: str | None = None
) -> list[EchangeRow]:
    """The structure's échanges, the latest first; others' drafts are theirs alone."""
    statement = (
        select(Echange, Account.prenom, Account.nom)
        .outerjoin(Account, Account.id == Echange.author_id)
        .where(
            Echange.structure_id == user.structure_id,
            or_(Echange.status != STATUS_BROUILLON, Echange.author_id == user.account_id),
        )
        .order_by(Echange.created_at.desc(), Echange.id.desc())
    )
    if status:
        statement = statement.where(Echange.status == status)
    words = search.strip()
    if words:
        pattern = f"%{words}%"
        statement = statement.where(
            or_(
                Echange.reference.ilike(pattern),
                Echange.objet.ilike(pattern),
                Echange.theme.ilike(pattern),
                Echange.motif.ilike(pattern),
                Echange.sous_motif.ilike(pattern),
            )
        )
    with store.read_session() as session:
        return [_row(echange, prenom, nom) for echange, prenom, nom in session.execute(statement)]


def _row(echange: Echange, prenom: str | None, nom: str | None) -> EchangeRow:
    return EchangeRow(
        id=echange.id,
        reference=echange.reference,
        created_at=echange.created_at,
        theme=echange.theme,
        motif=echange.motif,
        sous_motif=echange.sous_motif,
        author=f"{prenom} {nom}" if nom else "",
        status=echange.status,
        send_error=echange.send_error,
    )


def _visible(user: SignedIn, echange: Echange | None) -> Echange:
    if (
        echange is None
        or echange.structure_id != user.structure_id
        or (echange.status == STATUS_BROUILLON and echange.author_id != user.account_id)
    ):
        raise UserError(translate("EchangeHistory", "This échange does not exist."))
    return echange


def echange_detail(store: Store, user: SignedIn, echange_id: int) -> EchangeDetail:
    """One échange with its thread; NIRs come back masked."""
    with store.read_session() as session:
        echange = _visible(user, session.get(Echange, echange_id))
        author = session.get(Account, echange.author_id) if echange.author_id else None
        return EchangeDetail(
            row=_row(echange, author.prenom if author else None, author.nom if author else None),
            message=echange.message or "",
            fields=tuple((item.cle, item.value) for item in echange.fields),
            agents=tuple((_masked(agent.nir), agent.nom, agent.prenom) for agent in echange.agents),
            attachments=tuple(item.file_name for item in echange.attachments),
            thread=_thread(echange),
        )


def _thread(echange: Echange) -> tuple[ThreadMessage, ...]:
    """The messages as they went: the request's own is sent when the échange is, never
    before; while it waits, the thread says so (status and thread always agree)."""
    thread = []
    first_sent = True
    for message in echange.messages:
        at, waiting = message.at, False
        if message.direction == DIRECTION_SENT:
            if echange.sent_at is None or message.at > echange.sent_at:
                waiting = echange.status in (STATUS_A_ENVOYER, STATUS_BROUILLON)
            elif first_sent:
                at = echange.sent_at  # written first, sent when the échange was
            first_sent = False
        thread.append(ThreadMessage(message.direction, message.body, at, waiting))
    return tuple(thread)


def echange_by_reference(store: Store, user: SignedIn, reference: str) -> EchangeDetail:
    """One échange of the structure found by its reference (ECH-2026-000123), as
    echange_detail gives it; UserError when there is none the person may see."""
    with store.read_session() as session:
        echange_id = session.scalar(
            select(Echange.id).where(
                Echange.structure_id == user.structure_id,
                Echange.reference == reference.strip().upper(),
            )
        )
    if echange_id is None:
        raise UserError(translate("EchangeHistory", "This échange does not exist."))
    return echange_detail(store, user, echange_id)


def _masked(nir: str) -> str:
    try:
        return masked_nir(nir)
    except ValueError:  # a draft's NIR still being typed
        return "•" * len(nir)


def record_answer(store: Store, clock: Clock, user: SignedIn, echange_id: int, body: str) -> None:
    """A pasted answer: joined to the thread, the échange `répondu`."""
    text = typable(body).strip()  # as a person could have typed it: no NUL, no other control
    if not text:
        raise UserError(translate("EchangeHistory", "The answer is empty."))
    if len(text) > MAX_ANSWER:
        raise UserError(translate("EchangeHistory", "The answer is too long."))
    with store.session() as session:
        echange = _visible(user, session.get(Echange, echange_id))
        if echange.status in (STATUS_BROUILLON, STATUS_CLOS):
            raise UserError(
                translate("EchangeHistory", "A draft or a closed échange cannot receive an answer.")
            )
        now = clock.now()
        echange.messages.append(EchangeMessage(direction=DIRECTION_RECEIVED, body=text, at=now))
        echange.status = STATUS_REPONDU
        echange.updated_at = now


def import_answer(store: Store, clock: Clock, user: SignedIn, eml: bytes) -> str:
    """An answer saved as an `.eml` file: the reference of the échange it was attached to."""
    try:
        answer = _read_answer(eml)
    except Exception:  # the email package raises many kinds on broken input, even lazily
        answer = None
    if answer is None:
        raise UserError(translate("EchangeHistory", "This file is not an e-mail message."))
    with store.read_session() as session:
        echange_id = _answered_echange(session, user, answer)
    if echange_id is None:
        raise UserError(
            translate(
                "EchangeHistory",
                "This message names no échange of your structure (no ECH-YYYY-NNNNNN "
                "reference in its subject, and it answers none of your messages).",
            )
        )
    record_answer(store, clock, user, echange_id, answer.body)
    with store.read_session() as session:
        reference = session.scalar(select(Echange.reference).where(Echange.id == echange_id))
    return reference or ""


@dataclass(frozen=True)
class _Answer:
    """What an answer's file says: the Message-IDs it replies to, the references it names,
    its text."""

    replied_ids: tuple[str, ...]
    references: tuple[str, ...]
    body: str


def _read_answer(eml: bytes) -> _Answer | None:
    """Everything read from the message at once, so that a broken header or part fails here."""
    message = email.message_from_bytes(eml, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not (message.get("From") or message.get("Subject")):
        return None
    replied = " ".join(str(message.get(name, "")) for name in ("In-Reply-To", "References"))
    named = " ".join(str(message.get(name, "")) for name in (REFERENCE_HEADER, "Subject"))
    return _Answer(
        replied_ids=tuple(re.findall(r"<[^<>]+>", replied))[:MAX_REPLIED_IDS],
        references=tuple(_REFERENCE.findall(named))[:MAX_REPLIED_IDS],
        body=_plain_body(message),
    )


def _answered_echange(session: Session, user: SignedIn, answer: _Answer) -> int | None:
    message_ids = list(answer.replied_ids)
    if message_ids:
        found = session.scalar(
            select(Echange.id).where(
                Echange.structure_id == user.structure_id, Echange.message_id.in_(message_ids)
            )
        )
        if found is not None:
            return found
    for reference in answer.references:
        found = session.scalar(
            select(Echange.id).where(
                Echange.structure_id == user.structure_id, Echange.reference == reference
            )
        )
        if found is not None:
            return found
    return None


def _plain_body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    raw = part.get_payload(decode=True)
    text = _decoded(raw if isinstance(raw, bytes) else b"", part.get_content_charset())
    if part.get_content_subtype() == "html":
        text = re.sub(r"<[^>]+>", " ", text)
    return text.strip()


def _decoded(raw: bytes, charset: str | None) -> str:
    """The declared charset; undeclared, UTF-8 as most mail is, else Latin-1 (never fails)."""
    for candidate in (charset, "utf-8"):
        if candidate:
            try:
                return raw.decode(candidate)
            except (LookupError, UnicodeDecodeError):
                continue
    return raw.decode("latin-1")
