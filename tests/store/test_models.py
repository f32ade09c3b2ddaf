"""Store round trips on a temporary SQLite file: models, pragmas, locking, append-only audit."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from peps_desktop.store import Store
from peps_desktop.store.append_only import AppendOnlyViolation
from peps_desktop.store.engine import BUSY_TIMEOUT_MS
from peps_desktop.store.models import (
    AccessRight,
    Account,
    AuditEntry,
    Courrier,
    CourrierRead,
    Echange,
    EchangeMessage,
    Notification,
    ReviewCampaign,
    ReviewDecision,
    Service,
    Structure,
)
from tests.conftest import ADMIN, NOW
from tests.factories import add_account, add_echange, new_echange

FUNDS = {"CNRACL", "IRCANTEC", "RAFP", "FSPOEIE", "ATIACL", "FIPHFP", "FNC", "FEH", "FAEFM"}


def _ids(store: Store) -> tuple[int, dict[str, int], int]:
    """The structure id, the service ids by code and the administrator's account id."""
    with store.read_session() as session:
        structure_id = session.scalar(select(Structure.id))
        services = {s.code: s.id for s in session.scalars(select(Service))}
        admin_id = session.scalar(select(Account.id).where(Account.login == ADMIN.login))
    assert structure_id is not None and admin_id is not None
    return structure_id, services, admin_id


def _add_user(store: Store, login: str, rights: dict[str, str]) -> int:
    """An account with rights by service code."""
    with store.session() as session:
        account = add_account(
            session,
            login,
            rights=rights,
            telephone="01 23 45 67 89",
            expires_on=dt.date(2027, 6, 30),
            created_at=NOW,
        )
        return account.id


def _add_courrier(store: Store, service_id: int, reference: str, **fields: object) -> int:
    structure_id, _, _ = _ids(store)
    values: dict[str, object] = {
        "structure_id": structure_id,
        "service_id": service_id,
        "type": "facture",
        "objet": f"Facture {reference}",
        "reference": reference,
        "recu_le": NOW.date(),
        "created_at": NOW,
    }
    values.update(fields)
    with store.session() as session:
        courrier = Courrier(**values)
        session.add(courrier)
        session.flush()
        return courrier.id


# --- round trips -------------------------------------------------------------------------------


def test_structure_round_trip(store: Store) -> None:
    with store.read_session() as session:
        structures = session.scalars(select(Structure)).all()
    assert [(s.nom, s.created_at) for s in structures] == [("Mairie de Saint-Aubin", NOW)]


def test_the_nine_funds_are_present_after_migration(empty_store: Store) -> None:
    with empty_store.read_session() as session:
        services = session.scalars(select(Service)).all()
    assert {s.code for s in services} == FUNDS
    assert len(services) == len(FUNDS)
    assert all(s.libelle.strip() for s in services)
    assert len({s.id for s in services}) == len(FUNDS)


def test_service_code_is_unique(empty_store: Store) -> None:
    with pytest.raises(IntegrityError), empty_store.session() as session:
        session.add(Service(code="CNRACL", libelle="Doublon"))
    with empty_store.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Service)) == len(FUNDS)


def test_account_with_access_rights_round_trip(store: Store) -> None:
    account_id = _add_user(
        store, "jean.dupont", {"CNRACL": "lecture", "IRCANTEC": "aucun", "RAFP": "modification"}
    )
    with store.read_session() as session:
        account = session.get(Account, account_id)
        assert account is not None
        assert (account.login, account.nom, account.prenom) == ("jean.dupont", "Dupont", "Jean")
        assert account.email == "jean.dupont@mairie.fr"
        assert account.telephone == "01 23 45 67 89"
        assert (account.profile, account.status) == ("utilisateur", "actif")
        assert account.expires_on == dt.date(2027, 6, 30)
        assert account.last_sign_in_at is None and account.last_review_at is None
        assert account.failed_sign_ins == 0
        assert account.created_at == NOW
        assert account.version == 1  # set by the ORM's version counter
        rights = {right.service.code: right.level for right in account.rights}
    assert rights == {"CNRACL": "lecture", "IRCANTEC": "aucun", "RAFP": "modification"}


def test_account_login_is_unique(store: Store) -> None:
    with pytest.raises(IntegrityError), store.session() as session:
        add_account(session, ADMIN.login, nom="Autre", prenom="Personne", email="autre@mairie.fr")


