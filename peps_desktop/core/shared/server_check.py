"""« Tester la connexion »: reach the structure's server and say, in one line, what is wrong
(unreachable, wrong password, no such database, TLS refused, a schema newer than this
version) or what the store holds."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from peps_desktop.i18n import translate
from peps_desktop.store.engine import CONNECT_TIMEOUT_S
from peps_desktop.store.revisions import head_revision, known_revisions, stored_revision


@dataclass(frozen=True)
class ConnectionTest:
    ok: bool
    message: str


def _reason(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    return str(original).strip().splitlines()[0] if str(original).strip() else type(error).__name__


def _diagnosis(reason: str, database: str) -> str:
    lowered = reason.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return translate(
            "ServerCheck",
            "The server refused the user name or the password. Check them, or the password "
            "kept for this server.",
        )
    if "does not exist" in lowered and "database" in lowered:
        return translate("ServerCheck", "The server has no database “{name}”.").format(
            name=database
        )
    if any(word in lowered for word in ("ssl", "certificate", "tls")):
        return translate(
            "ServerCheck",
            "The secure connection (TLS) was refused: {reason}. Check the TLS mode, and the "
            "server's certificate.",
        ).format(reason=reason)
    if "role" in lowered and "does not exist" in lowered:
        return translate("ServerCheck", "The server has no user of that name.")
    return translate(
        "ServerCheck", "The server cannot be reached: {reason}. Check its name and port."
    ).format(reason=reason)


def check_connection(url: str, password: str | None = None) -> ConnectionTest:
    """Connect once, read the schema's revision, and say what was found."""
    try:
        parsed = make_url(url)
        if password:
            parsed = parsed.set(password=password)
        engine = create_engine(parsed, connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    except (ArgumentError, NoSuchModuleError, ValueError) as error:
        return ConnectionTest(
            False,
            translate("ServerCheck", "These settings do not make a valid address: {reason}").format(
                reason=error
            ),
        )
    try:
        with engine.connect() as connection:
            revision = stored_revision(connection)
            has_tables = bool(inspect(connection).get_table_names())
    except DBAPIError as error:
        return ConnectionTest(False, _diagnosis(_reason(error), parsed.database or ""))
    finally:
        engine.dispose()
    if revision is None and has_tables:
        return ConnectionTest(
            False,
            translate(
                "ServerCheck",
                "This database holds tables that are not a PEP's Desktop store: choose another.",
            ),
        )
    if revision is not None and revision not in known_revisions():
        return ConnectionTest(
            False,
            translate(
                "ServerCheck",
                "This store was made by a newer version of PEP's Desktop (schema {revision}): "
                "install that version on this computer first.",
            ).format(revision=revision),
        )
    if revision is None:
        message = translate(
            "ServerCheck", "Connection works. The database is empty: it will be prepared."
        )
    elif revision != head_revision():
        message = translate(
            "ServerCheck",
            "Connection works. The store will be brought up to date (schema {revision}).",
        ).format(revision=revision)
    else:
        message = translate("ServerCheck", "Connection works. The store is up to date.")
    return ConnectionTest(True, message)
