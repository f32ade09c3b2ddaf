"""Command groups of the command line: each module here with a `register(subcommands)`
function adds its commands to `peps-desktop`."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from typing import Any


def register_all(subcommands: argparse._SubParsersAction[Any]) -> None:
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(subcommands)
