"""An échange as a standard e-mail (RFC 5322): the same bytes go to the outbox or to SMTP.

The Message-ID is fixed when the échange is created and kept across retries, so the
receiving side (and the outbox) can tell a resend of the same request from a new one.
"""

from __future__ import annotations

import datetime as dt
import email.policy
import email.utils
import re
from dataclasses import dataclass
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from typing import NamedTuple

from peps_desktop.errors import UserError
from peps_desktop.i18n import translate

REFERENCE_HEADER = "X-PEPs-Reference"
MESSAGE_ID_DOMAIN = "peps-desktop.local"
DEFAULT_MEDIA_TYPE = "application/octet-stream"
_MEDIA_TYPE = re.compile(r"[A-Za-z0-9][\w.+-]*/[A-Za-z0-9][\w.+-]*")
_MESSAGE_ID = re.compile(r"<[^<>@\s]+@[^<>@\s]+>")
_NOT_DOT_ATOM = re.compile(r"[^A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]")
_LINE_BREAKS = re.compile(r"[\r\n\t\v\f\x1c-\x1e\x85\u2028\u2029]+")


class MessageError(UserError):
    """The request cannot be written as an e-mail (e.g. an invalid address)."""


class Attachment(NamedTuple):
    file_name: str
    media_type: str
    content: bytes


@dataclass(frozen=True)
class OutgoingRequest:
    """What a transport sends; `created_at` is naive local time, as the store keeps it."""

    reference: str
    message_id: str
    sender: str
    recipient: str
    subject: str
    body: str
    created_at: dt.datetime
    attachments: tuple[Attachment, ...] = ()


def message_id_for(reference: str, created_at: dt.datetime, domain: str = MESSAGE_ID_DOMAIN) -> str:
    """`<ECH-2026-000123.20261125093000@peps-desktop.local>`: unique per échange."""
    local_part = _NOT_DOT_ATOM.sub("_", reference).strip(".") or "echange"
    return f"<{local_part}.{created_at:%Y%m%d%H%M%S}@{domain}>"


def build_message(request: OutgoingRequest) -> EmailMessage:
    """The request as a MIME message: text/plain UTF-8 body, then one part per attachment."""
    if not _MESSAGE_ID.fullmatch(request.message_id):
        raise ValueError(f"not an RFC 5322 Message-ID: {request.message_id!r}")
    message = EmailMessage(policy=email.policy.SMTP)
    message["Message-ID"] = request.message_id
    message["Date"] = email.utils.format_datetime(_aware(request.created_at))
    message["From"] = parse_address(request.sender)
    message["To"] = parse_address(request.recipient)
    message["Subject"] = _one_line(request.subject)
    message[REFERENCE_HEADER] = _one_line(request.reference)
    # Quoted-printable: 7-bit safe for any server, still readable in the .eml.
    message.set_content(request.body, subtype="plain", charset="utf-8", cte="quoted-printable")
    for file_name, media_type, content in request.attachments:
        maintype, subtype = _media_type(media_type).split("/")
        message.add_attachment(
            content, maintype=maintype, subtype=subtype, filename=_one_line(file_name)
        )
    return message


def parse_address(value: str) -> Address:
    """`contact@mairie.fr` or `Mairie de Saint-Étienne <contact@mairie.fr>`; IDN domains
    become their ASCII form. MessageError when it is not one valid address."""
    name, addr_spec = email.utils.parseaddr(value)
    local_part, at, domain = addr_spec.rpartition("@")
    if not (at and local_part and domain) or not local_part.isascii() or "@" in local_part:
        raise _invalid_address(value)
    try:
        return Address(display_name=name, addr_spec=f"{local_part}@{_ascii_domain(domain)}")
    except (ValueError, IndexError, HeaderParseError, UnicodeError):
        raise _invalid_address(value) from None


def _invalid_address(value: str) -> MessageError:
    return MessageError(
        translate("MailMessage", "The address {address} is not a valid e-mail address.").format(
            address=value.strip() or '""'
        )
    )


def _ascii_domain(domain: str) -> str:
    return domain if domain.isascii() else domain.encode("idna").decode("ascii")


def _aware(moment: dt.datetime) -> dt.datetime:
    # A naive datetime is local time: astimezone() attaches the local offset.
    return moment.astimezone() if moment.tzinfo is None else moment


def _one_line(text: str) -> str:
    # Header values may not contain line breaks (header injection, ValueError otherwise).
    return _LINE_BREAKS.sub(" ", text).strip()


def _media_type(media_type: str) -> str:
    media_type = media_type.strip().lower()
    return media_type if _MEDIA_TYPE.fullmatch(media_type) else DEFAULT_MEDIA_TYPE