def test_deleting_an_account_removes_its_rights_reads_and_notifications(store: Store) -> None:
    _, services, _ = _ids(store)
    account_id = _add_user(store, "jean.dupont", {"CNRACL": "lecture"})
    courrier_id = _add_courrier(store, services["CNRACL"], "F-1", assigned_to_id=account_id)
    with store.session() as session:
        session.add(CourrierRead(account_id=account_id, courrier_id=courrier_id, read_at=NOW))
        session.add(
            Notification(
                account_id=account_id, kind="courrier", key="F-1", title="t", raised_at=NOW
            )
        )
    with store.session() as session:
        session.delete(session.get(Account, account_id))
    with store.read_session() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(AccessRight)
                .where(AccessRight.account_id == account_id)
            )
            == 0
        )
        assert session.scalar(select(func.count()).select_from(CourrierRead)) == 0
        assert session.scalar(select(func.count()).select_from(Notification)) == 0
        courrier = session.get(Courrier, courrier_id)
        assert courrier is not None  # the courrier stays, unassigned
        assert courrier.assigned_to_id is None


def test_courrier_and_read_mark_round_trip(store: Store) -> None:
    _, services, admin_id = _ids(store)
    courrier_id = _add_courrier(
        store,
        services["IRCANTEC"],
        "MAJ-2026-0042",
        type="facture_majoration",
        objet="Facture de majorations de retard",
        action_requise=True,
        echeance=dt.date(2026, 12, 31),
        montant=Decimal("1234567890.12"),
        document_sha256="ab" * 32,
        assigned_to_id=admin_id,
    )
    read_at = NOW + dt.timedelta(minutes=5)
    with store.session() as session:
        session.add(CourrierRead(account_id=admin_id, courrier_id=courrier_id, read_at=read_at))
    with store.read_session() as session:
        courrier = session.get(Courrier, courrier_id)
        assert courrier is not None
        assert courrier.service_id == services["IRCANTEC"]
        assert courrier.type == "facture_majoration"
        assert courrier.objet == "Facture de majorations de retard"
        assert courrier.reference == "MAJ-2026-0042"
        assert courrier.recu_le == NOW.date()
        assert courrier.action_requise is True
        assert courrier.archived is False  # default
        assert courrier.echeance == dt.date(2026, 12, 31)
        assert courrier.montant == Decimal("1234567890.12")
        assert courrier.document_sha256 == "ab" * 32
        assert courrier.assigned_to_id == admin_id
        reads = session.scalars(select(CourrierRead)).all()
        assert [(r.account_id, r.courrier_id, r.read_at) for r in reads] == [
            (admin_id, courrier_id, read_at)
        ]


def test_a_courrier_is_read_once_per_account(store: Store) -> None:
    _, services, admin_id = _ids(store)
    courrier_id = _add_courrier(store, services["CNRACL"], "F-1")
    with store.session() as session:
        session.add(CourrierRead(account_id=admin_id, courrier_id=courrier_id, read_at=NOW))
    with pytest.raises(IntegrityError), store.session() as session:
        session.add(CourrierRead(account_id=admin_id, courrier_id=courrier_id, read_at=NOW))


def test_echange_with_messages_round_trip(store: Store) -> None:
    structure_id, _, admin_id = _ids(store)
    with store.session() as session:
        echange = new_echange(
            structure_id=structure_id,
            reference="ECH-2026-000001",
            theme="Cotisations",
            motif="Facturation",
            sous_motif="Contester une majoration",
            fonds="CNRACL",
            objet="Majoration de retard contestée",
            author_id=admin_id,
            status="envoye",
        )
        # Added out of order: the relationship reads them back ordered by time.
        echange.messages.append(
            EchangeMessage(direction="recu", body="Réponse", at=NOW + dt.timedelta(days=2))
        )
        echange.messages.append(EchangeMessage(direction="envoye", body="Demande", at=NOW))
        session.add(echange)
        session.flush()
        echange_id = echange.id
    with store.read_session() as session:
        loaded = session.get(Echange, echange_id)
        assert loaded is not None
        assert (loaded.reference, loaded.theme, loaded.motif, loaded.sous_motif) == (
            "ECH-2026-000001",
            "Cotisations",
            "Facturation",
            "Contester une majoration",
        )
        assert (loaded.fonds, loaded.status, loaded.author_id) == ("CNRACL", "envoye", admin_id)
        assert [(m.direction, m.body) for m in loaded.messages] == [
            ("envoye", "Demande"),
            ("recu", "Réponse"),
        ]
    with store.session() as session:
        session.delete(session.get(Echange, echange_id))
    with store.read_session() as session:
        assert session.scalar(select(func.count()).select_from(EchangeMessage)) == 0


def test_echange_reference_is_unique(store: Store) -> None:
    with store.session() as session:
        add_echange(session, "brouillon", reference="ECH-1")
    with pytest.raises(IntegrityError), store.session() as session:
        add_echange(session, "brouillon", reference="ECH-1")


