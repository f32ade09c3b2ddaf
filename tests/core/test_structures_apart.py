"""One store, several structures (a centre de gestion and its communes): nothing of one is
seen from another, in lists, counts, search, notifications, exports, the audit log and the
command line."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from peps_desktop.core.accounts.account_list import account_row, list_accounts
from peps_desktop.core.accounts.admin import AccountChanges, modify_account
from peps_desktop.core.accounts.audit_log import (
    audit_actions,
    count_audit_entries,
    export_audit_csv,
    list_audit_entries,
)
from peps_desktop.core.accounts.intervenants import intervenants
from peps_desktop.core.accounts.rules import Identity
from peps_desktop.core.accounts.setup import create_structure, structure_name
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.contact.history import echange_detail, list_echanges
from peps_desktop.core.courriers.actions import (
    archive,
    assign,
    mark_read,
    mark_unread,
    unarchive,
)
from peps_desktop.core.courriers.folder_import import import_courriers
from peps_desktop.core.courriers.inbox import InboxQuery, count, page_ids, rows, unread_count
from peps_desktop.core.dashboard import figures
from peps_desktop.core.notifications.due import NOUVEAU_COURRIER, due_notifications
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.errors import PermissionDenied, UserError
from peps_desktop.store import Store
from peps_desktop.store.models import Account, Courrier, CourrierRead, Structure
from tests.commands import cli_helpers
from tests.conftest import ADMIN, ADMIN_PASSWORD, NOW
from tests.core.courriers.import_builders import GOOD, drop, pdf
from tests.core.courriers.inbox_builders import courrier, person
from tests.factories import add_echange, signed_in_as
from tests.second_factor import USER_SECRET, enrol, next_code, trust_this_computer

OTHER_ADMIN = Identity(login="bea.roux", nom="Roux", prenom="Béa", email="bea.roux@ccas-lunel.fr")
PASSWORD = "Mot-de-passe-2026"


@dataclass(frozen=True)
class Two:
    """Structure A (the store fixture's) and B, each with a reader of CNRACL and a letter."""

    a_reader: SignedIn
    a_admin: SignedIn
    a_courrier: int
    a_echange: int
    b_id: int
    b_reader: SignedIn
    b_admin: SignedIn
    b_courrier: int
    b_echange: int


@pytest.fixture
def two(store: Store, clock: FixedClock) -> Two:
    b_id = create_structure(
        store, clock, "CCAS de Lunel", OTHER_ADMIN, ADMIN_PASSWORD, beside_others=True
    )
    enrol(store, OTHER_ADMIN.login, USER_SECRET)
    with store.session() as session:
        a_reader = person(session, "lea.petit", {"CNRACL": "modification"})
        b_reader = person(session, "bob.marin", {"CNRACL": "modification"}, structure_id=b_id)
        a_courrier = courrier(session, "CNRACL", objet="Facture de Saint-Aubin")
        b_courrier = courrier(session, "CNRACL", objet="Facture de Lunel", structure_id=b_id)
        a_echange = add_echange(session, "envoye", objet="Question de Saint-Aubin").id
        b_echange = add_echange(session, "envoye", objet="Question de Lunel", structure_id=b_id)
        b_echange_id = b_echange.id
    return Two(
        a_reader=a_reader,
        a_admin=signed_in_as(store, ADMIN.login),
        a_courrier=a_courrier,
        a_echange=a_echange,
        b_id=b_id,
        b_reader=b_reader,
        b_admin=signed_in_as(store, OTHER_ADMIN.login),
        b_courrier=b_courrier,
        b_echange=b_echange_id,
    )


def test_a_second_structure_is_added_only_when_asked(store: Store, clock: FixedClock) -> None:
    other = Identity("x.y", "Y", "X", "x.y@lunel.fr")
    with pytest.raises(UserError, match="already has a structure"):
        create_structure(store, clock, "CCAS de Lunel", other, ADMIN_PASSWORD)
    with pytest.raises(UserError, match="named “Mairie de Saint-Aubin”"):
        create_structure(
            store, clock, "mairie de saint-aubin", other, ADMIN_PASSWORD, beside_others=True
        )
    with store.read_session() as session:
        assert session.scalars(select(Structure.nom)).all() == ["Mairie de Saint-Aubin"]


def test_the_inbox_shows_each_structure_its_own(store: Store, two: Two) -> None:
    for user, mine, theirs in (
        (two.a_reader, two.a_courrier, two.b_courrier),
        (two.b_reader, two.b_courrier, two.a_courrier),
    ):
        for search in ("", "facture", "Lunel", "Saint"):
            query = InboxQuery(search=search)
            ids = page_ids(store, user, query, 0, 50)
            assert theirs not in ids
            assert count(store, user, query) == len(ids)
        assert page_ids(store, user, InboxQuery(), 0, 50) == [mine]
        assert [row.id for row in rows(store, user, [mine, theirs])] == [mine]
        assert unread_count(store, user) == 1


def test_another_structures_courrier_cannot_be_touched(
    store: Store, clock: FixedClock, two: Two
) -> None:
    for action in (mark_read, mark_unread, archive, unarchive):
        with pytest.raises(PermissionDenied):
            action(store, clock, two.a_reader, [two.b_courrier])
    with pytest.raises(PermissionDenied):
        assign(store, clock, two.a_reader, [two.b_courrier], "lea.petit")
    with store.read_session() as session:
        touched = session.get(Courrier, two.b_courrier)
        assert touched is not None
        assert (touched.archived, touched.assigned_to_id) == (False, None)
        assert session.scalar(select(func.count()).select_from(CourrierRead)) == 0


def test_dashboard_and_notifications_count_only_their_structure(
    store: Store, clock: FixedClock, two: Two
) -> None:
    assert figures(store, clock, two.a_reader).unread_courriers == 1
    later = NOW + dt.timedelta(days=1)
    found = due_notifications(store, two.a_reader, later, kinds=[NOUVEAU_COURRIER])
    ids = {item for notification in found for item in notification.ids}
    assert two.b_courrier not in ids


def test_echanges_stay_in_their_structure(store: Store, two: Two) -> None:
    assert [row.id for row in list_echanges(store, two.a_reader)] == [two.a_echange]
    assert [row.id for row in list_echanges(store, two.b_reader)] == [two.b_echange]
    with pytest.raises(UserError, match="does not exist"):
        echange_detail(store, two.a_reader, two.b_echange)


def test_accounts_intervenants_and_the_audit_log_are_the_structures_own(
    store: Store, clock: FixedClock, two: Two, tmp_path: Path
) -> None:
    modify_account(
        store,
        clock,
        two.b_admin,
        "bob.marin",
        AccountChanges(telephone="04 67 00 00 00"),
        next_code(clock, USER_SECRET),
    )
    a_logins = {row.login for row in list_accounts(store, clock, two.a_admin)}
    assert a_logins == {ADMIN.login, "lea.petit"}
    with pytest.raises(UserError):
        account_row(store, clock, two.a_admin, "bob.marin")
    assert {person.nom for person in intervenants(store, two.a_reader)} == {"Martin"}
    with pytest.raises(UserError):
        modify_account(
            store, clock, two.a_admin, "bob.marin", AccountChanges(telephone="01"), next_code(clock)
        )

    lines = list_audit_entries(store, clock, two.a_admin)
    assert lines, "the structure's own entries are listed"
    assert all(line.target != "bob.marin" for line in lines)
    assert all(line.actor_login != OTHER_ADMIN.login for line in lines)
    assert count_audit_entries(store, clock, two.a_admin) == len(lines)
    assert "compte_modifie" not in audit_actions(store, clock, two.a_admin)
    exported = tmp_path / "journal.csv"
    export_audit_csv(store, clock, two.a_admin, exported)
    text = exported.read_text(encoding="utf-8-sig")
    assert OTHER_ADMIN.login not in text and "Lunel" not in text
    b_lines = list_audit_entries(store, clock, two.b_admin)
    assert {line.actor_login for line in b_lines} == {OTHER_ADMIN.login}


def test_signing_in_names_the_structure(store: Store, clock: FixedClock, two: Two) -> None:
    signed = sign_in(store, clock, OTHER_ADMIN.login, ADMIN_PASSWORD)
    assert signed.structure_id == two.b_id
    assert structure_name(store, signed.structure_id) == "CCAS de Lunel"
    assert structure_name(store) == ""  # several: no name before someone signs in


def test_the_drop_folder_import_needs_its_structure_named(
    store: Store, clock: FixedClock, two: Two, tmp_path: Path
) -> None:
    folder = tmp_path / "depot"
    folder.mkdir()
    drop(folder, "lettre", GOOD, pdf("pour Lunel"))
    with pytest.raises(UserError, match="several structures"):
        import_courriers(store, clock, folder)
    report = import_courriers(store, clock, folder, structure_id=two.b_id)
    assert report.imported == 1
    assert count(store, two.a_reader, InboxQuery()) == 1
    assert count(store, two.b_reader, InboxQuery()) == 2


@pytest.mark.usefixtures("command_line")
def test_the_command_line_lists_only_the_structures_courriers(
    store: Store,
    store_url: str,
    two: Two,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with store.session() as session:
        for login in ("lea.petit", "bob.marin"):
            account = session.scalar(select(Account).where(Account.login == login))
            assert account is not None
            account.password_hash = session.scalar(
                select(Account.password_hash).where(Account.login == ADMIN.login)
            )
            account.expires_on = dt.date.today() + dt.timedelta(days=400)
    monkeypatch.setenv("PEPS_PASSWORD", ADMIN_PASSWORD)
    trust_this_computer(store, store_url, "lea.petit", "bob.marin")
    for login, mine in (("lea.petit", two.a_courrier), ("bob.marin", two.b_courrier)):
        code, out, err = cli_helpers.run(
            capsys, "--db", store_url, "courriers", "list", "--as", login, "--json"
        )
        assert (code, err) == (0, "")
        assert [item["id"] for item in json.loads(out)] == [mine]
