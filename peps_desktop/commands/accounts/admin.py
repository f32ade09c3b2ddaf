"""`peps-desktop accounts …` for administrators (`--as LOGIN`), and `activate` for everyone.

Sensitive actions (creating, modifying, renewing, unlocking or deleting accounts, an import,
a new activation code, resetting a second factor) are confirmed by a code of the acting
administrator's authenticator: --otp, PEPS_OTP or a prompt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from peps_desktop.commands.common import (
    PASSWORD_VARIABLE,
    add_code_option,
    add_person,
    ask_code,
    given_code,
    location,
    new_password,
    open_store_for,
    print_enrolment,
    prompt,
    signed_in,
)
from peps_desktop.commands.progress import ProgressLine
from peps_desktop.core.accounts.account_list import AccountRow, list_accounts
from peps_desktop.core.accounts.activation import activate_account
from peps_desktop.core.accounts.admin import (
    AccountDraft,
    ActivationCode,
    create_account,
    delete_accounts,
    issue_activation_code,
    renew_accounts,
    unlock_accounts,
)
from peps_desktop.core.accounts.devices import this_computer
from peps_desktop.core.accounts.enrolment import recover_last_administrator, reset_second_factor
from peps_desktop.core.accounts.expiry import EXPIRED, EXPIRY_NOTICE, DueItem, due_for_administrator
from peps_desktop.core.accounts.file_import import LINES_STEP
from peps_desktop.core.accounts.file_rows import DATE_FORMAT, parse_rights
from peps_desktop.core.accounts.files import (
    AccountImportError,
    ImportReport,
    export_accounts,
    import_accounts,
)
from peps_desktop.core.accounts.rules import (
    PROFILE_UTILISATEUR,
    PROFILES,
    STATUS_EXPIRE,
    STATUS_EXPIRE_BIENTOT,
    STATUS_VERROUILLE,
)
from peps_desktop.core.accounts.second_factor_sign_in import SecondFactor
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared import credentials
from peps_desktop.core.shared.clock import Clock, SystemClock
from peps_desktop.core.shared.services import RIGHT_AUCUN, SERVICE_CODES
from peps_desktop.i18n import translate
from peps_desktop.store import Store

# Statuses as the command line shows them: French domain words, an expiring account is active.
STATUS_WORDS = {STATUS_VERROUILLE: "verrouillé", STATUS_EXPIRE: "expiré"}
ACTIVE_WORD = "actif"
EXPIRING_SOON_WORD = "expire bientôt"


def _json_status(status: str) -> str:
    return STATUS_WORDS.get(status, ACTIVE_WORD)


def _text_status(status: str) -> str:
    return EXPIRING_SOON_WORD if status == STATUS_EXPIRE_BIENTOT else _json_status(status)


def _every_right(rights: Mapping[str, str]) -> dict[str, str]:
    """Every service's right, `aucun` where the account has none."""
    return {code: rights.get(code, RIGHT_AUCUN) for code in SERVICE_CODES} | dict(rights)


def account_json(row: AccountRow) -> dict[str, Any]:
    return {
        "login": row.login,
        "nom": row.nom,
        "prenom": row.prenom,
        "email": row.email,
        "telephone": row.telephone,
        "profil": row.profile,
        "statut": _json_status(row.status),
        "expiration": row.expires_on.isoformat(),
        "derniere_connexion": (
            row.last_sign_in_at.isoformat() if row.last_sign_in_at is not None else None
        ),
        "droits": _every_right(row.rights),
    }


def due_json(item: DueItem) -> dict[str, str]:
    shown = {"kind": item.kind, "date": item.date.isoformat()}
    if item.login is not None:
        shown["login"] = item.login
    return shown


def _print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False))


def _print_code(code: ActivationCode, as_json: bool) -> None:
    if as_json:
        _print_json({"login": code.login, "code": code.code})
        return
    print(
        translate(
            "Cli",
            "Activation code for {login}: {code} (valid until {date}). Hand it over to its "
            "holder, who chooses a password with: peps-desktop activate {login} --code CODE",
        ).format(login=code.login, code=code.code, date=code.expires_at.strftime("%d/%m/%Y %H:%M"))
    )


# --- handlers ----------------------------------------------------------------------------------


