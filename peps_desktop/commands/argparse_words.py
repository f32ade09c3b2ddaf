"""argparse's own words (usage, the help's headings, usage errors) in the user's language.

argparse asks `gettext` for them; here they go through the application's translation
instead, so the command line speaks French by default like the rest (`PEPS_LANG=en`: English).
"""

from __future__ import annotations

import argparse

from peps_desktop.i18n import translate


def _words() -> dict[str, str]:
    return {
        "usage: ": translate("Argparse", "usage: "),
        "positional arguments": translate("Argparse", "positional arguments"),
        "options": translate("Argparse", "options"),
        "subcommands": translate("Argparse", "subcommands"),
        "%(heading)s:": translate("Argparse", "%(heading)s:"),
        "show this help message and exit": translate("Argparse", "show this help message and exit"),
        "show program's version number and exit": translate(
            "Argparse", "show program's version number and exit"
        ),
        " (default: %(default)s)": translate("Argparse", " (default: %(default)s)"),
        "%(prog)s: error: %(message)s\n": translate("Argparse", "%(prog)s: error: %(message)s\n"),
        "the following arguments are required: %s": translate(
            "Argparse", "the following arguments are required: %s"
        ),
        "one of the arguments %s is required": translate(
            "Argparse", "one of the arguments %s is required"
        ),
        "unrecognized arguments: %s": translate("Argparse", "unrecognized arguments: %s"),
        "argument %(argument_name)s: %(message)s": translate(
            "Argparse", "argument %(argument_name)s: %(message)s"
        ),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "Argparse", "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "invalid %(type)s value: %(value)r": translate(
            "Argparse", "invalid %(type)s value: %(value)r"
        ),
        "not allowed with argument %s": translate("Argparse", "not allowed with argument %s"),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "Argparse", "ambiguous option: %(option)s could match %(matches)s"
        ),
        "expected one argument": translate("Argparse", "expected one argument"),
        "expected at least one argument": translate("Argparse", "expected at least one argument"),
        "expected at most one argument": translate("Argparse", "expected at most one argument"),
        "expected %s argument": translate("Argparse", "expected %s argument"),
        "expected %s arguments": translate("Argparse", "expected %s arguments"),
        "ignored explicit argument %r": translate("Argparse", "ignored explicit argument %r"),
        "can't open '%(filename)s': %(error)s": translate(
            "Argparse", "can't open '%(filename)s': %(error)s"
        ),
    }


def install() -> None:
    """From now on, argparse says its words in the language `translate` speaks."""
    words = _words()

    def gettext(text: str) -> str:
        return words.get(text, text)

    def ngettext(singular: str, plural: str, count: int) -> str:
        return gettext(singular if count == 1 else plural)

    setattr(argparse, "_", gettext)  # noqa: B010 (argparse's own module globals)
    setattr(argparse, "ngettext", ngettext)  # noqa: B010
