"""The command line: the same use cases as the GUI, headless.

`peps-desktop [--data-dir DIR | --db URL] [COMMAND]`; no command opens the GUI.
User errors print one clear line on stderr and exit 1; usage errors exit 2.

A command imports what it uses and no more: only its own group's modules (commands.GROUPS),
no Qt unless it draws, no SQLAlchemy without a store; the use cases are imported inside the
handlers.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from peps_desktop import commands, i18n, logs
from peps_desktop.commands import argparse_words
from peps_desktop.errors import UserError
from peps_desktop.i18n import format_date, format_number, translate

log = logging.getLogger(__name__)

LANGUAGE_VARIABLE = "PEPS_LANG"
# The commands defined here rather than in a group of peps_desktop.commands.
OWN_COMMANDS = ("init", "demo", "db", "dashboard")


class _VersionAction(argparse.Action):
    """--version, printed as argparse's own "version" action prints it."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        # argparse's own words, as its "version" action says them (commands.argparse_words).
        kwargs.setdefault("help", translate("Argparse", "show program's version number and exit"))
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        from peps_desktop import __version__

        print(f"{parser.prog} {__version__}")
        parser.exit()


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help=translate("Cli", "folder of the store and its documents"),
    )
    where.add_argument("--db", metavar="URL", help=translate("Cli", "any SQLAlchemy database URL"))
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("Cli", "open the GUI on a demo store in its own folder, filled when empty"),
    )
    parser.add_argument(
        "--quit-after",
        type=int,
        metavar="MS",
        help=translate(
            "Cli", "sign in as the demo administrator and quit after MS milliseconds (smoke run)"
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "Cli",
            "check this installation on a temporary store (migrations, main window, PDF, "
            "translation, keyring, full-text search); exit 0 if all is well",
        ),
    )


