"""`peps-desktop courriers list|read|archive|assign`, run in-process."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select

from peps_desktop.store import Store
from peps_desktop.store.models import Account, Courrier, CourrierRead
from tests.commands import cli_helpers
from tests.core.courriers.inbox_builders import courrier
from tests.factories import add_account
from tests.second_factor import trust_this_computer

pytestmark = pytest.mark.usefixtures("command_line")

PASSWORD = "Mot-de-passe-2026"  # tests.factories' default
JSON_KEYS = {
    "id",
    "service",
    "type",
    "objet",
    "reference",
    "recu_le",
    "lu",
    "archive",
    "assigne_a",
    "action_requise",
}


@dataclass(frozen=True)
class Mail:
    """The courriers of the scenario, by what sets them apart."""

    cnracl_old: int
    cnracl_new: int
    rafp: int
    ircantec: int
    archived: int


@pytest.fixture
def mail(store: Store, store_url: str, monkeypatch: pytest.MonkeyPatch) -> Mail:
    """Sophie modifies CNRACL and RAFP; Louis only reads CNRACL; Nora reads IRCANTEC only;
    Paul has no right at all."""
    with store.session() as session:
        add_account(
            session, "sophie.laurent", rights={"CNRACL": "modification", "RAFP": "modification"}
        )
        add_account(session, "louis.petit", rights={"CNRACL": "lecture"})
        add_account(session, "nora.benali", rights={"IRCANTEC": "modification"})
        add_account(session, "paul.roux")
        ids = Mail(
            cnracl_old=courrier(
                session, "CNRACL", objet="Facture d'octobre", recu_le=dt.date(2026, 10, 5)
            ),
            cnracl_new=courrier(
                session,
                "CNRACL",
                objet="Titre de recette",
                type="titre_de_recette",
                recu_le=dt.date(2026, 11, 20),
                action_requise=True,
            ),
            rafp=courrier(session, "RAFP", objet="Etat de compte", recu_le=dt.date(2026, 11, 10)),
            ircantec=courrier(
                session, "IRCANTEC", objet="Facture IRCANTEC", recu_le=dt.date(2026, 11, 22)
            ),
            archived=courrier(
                session,
                "CNRACL",
                objet="Ancien courrier",
                recu_le=dt.date(2026, 9, 1),
                archived=True,
            ),
        )
    monkeypatch.setenv("PEPS_PASSWORD", PASSWORD)
    trust_this_computer(
        store, store_url, "sophie.laurent", "louis.petit", "nora.benali", "paul.roux"
    )
    return ids


def run(capsys: pytest.CaptureFixture[str], store_url: str, *args: str) -> tuple[int, str, str]:
    return cli_helpers.run(capsys, "--db", store_url, "courriers", *args)


def listed(
    capsys: pytest.CaptureFixture[str], store_url: str, login: str, *options: str
) -> list[dict[str, Any]]:
    code, out, err = run(capsys, store_url, "list", "--as", login, "--json", *options)
    assert (code, err) == (0, "")
    result: list[dict[str, Any]] = json.loads(out)
    return result


def listed_ids(
    capsys: pytest.CaptureFixture[str], store_url: str, login: str, *options: str
) -> list[int]:
    return [item["id"] for item in listed(capsys, store_url, login, *options)]


def assert_refused(result: tuple[int, str, str]) -> str:
    code, out, err = result
    assert (code, out) == (1, "")
    return cli_helpers.one_clear_line(err)


def read_by(store: Store, login: str) -> set[int]:
    with store.read_session() as session:
        return set(
            session.scalars(
                select(CourrierRead.courrier_id)
                .join(Account, Account.id == CourrierRead.account_id)
                .where(Account.login == login)
            )
        )


def states(store: Store) -> dict[int, tuple[bool, int | None]]:
    """Each courrier's (archived, assigned_to_id)."""
    with store.read_session() as session:
        return {
            row.id: (row.archived, row.assigned_to_id) for row in session.scalars(select(Courrier))
        }


