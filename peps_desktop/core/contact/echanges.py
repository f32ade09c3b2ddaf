"""Contact requests: a draft kept as the user types, then submitted whole or not at all.

An échange keeps its catalogue codes (to reopen a draft in the form) and the labels the user
saw (the history reads the same even if the catalogue changes). The agents' NIRs and names
are written through encrypted columns (store/encrypted.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.contact.catalogue import Catalogue
from peps_desktop.core.contact.form import (
    Agent,
    Submission,
    ValidRequest,
    locate,
    validate,
)
from peps_desktop.core.contact.mail import message_id_for
from peps_desktop.core.shared import audit
from peps_desktop.core.shared.clock import Clock
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.models import (
    Echange,
    EchangeAgent,
    EchangeAttachment,
    EchangeField,
    EchangeMessage,
)

STATUS_BROUILLON = "brouillon"
STATUS_A_ENVOYER = "a_envoyer"
STATUS_ENVOYE = "envoye"
STATUS_REPONDU = "repondu"
STATUS_CLOS = "clos"
STATUSES = (STATUS_BROUILLON, STATUS_A_ENVOYER, STATUS_ENVOYE, STATUS_REPONDU, STATUS_CLOS)
DIRECTION_SENT = "envoye"
DIRECTION_RECEIVED = "recu"
# A draft's attachments are the files' paths, one per line: they are read when it is sent.
DRAFT_ATTACHMENTS = "pieces_jointes"


def _reference(session: Session, structure_id: int, now: dt.datetime) -> str:
    """ECH-YYYY-NNNNNN, the next of the year (the unit of work holds the write lock)."""
    prefix = f"ECH-{now.year}-"
    last = session.scalar(
        select(Echange.reference)
        .where(Echange.reference.like(f"{prefix}%"))
        .order_by(Echange.reference.desc())
        .limit(1)
    )
    number = int(last.removeprefix(prefix)) + 1 if last else 1
    return f"{prefix}{number:06d}"


def _own_draft(session: Session, user: SignedIn, draft_id: int) -> Echange:
    echange = session.get(Echange, draft_id)
    if (
        echange is None
        or echange.structure_id != user.structure_id
        or echange.author_id != user.account_id
        or echange.status != STATUS_BROUILLON
    ):
        raise UserError(translate("Echanges", "This draft no longer exists."))
    return echange


def _new_echange(session: Session, user: SignedIn, now: dt.datetime) -> Echange:
    echange = Echange(
        structure_id=user.structure_id,
        reference=_reference(session, user.structure_id, now),
        theme="",
        motif="",
        sous_motif="",
        objet="",
        author_id=user.account_id,
        status=STATUS_BROUILLON,
        created_at=now,
        updated_at=now,
    )
    session.add(echange)
    return echange


def save_draft(
    store: Store,
    clock: Clock,
    user: SignedIn,
    catalogue: Catalogue,
    submission: Submission,
    draft_id: int | None = None,
) -> int:
    """Keep the form as it stands, checked or not; the draft's id (new or the same)."""
    theme, motif, sous_motif = locate(catalogue, submission)
    now = clock.now()
    with store.session() as session:
        if draft_id is None:
            echange = _new_echange(session, user, now)
        else:
            echange = _own_draft(session, user, draft_id)
        echange.catalogue_codes = f"{theme.code}/{motif.code}/{sous_motif.code}"
        echange.theme, echange.motif, echange.sous_motif = (
            theme.titre,
            motif.libelle,
            sous_motif.libelle,
        )
        echange.objet = sous_motif.libelle
        echange.message = submission.message
        echange.updated_at = now
        fields: list[EchangeField] = []
        agents: list[EchangeAgent] = []
        for cle, value in submission.values.items():
            if isinstance(value, tuple) and all(isinstance(item, Agent) for item in value):
                agents = [
                    EchangeAgent(position=number, nir=agent.nir, nom=agent.nom, prenom=agent.prenom)
                    for number, agent in enumerate(value)
                    if isinstance(agent, Agent)
                ]
            elif isinstance(value, tuple):
                paths = "\n".join(str(item) for item in value if isinstance(item, Path))
                fields.append(EchangeField(cle=cle, value=paths))
            elif isinstance(value, bool):
                fields.append(EchangeField(cle=cle, value="oui" if value else ""))
            else:
                fields.append(EchangeField(cle=cle, value=value))
        _replace_children(session, echange, fields, agents)
        session.flush()
        return echange.id


