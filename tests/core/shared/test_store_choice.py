"""Which store this computer works on: the user's choice over the machine's, the machine's
written as the installer's /SERVER= writes it, no password ever in a file."""

from __future__ import annotations

import pytest

from peps_desktop.core.shared import locations
from peps_desktop.core.shared.store_choice import (
    PASSWORD_SERVICE,
    ServerSettings,
    current_choice,
    machine_store_file,
    parse_server,
    remember_password,
    save_user_choice,
    user_store_file,
    with_kept_password,
)
from peps_desktop.errors import UserError
from tests.conftest import MemoryKeyring


def test_without_a_choice_the_local_base_is_used() -> None:
    choice = current_choice()
    assert (choice.kind, choice.origin, choice.url) == ("local", "default", None)
    location = locations.resolve()
    assert location.db_url.startswith("sqlite:///")


def test_the_machine_wide_setting_written_by_the_installer_is_followed() -> None:
    path = machine_store_file()
    path.parent.mkdir(parents=True)
    path.write_text("[store]\nserver=db.mairie.fr:5433/peps\n", encoding="utf-8")
    choice = current_choice()
    assert (choice.kind, choice.origin) == ("server", "machine")
    assert choice.url == "postgresql+psycopg://db.mairie.fr:5433/peps"
    assert locations.resolve().db_url == choice.url
    # --db and --data-dir still win.
    assert locations.resolve(db_url="sqlite:///x.db").db_url == "sqlite:///x.db"


def test_the_users_choice_overrides_the_machines() -> None:
    path = machine_store_file()
    path.parent.mkdir(parents=True)
    path.write_text("[store]\nserver=db.mairie.fr/peps\n", encoding="utf-8")
    save_user_choice(None)
    assert current_choice().kind == "local"
    server = ServerSettings("pg.cdg.fr", "commune", 5432, "agent", "verify-full")
    written = save_user_choice(server)
    assert written == user_store_file()
    assert "password" not in written.read_text(encoding="utf-8")
    choice = current_choice()
    assert (choice.origin, choice.server) == ("user", server)
    assert choice.url == "postgresql+psycopg://agent@pg.cdg.fr:5432/commune?sslmode=verify-full"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("db.mairie.fr:5433/peps", ServerSettings("db.mairie.fr", "peps", 5433)),
        ("db.mairie.fr/peps", ServerSettings("db.mairie.fr", "peps", 5432)),
        ("10.0.0.5:6432/peps_commune", ServerSettings("10.0.0.5", "peps_commune", 6432)),
    ],
)
def test_a_server_is_written_host_port_base(value: str, expected: ServerSettings) -> None:
    assert parse_server(value) == expected


@pytest.mark.parametrize("value", ["db.mairie.fr", "db:abc/peps", "/peps", "db:0/peps", "db:5432/"])
def test_a_server_badly_written_is_refused_with_the_expected_form(value: str) -> None:
    with pytest.raises(UserError, match="host:port/base"):
        parse_server(value)


def test_the_password_is_kept_in_the_keyring_and_used_for_that_server(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = "postgresql+psycopg://agent@pg.cdg.fr:5432/commune"
    assert with_kept_password(url) == url
    assert remember_password(url, "s3cret:/@")
    assert list(memory_keyring.secrets) == [(PASSWORD_SERVICE, url)]
    assert (
        with_kept_password(url)
        == "postgresql+psycopg://agent:s3cret%3A%2F%40@pg.cdg.fr:5432/commune"
    )
    # libpq's own conventions come first: PGPASSWORD, a service, a password in the URL.
    monkeypatch.setenv("PGPASSWORD", "autre")
    assert with_kept_password(url) == url
    monkeypatch.delenv("PGPASSWORD")
    assert with_kept_password(url + "?service=peps") == url + "?service=peps"
    other = "postgresql+psycopg://agent:given@pg.cdg.fr:5432/commune"
    assert with_kept_password(other) == other
    assert with_kept_password("sqlite:///x.db") == "sqlite:///x.db"
