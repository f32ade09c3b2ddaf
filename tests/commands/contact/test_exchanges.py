"""`peps-desktop exchanges list --as LOGIN [--search TEXT] [--status STATUS] [--json]`."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select

from peps_desktop.store import Store
from peps_desktop.store.models import Account
from tests.commands import cli_helpers
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.factories import add_account, add_echange
from tests.second_factor import trust_this_computer

pytestmark = pytest.mark.usefixtures("command_line")

JSON_KEYS = {
    "reference",
    "date",
    "theme",
    "motif",
    "sous_motif",
    "auteur",
    "statut",
    "erreur_envoi",
}
SEND_ERROR = "Le serveur ne répond pas."


@dataclass(frozen=True)
class History:
    """The échanges' references, by what sets them apart."""

    refund: str  # Claire's, to send; its last sending failed
    answered: str  # Sophie's
    sent: str  # by an account since deleted
    claire_draft: str
    sophie_draft: str


@pytest.fixture
def history(store: Store, store_url: str, monkeypatch: pytest.MonkeyPatch) -> History:
    """Claire's and Sophie's échanges; both sign in with ADMIN_PASSWORD (tests.factories'
    default too)."""
    with store.session() as session:
        claire = session.scalars(select(Account).where(Account.login == ADMIN.login)).one()
        sophie = add_account(session, "sophie.laurent")

        def echange(status: str, author: Account | None, at: dt.datetime, **fields: Any) -> str:
            item = add_echange(session, status, author, **fields)
            item.created_at = at
            if status == "a_envoyer":
                item.send_error = SEND_ERROR
            return item.reference

        history = History(
            refund=echange(
                "a_envoyer",
                claire,
                dt.datetime(2026, 11, 20, 14, 0),
                theme="Remboursement de cotisations",
                motif="Cotisations versées à tort",
                sous_motif="Demande de remboursement",
            ),
            answered=echange("repondu", sophie, dt.datetime(2026, 11, 22, 10, 15)),
            sent=echange("envoye", None, dt.datetime(2026, 11, 10, 9, 0)),
            claire_draft=echange("brouillon", claire, dt.datetime(2026, 11, 24, 8, 0)),
            sophie_draft=echange("brouillon", sophie, dt.datetime(2026, 11, 23, 8, 0)),
        )
    monkeypatch.setenv("PEPS_PASSWORD", ADMIN_PASSWORD)
    trust_this_computer(store, store_url, ADMIN.login, "sophie.laurent")
    return history


def run(capsys: pytest.CaptureFixture[str], store_url: str, *args: str) -> tuple[int, str, str]:
    return cli_helpers.run(capsys, "--db", store_url, "exchanges", "list", *args)


def listed(
    capsys: pytest.CaptureFixture[str], store_url: str, *options: str, login: str = ADMIN.login
) -> list[dict[str, Any]]:
    code, out, err = run(capsys, store_url, "--as", login, "--json", *options)
    assert (code, err) == (0, "")
    result: list[dict[str, Any]] = json.loads(out)
    return result


def references(
    capsys: pytest.CaptureFixture[str], store_url: str, *options: str, login: str = ADMIN.login
) -> list[str]:
    return [item["reference"] for item in listed(capsys, store_url, *options, login=login)]


def test_json_lists_the_specified_keys_latest_first(
    history: History, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    items = listed(capsys, store_url)
    # Sophie's draft is hers alone.
    assert [item["reference"] for item in items] == [
        history.claire_draft,
        history.answered,
        history.refund,
        history.sent,
    ]
    assert all(set(item) == JSON_KEYS for item in items)
    assert items[2] == {
        "reference": history.refund,
        "date": "2026-11-20T14:00:00",
        "theme": "Remboursement de cotisations",
        "motif": "Cotisations versées à tort",
        "sous_motif": "Demande de remboursement",
        "auteur": "Claire Martin",
        "statut": "a_envoyer",
        "erreur_envoi": SEND_ERROR,
    }
    assert (items[1]["auteur"], items[1]["statut"], items[1]["erreur_envoi"]) == (
        "Sophie Laurent",
        "repondu",
        None,
    )
    assert items[3]["auteur"] == ""


def test_drafts_are_listed_to_their_author_only(
    history: History, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert references(capsys, store_url, "--status", "brouillon") == [history.claire_draft]
    assert references(capsys, store_url, "--status", "brouillon", login="sophie.laurent") == [
        history.sophie_draft
    ]


def test_text_prints_one_aligned_line_per_echange(
    history: History, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, store_url, "--as", ADMIN.login)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == [
        history.claire_draft,
        history.answered,
        history.refund,
        history.sent,
    ]
    refund = lines[2]
    assert refund.startswith(f"{history.refund}  2026-11-20 14:00  a_envoyer  Claire Martin")
    assert refund.endswith(
        "Remboursement de cotisations / Cotisations versées à tort / Demande de remboursement"
        f"  [not sent: {SEND_ERROR}]"
    )
    assert "[not sent" not in lines[1]
    # The columns line up: the status and the author start at the same place on every line.
    status_at, author_at = refund.index("a_envoyer"), refund.index("Claire Martin")
    assert [line[status_at:].split()[0] for line in lines] == [
        "brouillon",
        "repondu",
        "a_envoyer",
        "envoye",
    ]
    assert [line[author_at:].split("  ")[0] for line in lines] == [
        "Claire Martin",
        "Sophie Laurent",
        "Claire Martin",
        "—",
    ]


def test_status_and_search_filter(
    history: History, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert references(capsys, store_url, "--status", "repondu") == [history.answered]
    assert references(capsys, store_url, "--status", "clos") == []
    assert references(capsys, store_url, "--search", "cotisations") == [history.refund]
    assert references(capsys, store_url, "--search", history.sent) == [history.sent]
    assert references(capsys, store_url, "--search", "facture", "--status", "envoye") == [
        history.sent
    ]


def test_an_unknown_status_is_a_usage_error(
    history: History, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(capsys, store_url, "--as", ADMIN.login, "--status", "perdu")
    assert exit_info.value.code == 2


def test_a_wrong_password_is_refused(
    history: History,
    store_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PEPS_PASSWORD", "Pas-le-bon-2026")
    code, out, err = run(capsys, store_url, "--as", ADMIN.login, "--json")
    assert (code, out) == (1, "")
    assert "Wrong login or password" in cli_helpers.one_clear_line(err)
