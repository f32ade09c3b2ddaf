"""`peps-desktop notifications due`, run in-process: it shows, it never records."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from peps_desktop.cli import main
from peps_desktop.core.accounts.expiry import expiry_notice_date
from peps_desktop.store import Store
from peps_desktop.store.models import Notification, Structure
from tests.commands import cli_helpers
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.core.courriers.import_builders import GOOD, drop
from tests.core.courriers.inbox_builders import courrier
from tests.factories import add_account, set_account
from tests.second_factor import trust_this_computer

pytestmark = pytest.mark.usefixtures("command_line")

TODAY = dt.date.today()  # people sign in on the system clock
# An account whose expiry notice comes a few months from now.
EXPIRY = TODAY + dt.timedelta(days=120)
NOTICE = dt.datetime.combine(expiry_notice_date(EXPIRY), dt.time(9, 0))


@pytest.fixture
def live_store(store: Store, store_url: str, monkeypatch: pytest.MonkeyPatch) -> Store:
    """Claire (administrator) valid well after the notice; Jean reads CNRACL; Anne expires on
    EXPIRY; two CNRACL courriers received yesterday, one needing an action."""
    set_account(store, ADMIN.login, expires_on=TODAY + dt.timedelta(days=700))
    yesterday = TODAY - dt.timedelta(days=1)
    with store.session() as session:
        # Created today: its first account review is due long after the notice.
        session.execute(update(Structure).values(created_at=dt.datetime.combine(TODAY, dt.time())))
        add_account(
            session,
            "jean.dupont",
            rights={"CNRACL": "lecture"},
            expires_on=TODAY + dt.timedelta(days=300),
            created_at=dt.datetime.combine(TODAY - dt.timedelta(days=200), dt.time(8)),
        )
        add_account(session, "anne.leroy", expires_on=EXPIRY)
        courrier(session, "CNRACL", recu_le=yesterday, action_requise=True)
        courrier(session, "CNRACL", recu_le=yesterday)
    monkeypatch.setenv("PEPS_PASSWORD", ADMIN_PASSWORD)
    trust_this_computer(store, store_url, ADMIN.login, "jean.dupont", "anne.leroy")
    return store


def due(capsys: pytest.CaptureFixture[str], store_url: str, *args: str) -> tuple[int, str, str]:
    return cli_helpers.run(capsys, "--db", store_url, "notifications", "due", *args)


def ledger_size(store: Store) -> int:
    with store.read_session() as session:
        return session.scalar(select(func.count()).select_from(Notification)) or 0


def test_json_lists_kind_title_count_and_ids_and_records_nothing(
    live_store: Store, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("--as", "jean.dupont", "--at", f"{TODAY.isoformat()}T12:00", "--json")
    code, out, err = due(capsys, store_url, *args)
    assert (code, err) == (0, "")
    [item] = json.loads(out)
    assert set(item) == {"kind", "title", "count", "ids"}
    assert (item["kind"], item["count"], item["title"]) == (
        "nouveau_courrier",
        2,
        "2 new courriers, one of which needs an action",
    )
    assert len(item["ids"]) == 2 and all(isinstance(i, int) for i in item["ids"])
    # Shown, not raised: the same again.
    assert due(capsys, store_url, *args) == (0, out, "")
    assert ledger_size(live_store) == 0


def test_an_administrator_sees_the_notice_from_the_20th(
    live_store: Store, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    eve = NOTICE.replace(hour=0) - dt.timedelta(minutes=1)
    code, out, _err = due(capsys, store_url, "--as", ADMIN.login, "--at", f"{eve:%Y-%m-%dT%H:%M}")
    assert (code, out) == (0, f"Nothing to notify on {eve:%d/%m/%Y} at 23:59.\n")
    code, out, _err = due(
        capsys, store_url, "--as", ADMIN.login, "--at", f"{NOTICE:%Y-%m-%dT%H:%M}", "--json"
    )
    assert code == 0
    assert json.loads(out) == [
        {
            "kind": "expiration_prochaine",
            "title": f"The account anne.leroy expires on {EXPIRY:%d/%m/%Y}",
            "count": 1,
            "ids": ["anne.leroy"],
        }
    ]


def test_text_prints_one_title_a_line_with_the_drop_folder(
    live_store: Store, store_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "depot"
    drop(folder, "a", GOOD)
    drop(folder, "b", GOOD)
    at = f"{TODAY.isoformat()}T12:00"
    code, out, err = due(
        capsys, store_url, "--as", "jean.dupont", "--at", at, "--drop-folder", str(folder)
    )
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "2 new courriers, one of which needs an action",
        "2 courriers waiting in the drop folder",
    ]


def test_a_missing_drop_folder_is_one_clear_line(
    live_store: Store, store_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nulle-part"
    code, _out, err = due(capsys, store_url, "--as", "jean.dupont", "--drop-folder", str(missing))
    assert code == 1
    assert f"The drop folder {missing} cannot be read" in cli_helpers.one_clear_line(err)


@pytest.mark.parametrize(
    "args",
    [
        ["notifications"],
        ["notifications", "due"],
        ["notifications", "due", "--as", "x", "--at", "2027-02-30T09:00"],
        ["notifications", "due", "--as", "x", "--at", "demain"],
    ],
    ids=["no-action", "no-as", "no-such-day", "not-a-date"],
)
def test_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(args)
    assert exited.value.code == 2
    assert "usage:" in capsys.readouterr().err