def _list(args: argparse.Namespace) -> int:
    store = open_store_for(args)
    rows = list_accounts(store, SystemClock(), signed_in(args, store).user)
    if args.json:
        _print_json([account_json(row) for row in rows])
        return 0
    table = [
        (
            row.login,
            f"{row.prenom} {row.nom}",
            row.profile,
            _text_status(row.status),
            row.expires_on.strftime(DATE_FORMAT),
        )
        for row in rows
    ]
    header = (
        translate("Cli", "Login"),
        translate("Cli", "Name"),
        translate("Cli", "Profile"),
        translate("Cli", "Status"),
        translate("Cli", "Expiry"),
    )
    widths = [max(len(cells[i]) for cells in (header, *table)) for i in range(len(header))]
    for cells in (header, *table):
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip()
        )
    return 0


def _print_import(report: ImportReport) -> None:
    counts = ", ".join(
        (
            translate("Cli", "%n account(s) created", None, len(report.created)),
            translate("Cli", "%n updated", None, len(report.updated)),
            translate("Cli", "%n unchanged", None, len(report.unchanged)),
        )
    )
    if report.dry_run:
        message = translate("Cli", "Dry run, nothing was changed; the import would give: {counts}.")
    else:
        message = translate("Cli", "Import done: {counts}.")
    print(message.format(counts=counts))
    if report.codes:
        print(translate("Cli", "Activation codes to hand over to the new accounts' holders:"))
        for code in report.codes:
            print(
                translate("Cli", "  {login}: {code} (valid until {date})").format(
                    login=code.login,
                    code=code.code,
                    date=code.expires_at.strftime("%d/%m/%Y %H:%M"),
                )
            )


def _import(args: argparse.Namespace) -> int:
    store = open_store_for(args)
    actor = signed_in(args, store, sensitive=True)
    progress = ProgressLine({LINES_STEP: translate("Cli", "Lines applied")})
    try:
        report = import_accounts(
            store,
            SystemClock(),
            actor.user,
            actor.code,
            args.file,
            dry_run=args.dry_run,
            distinct_from=args.distinct_from,
            progress=progress,
        )
    except AccountImportError as refused:
        progress.close()
        # The lines to correct go to stdout; the refusal itself is the one line on stderr.
        for problem in refused.report.problems:
            print(
                translate("Cli", "Line {line}: {reason}").format(
                    line=problem.line, reason=problem.reason
                )
            )
        raise
    progress.close()
    _print_import(report)
    return 0


def _export(args: argparse.Namespace) -> int:
    store = open_store_for(args)
    count = export_accounts(store, SystemClock(), signed_in(args, store).user, args.file)
    print(translate("Cli", "%Ln account(s) written to {file}.", None, count).format(file=args.file))
    return 0


def _create(args: argparse.Namespace) -> int:
    draft = AccountDraft(
        nom=args.nom,
        prenom=args.prenom,
        email=args.email,
        telephone=args.telephone,
        profile=args.profil,
        rights=parse_rights(args.droits or ""),
        distinct_from=frozenset(login.strip().lower() for login in args.distinct_from),
    )
    store = open_store_for(args)
    actor = signed_in(args, store, sensitive=True)
    code = create_account(store, SystemClock(), actor.user, actor.code, draft, args.login)
    _print_code(code, args.json)
    return 0


def _reset_password(args: argparse.Namespace) -> int:
    store = open_store_for(args)
    actor = signed_in(args, store, sensitive=True)
    code = issue_activation_code(store, SystemClock(), actor.user, args.login, actor.code)
    _print_code(code, args.json)
    return 0


def _on_logins(
    args: argparse.Namespace,
    action: Callable[[Store, Clock, SignedIn, Iterable[str], str | None], int],
) -> int:
    """Run a bulk action (renew, delete, unlock) on the logins given: how many it changed."""
    store = open_store_for(args)
    actor = signed_in(args, store, sensitive=True)
    return action(store, SystemClock(), actor.user, args.logins, actor.code)


def _reset_second_factor(args: argparse.Namespace) -> int:
    store = open_store_for(args)
    actor = signed_in(args, store, sensitive=True)
    reset_second_factor(store, SystemClock(), actor.user, actor.code, args.login)
    print(
        translate(
            "Cli",
            "The second factor of {login} is reset: its holder sets up a new authenticator "
            "at the next sign-in.",
        ).format(login=args.login.strip().lower())
    )
    return 0


