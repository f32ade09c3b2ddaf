"""Fixtures shared by the core tests."""

from tests.core.contact.smtp_server import (  # noqa: F401  (fixtures, used by name)
    certificate,
    client_tls,
    server_tls,
    start_server,
)
