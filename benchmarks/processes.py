"""Timing whole processes: from their start to a line they print, or to their end.

Not a benchmark itself: imported by startup.py and command_line.py. Each process starts with
an environment of its own (settings, logs and caches in a temporary folder, Qt offscreen), so
that nothing of the machine's user folders is read or written.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

TIMEOUT_S = 120


def environment(folder: Path, **extra: str) -> dict[str, str]:
    """Bytecode is cached (in `folder`, after a first run) as an installed application has
    it: a process compiling every module at each start would time the compiler."""
    env = dict(os.environ)
    for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[variable] = str(folder / variable.lower())
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
    env.update(extra)
    return env


def until_line(command: Sequence[str], line: str, env: dict[str, str]) -> Callable[[], float]:
    """A run: the time from the process's start to `line` on its standard output (the
    process is then left to end, untimed)."""

    def run() -> float:
        started = time.perf_counter()
        child = subprocess.Popen(
            list(command), env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        assert child.stdout is not None
        for output in child.stdout:
            if output.rstrip("\n") == line:
                elapsed = (time.perf_counter() - started) * 1000
                break
        else:
            child.wait(TIMEOUT_S)
            raise RuntimeError(f"{command[:4]}… ended without printing {line!r}")
        child.stdout.read()
        child.wait(TIMEOUT_S)
        return elapsed

    return run


def to_the_end(command: Sequence[str], env: dict[str, str]) -> Callable[[], float]:
    """A run: the whole process, from its start to its end; it must succeed."""

    def run() -> float:
        started = time.perf_counter()
        done = subprocess.run(
            list(command), env=env, capture_output=True, text=True, timeout=TIMEOUT_S
        )
        elapsed = (time.perf_counter() - started) * 1000
        if done.returncode != 0:
            raise RuntimeError(f"{command[:4]}… failed: {done.stderr.strip()[-500:]}")
        return elapsed

    return run


def python(*arguments: str) -> list[str]:
    return [sys.executable, *arguments]