def _recover_second_factor(args: argparse.Namespace) -> int:
    location_ = location(args)
    store = open_store_for(args)
    login = args.login.strip().lower()
    password = os.environ.get(PASSWORD_VARIABLE) or prompt(
        translate("Cli", "Password of {login}: ").format(login=login)
    )
    recover_last_administrator(store, SystemClock(), login, password, this_computer())
    credentials.forget_device(location_.key, login)
    print(
        translate(
            "Cli",
            "The second factor of {login} is reset, and this is written in the audit log. Sign "
            "in now to set up a new authenticator.",
        ).format(login=login)
    )
    return 0


def _renew(args: argparse.Namespace) -> int:
    count = _on_logins(args, renew_accounts)
    print(translate("Cli", "%n account(s) renewed.", None, count))
    return 0


def _delete(args: argparse.Namespace) -> int:
    count = _on_logins(args, delete_accounts)
    print(translate("Cli", "%n account(s) deleted.", None, count))
    return 0


def _unlock(args: argparse.Namespace) -> int:
    count = _on_logins(args, unlock_accounts)
    print(translate("Cli", "%n account(s) unlocked.", None, count))
    return 0


def _due_line(item: DueItem) -> str:
    date = item.date.strftime(DATE_FORMAT)
    if item.kind == EXPIRY_NOTICE:
        text = translate("Cli", "Expiry notice: {login} expires on {date}.")
    elif item.kind == EXPIRED:
        text = translate("Cli", "Expired: {login} since {date}.")
    else:
        text = translate("Cli", "Account review due since {date}.")
    return text.format(login=item.login, date=date)


def _due(args: argparse.Namespace) -> int:
    store = open_store_for(args)
    clock = SystemClock()
    day = args.at or clock.now().date()
    items = due_for_administrator(store, clock, signed_in(args, store).user, day)
    if args.json:
        _print_json([due_json(item) for item in items])
        return 0
    if not items:
        print(translate("Cli", "Nothing due on {date}.").format(date=day.strftime(DATE_FORMAT)))
    for item in items:
        print(_due_line(item))
    return 0


def _activate(args: argparse.Namespace) -> int:
    """Two steps: the activation code gives a new authenticator (its URI and recovery codes
    printed), whose first code then sets the password. Without a terminal, the second step
    is the same command again with --otp."""
    store = open_store_for(args)
    store_key = location(args).key
    login = args.login.strip().lower()
    password = new_password(translate("Cli", "New password for {login}: ").format(login=login))
    device = SecondFactor(
        device_token=credentials.recall_device(store_key, login),
        remember_device=credentials.keyring_available(),
    )
    clock = SystemClock()
    first_code = given_code(args)
    if first_code is None:
        step = activate_account(store, clock, login, args.code, password)
        assert step.enrolment is not None
        if args.json:
            _print_json(
                {
                    "otpauth_uri": step.enrolment.otpauth_uri,
                    "recovery_codes": list(step.enrolment.recovery_codes),
                }
            )
        else:
            print_enrolment(step.enrolment, sys.stdout)
        if not sys.stdin.isatty():
            print(
                translate(
                    "Cli",
                    "Then confirm with the first code your app shows: peps-desktop activate "
                    "{login} --code CODE --otp CODE_OF_THE_APP",
                ).format(login=login),
                file=sys.stderr,
            )
            return 0
        first_code = ask_code(translate("Cli", "First code shown by the app: "))
    step = activate_account(store, clock, login, args.code, password, first_code, device)
    if step.device_token is not None:
        credentials.remember_device(store_key, login, step.device_token)
    print(
        translate(
            "Cli", "The account {login} is activated and its authenticator set up: you can sign in."
        ).format(login=login),
        file=sys.stderr if args.json else sys.stdout,
    )
    return 0


# --- parsers -----------------------------------------------------------------------------------


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "“{text}” is not a date AAAA-MM-JJ.").format(text=text)
        ) from None


def _profile(text: str) -> str:
    profile = text.strip().lower()
    if profile not in PROFILES:
        raise argparse.ArgumentTypeError(
            translate("Cli", "“{text}” is not a profile: utilisateur or administrateur.").format(
                text=text
            )
        )
    return profile


