"""Sending the échanges `à envoyer` through a transport, each in its own unit of work.

A request is built from the store, handed to the transport, and only then marked `envoyé`.
A failure keeps it `à envoyer` with the reason shown, for the next attempt. Its Message-ID
was chosen when it was submitted: the outbox never writes it twice, and a mail server (or
its reader) can tell a repeat after a crash between sending and recording.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peps_desktop.core.contact.catalogue import Catalogue, SousMotif
from peps_desktop.core.contact.echanges import STATUS_A_ENVOYER, STATUS_ENVOYE
from peps_desktop.core.contact.mail import Attachment, OutgoingRequest
from peps_desktop.core.contact.nir import spaced_nir
from peps_desktop.core.contact.transports import Transport, TransportError
from peps_desktop.core.shared.clock import Clock
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.documents import read_all
from peps_desktop.store.models import Account, Echange


@dataclass(frozen=True)
class SendReport:
    sent: tuple[str, ...]  # references
    failed: tuple[tuple[str, str], ...]  # (reference, reason)


def _sous_motif(catalogue: Catalogue, codes: str | None) -> SousMotif | None:
    try:
        theme, motif, sous_motif = (codes or "").split("/", 2)
        return catalogue.theme(theme).motif(motif).sous_motif(sous_motif)
    except (ValueError, UserError):
        return None  # an older échange or a catalogue that changed: keys stand for labels


def _request(
    session: Session, store: Store, catalogue: Catalogue, echange: Echange, recipient: str
) -> OutgoingRequest:
    sender = ""
    signature = ""
    account = session.get(Account, echange.author_id) if echange.author_id else None
    if account is not None:
        sender = f"{account.prenom} {account.nom} <{account.email}>"
        signature = f"{account.prenom} {account.nom} — {account.email}"
    sous_motif = _sous_motif(catalogue, echange.catalogue_codes)
    labels = {champ.cle: champ.libelle for champ in sous_motif.champs} if sous_motif else {}
    lines = [
        f"Référence : {echange.reference}",
        f"Thème : {echange.theme}",
        f"Motif : {echange.motif}",
        f"Sous-motif : {echange.sous_motif}",
    ]
    for field in echange.fields:
        lines.append(f"{labels.get(field.cle, field.cle)} : {field.value}")
    if echange.agents:
        lines.append("")
        lines.append("Agents concernés :")
        lines.extend(
            f"- {spaced_nir(agent.nir)} — {agent.nom.upper()} {agent.prenom}"
            for agent in echange.agents
        )
    lines += ["", echange.message or "", "", signature]
    attachments = []
    for item in echange.attachments:
        try:
            content = read_all(store.documents, item.document_sha256)
        except OSError:
            raise TransportError(
                translate(
                    "EchangeSending", "The attachment {name} is missing from the store ({path})."
                ).format(name=item.file_name, path=store.documents.where(item.document_sha256)),
                retryable=False,
            ) from None
        attachments.append(Attachment(item.file_name, item.media_type, content))
    return OutgoingRequest(
        reference=echange.reference,
        message_id=echange.message_id or "",
        sender=sender,
        recipient=recipient,
        subject=f"[{echange.reference}] {echange.theme} — {echange.sous_motif}",
        body="\n".join(lines).strip() + "\n",
        created_at=echange.created_at,
        attachments=tuple(attachments),
    )


def waiting_to_send(store: Store, structure_id: int) -> int:
    """How many of the structure's échanges are `à envoyer`."""
    with store.read_session() as session:
        total = session.scalar(
            select(func.count())
            .select_from(Echange)
            .where(Echange.structure_id == structure_id, Echange.status == STATUS_A_ENVOYER)
        )
    return total or 0


def send_pending(
    store: Store,
    clock: Clock,
    catalogue: Catalogue,
    transport: Transport,
    recipient: str,
    structure_id: int,
) -> SendReport:
    """Try every échange `à envoyer` of the structure, the oldest first."""
    with store.read_session() as session:
        pending = list(
            session.scalars(
                select(Echange.id)
                .where(Echange.structure_id == structure_id, Echange.status == STATUS_A_ENVOYER)
                .order_by(Echange.id)
            )
        )
    sent: list[str] = []
    failed: list[tuple[str, str]] = []
    for echange_id in pending:
        problem: str | None = None
        request: OutgoingRequest | None = None
        with store.read_session() as session:
            echange = session.get(Echange, echange_id)
            if echange is None or echange.status != STATUS_A_ENVOYER:
                continue
            reference = echange.reference
            try:
                request = _request(session, store, catalogue, echange, recipient)
            except UserError as error:
                problem = str(error)
        if request is not None:
            try:
                transport.send(request)
            except UserError as error:  # TransportError and a bad address alike
                problem = str(error)
        with store.session() as session:
            echange = session.get(Echange, echange_id)
            if echange is None:
                continue
            echange.updated_at = clock.now()
            if problem is None:
                echange.status = STATUS_ENVOYE
                echange.sent_at = clock.now()
                echange.send_error = None
                sent.append(reference)
            else:
                echange.send_error = problem
                failed.append((reference, problem))
    return SendReport(tuple(sent), tuple(failed))
