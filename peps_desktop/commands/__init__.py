"""Command groups of the command line, one sub-package per area: each module with a
`register(subcommands)` function adds its commands to `peps-desktop`."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from typing import Any


def register_all(subcommands: argparse._SubParsersAction[Any]) -> None:
    found = pkgutil.walk_packages(__path__, prefix=f"{__name__}.")
    for module_info in sorted(found, key=lambda m: m.name):
        module = importlib.import_module(module_info.name)
        register = getattr(module, "register", None)
        if register is not None:
            register(subcommands)
