"""The audit log as administrators browse and export it."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from peps_desktop.core.accounts import admin as account_admin
from peps_desktop.core.accounts.admin import AccountChanges, AccountDraft
from peps_desktop.core.accounts.audit_log import (
    AuditFilter,
    audit_actions,
    count_audit_entries,
    csv_cell,
    export_audit_csv,
    list_audit_entries,
)
from peps_desktop.core.accounts.audit_text import describe_details
from peps_desktop.core.accounts.overview import load_accounts_overview
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.shared.audit import record
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.errors import PermissionDenied, UserError
from tests.conftest import ADMIN, ADMIN_PASSWORD, NOW
from tests.factories import add_account
from tests.second_factor import next_code

USER_PASSWORD = "Mot-de-passe-2026"


@pytest.fixture
def admin(store, clock):  # type: ignore[no-untyped-def]
    return sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)


def entries_at(store, clock: FixedClock, *items: tuple[dt.datetime, str, str | None]) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        for at, action, target in items:
            clock.set(at)
            record(session, clock, ADMIN.login, action, target)
    clock.set(NOW)


def test_entries_come_newest_first_in_pages_that_follow_each_other(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    base = NOW - dt.timedelta(days=3)
    # Two entries share a time: the id breaks the tie, so no page skips nor repeats one.
    entries_at(
        store,
        clock,
        *[(base + dt.timedelta(minutes=i // 2), "compte_renouvele", f"a{i}") for i in range(7)],
    )
    first = list_audit_entries(store, clock, admin, limit=3)
    second = list_audit_entries(store, clock, admin, after=first[-1].cursor, limit=3)
    rest = list_audit_entries(store, clock, admin, after=second[-1].cursor, limit=100)
    everything = list_audit_entries(store, clock, admin, limit=100)

    assert [line.id for line in first + second + rest] == [line.id for line in everything]
    assert len(everything) == count_audit_entries(store, clock, admin)
    keys = [(line.at, line.id) for line in everything]
    assert keys == sorted(keys, reverse=True)


def test_filters_by_text_action_and_period(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    entries_at(
        store,
        clock,
        (dt.datetime(2026, 10, 1, 10), "compte_renouvele", "paul.durand"),
        (dt.datetime(2026, 10, 15, 23, 59), "compte_supprime", "lea.petit"),
        (dt.datetime(2026, 11, 2, 8), "compte_renouvele", "lea_x%"),
    )

    def targets(filters: AuditFilter) -> list[str | None]:
        return [line.target for line in list_audit_entries(store, clock, admin, filters)]

    assert targets(AuditFilter(text="DURAND")) == ["paul.durand"]
    assert targets(AuditFilter(text="_x%")) == ["lea_x%"]  # LIKE wildcards are plain text
    assert targets(AuditFilter(action="compte_renouvele")) == ["lea_x%", "paul.durand"]
    october = AuditFilter(since=dt.date(2026, 10, 1), until=dt.date(2026, 10, 15))
    assert targets(october) == ["lea.petit", "paul.durand"]  # the end day is included
    assert count_audit_entries(store, clock, admin, october) == 2
    assert "compte_supprime" in audit_actions(store, clock, admin)
    with pytest.raises(UserError, match="after its end"):
        list_audit_entries(
            store, clock, admin, AuditFilter(since=dt.date(2026, 11, 2), until=dt.date(2026, 11, 1))
        )


def test_changes_are_described_before_and_after(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    account_admin.create_account(
        store,
        clock,
        admin,
        next_code(clock),
        AccountDraft(
            "Durand", "Paul", "paul@mairie.fr", "0241000000", rights={"CNRACL": "lecture"}
        ),
    )
    account_admin.modify_account(
        store,
        clock,
        admin,
        "paul.durand",
        AccountChanges(email="p.durand@mairie.fr", rights={"CNRACL": "modification"}),
        next_code(clock),
    )
    modified, created = list_audit_entries(store, clock, admin, AuditFilter(text="paul"), limit=2)
    assert modified.action == "compte_modifie"
    assert modified.details is not None and modified.details["apres"]["droits"] == {
        "CNRACL": "modification"
    }
    assert modified.summary == (
        "e-mail: paul@mairie.fr → p.durand@mairie.fr; rights: CNRACL Lecture seule → Modification"
    )
    assert created.summary == "profile utilisateur; rights: CNRACL: Lecture seule"
    assert (modified.actor_text, modified.account_text) == (
        "Claire Martin (claire.martin)",
        "Paul Durand (paul.durand)",
    )
    assert (
        describe_details(
            {"avant": {"expiration": "2026-11-25"}, "apres": {"expiration": "2028-05-25"}}
        )
        == "expiry: 25/11/2026 → 25/05/2028"
    )


def test_only_an_active_administrator_reads_the_log(store, clock) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        add_account(session, "paul.durand")
    user = sign_in(store, clock, "paul.durand", USER_PASSWORD)
    with pytest.raises(PermissionDenied):
        list_audit_entries(store, clock, user)
    with pytest.raises(PermissionDenied):
        export_audit_csv(store, clock, user, Path("never.csv"))
    with pytest.raises(PermissionDenied):
        load_accounts_overview(store, clock, user)


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+33 1 23", "'+33 1 23"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("＝1+1", "'＝1+1"),
        ("paul.durand", "paul.durand"),
        (None, ""),
    ],
)
def test_csv_cells_never_start_a_formula(value: str | None, cell: str) -> None:
    assert csv_cell(value) == cell


def test_export_writes_the_filtered_log_for_a_spreadsheet(  # type: ignore[no-untyped-def]
    store, clock, admin, tmp_path: Path
) -> None:
    entries_at(
        store,
        clock,
        (dt.datetime(2026, 11, 1, 9), "compte_modifie", "=cmd|' /C calc'!A0"),
        (dt.datetime(2026, 11, 2, 9), "compte_renouvele", "paul.durand"),
    )
    path = tmp_path / "journal.csv"
    november = AuditFilter(since=dt.date(2026, 11, 1), until=dt.date(2026, 11, 2))
    count = export_audit_csv(store, clock, admin, path, november)

    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM Excel looks for
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert rows[0] == ["Date", "By", "Action", "Account", "Subject", "Details"]
    assert count == len(rows) - 1 == 2
    assert rows[1][:4] == [
        "02/11/2026 09:00:00",
        "Claire Martin (claire.martin)",
        "account renewed",
        "paul.durand",  # no such account: its login only
    ]
    assert rows[2][3] == "'=cmd|' /C calc'!A0"
    assert not list(tmp_path.glob(".*partial"))


def test_a_failed_export_leaves_no_file(store, clock, admin, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "missing-folder" / "journal.csv"
    with pytest.raises(UserError, match="could not be written"):
        export_audit_csv(store, clock, admin, path)
    assert not path.exists()


def test_overview_counts_active_administrators(store, clock, admin) -> None:  # type: ignore[no-untyped-def]
    overview = load_accounts_overview(store, clock, admin)
    assert overview.active_administrators == 1
    assert overview.needs_more_administrators
    assert [service.code for service in overview.services][:3] == ["CNRACL", "IRCANTEC", "RAFP"]
    with store.session() as session:
        add_account(session, "lea.petit", profile="administrateur")
        add_account(session, "marc.roux", profile="administrateur", status="verrouille")
    overview = load_accounts_overview(store, clock, admin)
    assert overview.active_administrators == 2
    assert not overview.needs_more_administrators
    assert {row.login for row in overview.rows} == {ADMIN.login, "lea.petit", "marc.roux"}
