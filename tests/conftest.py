"""Shared fixtures: an isolated environment, a migrated store, a fixed clock, a keyring."""

from __future__ import annotations

import datetime as dt
import gc
import os
from collections.abc import Iterator
from pathlib import Path

# Before any Qt import: tests run offscreen unless a test starts its own display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from peps_desktop import i18n
from peps_desktop.core.accounts.rules import Identity
from peps_desktop.core.accounts.setup import create_structure
from peps_desktop.core.shared import data_key
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.gui.shared.translations import activate
from peps_desktop.store import Store
from peps_desktop.store.encrypted import new_data_key
from peps_desktop.store.migrate import open_store
from tests import databases

NOW = dt.datetime(2026, 11, 25, 9, 30)
ADMIN_PASSWORD = "Mot-de-passe-2026"
ADMIN = Identity(
    login="claire.martin", nom="Martin", prenom="Claire", email="claire.martin@mairie.fr"
)


@pytest.fixture(autouse=True)
def isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep user folders, settings and the real keyring out of reach of every test."""
    home = tmp_path_factory.mktemp("home")
    for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))
    # The machine-wide configuration folder (the installer's store choice) too.
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(home / "xdg_config_dirs"))
    for variable in ("PGPASSWORD", "PGPASSFILE", "PGSERVICEFILE", "PGSERVICE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.delenv("PEPS_PASSWORD", raising=False)
    monkeypatch.delenv("PEPS_OTP", raising=False)
    monkeypatch.delenv("PEPS_NEW_PASSWORD", raising=False)
    monkeypatch.delenv("PEPS_LANG", raising=False)
    yield
    i18n.reset()


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread() -> Iterator[None]:
    """As in the application: no automatic collection that could run in a worker thread."""
    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An in-memory keyring for every test; tests of the no-keyring path swap in `fail`."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """As on headless Linux: no backend, every call raises NoKeyringError."""
    from keyring.backends.fail import Keyring as FailKeyring

    keyring.set_keyring(FailKeyring())
    yield


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def store_url(tmp_path: Path) -> Iterator[str]:
    """A SQLite file, or a fresh migrated PostgreSQL database under PEPS_TEST_DATABASE_URL."""
    with databases.database_url(tmp_path) as url:
        yield url


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: about the SQLite file itself (pragmas, WAL, file backups)"
    )
    config.addinivalue_line("markers", "postgresql_only: needs PEPS_TEST_DATABASE_URL's server")


def pytest_runtest_setup(item: pytest.Item) -> None:
    if databases.on_postgresql() and item.get_closest_marker("sqlite_only"):
        pytest.skip("about the SQLite store file; this run tests PostgreSQL")
    if not databases.on_postgresql() and item.get_closest_marker("postgresql_only"):
        pytest.skip(f"needs a PostgreSQL server in {databases.SERVER_VARIABLE}")


@pytest.fixture(scope="session", autouse=True)
def test_database_server() -> Iterator[None]:
    """The template database of a PostgreSQL run is dropped when the run ends."""
    yield
    databases.close_server()


@pytest.fixture
def empty_store(store_url: str, tmp_path: Path, memory_keyring: MemoryKeyring) -> Iterator[Store]:
    """Its data key kept in the (memory) keyring, where the CLI on the same store finds it."""
    key = new_data_key()
    memory_keyring.set_password(
        data_key.KEYRING_SERVICE, data_key.store_identifier(store_url), data_key.encoded_key(key)
    )
    store = open_store(store_url, tmp_path / "documents", data_key=key)
    yield store
    store.dispose()


@pytest.fixture
def store(empty_store: Store, clock: FixedClock) -> Store:
    """A migrated store with a structure and its first administrator (ADMIN), whose
    authenticator app is enrolled with tests.second_factor.ADMIN_SECRET."""
    from tests.second_factor import ADMIN_SECRET, enrol

    create_structure(empty_store, clock, "Mairie de Saint-Aubin", ADMIN, ADMIN_PASSWORD)
    enrol(empty_store, ADMIN.login, ADMIN_SECRET)
    return empty_store


# Language fixtures: tests of behaviour assert on the English source texts; tests of the
# translation use French, the default.
@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Source texts: tests assert on them without depending on the translation."""
    activate("en")
    yield


@pytest.fixture
def french(qapp) -> Iterator[list[object]]:  # type: ignore[no-untyped-def]
    yield activate("fr")
    activate("en")


# The command line, run in-process by tests/test_cli*.py (`pytestmark` uses this fixture).
@pytest.fixture
def command_line(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """English source texts; the log file handler main() adds to the root logger, taken away
    after each test."""
    import logging

    monkeypatch.setenv("PEPS_LANG", "en")
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