def test_review_campaign_and_decisions_round_trip(store: Store) -> None:
    structure_id, _, _ = _ids(store)
    closed = NOW + dt.timedelta(days=3)
    with store.session() as session:
        campaign = ReviewCampaign(
            structure_id=structure_id,
            started_at=NOW,
            closed_at=closed,
            started_by_login=ADMIN.login,
        )
        session.add(campaign)
        session.flush()
        for login, decision in (("jean.dupont", "supprimer"), (ADMIN.login, "renouveler")):
            session.add(
                ReviewDecision(
                    campaign_id=campaign.id,
                    account_login=login,
                    decision=decision,
                    decided_at=NOW + dt.timedelta(days=1),
                    decided_by_login=ADMIN.login,
                )
            )
        campaign_id = campaign.id
    with store.read_session() as session:
        loaded = session.get(ReviewCampaign, campaign_id)
        assert loaded is not None
        assert (loaded.started_at, loaded.closed_at, loaded.started_by_login) == (
            NOW,
            closed,
            ADMIN.login,
        )
        decisions = session.scalars(
            select(ReviewDecision).order_by(ReviewDecision.account_login)
        ).all()
        assert [(d.account_login, d.decision, d.campaign_id) for d in decisions] == [
            (ADMIN.login, "renouveler", campaign_id),
            ("jean.dupont", "supprimer", campaign_id),
        ]


def test_audit_entry_round_trip(store: Store) -> None:
    at = NOW + dt.timedelta(hours=1)
    with store.session() as session:
        session.add(
            AuditEntry(at=at, actor_login="x.y", action="essai", target="cible", details='{"a": 1}')
        )
    with store.read_session() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "essai"))
        assert entry is not None
        assert (entry.at, entry.actor_login, entry.target, entry.details) == (
            at,
            "x.y",
            "cible",
            '{"a": 1}',
        )
        # create_structure wrote its own entries before this one
        actions = set(session.scalars(select(AuditEntry.action)))
    assert {"structure_creee", "compte_cree", "essai"} <= actions


def test_notification_is_unique_per_account_kind_and_key(store: Store) -> None:
    _, services, admin_id = _ids(store)
    other_id = _add_user(store, "jean.dupont", {"CNRACL": "lecture"})

    def notification(account_id: int, kind: str, key: str) -> Notification:
        return Notification(
            account_id=account_id, kind=kind, key=key, title=f"{kind} {key}", raised_at=NOW
        )

    with store.session() as session:
        session.add(notification(admin_id, "courrier", "F-1"))
        # Same key for another kind or another account is a different notification.
        session.add(notification(admin_id, "expiration", "F-1"))
        session.add(notification(other_id, "courrier", "F-1"))
    with pytest.raises(IntegrityError), store.session() as session:
        session.add(notification(admin_id, "courrier", "F-1"))
    with store.read_session() as session:
        rows = session.scalars(select(Notification)).all()
        assert sorted((n.account_id, n.kind, n.key) for n in rows) == sorted(
            [
                (admin_id, "courrier", "F-1"),
                (admin_id, "expiration", "F-1"),
                (other_id, "courrier", "F-1"),
            ]
        )
        assert all(n.read_at is None and n.raised_at == NOW for n in rows)


# --- connections -------------------------------------------------------------------------------


@pytest.mark.sqlite_only
def test_every_connection_gets_the_pragmas(store: Store) -> None:
    store.engine.dispose()  # no pooled connection: the next ones are fresh
    first = store.engine.connect()
    second = store.engine.connect()  # held together: two distinct DBAPI connections
    try:
        assert first.connection.dbapi_connection is not second.connection.dbapi_connection
        for connection in (first, second):
            pragmas = {
                name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
            }
            assert pragmas["foreign_keys"] == 1
            assert str(pragmas["journal_mode"]).lower() == "wal"
            assert pragmas["synchronous"] == 1  # NORMAL
            busy = pragmas["busy_timeout"]
            assert isinstance(busy, int) and busy > 0
            assert busy == BUSY_TIMEOUT_MS
    finally:
        first.close()
        second.close()


def test_a_foreign_key_violation_is_refused(store: Store) -> None:
    _, _, admin_id = _ids(store)
    with pytest.raises(IntegrityError), store.session() as session:
        session.add(AccessRight(account_id=admin_id, service_id=9999, level="lecture"))
    with pytest.raises(IntegrityError), store.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO courrier_read (account_id, courrier_id, read_at) "
                "VALUES (:a, 424242, '2026-11-25 09:30:00')"
            ),
            {"a": admin_id},
        )
    with store.read_session() as session:
        assert session.scalar(select(func.count()).select_from(CourrierRead)) == 0
        assert (
            session.scalar(
                select(func.count()).select_from(AccessRight).where(AccessRight.service_id == 9999)
            )
            == 0
        )


