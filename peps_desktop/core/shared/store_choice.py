"""Which store this computer works on: the local base (a SQLite file in the user's data
folder), or the structure's server (PostgreSQL), shared by every seat.

The choice is a small `store.ini`:
- the machine's, in the platform's machine-wide configuration folder
  (`C:\\ProgramData\\peps-desktop\\store.ini` on Windows), written by the installer's silent
  mode (`/SERVER=host:port/base`) so that IT deploys every desktop at once;
- the user's, in their configuration folder, written by the first-start dialog or the
  settings; it overrides the machine's.

    [store]
    kind = server            ; or: local
    server = db.mairie.fr:5432/peps
    user = peps              ; optional: libpq's default (the system user name) otherwise
    sslmode = verify-full    ; optional: libpq's default (prefer) otherwise

No password is ever written there: libpq's own conventions (PGPASSWORD, the .pgpass file, a
`service=` from pg_service.conf) or the system keyring provide it.
"""

from __future__ import annotations

import configparser
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import platformdirs
from sqlalchemy.engine import URL, make_url

from peps_desktop import APP_ID
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate

STORE_FILE = "store.ini"
SECTION = "store"
DEFAULT_PORT = 5432
TLS_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
PASSWORD_SERVICE = "peps-desktop-database"
DRIVER = "postgresql+psycopg"


def user_store_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False)) / STORE_FILE


def machine_store_file() -> Path:
    return Path(platformdirs.site_config_dir(APP_ID, appauthor=False)) / STORE_FILE


@dataclass(frozen=True)
class ServerSettings:
    host: str
    database: str
    port: int = DEFAULT_PORT
    user: str = ""
    sslmode: str = ""

    def url(self) -> str:
        """The SQLAlchemy URL, without a password."""
        query = {"sslmode": self.sslmode} if self.sslmode else {}
        return URL.create(
            DRIVER,
            username=self.user or None,
            host=self.host,
            port=self.port,
            database=self.database,
            query=query,
        ).render_as_string(hide_password=False)

    def describe(self) -> str:
        who = f"{self.user}@" if self.user else ""
        return f"{who}{self.host}:{self.port}/{self.database}"


def _invalid(value: str) -> UserError:
    return UserError(
        translate(
            "StoreChoice",
            "“{value}” does not name a server: write it as host:port/base, e.g. "
            "db.mairie.fr:5432/peps.",
        ).format(value=value)
    )


def parse_server(value: str, user: str = "", sslmode: str = "") -> ServerSettings:
    """`host[:port]/base`, as the installer's /SERVER= takes it."""
    address, slash, database = value.strip().partition("/")
    host, colon, port_text = address.rpartition(":") if ":" in address else (address, "", "")
    if not slash or not database.strip() or not host.strip():
        raise _invalid(value)
    try:
        port = int(port_text) if colon else DEFAULT_PORT
    except ValueError:
        raise _invalid(value) from None
    if not 0 < port < 65536:
        raise _invalid(value)
    if sslmode and sslmode not in TLS_MODES:
        raise UserError(
            translate("StoreChoice", "Unknown TLS mode “{mode}”: {modes}.").format(
                mode=sslmode, modes=", ".join(TLS_MODES)
            )
        )
    return ServerSettings(host.strip(), database.strip(), port, user.strip(), sslmode.strip())


@dataclass(frozen=True)
class StoreChoice:
    kind: Literal["local", "server"]
    server: ServerSettings | None
    origin: Literal["user", "machine", "default"]

    @property
    def url(self) -> str | None:
        return None if self.server is None else self.server.url()


def _read(path: Path, origin: Literal["user", "machine"]) -> StoreChoice | None:
    parser = configparser.ConfigParser()
    try:
        if not parser.read(path, encoding="utf-8") or not parser.has_section(SECTION):
            return None
    except configparser.Error:
        return None
    section = parser[SECTION]
    kind = section.get("kind", "server" if section.get("server") else "local").strip()
    if kind == "local":
        return StoreChoice("local", None, origin)
    server = parse_server(
        section.get("server", ""), section.get("user", ""), section.get("sslmode", "")
    )
    return StoreChoice("server", server, origin)


def current_choice() -> StoreChoice:
    """The user's choice, else the machine's, else the local base."""
    for path, origin in ((user_store_file(), "user"), (machine_store_file(), "machine")):
        found = _read(path, origin)  # type: ignore[arg-type]
        if found is not None:
            return found
    return StoreChoice("local", None, "default")


def has_a_choice() -> bool:
    return current_choice().origin != "default"


def save_user_choice(server: ServerSettings | None) -> Path:
    """Write the user's choice: a server, or the local base (None)."""
    parser = configparser.ConfigParser()
    if server is None:
        parser[SECTION] = {"kind": "local"}
    else:
        values = {
            "kind": "server",
            "server": f"{server.host}:{server.port}/{server.database}",
        }
        if server.user:
            values["user"] = server.user
        if server.sslmode:
            values["sslmode"] = server.sslmode
        parser[SECTION] = values
    path = user_store_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as file:
        parser.write(file)
    return path


# --- the password ------------------------------------------------------------------------------


def _password_key(url: str) -> str:
    return make_url(url).set(password=None).render_as_string(hide_password=False)


def remember_password(url: str, password: str) -> bool:
    """Keep the server's password in the system keyring; False where none exists."""
    import keyring  # here: a start with a local store never needs it
    from keyring.errors import KeyringError

    try:
        keyring.set_password(PASSWORD_SERVICE, _password_key(url), password)
        return keyring.get_password(PASSWORD_SERVICE, _password_key(url)) == password
    except KeyringError:
        return False


def with_kept_password(url: str) -> str:
    """`url` with the password the keyring keeps for it, unless the URL has one already or
    libpq will find one itself (PGPASSWORD, a pg_service.conf service)."""
    try:
        parsed = make_url(url)
    except Exception:  # an invalid URL is reported where it is opened
        return url
    if (
        parsed.get_backend_name() != "postgresql"
        or parsed.password
        or os.environ.get("PGPASSWORD")
        or "service" in parsed.query
    ):
        return url
    import keyring  # here: a start with a local store never needs it
    from keyring.errors import KeyringError

    try:
        kept = keyring.get_password(PASSWORD_SERVICE, _password_key(url))
    except KeyringError:
        return url
    if not kept:
        return url
    return parsed.set(password=kept).render_as_string(hide_password=False)
