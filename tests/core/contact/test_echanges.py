"""Contact requests: drafts, submission whole or not at all, sending, answers, the history."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.contact.catalogue_file import load_catalogue
from peps_desktop.core.contact.echanges import (
    discard_draft,
    draft_submission,
    drafts_of,
    save_draft,
    submit,
)
from peps_desktop.core.contact.form import Agent, ContactInvalid, Submission
from peps_desktop.core.contact.history import (
    echange_detail,
    import_answer,
    list_echanges,
    record_answer,
)
from peps_desktop.core.contact.mail import OutgoingRequest
from peps_desktop.core.contact.nir import nir_key
from peps_desktop.core.contact.sending import send_pending
from peps_desktop.core.contact.transports import (
    OutboxTransport,
    SmtpSettings,
    SmtpTransport,
    TransportError,
)
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.errors import UserError
from peps_desktop.store import Store
from peps_desktop.store.models import AuditEntry, Echange
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.core.contact.smtp_server import Server, free_port

CATALOGUE = load_catalogue()
BODY = "2951063220146"
NIR = f"{BODY}{nir_key(BODY):02d}"
RECIPIENT = "Relations employeurs <contact@fonds.example>"


@pytest.fixture
def claire(store: Store, clock: FixedClock) -> SignedIn:
    return sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)


def request(tmp_path: Path, **values: object) -> Submission:
    proof = tmp_path / "bulletin.pdf"
    proof.write_bytes(b"%PDF-1.4\n% bulletin de salaire\n%%EOF\n")
    fields: dict[str, object] = {
        "agents": (Agent(NIR, "Durand", "Marie"),),
        "montant": "1 234,56",
        "date": "15/10/2026",
        "pieces_jointes": (proof,),
        "attestation": True,
    }
    fields.update(values)
    return Submission(
        "remboursement",
        "cotisations_a_tort",
        "demande",
        "Nous demandons le remboursement des cotisations versées à tort.",
        fields,  # type: ignore[arg-type]
    )


def echanges_count(store: Store) -> int:
    with store.read_session() as session:
        return session.scalar(select(func.count()).select_from(Echange)) or 0


class FailingTransport:
    def __init__(self, error: TransportError) -> None:
        self.error = error
        self.attempts = 0

    def send(self, request: OutgoingRequest) -> str:
        self.attempts += 1
        raise self.error


def test_a_draft_keeps_what_was_typed_and_comes_back(
    store: Store, clock: FixedClock, claire: SignedIn, tmp_path: Path
) -> None:
    half_typed = request(tmp_path, montant="12", agents=(Agent("2 95 10", "Dur", ""),))
    draft = save_draft(store, clock, claire, CATALOGUE, half_typed)
    again = save_draft(store, clock, claire, CATALOGUE, request(tmp_path), draft)
    assert again == draft
    back = draft_submission(store, claire, draft)
    assert back.sous_motif == "demande"
    assert back.values["agents"] == (Agent(NIR, "Durand", "Marie"),)
    assert back.values["montant"] == "1 234,56"
    assert back.values["pieces_jointes"] == (tmp_path / "bulletin.pdf",)
    assert [row[0] for row in drafts_of(store, claire)] == [draft]
    discard_draft(store, claire, draft)
    assert echanges_count(store) == 0


def test_an_invalid_request_stores_nothing(
    store: Store, clock: FixedClock, claire: SignedIn, tmp_path: Path, english: None
) -> None:
    with pytest.raises(ContactInvalid) as raised:
        submit(store, clock, claire, CATALOGUE, request(tmp_path, montant="", attestation=False))
    assert set(raised.value.errors) == {"montant", "attestation"}
    assert echanges_count(store) == 0


def test_a_submitted_draft_becomes_a_request_to_send_with_its_reference(
    store: Store, clock: FixedClock, claire: SignedIn, tmp_path: Path
) -> None:
    draft = save_draft(store, clock, claire, CATALOGUE, request(tmp_path))
    reference = submit(store, clock, claire, CATALOGUE, request(tmp_path), draft)
    assert reference == "ECH-2026-000001"
    assert submit(store, clock, claire, CATALOGUE, request(tmp_path)) == "ECH-2026-000002"
    detail = echange_detail(store, claire, draft)
    assert detail.row.status == "a_envoyer"
    assert detail.agents == (("2 95 10 •• ••• ••• " + NIR[-2:], "Durand", "Marie"),)
    assert dict(detail.fields) == {"montant": "1234.56", "date": "2026-10-15", "attestation": "oui"}
    assert detail.attachments == ("bulletin.pdf",)
    with store.read_session() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "echange_cree")
        ).first()
    assert (
        entry is not None and NIR not in str(entry.details) and "Durand" not in str(entry.details)
    )


def test_sending_to_the_outbox_once_then_answers(
    store: Store, clock: FixedClock, claire: SignedIn, tmp_path: Path
) -> None:
    reference = submit(store, clock, claire, CATALOGUE, request(tmp_path))
    outbox = OutboxTransport(tmp_path / "envoi")
    report = send_pending(store, clock, CATALOGUE, outbox, RECIPIENT, claire.structure_id)
    assert report.sent == (reference,) and report.failed == ()
    again = send_pending(store, clock, CATALOGUE, outbox, RECIPIENT, claire.structure_id)
    assert again.sent == ()  # nothing sent twice
    files = list((tmp_path / "envoi").glob("*.eml"))
    assert [path.name for path in files] == [f"{reference}.eml"]
    message = email.message_from_bytes(files[0].read_bytes(), policy=email.policy.default)
    body = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "2 95 10 63 220 146" in body and "DURAND Marie" in body
    assert [part.get_filename() for part in message.iter_attachments()] == ["bulletin.pdf"]

    reply = (
        f"From: contact@fonds.example\r\nTo: claire@mairie.fr\r\n"
        f"Subject: RE: [{reference}] votre demande\r\n"
        f"In-Reply-To: {message['Message-ID']}\r\n\r\nVotre demande est acceptée.\r\n"
    ).encode()
    assert import_answer(store, clock, claire, reply) == reference
    detail = echange_detail(store, claire, list_echanges(store, claire)[0].id)
    assert detail.row.status == "repondu"
    assert detail.thread[-1].body == "Votre demande est acceptée."


def test_a_failed_send_stays_to_send_with_its_reason_then_succeeds(
    store: Store, clock: FixedClock, claire: SignedIn, tmp_path: Path
) -> None:
    reference = submit(store, clock, claire, CATALOGUE, request(tmp_path))
    down = FailingTransport(TransportError("Le serveur ne répond pas.", retryable=True))
    report = send_pending(store, clock, CATALOGUE, down, RECIPIENT, claire.structure_id)
    assert report.failed == ((reference, "Le serveur ne répond pas."),)
    row = list_echanges(store, claire)[0]
    assert (row.status, row.send_error) == ("a_envoyer", "Le serveur ne répond pas.")
    report = send_pending(
        store,
        clock,
        CATALOGUE,
        OutboxTransport(tmp_path / "envoi"),
        RECIPIENT,
        claire.structure_id,
    )
    assert report.sent == (reference,)
    row = list_echanges(store, claire)[0]
    assert (row.status, row.send_error) == ("envoye", None)


def test_history_search_status_and_pasted_answers(
    store: Store, clock: FixedClock, claire: SignedIn, tmp_path: Path, english: None
) -> None:
    reference = submit(store, clock, claire, CATALOGUE, request(tmp_path))
    save_draft(store, clock, claire, CATALOGUE, request(tmp_path))
    assert [row.reference for row in list_echanges(store, claire, search=reference)] == [reference]
    assert len(list_echanges(store, claire, status="brouillon")) == 1
    echange_id = list_echanges(store, claire, status="a_envoyer")[0].id
    with pytest.raises(UserError, match="empty"):
        record_answer(store, clock, claire, echange_id, "   ")
    record_answer(store, clock, claire, echange_id, "Réponse collée.")
    assert list_echanges(store, claire, search=reference)[0].status == "repondu"
    with pytest.raises(UserError, match="names no échange"):
        import_answer(store, clock, claire, b"From: x@y.fr\r\nSubject: Bonjour\r\n\r\nTexte\r\n")


def test_smtp_refusal_keeps_it_to_send_and_the_retry_delivers_it_once(
    store: Store,
    clock: FixedClock,
    claire: SignedIn,
    tmp_path: Path,
    start_server: Callable[..., Server],
) -> None:
    reference = submit(store, clock, claire, CATALOGUE, request(tmp_path))
    server = start_server()
    server.handler.data_replies = ["550 5.7.1 Message refused"]
    smtp = SmtpTransport(
        SmtpSettings(
            host="127.0.0.1",
            port=server.port,
            security="none",
            sender="contact@mairie.fr",
            recipient="contact@fonds.example",
            timeout=3,
        ),
        None,
    )

    refused = send_pending(store, clock, CATALOGUE, smtp, RECIPIENT, claire.structure_id)
    assert refused.sent == () and "550 5.7.1 Message refused" in refused.failed[0][1]
    assert list_echanges(store, claire)[0].status == "a_envoyer"

    retried = send_pending(store, clock, CATALOGUE, smtp, RECIPIENT, claire.structure_id)
    assert retried.sent == (reference,)
    assert send_pending(store, clock, CATALOGUE, smtp, RECIPIENT, claire.structure_id).sent == ()
    (received,) = server.handler.received
    assert received["message"]["X-PEPs-Reference"] == reference


def test_smtp_server_down_keeps_it_to_send(
    store: Store, clock: FixedClock, claire: SignedIn, tmp_path: Path
) -> None:
    submit(store, clock, claire, CATALOGUE, request(tmp_path))
    down = SmtpTransport(
        SmtpSettings(
            host="127.0.0.1",
            port=free_port(),
            security="none",
            sender="contact@mairie.fr",
            recipient="contact@fonds.example",
            timeout=3,
        ),
        None,
    )
    report = send_pending(store, clock, CATALOGUE, down, RECIPIENT, claire.structure_id)
    assert "cannot be reached" in report.failed[0][1]
    row = list_echanges(store, claire)[0]
    assert row.status == "a_envoyer" and row.send_error == report.failed[0][1]


def test_the_thread_says_a_request_waits_until_it_is_sent(
    store: Store, clock: FixedClock, claire: SignedIn, tmp_path: Path
) -> None:
    """Status and thread never disagree: « à envoyer » shows its message as written, not
    sent; once sent, as sent at the time it went."""
    reference = submit(store, clock, claire, CATALOGUE, request(tmp_path))
    with store.read_session() as session:
        echange_id = session.scalar(select(Echange.id).where(Echange.reference == reference))
    (message,) = echange_detail(store, claire, echange_id).thread
    written = clock.now()
    assert message.waiting and message.at == written

    clock.set(written + dt.timedelta(hours=2))
    outbox = OutboxTransport(tmp_path / "envoi")
    report = send_pending(store, clock, CATALOGUE, outbox, RECIPIENT, claire.structure_id)
    assert report.sent == (reference,)
    (message,) = echange_detail(store, claire, echange_id).thread
    assert not message.waiting and message.at == written + dt.timedelta(hours=2)
