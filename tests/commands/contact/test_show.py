"""`peps-desktop exchanges show REF --as LOGIN [--json]`: one échange, NIRs masked."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from peps_desktop.core.accounts.rules import Identity
from peps_desktop.core.accounts.setup import create_structure
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.store import Store
from peps_desktop.store.models import Account, EchangeAgent, EchangeField, EchangeMessage
from tests.commands import cli_helpers
from tests.conftest import ADMIN, ADMIN_PASSWORD, NOW
from tests.factories import add_echange
from tests.second_factor import trust_this_computer

pytestmark = pytest.mark.usefixtures("command_line")

NIR = "295107800608493"


@pytest.fixture
def reference(store: Store, store_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    with store.session() as session:
        claire = session.scalars(select(Account).where(Account.login == ADMIN.login)).one()
        claire.expires_on = dt.date.today() + dt.timedelta(days=400)
        echange = add_echange(
            session,
            "repondu",
            claire,
            theme="Affiliation",
            motif="Affiliation d'un agent",
            sous_motif="Demande d'affiliation",
            objet="Affiliation de Mme Dupont",
        )
        echange.message = "Merci d'affilier l'agent ci-dessous."
        echange.fields.append(EchangeField(cle="date_embauche", value="01/09/2026"))
        echange.agents.append(EchangeAgent(position=0, nir=NIR, nom="Dupont", prenom="Léa"))
        echange.messages.append(EchangeMessage(direction="envoye", body="Demande envoyée.", at=NOW))
        echange.messages.append(
            EchangeMessage(direction="recu", body="Affiliation faite.", at=NOW + dt.timedelta(1))
        )
        found = echange.reference
    monkeypatch.setenv("PEPS_PASSWORD", ADMIN_PASSWORD)
    trust_this_computer(store, store_url, ADMIN.login)
    return found


def test_json_gives_fields_agents_in_clear_but_the_nir_masked_and_the_thread(
    reference: str, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = cli_helpers.run(
        capsys, "--db", store_url, "exchanges", "show", reference.lower(), "--as", ADMIN.login,
        "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    shown = json.loads(out)
    assert shown["reference"] == reference
    assert shown["statut"] == "repondu"
    assert shown["champs"] == {"date_embauche": "01/09/2026"}
    assert shown["agents"] == [{"nir": "2 95 10 •• ••• ••• 93", "nom": "Dupont", "prenom": "Léa"}]
    assert [(item["sens"], item["texte"]) for item in shown["fil"]] == [
        ("envoye", "Demande envoyée."),
        ("recu", "Affiliation faite."),
    ]
    assert NIR not in out


def test_text_output_names_the_agents_and_never_prints_the_nir(
    reference: str, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = cli_helpers.run(
        capsys, "--db", store_url, "exchanges", "show", reference, "--as", ADMIN.login
    )
    assert (code, err) == (0, "")
    assert "2 95 10 •• ••• ••• 93  DUPONT Léa" in out
    assert "Affiliation faite." in out
    assert NIR not in out and "785" not in out


def test_another_structures_echange_is_not_shown(
    store: Store, reference: str, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    other = Identity("bea.roux", "Roux", "Béa", "bea.roux@lunel.fr")
    create_structure(
        store, FixedClock(NOW), "CCAS de Lunel", other, ADMIN_PASSWORD, beside_others=True
    )
    with store.session() as session:
        bea = session.scalars(select(Account).where(Account.login == "bea.roux")).one()
        bea.expires_on = dt.date.today() + dt.timedelta(days=400)
    trust_this_computer(store, store_url, "bea.roux")
    code, out, err = cli_helpers.run(
        capsys, "--db", store_url, "exchanges", "show", reference, "--as", "bea.roux"
    )
    assert (code, out) == (1, "")
    assert "does not exist" in cli_helpers.one_clear_line(err)
