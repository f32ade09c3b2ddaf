"""Styles shared by several screens."""

from __future__ import annotations


def primary_button_style(name: str) -> str:
    """The screen's main action: filled in the header's blue, with a visible focus."""
    return (
        f"#{name} {{ background: #1b3a6b; color: white; border: none; border-radius: 4px;"
        f" padding: 6px 14px; font-weight: bold; }}\n"
        f"#{name}:hover {{ background: #24497f; }}\n"
        f"#{name}:focus {{ border: 2px solid #8fb3e0; padding: 4px 12px; }}\n"
        f"#{name}:disabled {{ background: #9aa8bd; }}\n"
    )
