"""« Tester l'envoi »: one message through the transport the settings choose, to see that
requests would go. It is marked as a test, and goes to the sender's own address when one is
known (a mail server's user name), so that the funds never receive it."""

from __future__ import annotations

import datetime as dt

from peps_desktop import APP_NAME
from peps_desktop.core.contact.mail import OutgoingRequest, message_id_for, parse_address
from peps_desktop.core.contact.transports import Transport
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate

TEST_REFERENCE = "ESSAI"


def own_address(user_name: str) -> str | None:
    """A mail server's user name when it is an address: where a test can go."""
    if "@" not in user_name:
        return None
    try:
        parse_address(user_name)
    except UserError:
        return None
    return user_name.strip()


def test_message(sender: str, recipient: str, now: dt.datetime) -> OutgoingRequest:
    reference = f"{TEST_REFERENCE}-{now:%Y%m%d-%H%M%S}"
    return OutgoingRequest(
        reference=reference,
        message_id=message_id_for(reference, now),
        sender=sender,
        recipient=recipient,
        subject=translate("SendTest", "[{app}] Test message, not a request: do not handle").format(
            app=APP_NAME
        ),
        body=translate(
            "SendTest",
            "This message checks that {app} can send its requests to the funds. It is not a "
            "request: there is nothing to do with it.",
        ).format(app=APP_NAME)
        + "\n",
        created_at=now,
    )


def send_test(transport: Transport, sender: str, recipient: str, now: dt.datetime) -> str:
    """Send the test message; where it went (a file, or the server). TransportError else."""
    return transport.send(test_message(sender, recipient, now))
