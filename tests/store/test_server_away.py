"""The shared store's server goes away (restart, network cut): nothing half-written, one
clear error, and work resumes by itself once it is back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from peps_desktop.core.accounts.rules import Identity
from peps_desktop.core.accounts.setup import create_structure
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.errors import ServerUnreachable
from peps_desktop.store import Store
from peps_desktop.store.migrate import open_store
from peps_desktop.store.models import Courrier
from tests.commands import cli_helpers
from tests.conftest import ADMIN_PASSWORD
from tests.core.courriers.inbox_builders import courrier
from tests.factories import set_account
from tests.private_server import PrivateServer, private_server

pytestmark = pytest.mark.postgresql_only

LOGIN = "claire.martin"


@pytest.fixture
def away(tmp_path: Path, clock: FixedClock) -> Iterator[tuple[PrivateServer, Store, str]]:
    with private_server() as server:
        url = server.database("peps")
        store = open_store(url, tmp_path / "documents")
        create_structure(
            store, clock, "Mairie", Identity(LOGIN, "Martin", "Claire", "c@m.fr"), ADMIN_PASSWORD
        )
        try:
            yield server, store, url
        finally:
            store.dispose()


def _courriers(store: Store) -> int:
    with store.read_session() as session:
        return session.scalar(select(func.count()).select_from(Courrier)) or 0


def test_a_unit_of_work_cut_by_the_server_leaves_nothing_and_the_next_one_reconnects(
    away: tuple[PrivateServer, Store, str], clock: FixedClock
) -> None:
    server, store, _url = away
    with pytest.raises(ServerUnreachable, match="cannot be reached"):
        with store.session() as session:
            for _ in range(3):
                courrier(session, "CNRACL")
            server.stop()  # before the commit
    with pytest.raises(ServerUnreachable):
        sign_in(store, clock, LOGIN, ADMIN_PASSWORD)
    server.start()
    # The same store object, as a running window holds it: its pool reconnects.
    assert sign_in(store, clock, LOGIN, ADMIN_PASSWORD).login == LOGIN
    assert _courriers(store) == 0
    with store.session() as session:
        courrier(session, "CNRACL")
    assert _courriers(store) == 1


@pytest.mark.usefixtures("command_line")
def test_a_command_says_so_in_one_line_and_exits_1(
    away: tuple[PrivateServer, Store, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server, store, url = away
    set_account(store, LOGIN, expires_on=dt.date.today() + dt.timedelta(days=400))
    monkeypatch.setenv("PEPS_PASSWORD", ADMIN_PASSWORD)
    server.stop()
    code, out, err = cli_helpers.run(capsys, "--db", url, "courriers", "list", "--as", LOGIN)
    assert (code, out) == (1, "")
    line = cli_helpers.one_clear_line(err)
    assert "server of the shared store cannot be reached" in line
    assert "Traceback" not in err
