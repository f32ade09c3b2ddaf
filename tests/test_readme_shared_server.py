"""The README's « shared server » section, run as written on a server of the test's own (with
a password, as a real one has): the role and database, `init`, then a second seat."""

from __future__ import annotations

import datetime as dt
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

from peps_desktop.core.shared import totp
from peps_desktop.core.shared.store_choice import parse_server
from tests.private_server import private_server

README = Path(__file__).resolve().parents[1] / "README.md"
ADMINISTRATOR_PASSWORD = "administrateur-du-serveur"
PEPS_PASSWORD = "Mot-de-passe-2026"


def _commands() -> list[str]:
    text = README.read_text(encoding="utf-8")
    block = re.search(r"<!-- shared-server:.*?-->(.*?)<!-- /shared-server -->", text, re.S)
    assert block
    commands, current = [], ""
    for line in block.group(1).splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        current += line.removesuffix("\\").strip() + " "
        if not line.endswith("\\"):
            commands.append(current.strip())
            current = ""
    return commands


def test_the_shared_server_section_works_as_written(tmp_path: Path) -> None:
    role, database, password, init, install = _commands()
    assert role.startswith("psql ") and database.startswith("psql ")
    assert password.startswith("export PGPASSWORD=")
    assert init.startswith("peps-desktop ")
    with private_server(password=ADMINISTRATOR_PASSWORD) as server:
        address = f"127.0.0.1:{server.port}"
        base = {
            **os.environ,
            "PGHOST": "127.0.0.1",
            "PGPORT": str(server.port),
            "PGUSER": "postgres",
            "PGPASSWORD": ADMINISTRATOR_PASSWORD,
        }
        for command in (role, database):
            subprocess.run(shlex.split(command), env=base, check=True, capture_output=True)

        seat = {
            key: value for key, value in os.environ.items() if not key.startswith(("PG", "XDG_"))
        }
        seat |= {
            "PEPS_PASSWORD": PEPS_PASSWORD,
            "PEPS_LANG": "en",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
            "XDG_DATA_HOME": str(tmp_path / "first-seat"),
            "XDG_CONFIG_HOME": str(tmp_path / "first-seat-config"),
        }
        script = (
            password
            + "\n"
            + init.replace("db.mairie.fr:5432", address).replace(
                "peps-desktop ", f"{shlex.quote(sys.executable)} -m peps_desktop ", 1
            )
        )
        done = subprocess.run(
            ["bash", "-c", script], env=seat, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        assert "Structure “Mairie de Saint-Aubin” created; administrator: claire.martin." in (
            done.stdout
        )

        # 3. The installer's /SERVER= names the same database, for the role of step 1.
        values = dict(re.findall(r"/(\w+)=(\S+)", install))
        url = make_url(re.search(r"--db (\S+)", init).group(1))  # type: ignore[union-attr]
        chosen = parse_server(values["SERVER"], values.get("SERVERUSER", ""))
        assert (chosen.host, chosen.port, chosen.database, chosen.user) == (
            url.host,
            url.port,
            url.database,
            url.username,
        )

        # A second seat, with nothing but the server's address and password, signs in.
        second = seat | {
            "XDG_DATA_HOME": str(tmp_path / "second-seat"),
            "XDG_CONFIG_HOME": str(tmp_path / "second-seat-config"),
            "PGPASSWORD": shlex.split(password)[1].partition("=")[2],
        }
        seat_url = chosen.url().replace("db.mairie.fr:5432", address)
        dashboard = [sys.executable, "-m", "peps_desktop", "--db", seat_url, "dashboard",
                     "--as", "claire.martin", "--json"]  # fmt: skip
        # The first sign-in enrols the administrator's authenticator app: its key is shown,
        # then the app's first code is given.
        enrolment = subprocess.run(
            dashboard, env=second, capture_output=True, text=True, timeout=120
        )
        assert enrolment.returncode == 1, enrolment.stderr
        secret = re.search(r"secret=([A-Z2-7]+)", enrolment.stdout + enrolment.stderr)
        assert secret is not None, enrolment.stdout
        first_code = totp.code_at(secret.group(1), dt.datetime.now())
        shown = subprocess.run(
            dashboard,
            env=second | {"PEPS_OTP": first_code},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert shown.returncode == 0, shown.stderr
        assert '"unread_courriers": 0' in shown.stdout
