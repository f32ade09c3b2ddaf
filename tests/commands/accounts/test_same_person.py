"""`accounts create` and `accounts import` for a person who already has an account."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from peps_desktop.store import Store
from peps_desktop.store.models import Account
from tests.commands import cli_helpers
from tests.commands.accounts.test_admin import admin_run, live_store  # noqa: F401 (fixture)
from tests.core.accounts.file_builders import row, write_csv

pytestmark = pytest.mark.usefixtures("command_line")

# Jean Dupont has an account in `live_store`; this one has his e-mail address.
NAMESAKE = ("create", "--login", "j.dupont", "--nom", "DUPONT", "--prenom", "Jean")
NAMESAKE += ("--email", "j.dupont@ccas.fr", "--telephone", "02 41 00 00 08")


def logins(store: Store) -> list[str]:
    with store.read_session() as session:
        return sorted(session.scalars(select(Account.login)))


def test_create_for_a_person_with_an_account_names_it_and_changes_nothing(
    live_store: Store,  # noqa: F811
    store_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = logins(live_store)
    code, _out, err = admin_run(capsys, store_url, *NAMESAKE)
    assert code == 1
    line = cli_helpers.one_clear_line(err)
    assert "Jean Dupont (jean.dupont, jean.dupont@mairie.fr) has the same name" in line
    assert logins(live_store) == before

    code, out, err = admin_run(capsys, store_url, *NAMESAKE, "--distinct-from", "jean.dupont")
    assert (code, err) == (0, "")
    assert out.startswith("Activation code for j.dupont: ")


def test_import_confirms_other_people_line_by_line(
    live_store: Store,  # noqa: F811
    store_url: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    path = write_csv(
        tmp_path / "comptes.csv",
        [
            row(
                login="j.dupont",
                nom="Dupont",
                prenom="Jean",
                email="j@ccas.fr",
                profil="utilisateur",
            )
        ],
    )
    code, out, err = admin_run(capsys, store_url, "import", str(path))
    assert code == 1
    assert out.startswith("Line 2: The account of Jean Dupont (jean.dupont,")
    assert "j.dupont" not in logins(live_store)

    code, out, err = admin_run(
        capsys, store_url, "import", str(path), "--distinct-from", "jean.dupont"
    )
    assert (code, err) == (0, "")
    assert "j.dupont" in logins(live_store)
