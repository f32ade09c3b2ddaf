"""Importing the structure's account list: all or nothing, under the editor's rules.

Every line is read first; the valid ones are then applied through `AccountEditor` as if each
were inside a savepoint of its own, so that a line the rules refuse is reported and the next
lines are still checked; the last-administrator rule is checked at the end. Any problem
rolls the whole import back and raises `AccountImportError`, whose report lists every bad
line with its number (header = line 1).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from peps_desktop.core.accounts.admin import (
    AccountChanges,
    AccountDraft,
    AccountEditor,
    ActivationCode,
    acting_administrator,
)
from peps_desktop.core.accounts.file_formats import Sheet, read_sheet
from peps_desktop.core.accounts.file_rows import (
    DATE_FORMAT,
    AccountLine,
    header_problem,
    parse_line,
    text_of,
)
from peps_desktop.core.accounts.file_store import StoredAccount, stored_accounts
from peps_desktop.core.accounts.rules import (
    PROFILE_ADMINISTRATEUR,
    STATUS_ACTIF,
    STATUS_EXPIRE,
    expiry_from,
)
from peps_desktop.core.accounts.second_factor import confirmed
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared import audit
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.services import RIGHT_AUCUN
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.models import Account, Service

IMPORTED = "comptes_importes"
MODIFIED = "compte_modifie"  # the editor's own action for a modified account
LOAD_CHUNK = 500  # ids per query, below SQLite's limit on bound parameters
CHUNK_LINES = 500  # lines applied under one savepoint while none fails


@dataclass(frozen=True)
class RowProblem:
    line: int
    login: str
    reason: str


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, for a dry run, would do); codes go to the new accounts' holders."""

    created: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    codes: tuple[ActivationCode, ...] = ()
    problems: tuple[RowProblem, ...] = ()
    dry_run: bool = False


class AccountImportError(UserError):
    """The import was refused and nothing changed; `report.problems` lists every bad line."""

    def __init__(self, report: ImportReport) -> None:
        lines = len({problem.line for problem in report.problems})
        super().__init__(
            translate(
                "AccountFile",
                "The import was refused: {count} line(s) to correct; nothing was changed.",
            ).format(count=lines)
        )
        self.report = report


class _DryRun(Exception):
    """Raised inside the unit of work to roll a dry run back."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__()
        self.report = report


def _is_active_administrator(account: Account, today: dt.date) -> bool:
    return (
        account.profile == PROFILE_ADMINISTRATEUR
        and account.status == STATUS_ACTIF
        and account.expires_on > today
    )


def _same_rights(stored: StoredAccount, item: AccountLine, services: Collection[str]) -> bool:
    return all(
        stored.rights.get(code, RIGHT_AUCUN) == item.rights.get(code, RIGHT_AUCUN)
        for code in services
    )


def _is_unchanged(stored: StoredAccount, item: AccountLine, services: Collection[str]) -> bool:
    """True when applying the line would change nothing: the editor need not run."""
    return (
        (stored.nom, stored.prenom, stored.email, stored.profile)
        == (item.nom, item.prenom, item.email, item.profile)
        and item.telephone in (None, stored.telephone)
        and item.expires_on in (None, stored.expires_on)
        and _same_rights(stored, item, services)
    )


@dataclass(frozen=True)
class _Done:
    """A line applied: the new account's code, or whether an active administrator was lost."""

    item: AccountLine
    code: ActivationCode | None
    lowered: bool


