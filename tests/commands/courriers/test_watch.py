"""`peps-desktop courriers watch`: another process, another seat, hears the changes."""

from __future__ import annotations

import datetime as dt
import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from peps_desktop.core.courriers.actions import archive
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.store import Store
from peps_desktop.store.models import Account
from tests.commands import cli_helpers
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.core.courriers.inbox_builders import courrier, person
from tests.factories import hold_the_key, set_account
from tests.second_factor import USER_SECRET, code_now, enrol, trust_this_computer

pytestmark = pytest.mark.usefixtures("command_line")


def _lines(process: subprocess.Popen[str]) -> queue.Queue[str]:
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line)

    threading.Thread(target=read, daemon=True).start()
    return lines


def test_a_watching_process_prints_the_changes_made_elsewhere_as_json_lines(
    store: Store, store_url: str, clock: FixedClock, tmp_path: Path
) -> None:
    with store.session() as session:
        louis = person(session, "louis.petit", {"CNRACL": "modification"})
        person(session, "sophie.laurent", {"CNRACL": "lecture"})
    set_account(store, "sophie.laurent", password_hash=_admin_hash(store))
    enrol(store, "sophie.laurent")  # her app's code is given to the other process
    hold_the_key(store, "sophie.laurent")  # which reads her app's secret with it
    environment = {
        **os.environ,
        "PEPS_PASSWORD": "Mot-de-passe-2026",
        "PEPS_OTP": code_now(USER_SECRET),
        "PEPS_LANG": "en",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "XDG_DATA_HOME": str(tmp_path / "seat-two"),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "peps_desktop", "--db", store_url, "courriers", "watch",
         "--as", "sophie.laurent", "--seconds", "30", "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment,
    )  # fmt: skip
    lines = _lines(process)
    try:
        # Until the watcher is up: a courrier each half second, until one is heard of.
        first: dict[str, object] | None = None
        deadline = time.monotonic() + 20
        while first is None and time.monotonic() < deadline:
            with store.session() as session:
                courrier(session, "CNRACL")
            try:
                first = json.loads(lines.get(timeout=0.5))
            except queue.Empty:
                continue
        ended = process.poll() is not None
        assert first is not None, (
            process.stderr.read() if ended and process.stderr else "the watcher heard nothing"
        )
        assert set(first) == {"event", "id", "at"} and first["event"] == "imported"
        with store.session() as session:
            watched = courrier(session, "CNRACL", objet="À archiver")
            courrier(session, "RAFP", objet="Pas pour Sophie")
        archive(store, clock, louis, [watched])
        heard: list[tuple[object, object]] = []
        deadline = time.monotonic() + 10
        while ("archived", watched) not in heard and time.monotonic() < deadline:
            try:
                event = json.loads(lines.get(timeout=0.5))
            except queue.Empty:
                continue
            heard.append((event["event"], event["id"]))
        assert heard[-2:] == [("imported", watched), ("archived", watched)]
        assert str(event["at"]).endswith("Z")
    finally:
        process.terminate()
        process.wait(timeout=10)


def _admin_hash(store: Store) -> str:
    with store.read_session() as session:
        found = session.scalar(select(Account.password_hash).where(Account.login == ADMIN.login))
        assert found is not None
        return found


def test_watch_stops_after_the_seconds_given(
    store: Store,
    store_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:

    from tests.conftest import ADMIN

    set_account(store, ADMIN.login, expires_on=dt.date.today() + dt.timedelta(days=400))
    monkeypatch.setenv("PEPS_PASSWORD", ADMIN_PASSWORD)
    trust_this_computer(store, store_url, ADMIN.login)
    code, out, err = cli_helpers.run(
        capsys, "--db", store_url, "courriers", "watch", "--as", ADMIN.login, "--seconds", "1"
    )
    assert (code, out, err) == (0, "", "")