def test_list_json_has_exactly_the_specified_keys_newest_first(
    mail: Mail, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    items = listed(capsys, store_url, "sophie.laurent")
    assert [item["id"] for item in items] == [mail.cnracl_new, mail.rafp, mail.cnracl_old]
    assert all(set(item) == JSON_KEYS for item in items)
    newest = items[0]
    assert newest == {
        "id": mail.cnracl_new,
        "service": "CNRACL",
        "type": "titre_de_recette",
        "objet": "Titre de recette",
        "reference": newest["reference"],
        "recu_le": "2026-11-20",
        "lu": False,
        "archive": False,
        "assigne_a": None,
        "action_requise": True,
    }
    assert newest["reference"].startswith("CNR-2026-")
    assert items[1]["action_requise"] is False


def test_list_text_prints_one_line_per_courrier_with_an_unread_mark(
    mail: Mail, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, store_url, "read", str(mail.rafp), "--as", "sophie.laurent")[0] == 0
    code, out, err = run(capsys, store_url, "list", "--as", "sophie.laurent")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("* ")
    for text in ("2026-11-20", "CNRACL", "titre_de_recette", "Titre de recette"):
        assert text in lines[0]
    assert not lines[1].startswith("*")
    assert "Etat de compte" in lines[1]


def test_list_shows_only_the_services_one_may_read(
    mail: Mail, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert listed_ids(capsys, store_url, "nora.benali") == [mail.ircantec]
    assert listed_ids(capsys, store_url, "louis.petit") == [mail.cnracl_new, mail.cnracl_old]
    assert listed_ids(capsys, store_url, "paul.roux") == []
    assert listed_ids(capsys, store_url, "paul.roux", "--archived") == []


def test_list_filters(mail: Mail, store_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    login = "sophie.laurent"
    assert listed_ids(capsys, store_url, login, "--search", "recette") == [mail.cnracl_new]
    assert listed_ids(capsys, store_url, login, "--service", "RAFP") == [mail.rafp]
    assert listed_ids(capsys, store_url, login, "--service", "IRCANTEC") == []
    assert listed_ids(capsys, store_url, login, "--limit", "2") == [mail.cnracl_new, mail.rafp]
    archived = listed(capsys, store_url, login, "--archived")
    assert [item["id"] for item in archived] == [mail.archived]
    assert archived[0]["archive"] is True


def test_read_then_unread_no_longer_lists_it(
    mail: Mail, store: Store, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    login = "sophie.laurent"
    assert mail.rafp in listed_ids(capsys, store_url, login, "--unread")
    code, out, err = run(
        capsys, store_url, "read", str(mail.rafp), str(mail.cnracl_old), "--as", login
    )
    assert (code, err) == (0, "")
    assert out.strip() == "Courriers marked read: 2"
    assert listed_ids(capsys, store_url, login, "--unread") == [mail.cnracl_new]
    assert read_by(store, login) == {mail.rafp, mail.cnracl_old}
    # Read for her only: Louis still has it unread.
    assert mail.cnracl_old in listed_ids(capsys, store_url, "louis.petit", "--unread")


def test_read_or_archive_of_a_courrier_out_of_sight_is_refused_and_changes_nothing(
    mail: Mail, store: Store, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = states(store)
    for action in ("read", "archive"):
        line = assert_refused(
            run(
                capsys,
                store_url,
                action,
                str(mail.cnracl_new),
                str(mail.ircantec),
                "--as",
                "sophie.laurent",
            )
        )
        assert "not yours to see" in line
    assert read_by(store, "sophie.laurent") == set()
    assert states(store) == before


def test_archive_moves_to_the_archives_tab(
    mail: Mail, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, store_url, "archive", str(mail.rafp), "--as", "sophie.laurent")
    assert (code, err) == (0, "")
    assert out.strip() == "Courriers archived: 1"
    assert listed_ids(capsys, store_url, "sophie.laurent") == [mail.cnracl_new, mail.cnracl_old]
    assert listed_ids(capsys, store_url, "sophie.laurent", "--archived") == [
        mail.rafp,
        mail.archived,
    ]


def test_archive_needs_the_modification_right(
    mail: Mail, store: Store, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = states(store)
    line = assert_refused(
        run(capsys, store_url, "archive", str(mail.cnracl_new), "--as", "louis.petit")
    )
    assert "modification right" in line
    assert states(store) == before


def test_assign_to_a_colleague_then_to_nobody(
    mail: Mail, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = (str(mail.cnracl_new), str(mail.cnracl_old))
    code, out, err = run(
        capsys, store_url, "assign", *ids, "--to", "louis.petit", "--as", "sophie.laurent"
    )
    assert (code, err) == (0, "")
    assert out.strip() == "Courriers assigned to louis.petit: 2"
    assignees = {item["id"]: item["assigne_a"] for item in listed(capsys, store_url, "louis.petit")}
    assert assignees == {mail.cnracl_new: "louis.petit", mail.cnracl_old: "louis.petit"}

    code, out, err = run(capsys, store_url, "assign", ids[0], "--nobody", "--as", "sophie.laurent")
    assert (code, err) == (0, "")
    assert out.strip() == "Courriers unassigned: 1"
    assignees = {item["id"]: item["assigne_a"] for item in listed(capsys, store_url, "louis.petit")}
    assert assignees == {mail.cnracl_new: None, mail.cnracl_old: "louis.petit"}


def test_assign_to_a_colleague_without_rights_is_refused(
    mail: Mail, store: Store, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = states(store)
    line = assert_refused(
        run(
            capsys,
            store_url,
            "assign",
            str(mail.rafp),
            "--to",
            "louis.petit",
            "--as",
            "sophie.laurent",
        )
    )
    assert "louis.petit cannot be assigned" in line
    assert states(store) == before


def test_assign_needs_a_target_or_nobody(
    mail: Mail, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(capsys, store_url, "assign", str(mail.rafp), "--as", "sophie.laurent")
    assert exit_info.value.code == 2
