"""A store begun at the first revision, upgraded to head the way the application opens it:
every row kept as it was, every account, courrier, document, échange and agent readable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from peps_desktop.core.accounts.account_list import list_accounts
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.contact.history import echange_detail, list_echanges
from peps_desktop.core.contact.nir import masked_nir
from peps_desktop.core.courriers.inbox import InboxQuery, count, rows
from peps_desktop.core.courriers.reading import open_courrier, read_document
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.core.shared.data_key import open_with_data_key
from peps_desktop.core.shared.documents import document_path, document_sha256
from peps_desktop.errors import AuthenticationError, NotActivated, PermissionDenied, UserError
from peps_desktop.store import Store
from peps_desktop.store.migrate import current_revision, head_revision, open_store
from peps_desktop.store.models import EchangeAgent, EchangeAttachment
from peps_desktop.store.upgrade_backup import upgrade_backups
from tests.conftest import NOW, MemoryKeyring
from tests.store.first_revision_store import (
    ACCOUNTS,
    AGENTS,
    ATTACHMENT,
    COURRIERS,
    ECHANGES,
    LEFT_AT,
    SERVICE_CODES_AT_0002,
    OldAccount,
    OldStore,
    build_old_store,
    rights_of,
    row_counts,
    table_contents,
)

CLOCK = FixedClock(NOW)


@pytest.fixture
def old_store(tmp_path: Path, memory_keyring: MemoryKeyring) -> OldStore:
    old = build_old_store(tmp_path / "data", memory_keyring)
    # Every table holds rows: each one's passage through the migrations is checked.
    assert old.counts and all(old.counts.values()), old.counts
    return old


@pytest.fixture
def upgraded(old_store: OldStore) -> Iterator[Store]:
    """Opened as the application opens a store: its data key found, then migrated."""
    store, found = open_with_data_key(old_store.location)
    try:
        assert (found.kept_in, found.key) == ("keyring", old_store.data_key)
        yield store
    finally:
        store.dispose()


def _account(login: str) -> OldAccount:
    (account,) = [account for account in ACCOUNTS if account.login == login]
    return account


def _signed_in(store: Store, login: str) -> SignedIn:
    password = _account(login).password
    assert password is not None
    return sign_in(store, CLOCK, login, password)


# --- nothing lost ------------------------------------------------------------------------------


def _in_e164(contents: dict[str, list[dict[str, object]]]) -> dict[str, list[dict[str, object]]]:
    """What 0021 changes: the accounts' French telephones written in E.164."""
    accounts = [
        {**row, "telephone": "+33" + str(row["telephone"]).replace(" ", "")[1:]}
        for row in contents["account"]
    ]
    return {**contents, "account": accounts}


def test_every_row_is_kept_as_it_was(old_store: OldStore, upgraded: Store) -> None:
    assert current_revision(upgraded) == head_revision() != LEFT_AT
    with upgraded.engine.connect() as connection:
        counts = row_counts(connection)
        contents = table_contents(connection, old_store.columns)
    assert {table: counts[table] for table in old_store.counts} == old_store.counts
    assert contents == _in_e164(old_store.contents)
    assert contents["account"][0]["telephone"] == "+33467000001"


def test_a_copy_at_the_old_revision_was_taken_first(old_store: OldStore, upgraded: Store) -> None:
    (copy,) = upgrade_backups(old_store.path)
    assert copy.name.startswith(f"{old_store.path.name}.avant-{LEFT_AT}.")
    kept = open_store(f"sqlite:///{copy}", copy.parent / "copy-documents", upgrade=False)
    try:
        assert current_revision(kept) == LEFT_AT
        with kept.engine.connect() as connection:
            assert row_counts(connection) == old_store.counts
            assert table_contents(connection, old_store.columns) == old_store.contents
    finally:
        kept.dispose()


# --- still readable through the application ----------------------------------------------------


def test_accounts_and_their_rights_read_back(upgraded: Store) -> None:
    administrator = _signed_in(upgraded, "anne.roux")
    listed = {row.login: row for row in list_accounts(upgraded, CLOCK, administrator)}
    assert set(listed) == {account.login for account in ACCOUNTS}
    for account in ACCOUNTS:
        row = listed[account.login]
        assert (row.id, row.nom, row.prenom, row.email) == (
            account.id,
            account.nom,
            account.prenom,
            account.email,
        )
        assert (row.profile, row.status, row.expires_on) == (
            account.profile,
            account.status,
            account.expires_on,
        )
        assert row.activation_pending == (account.password is None)
        granted = rights_of(account)
        assert dict(row.rights) == {
            code: granted.get(code, "aucun") for code in SERVICE_CODES_AT_0002
        }


