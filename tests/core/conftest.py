"""Fixtures shared by the core tests."""

from tests.core.smtp_server import start_server  # noqa: F401  (a fixture, used by name)