class _Import:
    """One import inside the caller's unit of work."""

    def __init__(self, session: Session, editor: AccountEditor) -> None:
        self.session = session
        self.editor = editor
        self.today = editor.today
        self.latest_expiry = expiry_from(self.today)
        self.services = set(session.scalars(select(Service.code)))
        self.problems: list[RowProblem] = []

    def read(self, sheet: Sheet) -> list[AccountLine] | None:
        """The valid lines; problems are collected. None when the file itself is wrong."""
        if not sheet.header:
            self.problems.append(RowProblem(1, "", translate("AccountFile", "The file is empty.")))
            return None
        wrong_header = header_problem(sheet.header)
        if wrong_header is not None:
            self.problems.append(RowProblem(1, "", wrong_header))
            return None
        index = {name.strip().lower(): i for i, name in enumerate(sheet.header)}
        width = len(sheet.header)
        first_line_of: dict[str, int] = {}
        lines: list[AccountLine] = []
        for line, cells in sheet.rows:
            reasons: list[str] = []
            if any(text_of(cell) for cell in cells[width:]):
                reasons.append(
                    translate(
                        "AccountFile", "The line has more cells than there are columns ({count})."
                    ).format(count=width)
                )
            cells = cells + [""] * (width - len(cells))
            item, line_reasons = parse_line(
                line, {name: cells[i] for name, i in index.items()}, self.services
            )
            reasons += line_reasons
            login = text_of(cells[index["login"]]).lower()
            if login in first_line_of:
                reasons.append(
                    translate(
                        "AccountFile", "The login “{login}” is already on line {line}."
                    ).format(login=login, line=first_line_of[login])
                )
            elif login:
                first_line_of[login] = line
            self.problems += [RowProblem(line, login, reason) for reason in reasons]
            if item is not None and not reasons:
                lines.append(item)
        return lines

    def _load(self, ids: list[int], with_rights: bool) -> list[Account]:
        """The accounts to change, in a few queries; rights only where they change (a right
        reaches its service through the identity map, where the editor put every service)."""
        accounts: list[Account] = []
        for start in range(0, len(ids), LOAD_CHUNK):
            query = select(Account).where(Account.id.in_(ids[start : start + LOAD_CHUNK]))
            if with_rights:
                query = query.options(selectinload(Account.rights))
            accounts += self.session.scalars(query)
        return accounts

    def _set_expiry(self, account: Account, day: dt.date) -> None:
        """An expiry from the file: earlier is the administrator's choice, later than a
        renewal today is not."""
        if day == account.expires_on:
            return
        if day > self.latest_expiry:
            raise UserError(
                translate(
                    "AccountFile",
                    "The expiration {date} is too late: an account is valid for 18 months at "
                    "most, that is until {latest} for an account renewed today.",
                ).format(
                    date=day.strftime(DATE_FORMAT), latest=self.latest_expiry.strftime(DATE_FORMAT)
                )
            )
        before = account.expires_on
        account.expires_on = day
        if account.status == STATUS_EXPIRE and day > self.today:
            account.status = STATUS_ACTIF
        audit.record(
            self.session,
            self.editor.clock,
            self.editor.actor.login,
            MODIFIED,
            account.login,
            avant={"expiration": before},
            apres={"expiration": day},
        )

    def _create(self, item: AccountLine) -> ActivationCode:
        draft = AccountDraft(
            item.nom, item.prenom, item.email, item.telephone, item.profile, item.rights
        )
        code = self.editor.create(draft, login=item.login, require_telephone=False)
        if item.expires_on is not None:
            self._set_expiry(self.editor.account(item.login), item.expires_on)
        return code

    def _modify(self, account: Account, item: AccountLine, same_rights: bool) -> None:
        changes = AccountChanges(
            nom=item.nom,
            prenom=item.prenom,
            email=item.email,
            # A line without a telephone keeps the account's: PEP's requires one.
            telephone=item.telephone,
            profile=item.profile,
            rights=None if same_rights else item.rights,
        )
        self.editor.modify(account, changes)
        if item.expires_on is not None:
            self._set_expiry(account, item.expires_on)

    def _apply_line(self, item: AccountLine, account: Account | None, same_rights: bool) -> _Done:
        if account is None:
            return _Done(item, self._create(item), lowered=False)
        was_administrator = _is_active_administrator(account, self.today)
        self._modify(account, item, same_rights)
        lowered = was_administrator and not _is_active_administrator(account, self.today)
        return _Done(item, None, lowered)

    def _apply_chunk(
        self, items: list[AccountLine], accounts: Mapping[str, Account], same_rights: set[str]
    ) -> list[_Done]:
        """Each line as if in a savepoint of its own; one savepoint for all while none fails.

        A savepoint per line means a flush per line, which is most of an import's time.
        When a line fails, the chunk is rolled back and replayed one savepoint per line.
        """

        def apply(item: AccountLine) -> _Done:
            login = item.login
            return self._apply_line(item, accounts.get(login), login in same_rights)

        try:
            with self.session.begin_nested():
                return [apply(item) for item in items]
        except UserError:
            pass
        done: list[_Done] = []
        for item in items:
            try:
                with self.session.begin_nested():
                    done.append(apply(item))
            except UserError as error:
                self.problems.append(RowProblem(item.line, item.login, str(error)))
        return done

    def apply(self, lines: list[AccountLine], dry_run: bool) -> ImportReport:
        stored = stored_accounts(self.session, self.editor.actor.structure_id)
        unchanged = [
            item.login
            for item in lines
            if item.login in stored and _is_unchanged(stored[item.login], item, self.services)
        ]
        skipped = set(unchanged)
        to_apply = [item for item in lines if item.login not in skipped]
        by_login = {item.login: item for item in to_apply}
        existing = [item.login for item in to_apply if item.login in stored]
        same_rights = {
            login
            for login in existing
            if _same_rights(stored[login], by_login[login], self.services)
        }
        loaded = self._load(
            [stored[login].id for login in existing if login in same_rights], with_rights=False
        ) + self._load(
            [stored[login].id for login in existing if login not in same_rights], with_rights=True
        )
        accounts = {account.login: account for account in loaded}
        done: list[_Done] = []
        for start in range(0, len(to_apply), CHUNK_LINES):
            done += self._apply_chunk(to_apply[start : start + CHUNK_LINES], accounts, same_rights)
        lowered = [outcome.item for outcome in done if outcome.lowered]
        try:
            self.editor.finish()
        except UserError as error:
            if not lowered:
                raise
            self.problems += [RowProblem(item.line, item.login, str(error)) for item in lowered]
        return ImportReport(
            created=tuple(outcome.item.login for outcome in done if outcome.code is not None),
            updated=tuple(outcome.item.login for outcome in done if outcome.code is None),
            unchanged=tuple(unchanged),
            codes=() if dry_run else tuple(o.code for o in done if o.code is not None),
            problems=tuple(sorted(self.problems, key=lambda problem: problem.line)),
            dry_run=dry_run,
        )


