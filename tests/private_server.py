"""A PostgreSQL server of a test's own, that the test may stop and start again (a restart,
a network cut): a cluster made with tools/test_postgres.sh on a free loopback port."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

SCRIPT = Path(__file__).resolve().parents[1] / "tools" / "test_postgres.sh"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PrivateServer:
    def __init__(self, folder: Path, port: int, environment: dict[str, str]) -> None:
        self.folder = folder
        self.port = port
        self.server_url = ""
        self.environment = environment

    def start(self) -> None:
        """Make and start the cluster; started again after a stop, as it was."""
        result = subprocess.run(
            ["bash", str(SCRIPT), "start", str(self.folder), str(self.port)],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, **self.environment},
        )
        self.server_url = result.stdout.strip()

    def stop(self) -> None:
        subprocess.run(
            ["bash", str(SCRIPT), "stop", str(self.folder)], check=True, capture_output=True
        )

    def database(self, name: str, password: str | None = None) -> str:
        url = make_url(self.server_url).set(password=password)
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        engine.dispose()
        return make_url(self.server_url).set(database=name).render_as_string(hide_password=False)


@contextmanager
def private_server(
    *, password: str | None = None, tls: Path | None = None
) -> Iterator[PrivateServer]:
    """`password`: TCP connections must give it (as `postgres`); `tls`: a folder with
    server.crt and server.key, and the server speaks TLS."""
    if not list(Path("/usr/lib/postgresql").glob("*/bin/initdb")):
        pytest.skip("Debian's PostgreSQL is not installed (.ci/run installs it)")
    folder = Path(tempfile.mkdtemp(prefix="peps-pg-"))
    environment = {}
    if password:
        environment["PEPS_PG_PASSWORD"] = password
    if tls is not None:
        environment["PEPS_PG_TLS"] = str(tls)
    server = PrivateServer(folder, _free_port(), environment)
    server.start()
    try:
        yield server
    finally:
        try:
            server.stop()
        except subprocess.CalledProcessError:
            pass  # already stopped by the test
        shutil.rmtree(folder, ignore_errors=True)
