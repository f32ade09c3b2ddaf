"""Importing the structure's account list: all or nothing, under the editor's rules.

The long work happens before the write lock is taken: the file is read, the acting
administrator's password verified, every line checked, and the new accounts planned with
their activation codes (core/accounts/file_new_accounts.py). Then one unit of work writes
the new accounts in bulk, and applies the changed ones through `AccountEditor` as if each
were inside a savepoint of its own, so that a line the rules refuse is reported and the next
lines are still checked; the last-administrator rule is checked at the end. Any problem
rolls the whole import back and raises `AccountImportError`, whose report lists every bad
line with its number (header = line 1). If the accounts changed between the plan and the
lock, the plan is made again under the lock.
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
from peps_desktop.core.accounts.file_new_accounts import (
    NewAccounts,
    fingerprint,
    plan_new_accounts,
    write_new_accounts,
)
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
from peps_desktop.core.accounts.same_person import PeopleIndex, PersonMatch, SamePersonFound
from peps_desktop.core.accounts.second_factor import confirmed
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared import audit
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.crash_points import crash_point
from peps_desktop.core.shared.progress import Progress, silent
from peps_desktop.core.shared.services import RIGHT_AUCUN
from peps_desktop.core.shared.store_secrets import read_store_secret
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.models import Account, Service

IMPORTED = "comptes_importes"
MODIFIED = "compte_modifie"  # the editor's own action for a modified account
LOAD_CHUNK = 500  # ids per query, below SQLite's limit on bound parameters
CHUNK_LINES = 500  # lines applied under one savepoint while none fails
CRASH_BEFORE_COMMIT = "accounts_import.before_commit"
CRASH_AFTER_COMMIT = "accounts_import.after_commit"
LINES_STEP = "lines"  # what `progress` counts: the lines applied


@dataclass(frozen=True)
class RowProblem:
    line: int
    login: str
    reason: str
    # The account that seems to be this line's person's: confirm the line is another person
    # by importing again with this login among `distinct_from`.
    same_person_as: str | None = None


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
                "The import was refused: %n line(s) to correct; nothing was changed.",
                None,
                lines,
            )
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


def read_lines(
    sheet: Sheet, services: Collection[str]
) -> tuple[list[AccountLine] | None, list[RowProblem]]:
    """The valid lines and every problem of the others; None when the file itself is wrong."""
    problems: list[RowProblem] = []
    if not sheet.header:
        problems.append(RowProblem(1, "", translate("AccountFile", "The file is empty.")))
        return None, problems
    wrong_header = header_problem(sheet.header)
    if wrong_header is not None:
        problems.append(RowProblem(1, "", wrong_header))
        return None, problems
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
            line, {name: cells[i] for name, i in index.items()}, services
        )
        reasons += line_reasons
        login = text_of(cells[index["login"]]).lower()
        if login in first_line_of:
            reasons.append(
                translate("AccountFile", "The login “{login}” is already on line {line}.").format(
                    login=login, line=first_line_of[login]
                )
            )
        elif login:
            first_line_of[login] = line
        problems += [RowProblem(line, login, reason) for reason in reasons]
        if item is not None and not reasons:
            lines.append(item)
    return lines, problems


@dataclass(frozen=True)
class _Done:
    """A line applied: the new account's code, or whether an active administrator was lost."""

    item: AccountLine
    code: ActivationCode | None
    lowered: bool


