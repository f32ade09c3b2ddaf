"""Command groups of the command line, one sub-package per area: each module with a
`register(subcommands)` function adds its commands to `peps-desktop`.

A command imports only its own group's modules: the others would bring SQLAlchemy, the
core's areas and more to a command that needs none of them (`nir check`, `--version`).
GROUPS says which modules register each group; tests/commands/test_groups.py checks it
against what every module of this package really registers.
"""

from __future__ import annotations

import argparse
import importlib
from typing import Any

GROUPS: dict[str, tuple[str, ...]] = {
    "accounts": ("accounts.admin",),
    "activate": ("accounts.admin",),
    "review": ("accounts.review",),
    "account": ("accounts.my_account",),
    "cgu": ("accounts.my_account",),
    "contact": ("contact.catalogue", "contact.submit"),
    "exchanges": ("contact.exchanges", "contact.show"),
    "nir": ("contact.nir",),
    "courriers": ("courriers.group", "courriers.actions", "courriers.document", "courriers.watch"),
    "notifications": ("notifications",),
}


def _modules(groups: list[str]) -> list[str]:
    return sorted({name for group in groups for name in GROUPS[group]})


def register_all(subcommands: argparse._SubParsersAction[Any], only: str | None = None) -> None:
    """Every group's commands, or only those of the group `only` (one of GROUPS)."""
    groups = [only] if only is not None and only in GROUPS else list(GROUPS)
    for name in _modules(groups):
        importlib.import_module(f"{__name__}.{name}").register(subcommands)
