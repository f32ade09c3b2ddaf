"""Notifications: what is due at a fixed time, raised once each, never missed, grouped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.contact.history import record_answer
from peps_desktop.core.notifications.due import (
    COMPTE_EXPIRE,
    DEPOT_EN_ATTENTE,
    ECHANGE_REPONDU,
    ENVOI_ECHOUE,
    EXPIRATION_PROCHAINE,
    KINDS,
    NOUVEAU_COURRIER,
    REVUE_DUE,
    Notification,
    due_notifications,
    mark_seen,
    notification_history,
    record_raised,
    run_check,
    unseen_count,
)
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.store import Store
from peps_desktop.store.migrate import open_store
from peps_desktop.store.models import Account, CourrierRead, Echange
from peps_desktop.store.models import Notification as LedgerRow
from tests.conftest import ADMIN, NOW
from tests.core.courriers.import_builders import GOOD, drop
from tests.core.courriers.inbox_builders import courrier, person
from tests.factories import add_account, add_echange, set_account


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def signed_in(store: Store, login: str) -> SignedIn:
    with store.read_session() as session:
        account = session.scalar(select(Account).where(Account.login == login))
        assert account is not None
        return SignedIn(
            account_id=account.id,
            structure_id=account.structure_id,
            login=login,
            nom=account.nom,
            prenom=account.prenom,
            profile=account.profile,
            badge=f"{account.prenom} {account.nom}",
        )


@pytest.fixture
def admin(store: Store) -> SignedIn:
    return signed_in(store, ADMIN.login)


@pytest.fixture
def restarted(store: Store, store_url: str, tmp_path: Path) -> Iterator[Store]:
    """The same store opened again, as after a restart of the application."""
    again = open_store(store_url, tmp_path / "documents")
    yield again
    again.dispose()


def by_kind(found: list[Notification]) -> dict[str, Notification]:
    assert [n.kind for n in found] == [kind for kind in KINDS if kind in {n.kind for n in found}]
    return {notification.kind: notification for notification in found}


def raise_at(store: Store, user: SignedIn, now: dt.datetime, **options: object) -> list[str]:
    """What is due at `now`, recorded as the background service does: the kinds raised."""
    found = due_notifications(store, user, now, **options)  # type: ignore[arg-type]
    record_raised(store, FixedClock(now), user, found)
    return [notification.kind for notification in found]


def ledger_size(store: Store) -> int:
    with store.read_session() as session:
        return session.scalar(select(func.count()).select_from(LedgerRow)) or 0


# --- expiry notices: the 20th of the month before the month of expiry ----------------------------


@pytest.mark.parametrize(
    ("expires_on", "notice_day"),
    [
        (dt.date(2027, 3, 31), dt.date(2027, 2, 20)),  # the end of a month
        (dt.date(2027, 3, 1), dt.date(2027, 2, 20)),
        (dt.date(2028, 3, 1), dt.date(2028, 2, 20)),  # a leap year
        (dt.date(2028, 2, 29), dt.date(2028, 1, 20)),
        (dt.date(2027, 1, 10), dt.date(2026, 12, 20)),  # across the new year
    ],
)
def test_the_notice_is_due_from_the_20th_itself_never_the_19th(
    store: Store, admin: SignedIn, expires_on: dt.date, notice_day: dt.date
) -> None:
    with store.session() as session:
        add_account(session, "anne.leroy", expires_on=expires_on)
    midnight = dt.datetime.combine(notice_day, dt.time(0, 0))
    eve = midnight - dt.timedelta(minutes=1)
    assert due_notifications(store, admin, eve) == []
    for moment in (midnight, midnight.replace(hour=23, minute=59)):
        notice = by_kind(due_notifications(store, admin, moment))[EXPIRATION_PROCHAINE]
        assert (notice.count, notice.ids) == (1, ("anne.leroy",))
        assert notice.title == f"The account anne.leroy expires on {expires_on:%d/%m/%Y}"


def test_notices_are_grouped_and_ordered_by_expiry(store: Store, admin: SignedIn) -> None:
    with store.session() as session:
        add_account(session, "bruno.roux", expires_on=dt.date(2027, 3, 31))
        add_account(session, "anne.leroy", expires_on=dt.date(2027, 3, 2))
        add_account(session, "chloe.faure", expires_on=dt.date(2027, 4, 1))  # next month's
        add_account(session, "david.petit", expires_on=dt.date(2027, 3, 9), status="expire")
    notice = by_kind(due_notifications(store, admin, at("2027-02-20T09:00")))[EXPIRATION_PROCHAINE]
    assert notice.ids == ("anne.leroy", "bruno.roux")
    assert notice.title == "2 accounts expire between 02/03/2027 and 31/03/2027"


def test_a_first_start_on_the_23rd_shows_the_notice_of_the_20th_once(
    store: Store, restarted: Store, admin: SignedIn
) -> None:
    with store.session() as session:
        add_account(session, "anne.leroy", expires_on=dt.date(2027, 3, 15))
    assert raise_at(store, admin, at("2027-02-23T08:05")) == [EXPIRATION_PROCHAINE]
    # After a restart: the ledger remembers, whatever the day until the expiry.
    for moment in ("2027-02-23T08:06", "2027-02-24T10:00", "2027-03-14T23:59"):
        assert due_notifications(restarted, admin, at(moment)) == []


def test_an_expired_account_is_told_once_then_again_after_a_renewal(
    store: Store, restarted: Store, admin: SignedIn
) -> None:
    with store.session() as session:
        add_account(session, "anne.leroy", expires_on=dt.date(2027, 3, 15))
    assert raise_at(store, admin, at("2027-02-20T09:00")) == [EXPIRATION_PROCHAINE]
    expired = by_kind(due_notifications(store, admin, at("2027-03-15T00:00")))[COMPTE_EXPIRE]
    assert (expired.ids, expired.title) == (("anne.leroy",), "The account anne.leroy has expired")
    # Closed from the 10th to the 18th: told at the next start, once.
    assert raise_at(store, admin, at("2027-03-18T09:00")) == [COMPTE_EXPIRE]
    assert due_notifications(restarted, admin, at("2027-03-19T09:00")) == []
    # Renewed to a date that comes in turn: a new notice and, later, a new expiry.
    set_account(store, "anne.leroy", expires_on=dt.date(2027, 9, 15), status="actif")
    assert raise_at(restarted, admin, at("2027-08-21T09:00")) == [EXPIRATION_PROCHAINE]
    assert raise_at(restarted, admin, at("2027-09-20T09:00")) == [COMPTE_EXPIRE]


def test_a_first_start_does_not_dig_up_accounts_expired_long_ago(
    store: Store, admin: SignedIn
) -> None:
    with store.session() as session:
        add_account(session, "vieux.compte", expires_on=dt.date(2026, 9, 1), status="expire")
        add_account(session, "anne.leroy", expires_on=dt.date(2026, 11, 20))
    expired = by_kind(due_notifications(store, admin, NOW))[COMPTE_EXPIRE]
    assert expired.ids == ("anne.leroy",)


def test_the_review_is_told_once_per_due_date(
    store: Store, restarted: Store, admin: SignedIn
) -> None:
    # The structure was created on 25/11/2026: the first review is due 18 months later.
    assert due_notifications(store, admin, at("2028-05-24T23:59"), kinds=[REVUE_DUE]) == []
    review = due_notifications(store, admin, at("2028-05-25T00:00"), kinds=[REVUE_DUE])
    assert [(n.kind, n.ids, n.title) for n in review] == [
        (REVUE_DUE, ("2028-05-25",), "The account review has been due since 25/05/2028")
    ]
    record_raised(store, FixedClock(at("2028-05-25T00:00")), admin, review)
    assert due_notifications(restarted, admin, at("2028-06-30T09:00"), kinds=[REVUE_DUE]) == []


def test_someone_who_is_not_an_administrator_is_told_nothing_of_accounts(
    store: Store,
) -> None:
    with store.session() as session:
        user = person(session, "jean.dupont", {"CNRACL": "lecture"})
        add_account(session, "anne.leroy", expires_on=dt.date(2027, 3, 15))
        add_account(session, "paul.durand", expires_on=dt.date(2027, 2, 1))
    assert due_notifications(store, user, at("2028-06-01T09:00")) == []


def test_an_expired_administrator_is_told_nothing_as_an_administrator(
    store: Store, admin: SignedIn
) -> None:
    with store.session() as session:
        add_account(session, "anne.leroy", expires_on=dt.date(2027, 3, 15))
    set_account(store, ADMIN.login, status="expire")
    assert due_notifications(store, admin, at("2027-02-20T09:00")) == []


# --- new courriers -------------------------------------------------------------------------------


def test_twelve_new_courriers_make_one_notification(store: Store) -> None:
    with store.session() as session:
        user = person(session, "jean.dupont", {"CNRACL": "lecture"})
        ids = [courrier(session, "CNRACL", recu_le=dt.date(2026, 11, 2)) for _ in range(12)]
    found = due_notifications(store, user, NOW)
    assert len(found) == 1
    notification = found[0]
    assert (notification.kind, notification.count, notification.title) == (
        NOUVEAU_COURRIER,
        12,
        "12 new courriers",
    )
    assert sorted(notification.ids) == sorted(ids)
    # The ledger keeps one watermark, not a row per courrier.
    assert notification.subjects == (f"courriers:{max(ids)}",)


def test_those_needing_an_action_come_first_and_the_title_says_so(store: Store) -> None:
    with store.session() as session:
        user = person(session, "jean.dupont", {"CNRACL": "lecture"})
        older = courrier(session, "CNRACL", recu_le=dt.date(2026, 11, 2))
        urgent = courrier(session, "CNRACL", recu_le=dt.date(2026, 11, 3), action_requise=True)
        newer = courrier(session, "CNRACL", recu_le=dt.date(2026, 11, 4))
    [notification] = due_notifications(store, user, NOW)
    assert notification.ids == (urgent, newer, older)
    assert notification.title == "3 new courriers, one of which needs an action"


@pytest.mark.parametrize(
    ("plain", "urgent", "title"),
    [
        (1, 0, "1 new courrier"),
        (0, 1, "1 new courrier, which needs an action"),
        (1, 2, "3 new courriers, 2 of which need an action"),
    ],
)
def test_titles_say_one_or_many(store: Store, plain: int, urgent: int, title: str) -> None:
    with store.session() as session:
        user = person(session, "jean.dupont", {"CNRACL": "lecture"})
        for number in range(plain + urgent):
            courrier(session, "CNRACL", action_requise=number >= plain)
    assert [n.title for n in due_notifications(store, user, NOW)] == [title]


def test_only_courriers_the_person_may_read_unread_and_in_the_inbox(store: Store) -> None:
    with store.session() as session:
        user = person(session, "jean.dupont", {"CNRACL": "lecture", "RAFP": "aucun"})
        shown = courrier(session, "CNRACL")
        courrier(session, "RAFP")  # no right on this service
        courrier(session, "IRCANTEC")  # no row at all for this service
        courrier(session, "CNRACL", archived=True)
        read = courrier(session, "CNRACL")
        session.add(CourrierRead(account_id=user.account_id, courrier_id=read, read_at=NOW))
        courrier(session, "CNRACL", recu_le=dt.date(2026, 11, 26))  # received after `now`
    [notification] = due_notifications(store, user, NOW)
    assert notification.ids == (shown,)


def test_only_ids_are_capped_the_count_is_whole_and_the_ledger_one_row(store: Store) -> None:
    with store.session() as session:
        user = person(session, "jean.dupont", {"CNRACL": "lecture"})
        for _ in range(130):
            courrier(session, "CNRACL")
    [notification] = due_notifications(store, user, NOW)
    assert (notification.count, len(notification.ids), len(notification.subjects)) == (
        130,
        100,
        1,
    )
    record_raised(store, FixedClock(NOW), user, [notification])
    assert ledger_size(store) == 1
    assert due_notifications(store, user, NOW) == []


def test_new_courriers_are_told_once_across_restarts_and_the_next_ones_too(
    store: Store, restarted: Store
) -> None:
    with store.session() as session:
        user = person(session, "jean.dupont", {"CNRACL": "lecture"})
        courrier(session, "CNRACL", recu_le=dt.date(2026, 11, 2))
        # Older than the first start's look-back (30 days): not news any more.
        courrier(session, "CNRACL", recu_le=dt.date(2026, 10, 1))
    assert raise_at(store, user, NOW) == [NOUVEAU_COURRIER]
    assert due_notifications(restarted, user, NOW + dt.timedelta(minutes=5)) == []
    # Days off, then a courrier received while the application was closed.
    with restarted.session() as session:
        later = courrier(session, "CNRACL", recu_le=dt.date(2026, 12, 10))
    [notification] = due_notifications(restarted, user, at("2026-12-14T08:30"))
    assert notification.ids == (later,)


def test_a_courrier_committed_late_is_not_missed(store: Store) -> None:
    """Dated a little before the last notification (a slow import, the clock put back an hour
    in October): still told, once."""
    with store.session() as session:
        user = person(session, "jean.dupont", {"CNRACL": "lecture"})
        courrier(session, "CNRACL", recu_le=dt.date(2026, 11, 24))
    assert raise_at(store, user, at("2026-11-25T09:30")) == [NOUVEAU_COURRIER]
    with store.session() as session:
        late = courrier(session, "CNRACL", recu_le=dt.date(2026, 11, 25))  # created at 08:00
    [notification] = due_notifications(store, user, at("2026-11-25T09:35"))
    assert notification.ids == (late,)


def test_a_courrier_dated_after_now_is_told_when_due_with_those_after_it(store: Store) -> None:
    """A clock put back (summer time ends): the watermark never passes a courrier not yet due,
    so none is lost and none told twice."""
    with store.session() as session:
        user = person(session, "jean.dupont", {"CNRACL": "lecture"})
        early = courrier(session, "CNRACL", recu_le=dt.date(2026, 11, 24))
        ahead = courrier(session, "CNRACL", recu_le=dt.date(2026, 11, 26))  # created 08:00
        after = courrier(session, "CNRACL", recu_le=dt.date(2026, 11, 25))
    [first] = due_notifications(store, user, NOW)
    assert first.ids == (early,)
    record_raised(store, FixedClock(NOW), user, [first])
    assert due_notifications(store, user, at("2026-11-26T07:59")) == []
    [second] = due_notifications(store, user, at("2026-11-26T08:00"))
    assert second.ids == (ahead, after)
    record_raised(store, FixedClock(at("2026-11-26T08:00")), user, [second])
    assert due_notifications(store, user, at("2026-11-27T08:00")) == []


# --- échanges and the drop folder ----------------------------------------------------------------


def test_an_answered_echange_is_told_once_and_a_second_answer_again(
    store: Store, clock: FixedClock, admin: SignedIn
) -> None:
    with store.session() as session:
        author = session.scalar(select(Account).where(Account.login == ADMIN.login))
        other = add_account(session, "jean.dupont")
        mine = add_echange(session, "envoye", author, reference="ECH-2026-000001").id
        theirs = add_echange(session, "envoye", other, reference="ECH-2026-000002").id
    record_answer(store, clock, admin, mine, "Voici notre réponse.")
    record_answer(store, clock, admin, theirs, "Réponse à Jean.")
    [answered] = due_notifications(store, admin, NOW, kinds=[ECHANGE_REPONDU])
    assert (answered.ids, answered.title) == ((mine,), "Your échange ECH-2026-000001 has an answer")
    record_raised(store, clock, admin, [answered])
    assert due_notifications(store, admin, NOW, kinds=[ECHANGE_REPONDU]) == []
    clock.advance(dt.timedelta(days=2))
    record_answer(store, clock, admin, mine, "Un complément.")
    [again] = due_notifications(store, admin, clock.now(), kinds=[ECHANGE_REPONDU])
    assert again.ids == (mine,)


def test_a_failed_send_is_told_once_per_reason_to_its_author(
    store: Store, clock: FixedClock, admin: SignedIn
) -> None:
    refused = "Le serveur de messagerie a refusé la connexion."
    with store.session() as session:
        author = session.scalar(select(Account).where(Account.login == ADMIN.login))
        other = add_account(session, "jean.dupont")
        mine = add_echange(session, "a_envoyer", author, reference="ECH-2026-000001").id
        theirs = add_echange(session, "a_envoyer", other, reference="ECH-2026-000002")
        session.get(Echange, mine).send_error = theirs.send_error = refused
        add_echange(session, "a_envoyer", author, reference="ECH-2026-000003")  # not tried yet
        add_echange(session, "envoye", author, reference="ECH-2026-000004")
    [failed] = due_notifications(store, admin, NOW, kinds=[ENVOI_ECHOUE])
    assert failed.ids == (mine,)
    assert failed.title == f"Your request ECH-2026-000001 could not be sent: {refused}"
    record_raised(store, clock, admin, [failed])
    assert due_notifications(store, admin, NOW, kinds=[ENVOI_ECHOUE]) == []  # retried, same
    with store.session() as session:
        session.get(Echange, mine).send_error = "Identifiant ou mot de passe refusé."
    [again] = due_notifications(store, admin, NOW, kinds=[ENVOI_ECHOUE])
    assert again.ids == (mine,)
    with store.session() as session:
        echange = session.get(Echange, mine)
        echange.status, echange.send_error = "envoye", None
    assert due_notifications(store, admin, NOW, kinds=[ENVOI_ECHOUE]) == []


def test_complete_pairs_waiting_in_the_drop_folder(
    store: Store, admin: SignedIn, tmp_path: Path
) -> None:
    folder = tmp_path / "depot"
    drop(folder, "a", GOOD)
    drop(folder, ".copie-en-cours", GOOD)
    (folder / "seul.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "orphelin.json").write_text("{}")
    assert due_notifications(store, admin, NOW, kinds=[DEPOT_EN_ATTENTE]) == []  # no folder
    [waiting] = due_notifications(store, admin, NOW, drop_folder=folder, kinds=[DEPOT_EN_ATTENTE])
    assert (waiting.ids, waiting.subjects) == (("a.pdf",), ("depot:a.pdf",))
    assert waiting.title == "1 courrier waiting in the drop folder"
    record_raised(store, FixedClock(NOW), admin, [waiting])
    drop(folder, "b", GOOD)
    drop(folder, "c", GOOD)
    [waiting] = due_notifications(store, admin, NOW, drop_folder=folder, kinds=[DEPOT_EN_ATTENTE])
    assert (waiting.ids, waiting.title) == (
        ("b.pdf", "c.pdf"),
        "2 courriers waiting in the drop folder",
    )


def test_unknown_kinds_are_refused(store: Store, admin: SignedIn) -> None:
    with pytest.raises(ValueError, match="courrier_nouveau"):
        due_notifications(store, admin, NOW, kinds=["courrier_nouveau"])


# --- the ledger ----------------------------------------------------------------------------------


def test_recording_twice_adds_nothing_the_second_time(store: Store) -> None:
    with store.session() as session:
        user = person(session, "jean.dupont", {"CNRACL": "lecture"})
        courrier(session, "CNRACL")
    found = due_notifications(store, user, NOW)
    assert record_raised(store, FixedClock(NOW), user, found) == found
    # Another process computed the same before this one recorded it.
    assert record_raised(store, FixedClock(NOW), user, found) == []
    assert ledger_size(store) == 1


def test_a_notification_recorded_late_by_another_process_does_not_lower_the_mark(
    store: Store,
) -> None:
    with store.session() as session:
        user = person(session, "jean.dupont", {"CNRACL": "lecture"})
        courrier(session, "CNRACL")
    [stale] = due_notifications(store, user, NOW)
    with store.session() as session:
        courrier(session, "CNRACL")
    [fresh] = due_notifications(store, user, NOW)
    assert fresh.count == 2
    assert record_raised(store, FixedClock(NOW), user, [fresh]) == [fresh]
    record_raised(store, FixedClock(NOW), user, [stale])  # computed earlier, recorded last
    assert due_notifications(store, user, NOW) == []


def test_history_is_newest_first_and_seen_only_by_its_owner(store: Store, admin: SignedIn) -> None:
    with store.session() as session:
        user = person(session, "jean.dupont", {"CNRACL": "lecture"})
        courrier(session, "CNRACL", recu_le=dt.date(2026, 11, 2))
        add_account(session, "anne.leroy", expires_on=dt.date(2026, 12, 15))
    raise_at(store, user, at("2026-11-20T09:00"))
    with store.session() as session:
        courrier(session, "CNRACL", recu_le=dt.date(2026, 11, 23))
    raise_at(store, user, at("2026-11-24T09:00"))
    raise_at(store, admin, NOW)
    history = notification_history(store, user)
    assert [(entry.raised_at, entry.title, entry.seen) for entry in history] == [
        (at("2026-11-24T09:00"), "1 new courrier", False),
        (at("2026-11-20T09:00"), "1 new courrier", False),
    ]
    assert unseen_count(store, user) == 2
    admin_ids = [entry.id for entry in notification_history(store, admin)]
    assert mark_seen(store, FixedClock(NOW), user, [history[1].id, *admin_ids]) == 1
    assert [entry.seen for entry in notification_history(store, user)] == [False, True]
    assert unseen_count(store, user) == 1
    assert unseen_count(store, admin) == len(admin_ids) > 0  # untouched by jean's call
    assert len(notification_history(store, user, limit=1)) == 1


# --- one tick ------------------------------------------------------------------------------------


def test_a_tick_expires_imports_raises_and_counts(
    store: Store, clock: FixedClock, admin: SignedIn, tmp_path: Path
) -> None:
    folder = tmp_path / "depot"
    drop(folder, "majorations", GOOD)  # a CNRACL courrier needing an action
    with store.session() as session:
        add_account(session, "paul.durand", expires_on=dt.date(2026, 11, 25))
    result = run_check(store, clock, admin, drop_folder=folder)
    assert result.problems == ()
    assert result.expired_count == 1
    assert result.import_report is not None and result.import_report.imported == 1
    raised = by_kind(list(result.notifications))
    assert set(raised) == {NOUVEAU_COURRIER, COMPTE_EXPIRE}
    assert raised[NOUVEAU_COURRIER].title == "1 new courrier, which needs an action"
    assert raised[COMPTE_EXPIRE].ids == ("paul.durand",)
    assert result.unread_count == 1
    with store.read_session() as session:
        status = session.scalar(select(Account.status).where(Account.login == "paul.durand"))
    assert status == "expire"
    # The next tick finds nothing new: what was raised is in the ledger.
    again = run_check(store, clock, admin, drop_folder=folder)
    assert (again.notifications, again.expired_count, again.problems) == ((), 0, ())
    assert again.import_report is not None and again.import_report.imported == 0


def test_a_failing_step_is_reported_and_the_others_still_run(
    store: Store, clock: FixedClock, admin: SignedIn, tmp_path: Path
) -> None:
    with store.session() as session:
        add_account(session, "paul.durand", expires_on=dt.date(2026, 11, 25))
    missing = tmp_path / "nulle-part"
    result = run_check(store, clock, admin, drop_folder=missing)
    assert len(result.problems) == 1 and str(missing) in result.problems[0]
    assert result.import_report is None
    assert result.expired_count == 1
    assert [n.kind for n in result.notifications] == [COMPTE_EXPIRE]
    assert result.unread_count == 0


def test_what_could_not_be_recorded_is_not_raised(
    store: Store, clock: FixedClock, admin: SignedIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    with store.session() as session:
        add_account(session, "paul.durand", expires_on=dt.date(2026, 11, 25))

    def disk_full(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("peps_desktop.core.notifications.due.insert_rows", disk_full)
    result = run_check(store, clock, admin)
    assert result.notifications == ()
    assert result.problems == ("Part of the background check failed; details are in the log file.",)
    assert (result.expired_count, result.unread_count) == (1, 0)
    assert ledger_size(store) == 0
    monkeypatch.undo()
    # Still due: raised by the next tick.
    assert [n.kind for n in run_check(store, clock, admin).notifications] == [COMPTE_EXPIRE]