def _command_asked(argv: Sequence[str]) -> str | None:
    """The command named in argv, read past the global options; None when there is none
    (the GUI, --version) and for --help alone, which lists them all."""
    before = argparse.ArgumentParser(add_help=False)
    _add_global_options(before)
    before.add_argument("command", nargs="?")
    before.add_argument("rest", nargs=argparse.REMAINDER)
    try:
        known, _unknown = before.parse_known_args(list(argv))
    except SystemExit:  # a usage error: the whole parser says it
        return None
    return known.command


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; given the arguments, only with the command group they name."""
    parser = argparse.ArgumentParser(
        prog="peps-desktop",
        description=translate(
            "Cli", "PEP's Desktop: courriers, accounts and requests of a public employer."
        ),
    )
    parser.add_argument("--version", action=_VersionAction)
    _add_global_options(parser)
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_own_commands(subcommands)
    asked = None if argv is None else _command_asked(argv)
    if asked in OWN_COMMANDS:
        return parser
    if argv is not None and asked is None and not {"-h", "--help"} & set(argv):
        return parser  # the GUI, --version or --self-test: no group needed
    commands.register_all(subcommands, only=asked)
    return parser


def _add_own_commands(subcommands: argparse._SubParsersAction[Any]) -> None:

    init = subcommands.add_parser(
        "init", help=translate("Cli", "create the structure and its first administrator")
    )
    init.add_argument("--structure", required=True, metavar="NAME")
    init.add_argument("--admin-login", required=True, metavar="LOGIN")
    init.add_argument("--admin-nom", required=True, metavar="NOM")
    init.add_argument("--admin-prenom", required=True, metavar="PRENOM")
    init.add_argument("--admin-email", required=True, metavar="EMAIL")
    init.add_argument(
        "--another-structure",
        action="store_true",
        help=translate("Cli", "add this structure to a shared store that already holds others"),
    )
    init.set_defaults(handler=_init)

    demo = subcommands.add_parser(
        "demo", help=translate("Cli", "fill an empty store with demo data")
    )
    demo.add_argument("--accounts", type=int, default=15, metavar="N")
    demo.add_argument("--courriers", type=int, default=2000, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.set_defaults(handler=_demo)

    db = subcommands.add_parser("db", help=translate("Cli", "maintain the store"))
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser(
        "upgrade", help=translate("Cli", "bring the store's schema up to date")
    ).set_defaults(handler=_db_upgrade)
    backup = db_commands.add_parser(
        "backup", help=translate("Cli", "copy the store to FILE (safe while the application runs)")
    )
    backup.add_argument("file", type=Path, metavar="FILE")
    backup.set_defaults(handler=_db_backup)

    dashboard = subcommands.add_parser(
        "dashboard", help=translate("Cli", "print the dashboard's figures for a person")
    )
    _add_person(dashboard)
    dashboard.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    dashboard.set_defaults(handler=_dashboard)


def _add_person(parser: argparse.ArgumentParser) -> None:
    from peps_desktop.commands.common import add_person

    add_person(parser)


def _init(args: argparse.Namespace) -> int:
    from peps_desktop.commands.common import new_password, open_store_for
    from peps_desktop.core.accounts.rules import Identity
    from peps_desktop.core.accounts.setup import create_structure
    from peps_desktop.core.shared.clock import SystemClock

    store = open_store_for(args)
    admin = Identity(
        login=args.admin_login.strip().lower(),
        nom=args.admin_nom,
        prenom=args.admin_prenom,
        email=args.admin_email.strip(),
    )
    create_structure(
        store,
        SystemClock(),
        args.structure,
        admin,
        new_password(),
        beside_others=args.another_structure,
    )
    print(
        translate("Cli", "Structure “{name}” created; administrator: {login}.").format(
            name=args.structure.strip(), login=admin.login
        )
    )
    return 0


def _demo(args: argparse.Namespace) -> int:
    from peps_desktop.commands.common import open_store_for
    from peps_desktop.commands.progress import ProgressLine
    from peps_desktop.core.demo.reference import DEMO_STRUCTURE_NAME
    from peps_desktop.core.demo.seed import seed_demo
    from peps_desktop.core.shared.clock import SystemClock
    from peps_desktop.core.shared.totp import grouped, otpauth_uri

    for name in ("accounts", "courriers"):
        if getattr(args, name) < 0:
            raise UserError(
                translate("Cli", "--{name} must be a positive number.").format(name=name)
            )
    from peps_desktop.core.demo.letters import COURRIERS_STEP, DOCUMENTS_STEP

    progress = ProgressLine(
        {
            DOCUMENTS_STEP: translate("Cli", "Letters written"),
            COURRIERS_STEP: translate("Cli", "Courriers inserted"),
        }
    )
    try:
        report = seed_demo(
            open_store_for(args),
            SystemClock(),
            accounts=args.accounts,
            courriers=args.courriers,
            seed=args.seed,
            progress=progress,
        )
    finally:
        progress.close()
    print(
        translate(
            "Cli",
            "Demo store filled: {accounts} accounts, {courriers} courriers, {echanges} échanges.",
        ).format(accounts=report.accounts, courriers=report.courriers, echanges=report.echanges)
    )
    for login, password, description in report.credentials:
        print(f"  {login} / {password}  ({description})")
    print(
        translate(
            "Cli",
            "Their authenticator app (published for the demo, never for real data): the key "
            "{secret}, or the address {uri}",
        ).format(
            secret=grouped(report.authenticator_secret),
            uri=otpauth_uri(report.authenticator_secret, DEMO_STRUCTURE_NAME),
        )
    )
    return 0


def _db_upgrade(args: argparse.Namespace) -> int:
    from peps_desktop.commands.common import open_store_for
    from peps_desktop.commands.progress import migration_steps_told
    from peps_desktop.store.migrate import current_revision

    with migration_steps_told():
        store = open_store_for(args)
    print(
        translate("Cli", "The store is at schema {revision}.").format(
            revision=current_revision(store)
        )
    )
    return 0


def _db_backup(args: argparse.Namespace) -> int:
    from peps_desktop.commands.common import location
    from peps_desktop.store.backup import backup_sqlite

    backup_sqlite(location(args).db_url, args.file)
    print(translate("Cli", "Backup written to {file}.").format(file=args.file))
    return 0


def _dashboard(args: argparse.Namespace) -> int:
    import json

    from peps_desktop.commands.common import open_store_for, signed_in
    from peps_desktop.core.dashboard import figures
    from peps_desktop.core.shared.clock import SystemClock

    store = open_store_for(args)
    user = signed_in(args, store).user
    result = figures(store, SystemClock(), user)
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False))
        return 0
    for text, count in (
        (translate("Cli", "Unread courriers: {count}"), result.unread_courriers),
        (translate("Cli", "Courriers needing an action: {count}"), result.courriers_needing_action),
        (translate("Cli", "Of which overdue: {count}"), result.courriers_overdue),
        (translate("Cli", "Échanges awaiting an answer: {count}"), result.echanges_awaiting_answer),
        (translate("Cli", "Expired accounts: {count}"), result.accounts_expired),
        (translate("Cli", "Locked accounts: {count}"), result.accounts_locked),
        (
            translate("Cli", "Accounts expiring within 60 days: {count}"),
            result.accounts_expiring_soon,
        ),
    ):
        if count is not None:
            print(text.format(count=format_number(count)))
    if result.nearest_due_date is not None:
        print(
            translate("Cli", "Next due date of a courrier: {date}").format(
                date=format_date(result.nearest_due_date)
            )
        )
    if result.next_review_due is not None:
        print(
            translate("Cli", "Next account review due: {date}").format(
                date=format_date(result.next_review_due)
            )
        )
    if result.accounts_without_contact:
        print(
            translate(
                "Cli", "Accounts lacking the e-mail or telephone PEP's requires: {count}"
            ).format(count=result.accounts_without_contact)
        )
    return 0


def _language() -> str:
    return os.environ.get(LANGUAGE_VARIABLE, i18n.DEFAULT_LANGUAGE)


def _self_test(_args: argparse.Namespace) -> int:
    from peps_desktop.gui.self_test import run_self_test

    return run_self_test(language=_language())


def _import_the_core_before_qt() -> None:
    """The window's rules and store, imported before Qt: once PySide6 is loaded, every import
    passes through its import hook, which costs SQLAlchemy's many modules about a tenth more
    of the start's time."""
    import peps_desktop.core.accounts.cgu
    import peps_desktop.core.courriers.actions
    import peps_desktop.core.courriers.inbox
    import peps_desktop.core.dashboard
    import peps_desktop.store.models  # noqa: F401