def test_the_old_passwords_and_account_states_still_hold(upgraded: Store) -> None:
    assert _signed_in(upgraded, "jean.dupont").login == "jean.dupont"
    with pytest.raises(AuthenticationError, match="locked"):
        _signed_in(upgraded, "lea.garcia")
    with pytest.raises(NotActivated):
        sign_in(upgraded, CLOCK, "marc.nguyen", "Marc-Nguyen-2025-pw")


def test_courriers_and_their_documents_read_back_verified(upgraded: Store) -> None:
    administrator = _signed_in(upgraded, "anne.roux")
    listed = {row.id: row for row in rows(upgraded, administrator, [c.id for c in COURRIERS])}
    for courrier in COURRIERS:
        row = listed[courrier.id]
        assert (row.service, row.type, row.objet, row.reference) == (
            courrier.service,
            courrier.type,
            courrier.objet,
            courrier.reference,
        )
        assert (row.recu_le, row.action_requise, row.echeance, row.archived) == (
            courrier.recu_le,
            courrier.action_requise,
            courrier.echeance,
            courrier.archived,
        )
        assert row.montant == (Decimal(courrier.montant) if courrier.montant else None)
        assert row.assigned_to == courrier.assigned_to
        assert row.read == ("anne.roux" in courrier.read_by)

        opened = open_courrier(upgraded, CLOCK, administrator, courrier.id)
        if courrier.document is None:
            with pytest.raises(UserError, match="No document"):
                read_document(opened)
        else:
            assert read_document(opened) == courrier.document


def test_the_rights_still_decide_who_reads_which_courrier(upgraded: Store) -> None:
    jean = _signed_in(upgraded, "jean.dupont")  # CNRACL read, IRCANTEC modify, RAFP none
    readable = {c.id for c in COURRIERS if c.service in ("CNRACL", "IRCANTEC")}
    for courrier in COURRIERS:
        if courrier.id in readable:
            opened = open_courrier(upgraded, CLOCK, jean, courrier.id)
            assert read_document(opened) == courrier.document
        else:
            with pytest.raises(PermissionDenied):
                open_courrier(upgraded, CLOCK, jean, courrier.id)
    # The search index built by a later revision covers the courriers stored before it.
    assert count(upgraded, jean, InboxQuery(search="cotisations septembre")) == 1
    assert count(upgraded, jean, InboxQuery(tab="archives", search="IRC-2024")) == 1
    assert count(upgraded, jean, InboxQuery(search="duplicata")) == 0  # RAFP: not his


def test_echanges_and_their_threads_read_back(upgraded: Store) -> None:
    administrator = _signed_in(upgraded, "anne.roux")
    jean = _signed_in(upgraded, "jean.dupont")
    # Others' drafts are their authors' alone, as before.
    assert [row.reference for row in list_echanges(upgraded, administrator)] == [
        "ECH-2025-000003",
        "ECH-2025-000001",
    ]
    assert [row.reference for row in list_echanges(upgraded, jean)] == [
        "ECH-2025-000003",
        "ECH-2025-000002",
        "ECH-2025-000001",
    ]
    for echange in ECHANGES:
        reader = jean if echange.author == "jean.dupont" else administrator
        detail = echange_detail(upgraded, reader, echange.id)
        assert (detail.row.reference, detail.row.status) == (echange.reference, echange.status)
        assert detail.row.author == (
            f"{_account(echange.author).prenom} {_account(echange.author).nom}"
            if echange.author
            else ""
        )
        assert detail.message == (echange.message or "")
        assert detail.fields == tuple(sorted(echange.fields))
        assert [(m.direction, m.body, m.at) for m in detail.thread] == [
            (direction, body, dt.datetime.fromisoformat(at))
            for direction, body, at in echange.thread
        ]
        assert detail.agents == tuple(
            (masked_nir(agent.nir), agent.nom, agent.prenom)
            for agent in AGENTS
            if agent.echange_id == echange.id
        )


def test_agents_decrypt_to_their_original_nir_and_names(upgraded: Store) -> None:
    with upgraded.read_session() as session:
        agents = session.scalars(
            select(EchangeAgent).order_by(EchangeAgent.echange_id, EchangeAgent.position)
        ).all()
        assert [(a.echange_id, a.position, a.nir, a.nom, a.prenom) for a in agents] == [
            (agent.echange_id, agent.position, agent.nir, agent.nom, agent.prenom)
            for agent in AGENTS
        ]


def test_the_echange_attachment_is_still_in_the_documents(upgraded: Store) -> None:
    with upgraded.read_session() as session:
        (attachment,) = session.scalars(select(EchangeAttachment)).all()
        assert (attachment.echange_id, attachment.file_name, attachment.size) == (
            1,
            "attestation-employeur.pdf",
            len(ATTACHMENT),
        )
        sha = attachment.document_sha256
    content = document_path(upgraded.documents_dir, sha).read_bytes()
    assert document_sha256(content) == sha
    assert content == ATTACHMENT