class _Import:
    """One import inside the caller's unit of work."""

    def __init__(
        self,
        session: Session,
        editor: AccountEditor,
        distinct_from: Collection[str] = (),
        progress: Progress = silent,
    ) -> None:
        self.progress = progress
        self.session = session
        self.editor = editor
        self.distinct_from = frozenset(distinct_from)
        self.today = editor.today
        self.latest_expiry = expiry_from(self.today)
        self.services = editor.service_codes
        self.problems: list[RowProblem] = []

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
            item.nom,
            item.prenom,
            item.email,
            item.telephone,
            item.profile,
            item.rights,
            distinct_from=self.distinct_from,
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
            except SamePersonFound as error:
                self.problems.append(
                    RowProblem(item.line, item.login, str(error), error.match.login)
                )
            except UserError as error:
                self.problems.append(RowProblem(item.line, item.login, str(error)))
        return done

    def _one_person_twice(self, lines: list[AccountLine]) -> None:
        """New accounts given twice to the same person within the file: the later lines."""
        seen = PeopleIndex()
        line_of: dict[str, int] = {}
        for item in lines:
            earlier = seen.find(item.nom, item.prenom, item.email)
            if earlier is not None and earlier.login not in self.distinct_from:
                reason = translate(
                    "AccountFile",
                    "Line {line} already creates an account for this person ({login}): an "
                    "account is personal.",
                ).format(line=line_of[earlier.login], login=earlier.login)
                self.problems.append(RowProblem(item.line, item.login, reason, earlier.login))
            seen.add(PersonMatch(item.login, item.nom, item.prenom, item.email, None, False))
            line_of[item.login] = item.line

    def apply(
        self,
        lines: list[AccountLine],
        stored: dict[str, StoredAccount],
        plan: NewAccounts,
        dry_run: bool,
    ) -> ImportReport:
        self.problems += [
            RowProblem(line, login, reason, same_person_as)
            for line, login, reason, same_person_as in plan.refused
        ]
        # Said, and the lines still applied: their other problems are told at the same time.
        self._one_person_twice([item for item in lines if item.login not in stored])
        write_new_accounts(self.session, self.editor.clock, plan)
        unchanged = [
            item.login
            for item in lines
            if item.login in stored and _is_unchanged(stored[item.login], item, self.services)
        ]
        skipped = set(unchanged)
        to_apply = [item for item in lines if item.login in stored and item.login not in skipped]
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
            self.progress(LINES_STEP, start, len(to_apply))
            done += self._apply_chunk(to_apply[start : start + CHUNK_LINES], accounts, same_rights)
        self.progress(LINES_STEP, len(to_apply), len(to_apply))
        lowered = [outcome.item for outcome in done if outcome.lowered]
        try:
            self.editor.finish()
        except UserError as error:
            if not lowered:
                raise
            self.problems += [RowProblem(item.line, item.login, str(error)) for item in lowered]
        return ImportReport(
            created=tuple(item.login for item in plan.items),
            updated=tuple(outcome.item.login for outcome in done if outcome.code is None),
            unchanged=tuple(unchanged),
            codes=() if dry_run else tuple(plan.codes),
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
    distinct_from: Collection[str] = (),
    progress: Progress = silent,
) -> ImportReport:
    """Create and update the accounts listed in the file, all or nothing, after the actor's
    code.

    Raises AccountImportError (nothing changed) when any line is wrong. A dry run checks and
    applies everything, then rolls back and returns the report (without codes). A new line
    whose person seems to hold an account is refused unless that account's login is in
    `distinct_from` (the administrator confirmed the line is another person).
    """
    today = clock.now().date()
    secret = read_store_secret(store)
    # Outside the write lock: the file and the plan (its codes' hashes).
    with store.read_session() as session:
        administrator = acting_administrator(session, actor, today)
        sheet = read_sheet(path)
        services = set(session.scalars(select(Service.code)))
        lines, problems = read_lines(sheet, services)
        stored = stored_accounts(session, actor.structure_id)
        plan = _plan(
            session,
            clock,
            administrator.login,
            actor.structure_id,
            lines,
            stored,
            secret,
            distinct_from,
        )
    if lines is None:
        raise AccountImportError(ImportReport(problems=tuple(problems)))

    def run_import(session: Session) -> ImportReport:
        nonlocal plan
        editor = AccountEditor(session, clock, acting_administrator(session, actor, today))
        # The accounts as they are now (a sign-in meanwhile changes no line's meaning, but a
        # change by someone else does); two queries.
        stored = stored_accounts(session, actor.structure_id)
        if fingerprint(session) != plan.depends_on:
            plan = _plan(
                session,
                clock,
                editor.actor.login,
                actor.structure_id,
                lines,
                stored,
                secret,
                distinct_from,
            )
        run = _Import(session, editor, distinct_from, progress)
        run.problems += problems
        # Written first on purpose: pysqlite opens its transaction on the first write, and
        # savepoints taken before it would be committed on release.
        audit.record(session, clock, editor.actor.login, IMPORTED, path.name, lignes=len(lines))
        session.flush()
        report = run.apply(lines, stored, plan, dry_run)
        if report.problems:
            raise AccountImportError(report)
        if dry_run:
            raise _DryRun(report)
        crash_point(CRASH_BEFORE_COMMIT)
        return report

    try:
        report = confirmed(store, clock, actor, actor_code, run_import)
    except _DryRun as rolled_back:
        return rolled_back.report
    crash_point(CRASH_AFTER_COMMIT)
    return report


def _plan(
    session: Session,
    clock: Clock,
    actor_login: str,
    structure_id: int,
    lines: list[AccountLine] | None,
    stored: dict[str, StoredAccount],
    secret: bytes,
    distinct_from: Collection[str],
) -> NewAccounts:
    new = [item for item in lines or [] if item.login not in stored]
    return plan_new_accounts(
        session, clock, actor_login, structure_id, new, secret, frozenset(distinct_from)
    )