def import_accounts(
    store: Store,
    clock: Clock,
    actor: SignedIn,
    actor_code: str | None,
    path: Path,
    *,
    dry_run: bool = False,
) -> ImportReport:
    """Create and update the accounts listed in the file, all or nothing, after the actor's
    code.

    Raises AccountImportError (nothing changed) when any line is wrong. A dry run checks and
    applies everything, then rolls back and returns the report (without codes); the code it
    was given is not spent.
    """

    def run_import(session: Session) -> ImportReport:
        editor = AccountEditor(
            session, clock, acting_administrator(session, actor, clock.now().date())
        )
        sheet = read_sheet(path)
        run = _Import(session, editor)
        lines = run.read(sheet)
        if lines is None:
            raise AccountImportError(ImportReport(problems=tuple(run.problems)))
        # Written first on purpose: pysqlite opens its transaction on the first write, and
        # savepoints taken before it would be committed on release.
        audit.record(session, clock, editor.actor.login, IMPORTED, path.name, lignes=len(lines))
        session.flush()
        report = run.apply(lines, dry_run)
        if report.problems:
            raise AccountImportError(report)
        if dry_run:
            raise _DryRun(report)
        return report

    try:
        return confirmed(store, clock, actor, actor_code, run_import)
    except _DryRun as rolled_back:
        return rolled_back.report