def _action(
    actions: argparse._SubParsersAction[Any], name: str, help_text: str, handler: Any
) -> argparse.ArgumentParser:
    parser = actions.add_parser(name, help=help_text)
    add_person(parser)
    parser.set_defaults(handler=handler)
    return parser


def _json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def _distinct_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--distinct-from",
        action="append",
        default=[],
        metavar="LOGIN",
        help=translate(
            "Cli",
            "confirm that the new account is for another person than the holder of LOGIN, "
            "whose e-mail or name is the same (repeat for several)",
        ),
    )


def register(subcommands: argparse._SubParsersAction[Any]) -> None:
    accounts = subcommands.add_parser(
        "accounts", help=translate("Cli", "manage the structure's accounts (administrators)")
    )
    actions = accounts.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)

    _json_option(_action(actions, "list", translate("Cli", "list the accounts"), _list))

    import_parser = _action(
        actions,
        "import",
        translate("Cli", "create and update accounts from a CSV or XLSX file, all or nothing"),
        _import,
    )
    import_parser.add_argument("file", type=Path, metavar="FILE")
    import_parser.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "check the file and report, changing nothing"),
    )
    _distinct_option(import_parser)

    export_parser = _action(
        actions,
        "export",
        translate("Cli", "write the accounts to FILE (XLSX when it ends in .xlsx, else CSV)"),
        _export,
    )
    export_parser.add_argument("file", type=Path, metavar="FILE")

    create = _action(
        actions,
        "create",
        translate("Cli", "create an account and print its activation code"),
        _create,
    )
    create.add_argument("--login", required=True, metavar="LOGIN")
    create.add_argument("--nom", required=True, metavar="NOM")
    create.add_argument("--prenom", required=True, metavar="PRENOM")
    create.add_argument("--email", required=True, metavar="EMAIL")
    create.add_argument("--telephone", metavar="T")
    create.add_argument(
        "--profil",
        type=_profile,
        default=PROFILE_UTILISATEUR,
        metavar="P",
        help=translate("Cli", "utilisateur (default) or administrateur"),
    )
    create.add_argument(
        "--droits",
        metavar="SPEC",
        help=translate("Cli", "rights such as CNRACL:modification|RAFP:lecture; others: aucun"),
    )
    _distinct_option(create)
    _json_option(create)

    reset = _action(
        actions,
        "reset-password",
        translate("Cli", "issue a new activation code (the password stops working)"),
        _reset_password,
    )
    reset.add_argument("login", metavar="LOGIN")
    _json_option(reset)

    for name, help_text, handler in (
        ("renew", translate("Cli", "renew accounts for 18 months"), _renew),
        ("delete", translate("Cli", "delete accounts (their logins are never reused)"), _delete),
        ("unlock", translate("Cli", "unlock locked accounts"), _unlock),
    ):
        _action(actions, name, help_text, handler).add_argument(
            "logins", nargs="+", metavar="LOGIN"
        )

    reset_factor = _action(
        actions,
        "reset-second-factor",
        translate(
            "Cli", "a lost phone: the holder sets up a new authenticator at the next sign-in"
        ),
        _reset_second_factor,
    )
    reset_factor.add_argument("login", metavar="LOGIN")

    recover = actions.add_parser(
        "recover-second-factor",
        help=translate(
            "Cli",
            "the last administrator lost authenticator and recovery codes: reset it from the "
            "computer holding the store's data key (password of LOGIN, written in the audit log)",
        ),
    )
    recover.add_argument("login", metavar="LOGIN")
    recover.set_defaults(handler=_recover_second_factor)

    due = _action(
        actions,
        "due",
        translate("Cli", "what administrators are told on a day: notices, expiries, review"),
        _due,
    )
    due.add_argument(
        "--at",
        type=_day,
        metavar="AAAA-MM-JJ",
        help=translate("Cli", "the day (default: today)"),
    )
    _json_option(due)

    activate = subcommands.add_parser(
        "activate",
        help=translate("Cli", "choose your password with the activation code you were given"),
    )
    activate.add_argument("login", metavar="LOGIN")
    activate.add_argument("--code", required=True, metavar="CODE")
    add_code_option(activate)
    _json_option(activate)
    activate.set_defaults(handler=_activate)