def test_optimistic_locking_refuses_a_stale_write(store: Store) -> None:
    with store.read_session() as session:
        mine = session.scalar(select(Account).where(Account.login == ADMIN.login))
        assert mine is not None and mine.version == 1
    with store.session() as session:  # someone else changes the account meanwhile
        theirs = session.scalar(select(Account).where(Account.login == ADMIN.login))
        theirs.telephone = "01 11 11 11 11"
    with pytest.raises(StaleDataError), store.session() as session:
        stale = session.merge(mine, load=False)
        stale.telephone = "02 22 22 22 22"
    with store.read_session() as session:
        account = session.scalar(select(Account).where(Account.login == ADMIN.login))
        assert account is not None
        assert account.telephone == "01 11 11 11 11"
        assert account.version == 2


def test_units_of_work_take_turns(store: Store) -> None:
    """A second writer waits for the first instead of failing on a stale snapshot."""
    started, results = threading.Event(), []

    def second_writer() -> None:
        started.set()
        with store.session() as session:
            account = session.scalar(select(Account).where(Account.login == ADMIN.login))
            results.append(account.telephone)
            account.telephone = "03 33 33 33 33"

    with store.session() as session:
        account = session.scalar(select(Account).where(Account.login == ADMIN.login))
        thread = threading.Thread(target=second_writer)
        thread.start()
        started.wait()
        account.telephone = "01 11 11 11 11"
    thread.join(10)
    assert results == ["01 11 11 11 11"]  # it read what the first one wrote


# --- the append-only audit log -----------------------------------------------------------------


def _audit_rows(store: Store) -> list[tuple[int, dt.datetime, str | None, str, str | None]]:
    with store.read_session() as session:
        return [
            (e.id, e.at, e.actor_login, e.action, e.target)
            for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]


def test_an_audit_entry_cannot_be_updated(store: Store) -> None:
    before = _audit_rows(store)
    assert before
    with pytest.raises(AppendOnlyViolation), store.session() as session:
        entry = session.scalar(select(AuditEntry).order_by(AuditEntry.id))
        assert entry is not None
        entry.action = "falsifie"
        entry.actor_login = "intrus"
    assert _audit_rows(store) == before


def test_an_audit_entry_cannot_be_deleted(store: Store) -> None:
    before = _audit_rows(store)
    with pytest.raises(AppendOnlyViolation), store.session() as session:
        session.delete(session.scalar(select(AuditEntry).order_by(AuditEntry.id)))
    assert _audit_rows(store) == before


@pytest.mark.parametrize(
    "statement",
    [
        update(AuditEntry).values(action="falsifie"),
        delete(AuditEntry),
    ],
    ids=["bulk-update", "bulk-delete"],
)
def test_an_audit_entry_cannot_be_changed_by_an_orm_bulk_statement(
    store: Store, statement: object
) -> None:
    """UPDATE/DELETE statements run through the session must be refused as well."""
    before = _audit_rows(store)
    with pytest.raises(AppendOnlyViolation), store.session() as session:
        session.execute(statement)  # type: ignore[call-overload]
    assert _audit_rows(store) == before


def test_adding_audit_entries_is_allowed_next_to_other_changes(store: Store) -> None:
    before = _audit_rows(store)
    with store.session() as session:
        account = session.scalar(select(Account).where(Account.login == ADMIN.login))
        assert account is not None
        account.telephone = "03 33 33 33 33"
        session.add(AuditEntry(at=NOW, actor_login=ADMIN.login, action="compte_modifie"))
    after = _audit_rows(store)
    assert after[: len(before)] == before
    assert [row[3] for row in after[len(before) :]] == ["compte_modifie"]


# --- units of work -----------------------------------------------------------------------------


def test_a_session_rolls_back_everything_on_an_exception(store: Store) -> None:
    audit_before = _audit_rows(store)

    class Boom(Exception):
        pass

    with pytest.raises(Boom), store.session() as session:
        structure = session.scalar(select(Structure))
        assert structure is not None
        structure.nom = "Nom à moitié écrit"
        add_account(session, "jean.dupont", rights={"CNRACL": "lecture"})
        session.add(AuditEntry(at=NOW, actor_login=ADMIN.login, action="compte_cree"))
        session.flush()  # written to the database inside the transaction...
        assert session.scalar(select(func.count()).select_from(Account)) == 2
        raise Boom  # ...and undone whole
    with store.read_session() as session:
        assert session.scalar(select(Structure.nom)) == "Mairie de Saint-Aubin"
        assert session.scalars(select(Account.login)).all() == [ADMIN.login]
        assert session.scalar(select(func.count()).select_from(AccessRight)) == len(FUNDS)
    assert _audit_rows(store) == audit_before


def test_a_failed_flush_leaves_nothing_half_written(store: Store) -> None:
    structure_id, _, _ = _ids(store)
    with pytest.raises(IntegrityError), store.session() as session:
        add_echange(session, "brouillon", reference="ECH-OK")  # flushed
        # no such structure
        session.add(new_echange(structure_id=structure_id + 1000, reference="ECH-KO"))
    with store.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Echange)) == 0
