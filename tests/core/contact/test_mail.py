"""An échange as an e-mail: headers, accents and attachments survive a round trip."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import email.utils
from email.message import EmailMessage

import pytest

from peps_desktop.core.contact.mail import (
    Attachment,
    MessageError,
    OutgoingRequest,
    build_message,
    message_id_for,
    parse_address,
)

CREATED_AT = dt.datetime(2026, 11, 25, 9, 30)
PDF = b"%PDF-1.7\n\x00\xff\xfe binary \r\n content"


def a_request(**changes: object) -> OutgoingRequest:
    request = OutgoingRequest(
        reference="ECH-2026-000123",
        message_id="<ECH-2026-000123.20261125093000@peps-desktop.local>",
        sender="Mairie de Saint-Étienne <contact@mairie-saint-etienne.fr>",
        recipient="CNRACL <contact@cnracl.fr>",
        subject="Régularisation des cotisations — exercice 2026",
        body="Bonjour,\n\nVeuillez trouver la déclaration rectificative.\nCordialement,\nÉlodie",
        created_at=CREATED_AT,
        attachments=(
            Attachment("Déclaration été 2026.pdf", "application/pdf", PDF),
            Attachment("état.csv", "text/csv", "nir;montant\n1;12,50 €\n".encode()),
        ),
    )
    return dataclasses.replace(request, **changes)  # type: ignore[arg-type]


def round_trip(request: OutgoingRequest) -> EmailMessage:
    wire = build_message(request).as_bytes()
    assert wire.isascii()  # 7-bit clean: any server, any mail client
    parsed = email.message_from_bytes(wire, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def test_message_id_is_built_from_reference_and_creation_time() -> None:
    assert (
        message_id_for("ECH-2026-000123", CREATED_AT)
        == "<ECH-2026-000123.20261125093000@peps-desktop.local>"
    )
    assert message_id_for("ECH 2026/é", CREATED_AT, "mairie.fr").endswith("@mairie.fr>")
    assert " " not in message_id_for("ECH 2026/é", CREATED_AT)


def test_headers_survive_with_accents_encoded() -> None:
    wire = build_message(a_request()).as_bytes()
    parsed = round_trip(a_request())

    assert parsed["Message-ID"] == "<ECH-2026-000123.20261125093000@peps-desktop.local>"
    assert parsed["X-PEPs-Reference"] == "ECH-2026-000123"
    assert parsed["Subject"] == "Régularisation des cotisations — exercice 2026"
    assert parsed["From"].addresses[0].display_name == "Mairie de Saint-Étienne"
    assert parsed["From"].addresses[0].addr_spec == "contact@mairie-saint-etienne.fr"
    assert parsed["To"].addresses[0].addr_spec == "contact@cnracl.fr"
    assert b"=?utf-8?" in wire  # RFC 2047, not raw UTF-8 in headers
    assert b"\r\n" in wire and b"\n" not in wire.replace(b"\r\n", b"")


def test_date_is_the_creation_time_in_local_time() -> None:
    parsed = round_trip(a_request())
    date = email.utils.parsedate_to_datetime(parsed["Date"])
    assert date.tzinfo is not None
    assert date == CREATED_AT.astimezone()

    aware = dt.datetime(2026, 11, 25, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    parsed = round_trip(a_request(created_at=aware))
    assert "+0100" in parsed["Date"]


def test_body_is_utf8_plain_text() -> None:
    parsed = round_trip(a_request())
    body = parsed.get_body(preferencelist=("plain",))
    assert body is not None
    assert body.get_content_type() == "text/plain"
    assert body.get_content_charset() == "utf-8"
    text = body.get_content().replace("\r\n", "\n")
    assert text.rstrip("\n") == a_request().body


def test_attachments_keep_name_type_and_bytes() -> None:
    parsed = round_trip(a_request())
    assert parsed.get_content_type() == "multipart/mixed"
    attachments = [
        (part.get_filename(), part.get_content_type(), part.get_payload(decode=True))
        for part in parsed.iter_attachments()
    ]
    assert attachments == [
        ("Déclaration été 2026.pdf", "application/pdf", PDF),
        ("état.csv", "text/csv", "nir;montant\n1;12,50 €\n".encode()),
    ]


def test_without_attachments_the_message_is_plain_text() -> None:
    parsed = round_trip(a_request(attachments=()))
    assert parsed.get_content_type() == "text/plain"
    assert list(parsed.iter_attachments()) == []


def test_an_unknown_media_type_is_sent_as_octet_stream() -> None:
    request = a_request(attachments=(Attachment("scan", "pas un type", b"\x01\x02"),))
    (part,) = round_trip(request).iter_attachments()
    assert part.get_content_type() == "application/octet-stream"
    assert part.get_payload(decode=True) == b"\x01\x02"


def test_line_breaks_cannot_inject_headers() -> None:
    request = a_request(subject="Objet\r\nBcc: espion@example.com", attachments=())
    parsed = round_trip(request)
    assert parsed["Bcc"] is None
    assert parsed["Subject"] == "Objet Bcc: espion@example.com"


def test_internationalised_domain_is_sent_in_ascii() -> None:
    parsed = round_trip(a_request(sender="Élise <elise@mairie-saint-étienne.fr>"))
    assert parsed["From"].addresses[0].domain == "xn--mairie-saint-tienne-nzb.fr"


@pytest.mark.parametrize(
    "address", ["", "contact", "contact@", "@cnracl.fr", "a@b@c.fr", "élise@mairie.fr"]
)
def test_invalid_addresses_are_refused_with_a_clear_message(address: str) -> None:
    with pytest.raises(MessageError, match="is not a valid e-mail address"):
        build_message(a_request(recipient=address))
    with pytest.raises(MessageError):
        parse_address(address)


def test_a_malformed_message_id_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="Message-ID"):
        build_message(a_request(message_id="ECH-2026-000123"))