def _replace_children(
    session: Session, echange: Echange, fields: list[EchangeField], agents: list[EchangeAgent]
) -> None:
    # Flushed empty first: the unique (échange, key) constraints see no old rows.
    echange.fields.clear()
    echange.agents.clear()
    session.flush()
    echange.fields.extend(fields)
    echange.agents.extend(agents)


def draft_submission(store: Store, user: SignedIn, draft_id: int) -> Submission:
    """The form's content as the draft kept it."""
    with store.read_session() as session:
        echange = _own_draft(session, user, draft_id)
        theme, motif, sous_motif = (echange.catalogue_codes or "//").split("/", 2)
        values: dict[str, str | bool | tuple[Agent, ...] | tuple[Path, ...]] = {}
        for item in echange.fields:
            if item.cle == DRAFT_ATTACHMENTS:
                values[item.cle] = tuple(Path(line) for line in item.value.splitlines() if line)
            else:
                values[item.cle] = item.value
        if echange.agents:
            values["agents"] = tuple(
                Agent(agent.nir, agent.nom, agent.prenom) for agent in echange.agents
            )
        return Submission(theme, motif, sous_motif, echange.message or "", values)


def drafts_of(store: Store, user: SignedIn) -> list[tuple[int, str, dt.datetime]]:
    """(id, sous-motif, last saved) of this user's drafts, the latest first."""
    with store.read_session() as session:
        rows = session.execute(
            select(Echange.id, Echange.sous_motif, Echange.updated_at)
            .where(
                Echange.structure_id == user.structure_id,
                Echange.author_id == user.account_id,
                Echange.status == STATUS_BROUILLON,
            )
            .order_by(Echange.updated_at.desc())
        )
        return [(row[0], row[1], row[2]) for row in rows]


def discard_draft(store: Store, user: SignedIn, draft_id: int) -> None:
    with store.session() as session:
        session.delete(_own_draft(session, user, draft_id))


def submit(
    store: Store,
    clock: Clock,
    user: SignedIn,
    catalogue: Catalogue,
    submission: Submission,
    draft_id: int | None = None,
) -> str:
    """Check the request, then keep it `à envoyer`: its reference. Invalid → ContactInvalid
    with each field's error, and nothing stored."""
    request = validate(catalogue, submission)
    # Documents first: kept by content, whole or absent; a crash leaves no half échange.
    shas = [store.documents.put(item.content) for item in request.attachments]
    now = clock.now()
    with store.session() as session:
        if draft_id is None:
            echange = _new_echange(session, user, now)
        else:
            echange = _own_draft(session, user, draft_id)
        _fill(echange, request, now)
        _replace_children(
            session,
            echange,
            [EchangeField(cle=cle, value=value) for cle, _label, value in request.fields],
            [
                EchangeAgent(position=number, nir=agent.nir, nom=agent.nom, prenom=agent.prenom)
                for number, agent in enumerate(request.agents)
            ],
        )
        echange.attachments.clear()
        echange.attachments.extend(
            EchangeAttachment(
                file_name=item.file_name,
                document_sha256=sha,
                size=len(item.content),
                media_type=item.media_type,
            )
            for item, sha in zip(request.attachments, shas, strict=True)
        )
        echange.messages.append(
            EchangeMessage(direction=DIRECTION_SENT, body=request.message, at=now)
        )
        session.flush()
        echange.message_id = message_id_for(echange.reference, now)
        # The audit says what was asked, never about whom: no NIR, no name.
        audit.record(
            session,
            clock,
            user.login,
            "echange_cree",
            echange.reference,
            sous_motif=echange.catalogue_codes,
            agents=len(request.agents),
            pieces_jointes=len(request.attachments),
        )
        return echange.reference


def _fill(echange: Echange, request: ValidRequest, now: dt.datetime) -> None:
    echange.catalogue_codes = f"{request.theme.code}/{request.motif.code}/{request.sous_motif.code}"
    echange.theme = request.theme.titre
    echange.motif = request.motif.libelle
    echange.sous_motif = request.sous_motif.libelle
    echange.objet = request.sous_motif.libelle
    echange.fonds = next(
        (value for cle, _label, value in request.fields if cle.startswith("fonds")), None
    )
    echange.message = request.message
    echange.status = STATUS_A_ENVOYER
    echange.send_error = None
    echange.updated_at = now
