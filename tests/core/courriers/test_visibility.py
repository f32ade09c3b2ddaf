"""Property: whatever the rights, each person's inbox holds exactly the courriers of the
services they may read (lecture or modification) — in pages, counts, unread count and search."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from peps_desktop.core.courriers.inbox import InboxQuery, count, rows, unread_count
from peps_desktop.core.shared.services import READING_RIGHTS, RIGHT_LEVELS
from peps_desktop.store import Store
from peps_desktop.store.models import Account, Courrier, CourrierRead
from tests.conftest import ADMIN
from tests.core.courriers.inbox_builders import all_pages, courrier, person

CODES = ("CNRACL", "IRCANTEC", "RAFP", "FNC")
WORDS = ("facture", "relance", "attestation")
USERS = ("ana.roy", "bruno.lin", "chloe.vidal")

rights_per_user = st.lists(
    st.dictionaries(st.sampled_from(CODES), st.sampled_from(RIGHT_LEVELS)),
    min_size=len(USERS),
    max_size=len(USERS),
)
courriers = st.lists(
    st.tuples(
        st.sampled_from(CODES),
        st.sampled_from(WORDS),
        st.booleans(),  # archived
        st.sets(st.integers(0, len(USERS) - 1)),  # read by
        st.integers(0, 30),  # received, days ago
    ),
    max_size=14,
)


def _reset(store: Store) -> None:
    with store.session() as session:
        session.execute(delete(CourrierRead))
        session.execute(delete(Courrier))
        session.execute(delete(Account).where(Account.login != ADMIN.login))


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(rights=rights_per_user, letters=courriers, search=st.sampled_from(WORDS))
def test_each_inbox_holds_exactly_the_readable_services(
    store: Store,
    rights: list[dict[str, str]],
    letters: list[tuple[str, str, bool, set[int], int]],
    search: str,
) -> None:
    _reset(store)
    with store.session() as session:
        users = [
            person(session, login, granted) for login, granted in zip(USERS, rights, strict=True)
        ]
        made = []
        for code, word, archived, readers, days_ago in letters:
            courrier_id = courrier(
                session,
                code,
                objet=f"Dossier {word}",
                archived=archived,
                recu_le=dt.date(2026, 11, 25) - dt.timedelta(days=days_ago),
            )
            session.add_all(
                CourrierRead(
                    account_id=users[reader].account_id,
                    courrier_id=courrier_id,
                    read_at=dt.datetime(2026, 11, 25),
                )
                for reader in readers
            )
            made.append((courrier_id, code, word, archived, readers))

    for index, (user, granted) in enumerate(zip(users, rights, strict=True)):
        readable = {code for code, level in granted.items() if level in READING_RIGHTS}
        for tab, archived_tab in (("courriers", False), ("archives", True)):
            expected = {
                cid
                for cid, code, _w, archived, _r in made
                if code in readable and archived is archived_tab
            }
            query = InboxQuery(tab=tab)  # type: ignore[arg-type]
            paged = all_pages(store, user, query, 3)
            assert len(paged) == len(set(paged))
            assert set(paged) == expected
            assert count(store, user, query) == len(expected)
        visible_ids = {cid for cid, code, *_ in made if code in readable}
        everything = [cid for cid, *_ in made]
        assert {row.id for row in rows(store, user, everything)} == visible_ids
        assert unread_count(store, user) == sum(
            1
            for cid, code, _w, archived, readers in made
            if code in readable and not archived and index not in readers
        )
        found = {
            cid
            for cid, code, word, archived, _r in made
            if code in readable and not archived and word == search
        }
        for use_fts in (True, False):
            query = InboxQuery(search=search)
            assert set(all_pages(store, user, query, 4, use_fts=use_fts)) == found
            assert count(store, user, query, use_fts=use_fts) == len(found)