def main(argv: Sequence[str]) -> int:
    # Without Qt: the GUI installs Qt's translators and locale when it starts.
    i18n.install_without_qt(_language())
    argparse_words.install()
    args = build_parser(argv).parse_args(list(argv))
    from peps_desktop.core.shared import locations

    logs.configure(locations.log_dir())
    if args.command is None and not args.self_test:
        from peps_desktop.commands.common import location

        _import_the_core_before_qt()
        from peps_desktop.gui.app import run

        named = args.db is not None or args.data_dir is not None or args.demo
        return run(
            location(args), demo=args.demo, quit_after_ms=args.quit_after, ask_store=not named
        )
    handler: Callable[[argparse.Namespace], int] = _self_test if args.self_test else args.handler
    try:
        return handler(args)
    except UserError as error:
        print(f"peps-desktop: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`… | head`): not a fault. Stdout is pointed at devnull so
        # that Python's own flush at exit does not fail again.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (AttributeError, OSError, ValueError):
            pass  # not a real file (a test's capture): nothing left to flush
        return 0
    except Exception:
        log.exception("command %s failed", args.command)
        print(
            translate(
                "Cli", "peps-desktop: unexpected error; details are in the log file {path}."
            ).format(path=locations.log_dir() / logs.LOG_FILE),
            file=sys.stderr,
        )
        return 1
