"""Each command imports only its own group: commands.GROUPS says which modules register
which group, and must say it of every module there is."""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

from peps_desktop import commands
from peps_desktop.core.demo.reference import DEMO_PASSWORD, DEMO_USER_LOGIN, demo_code
from peps_desktop.core.shared.clock import SystemClock
from tests.commands.cli_helpers import run


def _registering_modules() -> dict[str, set[str]]:
    """Every module of peps_desktop.commands with a register(): the groups it adds."""
    found: dict[str, set[str]] = {}
    for info in pkgutil.walk_packages(commands.__path__, prefix=f"{commands.__name__}."):
        module = importlib.import_module(info.name)
        register = getattr(module, "register", None)
        if register is None:
            continue
        subcommands = argparse.ArgumentParser().add_subparsers()
        register(subcommands)
        found[info.name.removeprefix(f"{commands.__name__}.")] = set(subcommands.choices)
    return found


def test_groups_name_every_module_that_registers_commands() -> None:
    declared: dict[str, set[str]] = {}
    for group, modules in commands.GROUPS.items():
        for module in modules:
            declared.setdefault(module, set()).add(group)
    assert declared == _registering_modules()


@pytest.mark.usefixtures("command_line")
def test_a_group_alone_is_enough_to_run_its_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "nir", "check", "1 84 12 76 451 089 46")
    assert (code, out.strip()) == (0, "184127645108946")


def _imports(arguments: list[str], tmp_path: Path, **variables: str) -> set[str]:
    """The top-level packages a `peps-desktop ARGUMENTS` process imports."""
    env = {**os.environ, **variables}
    for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[variable] = str(tmp_path / variable.lower())
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "peps_desktop", *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    names = [
        line.rsplit("|", 1)[-1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:")
    ]
    return {name.split(".")[0] for name in names}


def test_commands_that_draw_nothing_import_no_qt(tmp_path: Path) -> None:
    assert not {"PySide6", "sqlalchemy"} & _imports(["--version"], tmp_path)
    assert not {"PySide6", "sqlalchemy", "keyring"} & _imports(
        ["nir", "check", "184127645108946"], tmp_path
    )
    store = tmp_path / "store"
    made = subprocess.run(
        [
            sys.executable,
            "-m",
            "peps_desktop",
            "--data-dir",
            str(store),
            "demo",
            "--courriers",
            "5",
        ],
        env={**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr[-2000:]
    listing = _imports(
        ["--data-dir", str(store), "courriers", "list", "--as", DEMO_USER_LOGIN, "--search", "x"],
        tmp_path,
        PEPS_PASSWORD=DEMO_PASSWORD,
        PEPS_OTP=demo_code(SystemClock()),  # the demo's published authenticator
    )
    assert "sqlalchemy" in listing  # it reads the store…
    assert not {"PySide6", "alembic", "openpyxl"} & listing  # …and nothing more
    # The keyring is asked by the sign-in itself: the second factor reads the data key (the
    # authenticator's secret is encrypted with it) and this computer's trust.
