"""The audit log reads as sentences: names beside logins, references of courriers, the
subject of a review or an import in its own column, French words with their accents."""

from __future__ import annotations

import pytest

from peps_desktop.core.accounts.admin import AccountDraft, create_account, delete_accounts
from peps_desktop.core.accounts.audit_log import AuditFilter, AuditLine, list_audit_entries
from peps_desktop.core.accounts.review import apply_review, decide, start_review
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.courriers.actions import archive, assign
from peps_desktop.core.shared.audit import record
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.factories import add_courrier
from tests.second_factor import next_code


@pytest.fixture
def admin(store, clock):  # type: ignore[no-untyped-def]
    return sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)


def latest(store, clock, admin, action: str) -> AuditLine:  # type: ignore[no-untyped-def]
    return list_audit_entries(store, clock, admin, AuditFilter(action=action), limit=1)[0]


@pytest.fixture
def courriers(store) -> list[int]:  # type: ignore[no-untyped-def]
    with store.session() as session:
        added = [add_courrier(session, "CNRACL", reference=f"CNR-2026-000694{n}") for n in range(5)]
        session.flush()
        return [courrier.id for courrier in added]


def test_archived_courriers_are_named_by_their_references(  # type: ignore[no-untyped-def]
    store, clock, admin, courriers, english
) -> None:
    archive(store, clock, admin, courriers[:1])
    one = latest(store, clock, admin, "courriers_archives")
    assert one.summary == "1 courrier(s) archived: CNR-2026-0006940"
    assert (one.actor_text, one.action_text) == (
        "Claire Martin (claire.martin)",
        "courriers archived",
    )

    archive(store, clock, admin, courriers)
    many = latest(store, clock, admin, "courriers_archives")
    assert many.summary == (
        "5 courrier(s) archived: CNR-2026-0006940, CNR-2026-0006941, CNR-2026-0006942 and 2 more"
    )


def test_in_french_the_words_have_their_accents_and_plurals(  # type: ignore[no-untyped-def]
    store, clock, admin, courriers, french
) -> None:
    archive(store, clock, admin, courriers[:1])
    one = latest(store, clock, admin, "courriers_archives")
    assert one.action_text == "courriers archivés"
    assert one.summary == "1 courrier archivé\u00a0: CNR-2026-0006940"
    assign(store, clock, admin, courriers[:2], ADMIN.login)
    assigned = latest(store, clock, admin, "courriers_assignes")
    assert assigned.action_text == "courriers assignés"
    assert assigned.summary.startswith("2 courriers assignés\u00a0: CNR-2026-0006940")
    assert assigned.account_text == "Claire Martin (claire.martin)"
    assign(store, clock, admin, courriers[:2], None)
    assert latest(store, clock, admin, "courriers_desassignes").action_text == (
        "courriers désassignés"
    )


def test_a_deleted_account_keeps_its_holder_s_name(store, clock, admin, english) -> None:  # type: ignore[no-untyped-def]
    create_account(
        store,
        clock,
        admin,
        next_code(clock),
        AccountDraft("Lefèvre", "Élodie", "el@mairie.fr", "02 41 00 00 05"),
    )
    delete_accounts(store, clock, admin, ["elodie.lefevre"], next_code(clock))
    deleted = latest(store, clock, admin, "compte_supprime")
    assert deleted.account_text == "Élodie Lefèvre (elodie.lefevre)"
    assert deleted.subject_text == ""
    assert deleted.summary == "profile utilisateur"
    # Found by the holder's name, though the log stores logins only.
    found = list_audit_entries(store, clock, admin, AuditFilter(text="Élodie Lef"))
    assert {line.action for line in found} == {"compte_cree", "compte_supprime"}


def test_a_review_is_the_subject_not_an_account(store, clock, admin, english) -> None:  # type: ignore[no-untyped-def]
    state = start_review(store, clock, admin)
    decide(store, clock, admin, state.campaign_id, [ADMIN.login], "conserver")
    apply_review(store, clock, admin, state.campaign_id, next_code(clock))
    applied = latest(store, clock, admin, "revue_appliquee")
    assert applied.account_text == ""
    assert applied.subject_text == "Review started on 25/11/2026"
    assert applied.summary == "1 account(s) renewed, 0 deleted, 0 kept as they were"


def test_imports_and_the_demo_read_as_sentences(store, clock, admin, english) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        record(session, clock, ADMIN.login, "comptes_importes", "comptes.csv", lignes=12)
        record(
            session,
            clock,
            None,
            "courriers_importes",
            None,
            structure_id=admin.structure_id,
            importes=3,
            doublons=1,
            rejetes=0,
            dossier="/srv/depot",
        )
        record(
            session,
            clock,
            None,
            "demo_generee",
            "Commune",
            structure_id=admin.structure_id,
            accounts=15,
            courriers=2000,
        )
    imported = latest(store, clock, admin, "comptes_importes")
    assert (imported.subject_text, imported.summary) == ("File comptes.csv", "12 line(s)")
    intake = latest(store, clock, admin, "courriers_importes")
    assert intake.actor_text == "the application"
    assert intake.subject_text == "Folder /srv/depot"
    assert intake.summary == "3 courrier(s) imported, 1 duplicate(s), 0 pair(s) rejected"
    demo = latest(store, clock, admin, "demo_generee")
    assert demo.summary == "15 account(s), 2000 courrier(s), 0 échange(s)"
